import type { ReactNode } from 'react';

/** Icons for the navigation, inline SVG in currentColor (24 × 24, 2 px strokes); decorative: the label names the link. */
export type NavIcon = 'today' | 'log' | 'progress' | 'concern';

const PATHS: Record<NavIcon, ReactNode> = {
  // A calendar page with today marked.
  today: (
    <>
      <rect x="3.5" y="5" width="17" height="15.5" rx="2.5" />
      <path d="M3.5 10h17M8 3v4M16 3v4" />
      <rect x="7.5" y="13" width="4" height="4" rx="1" fill="currentColor" stroke="none" />
    </>
  ),
  // A plus in a circle: add today's run.
  log: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 8v8M8 12h8" />
    </>
  ),
  // A line climbing over bars.
  progress: (
    <>
      <path d="M4 20h16" />
      <path d="M6 16v1M10 13v4M14 14v3M18 10v7" />
      <path d="M5 11l4-3.5 4 2.5 6-5.5" />
    </>
  ),
  // A speech bubble with an exclamation mark.
  concern: (
    <>
      <path d="M5 4.5h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-7l-4.5 3.5v-3.5H5a2 2 0 0 1-2-2v-9a2 2 0 0 1 2-2z" />
      <path d="M12 8v4" />
      <circle cx="12" cy="14.6" r="0.6" fill="currentColor" />
    </>
  ),
};

export function NavIconSvg({ icon, className = '' }: { icon: NavIcon; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
    >
      {PATHS[icon]}
    </svg>
  );
}
