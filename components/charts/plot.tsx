import type { ReactNode } from 'react';

/*
 * Charts drawn on the server as SVG: no charting library reaches the browser (Recharts alone was ~120 kB of
 * compressed JavaScript per chart page). Coordinates are percentages of the plot area, so a chart fits any
 * width without its text being scaled; axis labels are HTML around the SVG. Every chart is a picture only
 * (hidden from assistive technology): its table gives every value. A <title> per mark shows the value on hover.
 */

export const AXIS_TEXT = 'text-xs text-slate-700';
export const GRID = '#e2e8f0';

/** Round steps (1, 2, 5 × 10ⁿ) from 0 to at least `max`. */
export function niceTicks(max: number, count = 5): number[] {
  const rough = Math.max(max, 1) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const top = Math.ceil(Math.max(max, 1) / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6);
}

/** A percentage for an SVG attribute. */
export function pct(value: number): string {
  return `${Math.round(value * 100) / 100}%`;
}

/** Labels spread evenly across many points: at most `max`, one every so many points from the first. */
export function spreadIndexes(count: number, max = 6): number[] {
  const step = Math.max(1, Math.ceil(count / max));
  return Array.from({ length: Math.ceil(count / step) }, (_, i) => i * step);
}

/**
 * Date labels for a phone and a desktop at once: up to `max` on a desktop and about three on a phone (the others
 * `minor`), always with the first and the last point so the range reads from its ends.
 */
export function thinnedLabels(count: number, max = 6): { index: number; minor: boolean }[] {
  if (count <= 0) return [];
  const last = count - 1;
  const withEnd = (indexes: number[], step: number) => {
    const tail = indexes.at(-1)!;
    if (tail === last) return indexes;
    // The last point replaces a spread label that would sit too close to it.
    return last - tail < step / 2 ? [...indexes.slice(0, -1), last] : [...indexes, last];
  };
  const phoneStep = Math.max(1, Math.ceil(count / 3));
  const phone = new Set(withEnd(spreadIndexes(count, 3), phoneStep));
  const desktop = withEnd(spreadIndexes(count, max), Math.max(1, Math.ceil(count / max)));
  const all = [...new Set([...desktop, ...phone])].sort((a, b) => a - b);
  return all.map((index) => ({ index, minor: !phone.has(index) }));
}

interface Frame {
  /** Height of the whole drawing in pixels. */
  height: number;
  /** Labels on the left, at a percentage from the top of the plot. */
  left: { at: number; text: string }[];
  leftWidth?: number;
  /** Labels under the plot, at a percentage from its left edge; `minor` ones are left out on a phone. */
  bottom: { at: number; text: string; minor?: boolean }[];
  children: ReactNode;
}

/** The plot area (an SVG in percentages) with HTML axis labels to its left and below. */
export function PlotFrame({ height, left, leftWidth = 32, bottom, children }: Frame) {
  const top = 10;
  const below = 22;
  const right = 10;
  return (
    <div className="relative w-full" style={{ height }} aria-hidden="true">
      {left.map((label) => (
        <span
          key={`y-${label.at}-${label.text}`}
          className={`absolute -translate-y-1/2 pr-1 text-right leading-tight ${AXIS_TEXT}`}
          style={{ left: 0, width: leftWidth, top: `calc(${top}px + (100% - ${top + below}px) * ${label.at / 100})` }}
        >
          {label.text}
        </span>
      ))}
      <svg
        className="chart-surface absolute overflow-visible"
        style={{ left: leftWidth, top, width: `calc(100% - ${leftWidth + right}px)`, height: `calc(100% - ${top + below}px)` }}
        focusable="false"
      >
        {children}
      </svg>
      {bottom.map((label) => (
        <span
          key={`x-${label.at}-${label.text}`}
          // A label at either end lines up with the plot's edge instead of centring on it, so it is never clipped.
          className={`absolute whitespace-nowrap ${label.at <= 5 ? '' : label.at >= 95 ? '-translate-x-full' : '-translate-x-1/2'} ${label.minor ? 'hidden sm:block' : ''} ${AXIS_TEXT}`}
          style={{ bottom: 2, left: `calc(${leftWidth}px + (100% - ${leftWidth + right}px) * ${label.at / 100})` }}
        >
          {label.text}
        </span>
      ))}
    </div>
  );
}

/** Horizontal grid lines at the given percentages from the top. */
export function GridLines({ at }: { at: number[] }) {
  return (
    <g>
      {at.map((y) => (
        <line key={y} x1="0" x2="100%" y1={pct(y)} y2={pct(y)} stroke={GRID} strokeWidth={1} />
      ))}
    </g>
  );
}

/** A legend entry: a short line (or square) in the series' colour and dash, and its name. */
export function Legend({ items }: { items: { name: string; color: string; dash?: string; square?: boolean }[] }) {
  return (
    <ul className="mt-1 flex flex-wrap justify-center gap-x-4 gap-y-1 text-[13px] text-slate-800" aria-hidden="true">
      {items.map((item) => (
        <li key={item.name} className="inline-flex items-center gap-1.5">
          <svg width="22" height="10" focusable="false">
            {item.square ? (
              <rect x="6" y="0" width="10" height="10" fill={item.color} />
            ) : (
              <line x1="0" x2="22" y1="5" y2="5" stroke={item.color} strokeWidth={2} strokeDasharray={item.dash || undefined} />
            )}
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}

/**
 * A line through points given in plot percentages, as ONE element: drawn in a 100 × 100 box stretched over the
 * plot, with a stroke that keeps its width and dashes however the plot is stretched.
 */
export function StretchedLine({ points, color, dash }: { points: { x: number; y: number }[]; color: string; dash?: string }) {
  return (
    <svg viewBox="0 0 100 100" preserveAspectRatio="none" width="100%" height="100%" overflow="visible">
      <polyline
        points={points.map((p) => `${Math.round(p.x * 100) / 100},${Math.round(p.y * 100) / 100}`).join(' ')}
        fill="none"
        stroke={color}
        strokeWidth={2}
        strokeDasharray={dash || undefined}
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}
