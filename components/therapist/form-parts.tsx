'use client';

import { startTransition, useActionState, useRef, type FormHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/actions/action-state';
import { IDLE } from '@/lib/actions/action-state';

type FormAction<T> = (previous: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/**
 * useActionState plus the field errors of the last answer. `onSuccess` runs with the result (e.g. to show it in a
 * parent that outlives this form, which may disappear once the page re-renders); `resetOnSuccess` clears the form.
 */
export function useFormAction<T>(action: FormAction<T>, options: { onSuccess?: (data: T) => void; resetOnSuccess?: boolean } = {}) {
  const formRef = useRef<HTMLFormElement>(null);
  const { onSuccess, resetOnSuccess } = options;
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(
    onSuccess || resetOnSuccess
      ? async (previous, formData) => {
          const result = await action(previous, formData);
          if (result.status === 'ok') {
            onSuccess?.(result.data);
            if (resetOnSuccess) formRef.current?.reset();
          }
          return result;
        }
      : action,
    IDLE as ActionState<T>,
  );
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  return { state, formAction, pending, errors, formRef };
}

/**
 * A form posting to a server action. Submitting through startTransition keeps what was typed when the answer is
 * an error (a plain form action would reset every field); before hydration it still posts as a normal form.
 */
export function ActionForm({
  formAction,
  formRef,
  children,
  ...form
}: Omit<FormHTMLAttributes<HTMLFormElement>, 'action' | 'onSubmit'> & { formAction: (formData: FormData) => void; formRef?: React.Ref<HTMLFormElement> }) {
  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      {...form}
    >
      {children}
    </form>
  );
}

/** The form's answer: a success sentence in a status region, or the form-level error in an alert region. */
export function FormStatus({ state, success }: { state: ActionState<unknown>; success?: string }) {
  return (
    <>
      <div role="alert" className="text-sm font-medium text-red-700">
        {state.status === 'error' ? state.formError : null}
      </div>
      <div role="status" className="text-sm font-medium text-green-800">
        {state.status === 'ok' ? success : null}
      </div>
    </>
  );
}

export function SubmitButton({ pending, children, pendingLabel = 'Saving…', variant = 'primary' }: { pending: boolean; children: ReactNode; pendingLabel?: string; variant?: 'primary' | 'secondary' | 'danger' }) {
  return (
    <Button type="submit" variant={variant} disabled={pending}>
      {pending ? pendingLabel : children}
    </Button>
  );
}

function describedBy(id: string, hint: string | undefined): string {
  return [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ');
}

function Hint({ id, hint }: { id: string; hint: string | undefined }) {
  return hint ? (
    <p id={`${id}-hint`} className="text-sm text-slate-700">
      {hint}
    </p>
  ) : null;
}

function ErrorText({ id, error }: { id: string; error: string | undefined }) {
  return (
    <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">
      {error}
    </p>
  );
}

const CONTROL = 'mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700';

export function SelectField({ id, label, hint, error, children, className = '', ...select }: SelectHTMLAttributes<HTMLSelectElement> & { id: string; label: string; hint?: string; error?: string | undefined }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint)} className={CONTROL} {...select}>
        {children}
      </select>
      <ErrorText id={id} error={error} />
    </div>
  );
}

export function TextareaField({ id, label, hint, error, className = '', ...textarea }: TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string; label: string; hint?: string; error?: string | undefined }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint)} className={CONTROL} rows={3} {...textarea} />
      <ErrorText id={id} error={error} />
    </div>
  );
}

/** A group of radio buttons under a legend; the error is tied to the group. */
export function RadioGroup({
  id,
  name,
  legend,
  options,
  error,
  hint,
  defaultValue,
  onChange,
  className = '',
}: {
  id: string;
  name: string;
  legend: string;
  options: readonly { value: string; label: ReactNode }[];
  error?: string | undefined;
  hint?: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
  className?: string;
}) {
  return (
    <fieldset className={className} aria-describedby={describedBy(id, hint)}>
      <legend className="font-medium text-slate-900">{legend}</legend>
      <Hint id={id} hint={hint} />
      <div className="mt-1 flex flex-wrap gap-x-4">
        {options.map((option) => (
          <label key={option.value} className="inline-flex min-h-11 cursor-pointer items-center gap-2">
            <input type="radio" name={name} value={option.value} defaultChecked={defaultValue === option.value} onChange={() => onChange?.(option.value)} className="size-5 accent-brand-700" />
            {option.label}
          </label>
        ))}
      </div>
      <ErrorText id={id} error={error} />
    </fieldset>
  );
}

export const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;
