import type { TextareaHTMLAttributes } from 'react';
import { LabelledControl, type LabelledControlProps } from './labelled-control';

type TextAreaProps = LabelledControlProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'className'>;

/** A labelled multi-line input whose error is announced and tied to it by aria-describedby. */
export function TextArea({ id, label, error, hint, className, rows = 3, ...textarea }: TextAreaProps) {
  return (
    <LabelledControl
      id={id}
      label={label}
      error={error}
      hint={hint}
      className={className}
      control={(aria) => (
        <textarea
          id={id}
          rows={rows}
          {...aria}
          className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
          {...textarea}
        />
      )}
    />
  );
}
