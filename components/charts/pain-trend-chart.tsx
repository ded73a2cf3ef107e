import type { PainPoint } from '@/lib/plan/pain-trend';
import { GridLines, Legend, pct, PlotFrame, StretchedLine, thinnedLabels } from './plot';

// Colours chosen for ≥ 3:1 contrast on white and to stay distinguishable with common colour-vision deficiencies.
const SERIES = [
  { key: 'before', name: 'Before', color: '#1d4ed8', dash: '' },
  { key: 'during', name: 'Highest during', color: '#b45309', dash: '6 3' },
  { key: 'after', name: 'After', color: '#7e22ce', dash: '2 2' },
  { key: 'nextMorning', name: 'Next morning', color: '#0f766e', dash: '10 4' },
] as const;

const Y_TICKS = [0, 2, 4, 6, 8, 10];

// The pain zones behind the lines, tinted from the pain ramp; each names itself, so no zone relies on its colour.
const ZONES = [
  { word: 'Mild', from: 0, to: 3, fill: '#dcfce7', text: '#166534' },
  { word: 'Moderate', from: 3, to: 6, fill: '#fef3c7', text: '#92400e' },
  { word: 'Severe', from: 6, to: 10, fill: '#fee2e2', text: '#991b1b' },
] as const;

// One formatter for every label: toLocaleDateString builds a new one per call, which dominated the render.
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

function shortDate(iso: string): string {
  return DAY_MONTH.format(new Date(`${iso}T12:00:00Z`));
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
  const x = (index: number) => (points.length === 1 ? 50 : 3 + (index / (points.length - 1)) * 94);
  const y = (pain: number) => 100 - pain * 10;
  const stageChanges = showStageChanges ? points.map((p, index) => ({ ...p, index })).filter((p) => p.index > 0 && p.stage !== points[p.index - 1]?.stage) : [];
  return (
    <figure>
      <figcaption className="sr-only">
        {title}: pain from 0 to 10 for each of {points.length} runs, over bands for mild (0–3), moderate (4–6) and severe (7–10) pain; the
        dashed line is the pain allowance of {allowance}.
        {showStageChanges ? ' Vertical lines mark a change of ladder stage.' : ''} The table below gives every value.
      </figcaption>
      <PlotFrame
        height={300}
        left={Y_TICKS.map((tick) => ({ at: y(tick), text: String(tick) }))}
        leftWidth={28}
        bottom={thinnedLabels(points.length).map(({ index, minor }) => ({ at: x(index), text: shortDate(points[index]!.date), minor }))}
      >
        {ZONES.map((zone) => (
          <g key={zone.word}>
            <rect x="0" width="100%" y={pct(y(zone.to))} height={pct((zone.to - zone.from) * 10)} fill={zone.fill} fillOpacity={0.6} />
            <text x="100%" y={pct(y(zone.to))} dx="-4" dy="13" textAnchor="end" fontSize={11} fontWeight={600} fill={zone.text}>
              {zone.word}
            </text>
          </g>
        ))}
        <GridLines at={Y_TICKS.map(y)} />
        <line x1="0" x2="100%" y1={pct(y(Math.min(allowance, 10)))} y2={pct(y(Math.min(allowance, 10)))} stroke="#166534" strokeWidth={2} strokeDasharray="8 4" />
        <text x="0" y={pct(y(Math.min(allowance, 10)))} dx="4" dy="-5" fontSize={11} fontWeight={600} fill="#166534">
          Your limit {allowance}
        </text>
        {stageChanges.map((p) => (
          <g key={`stage-${p.index}`}>
            <line x1={pct(x(p.index))} x2={pct(x(p.index))} y1="0" y2="100%" stroke="#475569" strokeDasharray="4 4" />
            <text x={pct(x(p.index))} y="0" dx="3" dy="12" fontSize={12} fill="#334155">
              S{p.stage}
            </text>
          </g>
        ))}
        {SERIES.map((series) => {
          // Like the table, a run without a value (no check-in yet) is skipped and the line joins its neighbours.
          const marks = points.flatMap((p, index) => (p[series.key] === null ? [] : [{ index, value: p[series.key] as number, date: p.date }]));
          return (
            <g key={series.key}>
              <StretchedLine points={marks.map((mark) => ({ x: x(mark.index), y: y(mark.value) }))} color={series.color} dash={series.dash} />
              {marks.map((mark) => (
                <circle key={mark.index} cx={pct(x(mark.index))} cy={pct(y(mark.value))} r={3} fill="#fff" stroke={series.color} strokeWidth={2}>
                  <title>{`${shortDate(mark.date)} · ${series.name}: ${mark.value}`}</title>
                </circle>
              ))}
            </g>
          );
        })}
        {points.map((p, index) =>
          p.redFlag ? (
            <g key={`flag-${index}`}>
              <circle cx={pct(x(index))} cy={pct(y(Math.max(p.during, p.after)))} r={7} fill="#b91c1c" stroke="#fff">
                <title>{`${shortDate(p.date)} · red flag`}</title>
              </circle>
              <text x={pct(x(index))} y={pct(y(Math.max(p.during, p.after)))} dy="-10" textAnchor="middle" fill="#b91c1c">
                ⚑
              </text>
            </g>
          ) : null,
        )}
      </PlotFrame>
      <Legend items={SERIES.map((series) => ({ name: series.name, color: series.color, dash: series.dash }))} />
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
