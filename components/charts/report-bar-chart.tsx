'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartData } from '@/lib/admin/reports/export';

// Dark enough for 3:1 against white and apart in hue for common colour-vision deficiencies.
const COLORS = ['#0b5544', '#b45309', '#1d4ed8'];

function shortWeek(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/**
 * Bars for the numbers of a report table. The table beside it is the text alternative, so the drawing is
 * hidden from assistive technology; a hidden (small) number is a gap, never a bar.
 */
export function ReportBarChart({ data, title }: { data: ChartData; title: string }) {
  const drawable = data.series.some((s) => s.values.some((v) => v !== null && v > 0));
  if (!drawable) {
    return <p className="self-start rounded-md bg-slate-50 p-4 text-center text-slate-700">No chart: every number here is zero or hidden.</p>;
  }
  const rows = data.categories.map((category, index) => ({
    category,
    ...Object.fromEntries(data.series.map((s, i) => [`s${i}`, s.values[index] ?? null])),
  }));
  const horizontal = data.categoryKind === 'labels';
  const height = horizontal ? Math.max(160, rows.length * 44 + 60) : 260;
  const categoryTick = { fontSize: 12, fill: '#334155' };
  return (
    <figure>
      <figcaption className="sr-only">Bar chart of “{title}”. The table gives every number.</figcaption>
      <div style={{ height }} className="w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e2e8f0" />
            {horizontal ? (
              <>
                <XAxis type="number" allowDecimals={data.unit !== 'runners'} tick={categoryTick} />
                <YAxis type="category" dataKey="category" width={170} tick={categoryTick} interval={0} />
              </>
            ) : (
              <>
                <XAxis dataKey="category" tickFormatter={shortWeek} tick={categoryTick} />
                <YAxis allowDecimals={false} width={36} tick={categoryTick} />
              </>
            )}
            <Tooltip labelFormatter={(label) => (horizontal ? String(label) : `Week of ${shortWeek(String(label))}`)} formatter={(value) => `${String(value)} ${data.unit}`} />
            {data.series.length > 1 && <Legend wrapperStyle={{ fontSize: 13 }} />}
            {data.series.map((s, i) => (
              <Bar key={s.name} dataKey={`s${i}`} name={s.name} fill={COLORS[i % COLORS.length]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
