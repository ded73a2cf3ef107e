import type { ChartData } from '@/lib/admin/reports/export';
import { GRID, GridLines, Legend, niceTicks, pct, PlotFrame, spreadIndexes } from './plot';

// Dark enough for 3:1 against white and apart in hue for common colour-vision deficiencies.
const COLORS = ['#0b5544', '#b45309', '#1d4ed8'];

// One formatter for every label: toLocaleDateString builds a new one per call, which dominated the render.
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

function shortWeek(iso: string): string {
  return DAY_MONTH.format(new Date(`${iso}T12:00:00Z`));
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
  const horizontal = data.categoryKind === 'labels';
  const values = data.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const ticks = niceTicks(Math.max(...values, 1), horizontal ? 4 : 5);
  const top = ticks.at(-1)!;
  const slot = 100 / data.categories.length;
  const band = (slot * 0.8) / data.series.length;
  const label = (category: string) => (horizontal ? category : `Week of ${shortWeek(category)}`);
  // One bar per category and series, side by side; a hidden (null) value draws nothing.
  const bars = data.categories.flatMap((category, c) =>
    data.series.flatMap((s, i) => {
      const value = s.values[c];
      if (value === null || value === undefined) return [];
      const along = slot * (c + 0.1) + band * i;
      const length = (value / top) * 100;
      const color = COLORS[i % COLORS.length]!;
      const title = <title>{`${label(category)} · ${s.name}: ${value} ${data.unit}`}</title>;
      return horizontal ? (
        <rect key={`${c}-${i}`} x="0" width={pct(length)} y={pct(along)} height={pct(band)} fill={color}>
          {title}
        </rect>
      ) : (
        <rect key={`${c}-${i}`} x={pct(along)} width={pct(band)} y={pct(100 - length)} height={pct(length)} fill={color}>
          {title}
        </rect>
      );
    }),
  );
  return (
    <figure>
      <figcaption className="sr-only">Bar chart of “{title}”. The table gives every number.</figcaption>
      {horizontal ? (
        <PlotFrame
          height={Math.max(160, data.categories.length * 44 + 60)}
          leftWidth={170}
          left={data.categories.map((category, c) => ({ at: slot * (c + 0.5), text: category }))}
          bottom={ticks.map((tick) => ({ at: (tick / top) * 100, text: String(tick) }))}
        >
          {ticks.map((tick) => (
            <line key={tick} x1={pct((tick / top) * 100)} x2={pct((tick / top) * 100)} y1="0" y2="100%" stroke={GRID} />
          ))}
          {bars}
        </PlotFrame>
      ) : (
        <PlotFrame
          height={260}
          leftWidth={36}
          left={ticks.map((tick) => ({ at: 100 - (tick / top) * 100, text: String(tick) }))}
          bottom={spreadIndexes(data.categories.length, 8).map((c) => ({ at: slot * (c + 0.5), text: shortWeek(data.categories[c]!) }))}
        >
          <GridLines at={ticks.map((tick) => 100 - (tick / top) * 100)} />
          {bars}
        </PlotFrame>
      )}
      {data.series.length > 1 && <Legend items={data.series.map((s, i) => ({ name: s.name, color: COLORS[i % COLORS.length]!, square: true }))} />}
    </figure>
  );
}
