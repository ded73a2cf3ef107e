import type { ReactNode } from 'react';

/** A raised surface with an optional heading: the one container every role's pages are built from. */
export function Card({ title, children, className = '', headingLevel = 2 }: { title?: string; children: ReactNode; className?: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={`rounded-card border border-line bg-surface p-4 shadow-card sm:p-5 ${className}`}>
      {title && <Heading className="mb-3 text-lg font-semibold tracking-tight text-ink">{title}</Heading>}
      {children}
    </section>
  );
}
