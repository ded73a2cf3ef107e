import type { Adherence } from '@/lib/plan/adherence';

const WIDTH = 88;
const HEIGHT = 24;
const PAD = 3;

/**
 * Weekly adherence as a small line drawn on the server (no script): oldest week left, 100 % at the top. A week
 * with nothing due leaves a gap. The values are in the text beside it for screen readers.
 */
export function AdherenceSparkline({ weeks }: { weeks: Pick<Adherence, 'from' | 'percent'>[] }) {
  if (weeks.length < 2 || weeks.every((week) => week.percent === null)) return null;
  const step = (WIDTH - 2 * PAD) / (weeks.length - 1);
  const y = (percent: number) => PAD + (1 - Math.min(percent, 100) / 100) * (HEIGHT - 2 * PAD);
  // One polyline per run of weeks that had something due.
  const segments: string[][] = [[]];
  weeks.forEach((week, i) => {
    if (week.percent === null) segments.push([]);
    else segments[segments.length - 1]!.push(`${(PAD + i * step).toFixed(1)},${y(week.percent).toFixed(1)}`);
  });
  const last = weeks.length - 1;
  const lastPercent = weeks[last]?.percent;
  const values = weeks.map((week) => (week.percent === null ? 'nothing due' : `${week.percent} %`)).join(', ');
  return (
    <span className="inline-flex items-center gap-1">
      <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false" className="shrink-0">
        <line x1={PAD} x2={WIDTH - PAD} y1={y(100)} y2={y(100)} className="stroke-slate-300" strokeDasharray="2 2" strokeWidth="1" />
        <line x1={PAD} x2={WIDTH - PAD} y1={y(0)} y2={y(0)} className="stroke-slate-300" strokeWidth="1" />
        {segments
          .filter((points) => points.length > 0)
          .map((points) =>
            points.length === 1 ? (
              <circle key={points[0]} cx={points[0]!.split(',')[0]} cy={points[0]!.split(',')[1]} r="1.5" className="fill-brand-700" />
            ) : (
              <polyline key={points.join(' ')} points={points.join(' ')} fill="none" className="stroke-brand-700" strokeWidth="1.5" strokeLinejoin="round" />
            ),
          )}
        {lastPercent != null && <circle cx={PAD + last * step} cy={y(lastPercent)} r="2.5" className="fill-brand-700" />}
      </svg>
      <span className="sr-only">
        Week by week, oldest first: {values}.
      </span>
    </span>
  );
}
