import type { VolumeWeek } from '@/lib/plan/weekly-volume';
import { GridLines, niceTicks, pct, PlotFrame } from './plot';

/** Minutes run per calendar week, with the coming week's limit as a line when there is one; a table gives every value. */
export function WeeklyMinutesChart({ weeks, cap, capLabel, title = 'Weekly running minutes' }: { weeks: VolumeWeek[]; cap: number | null; capLabel: string; title?: string }) {
  const ticks = niceTicks(Math.max(10, cap ?? 0, ...weeks.map((w) => w.minutes)) * 1.1, 4);
  const top = ticks.at(-1)!;
  const y = (minutes: number) => 100 - (minutes / top) * 100;
  const slot = 100 / weeks.length;
  return (
    <figure>
      <figcaption className="sr-only">
        {title}: minutes run in each of the last {weeks.length} weeks. {capLabel} The table below gives every value.
      </figcaption>
      <PlotFrame
        height={224}
        left={ticks.map((tick) => ({ at: y(tick), text: String(tick) }))}
        bottom={weeks.map((week, i) => ({ at: slot * (i + 0.5), text: week.label.split('–')[1] ?? week.label }))}
      >
        <GridLines at={ticks.map(y)} />
        {weeks.map((week, i) => (
          <rect key={week.start} x={pct(slot * (i + 0.15))} width={pct(slot * 0.7)} y={pct(y(week.minutes))} height={pct((week.minutes / top) * 100)} fill="#0b5544">
            <title>{`${week.label}: ${week.minutes} min`}</title>
          </rect>
        ))}
        {cap !== null && (
          <g>
            <line x1="0" x2="100%" y1={pct(y(cap))} y2={pct(y(cap))} stroke="#b45309" strokeDasharray="6 3" strokeWidth={2} />
            <text x="100%" y={pct(y(cap))} dx="-4" dy="-6" textAnchor="end" fontSize={12} fill="#92400e">
              Limit {cap}
            </text>
          </g>
        )}
      </PlotFrame>
      <p className="mt-1 text-sm text-slate-700">{capLabel}</p>
      <details className="mt-2">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-800">Show the weekly minutes as a table</summary>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`${title} per week`}>
          <table className="mt-2 w-full text-left text-sm">
            <caption className="sr-only">{title} per week</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-1 pr-2">Week</th>
                <th scope="col" className="py-1 pr-2">Runs</th>
                <th scope="col" className="py-1">Minutes run</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.start} className="border-b border-slate-100">
                  <td className="py-1 pr-2">{week.label}</td>
                  <td className="py-1 pr-2">{week.runs}</td>
                  <td className="py-1">{week.minutes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
