'use client';

import type { SelectHTMLAttributes } from 'react';
import { keptText, useFieldAnswer } from './form';
import { LabelledControl, type LabelledControlProps } from './labelled-control';

type SelectProps = LabelledControlProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className'>;

/** A labelled native select whose error is announced and tied to it by aria-describedby; kept like Field. */
export function Select({ id, label, error, hint, className, defaultValue, children, ...select }: SelectProps) {
  const answer = useFieldAnswer(select.name);
  const shown = select.value !== undefined ? defaultValue : keptText(answer.kept, defaultValue);
  return (
    <LabelledControl
      id={id}
      label={label}
      error={error ?? answer.error}
      hint={hint}
      className={className}
      control={(aria) => (
        // React sets a select's default only when it mounts, so a new kept value mounts a new select: the form
        // reset after an answer then shows the kept choice.
        <select
          key={String(shown ?? '')}
          id={id}
          {...aria}
          className="mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
          defaultValue={shown}
          {...select}
        >
          {children}
        </select>
      )}
    />
  );
}
