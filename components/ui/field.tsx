'use client';

import type { InputHTMLAttributes } from 'react';
import { keptText, useFieldAnswer } from './form';
import { LabelledControl, type LabelledControlProps } from './labelled-control';

type FieldProps = LabelledControlProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'className'>;

/**
 * A labelled input whose error is announced and tied to it by aria-describedby. Inside an ActionForm it shows the
 * error and the kept value of the last refused submission by its name (a password is never kept).
 */
export function Field({ id, label, error, hint, className, defaultValue, ...input }: FieldProps) {
  const answer = useFieldAnswer(input.name);
  const shown = input.value !== undefined || input.type === 'password' ? defaultValue : keptText(answer.kept, defaultValue);
  return (
    <LabelledControl
      id={id}
      label={label}
      error={error ?? answer.error}
      hint={hint}
      className={className}
      control={(aria) => (
        <input
          id={id}
          {...aria}
          className="mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
          defaultValue={shown}
          {...input}
        />
      )}
    />
  );
}
