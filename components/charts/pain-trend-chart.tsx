'use client';

import { CartesianGrid, ComposedChart, Legend, Line, ReferenceArea, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PainPoint } from '@/lib/plan/pain-trend';

// Colours chosen for ≥ 3:1 contrast on white and to stay distinguishable with common colour-vision deficiencies.
const SERIES = [
  { key: 'before', name: 'Before', color: '#1d4ed8', dash: '' },
  { key: 'during', name: 'Highest during', color: '#b45309', dash: '6 3' },
  { key: 'after', name: 'After', color: '#7e22ce', dash: '2 2' },
  { key: 'nextMorning', name: 'Next morning', color: '#0f766e', dash: '10 4' },
] as const;

function shortDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/**
 * Pain before / during / after each run (0–10), the pain allowance as a band, red flags marked; with
 * `showStageChanges`, a vertical line where the ladder stage of a run differs from the run before.
 */
export function PainTrendChart({
  points,
  allowance,
  title = 'Pain trend',
  showStageChanges = false,
}: {
  points: PainPoint[];
  allowance: number;
  title?: string;
  showStageChanges?: boolean;
}) {
  if (points.length === 0) return <p className="text-slate-700">No runs logged yet: the pain trend appears after the first run.</p>;
  // Runs are placed by their order, so two runs on one day stay two points; the axis shows their dates.
  const data = points.map((p, index) => ({ ...p, index }));
  const dateOf = (index: number) => shortDate(points[index]?.date ?? '');
  const stageChanges = showStageChanges ? data.filter((p, i) => i > 0 && p.stage !== points[i - 1]?.stage) : [];
  return (
    <figure>
      <figcaption className="sr-only">
        {title}: pain from 0 to 10 for each of {points.length} runs; the shaded band is the pain allowance of {allowance}.
        {showStageChanges ? ' Vertical lines mark a change of ladder stage.' : ''} The table below gives every value.
      </figcaption>
      <div className="h-64 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          {/* The chart is hidden from assistive technology (the table below carries the values), so it must not take focus either. */}
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e2e8f0" />
            <ReferenceArea y1={0} y2={allowance} fill="#16a34a" fillOpacity={0.12} ifOverflow="extendDomain" />
            <XAxis dataKey="index" tickFormatter={dateOf} tick={{ fontSize: 12, fill: '#334155' }} />
            <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={{ fontSize: 12, fill: '#334155' }} />
            <Tooltip labelFormatter={(index) => dateOf(Number(index))} />
            <Legend wrapperStyle={{ fontSize: 13 }} />
            {SERIES.map((s) => (
              <Line key={s.key} type="monotone" dataKey={s.key} name={s.name} stroke={s.color} strokeDasharray={s.dash} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
            ))}
            {stageChanges.map((p) => (
              <ReferenceLine key={`stage-${p.index}`} x={p.index} stroke="#475569" strokeDasharray="4 4" label={{ value: `S${p.stage}`, position: 'insideTopLeft', fill: '#334155', fontSize: 12 }} />
            ))}
            {data
              .filter((p) => p.redFlag)
              .map((p) => (
                <ReferenceDot key={`flag-${p.index}`} x={p.index} y={Math.max(p.during, p.after)} r={7} fill="#b91c1c" stroke="#fff" label={{ value: '⚑', position: 'top', fill: '#b91c1c' }} />
              ))}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <details className="mt-2">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-800">Show the pain values as a table</summary>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`${title} values`}>
          <table className="mt-2 w-full text-left text-sm">
            <caption className="sr-only">{title} values per run</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-1 pr-2">Date</th>
                <th scope="col" className="py-1 pr-2">Stage</th>
                <th scope="col" className="py-1 pr-2">Before</th>
                <th scope="col" className="py-1 pr-2">During</th>
                <th scope="col" className="py-1 pr-2">After</th>
                <th scope="col" className="py-1 pr-2">Next morning</th>
                <th scope="col" className="py-1">Red flag</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p, i) => (
                <tr key={`${p.date}-${i}`} className="border-b border-slate-100">
                  <td className="py-1 pr-2">{shortDate(p.date)}</td>
                  <td className="py-1 pr-2">{p.stage}</td>
                  <td className="py-1 pr-2">{p.before}</td>
                  <td className="py-1 pr-2">{p.during}</td>
                  <td className="py-1 pr-2">{p.after}</td>
                  <td className="py-1 pr-2">{p.nextMorning ?? '—'}</td>
                  <td className="py-1">{p.redFlag ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
