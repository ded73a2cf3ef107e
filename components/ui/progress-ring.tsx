import type { ReactNode } from 'react';

/**
 * A ring filled to value / max around a big number: drawn on the server, a picture only (aria-hidden), so the
 * words beside it must say the same thing.
 */
export function ProgressRing({ value, max, size = 112, stroke = 10, children, tone = 'brand' }: { value: number; max: number; size?: number; stroke?: number; children: ReactNode; tone?: 'brand' | 'warn' }) {
  const r = (size - stroke) / 2;
  const circumference = 2 * Math.PI * r;
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  const colour = tone === 'warn' ? 'var(--color-warn)' : 'var(--color-brand-600)';
  return (
    <div className="relative shrink-0" style={{ width: size, height: size }} aria-hidden="true">
      <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} focusable="false" className="-rotate-90">
        <circle cx={size / 2} cy={size / 2} r={r} fill="none" stroke="var(--color-brand-100)" strokeWidth={stroke} />
        <circle
          cx={size / 2}
          cy={size / 2}
          r={r}
          fill="none"
          stroke={colour}
          strokeWidth={stroke}
          strokeLinecap="round"
          strokeDasharray={`${circumference * share} ${circumference}`}
        />
      </svg>
      <div className="absolute inset-0 flex flex-col items-center justify-center">{children}</div>
    </div>
  );
}
