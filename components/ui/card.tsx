import type { ReactNode } from 'react';

export function Card({ title, children, className = '', headingLevel = 2 }: { title?: string; children: ReactNode; className?: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5 ${className}`}>
      {title && <Heading className="mb-3 text-lg font-semibold text-slate-900">{title}</Heading>}
      {children}
    </section>
  );
}
