import type { ReactNode } from 'react';

export interface LabelledControlProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  className?: string;
}

/**
 * The label, hint and announced error around one form control. `control` receives the attributes that tie the
 * hint and error to it (aria-describedby) and mark it invalid.
 */
export function LabelledControl({
  id,
  label,
  error,
  hint,
  className = '',
  control,
}: LabelledControlProps & { control: (aria: { 'aria-invalid': true | undefined; 'aria-describedby': string }) => ReactNode }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      {control({ 'aria-invalid': error ? true : undefined, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') })}
      <p id={errorId} aria-live="polite" className="mt-1 text-sm text-red-700">
        {error}
      </p>
    </div>
  );
}
