import type { InputHTMLAttributes } from 'react';
import { LabelledControl, type LabelledControlProps } from './labelled-control';

type FieldProps = LabelledControlProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'className'>;

/** A labelled input whose error is announced and tied to it by aria-describedby. */
export function Field({ id, label, error, hint, className, ...input }: FieldProps) {
  return (
    <LabelledControl
      id={id}
      label={label}
      error={error}
      hint={hint}
      className={className}
      control={(aria) => (
        <input
          id={id}
          {...aria}
          className="mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
          {...input}
        />
      )}
    />
  );
}
