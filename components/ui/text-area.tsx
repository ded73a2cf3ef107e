'use client';

import type { TextareaHTMLAttributes } from 'react';
import { keptText, useFieldAnswer } from './form';
import { LabelledControl, type LabelledControlProps } from './labelled-control';

type TextAreaProps = LabelledControlProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'className'>;

/** A labelled multi-line input whose error is announced and tied to it by aria-describedby; kept like Field. */
export function TextArea({ id, label, error, hint, className, rows = 3, defaultValue, ...textarea }: TextAreaProps) {
  const answer = useFieldAnswer(textarea.name);
  const shown = textarea.value !== undefined ? defaultValue : keptText(answer.kept, defaultValue);
  return (
    <LabelledControl
      id={id}
      label={label}
      error={error ?? answer.error}
      hint={hint}
      className={className}
      control={(aria) => (
        <textarea
          id={id}
          rows={rows}
          {...aria}
          className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
          defaultValue={shown}
          {...textarea}
        />
      )}
    />
  );
}
