'use client';

import type { ChangeEvent, ReactNode } from 'react';
import { useFieldAnswer } from './form';

export interface RadioOption {
  value: string;
  label: ReactNode;
  /** Replaces the option's default look (padding, border, fill, checked state), e.g. a colour per score. */
  className?: string;
}

interface RadioGroupProps {
  /** Unique on the page: ids of the hint and error derive from it. */
  id: string;
  name: string;
  legend: ReactNode;
  options: readonly RadioOption[];
  hint?: ReactNode;
  error?: string | undefined;
  defaultValue?: string | undefined;
  /** Tailwind grid classes for the options, e.g. 'grid-cols-2'. */
  columns?: string;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
  legendClassName?: string;
}

const OPTION_LOOK = 'px-2 py-2 border border-slate-500 bg-white text-slate-900 peer-checked:border-brand-800 peer-checked:bg-brand-700 peer-checked:text-white peer-hover:border-brand-700';

/**
 * Native radio buttons drawn as large tap targets: arrow keys move the choice, Space selects, and a screen
 * reader hears a radio group with its legend. The transparent input covers the whole option, so the focus
 * ring and the tap target are the option itself.
 */
export function RadioGroup({ id, name, legend, options, hint, error: ownError, defaultValue, columns = 'grid-cols-2', onChange, legendClassName = '' }: RadioGroupProps) {
  // Inside an ActionForm, a refused submission's error and choice (kept) come from the answer.
  const answer = useFieldAnswer(name);
  const error = ownError ?? answer.error;
  const chosen = answer.kept === undefined ? defaultValue : String(answer.kept);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  return (
    <fieldset
      id={id}
      role="radiogroup"
      aria-invalid={error ? true : undefined}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
      className="min-w-0"
    >
      <legend className={`font-medium text-slate-900 ${legendClassName}`}>{legend}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      <div className={`mt-2 grid gap-2 ${columns}`}>
        {options.map((option) => (
          <label key={option.value} className="relative flex min-h-11 min-w-11">
            <input
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={chosen === option.value}
              onChange={onChange}
              className="peer absolute inset-0 h-full w-full cursor-pointer appearance-none rounded-md"
            />
            <span className={`flex w-full flex-col items-center justify-center rounded-md text-center font-medium ${option.className ?? OPTION_LOOK}`}>
              {option.label}
            </span>
          </label>
        ))}
      </div>
      <p id={errorId} aria-live="polite" className="mt-1 text-sm text-red-700">
        {error}
      </p>
    </fieldset>
  );
}

export const YES_NO: readonly RadioOption[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
