'use client';

import type { ReactNode } from 'react';
import { useFieldAnswer } from './form';

export interface CheckboxOption {
  value: string;
  label: ReactNode;
  detail?: ReactNode;
}

interface CheckboxGroupProps {
  id: string;
  /** Submitted as name[] so every ticked value arrives. */
  name: string;
  legend: ReactNode;
  options: readonly CheckboxOption[];
  hint?: ReactNode;
  error?: string | undefined;
  /** The values ticked when the form is first shown. */
  defaultValue?: readonly string[];
}

/** A checklist with large rows; the whole row toggles the box. */
export function CheckboxGroup({ id, name, legend, options, hint, error: ownError, defaultValue = [] }: CheckboxGroupProps) {
  // Inside an ActionForm, a refused submission's error and ticks (kept) come from the answer.
  const answer = useFieldAnswer(name);
  const error = ownError ?? answer.error;
  const ticked = answer.kept === undefined ? defaultValue : Array.isArray(answer.kept) ? answer.kept : answer.kept ? [answer.kept] : [];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  return (
    <fieldset id={id} aria-describedby={[hintId, errorId].filter(Boolean).join(' ')} className="min-w-0">
      <legend className="font-medium text-slate-900">{legend}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      <ul className="mt-2 space-y-2">
        {options.map((option) => (
          <li key={option.value}>
            <label className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input type="checkbox" name={`${name}[]`} value={option.value} defaultChecked={ticked.includes(option.value)} className="mt-1 h-6 w-6 shrink-0 accent-brand-700" />
              <span>
                <span className="block font-medium">{option.label}</span>
                {option.detail && <span className="block text-sm text-slate-700">{option.detail}</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <p id={errorId} aria-live="polite" className="mt-1 text-sm text-red-700">
        {error}
      </p>
    </fieldset>
  );
}
