'use client';

import { createContext, use, useActionState, useEffect, useRef, type FormHTMLAttributes, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { IDLE, type ActionState, type FormValues } from '@/lib/actions/action-state';
import { Button } from './button';

type FormAction<T> = (previous: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

export interface ActionFormHandle<T> {
  state: ActionState<T>;
  dispatch: (formData: FormData) => void;
}

/**
 * useActionState for a form posting to a server action. Pass the server action itself (not a wrapper): React then
 * renders the form as a POST that works before the scripts load and with JavaScript off, and Next answers it by
 * rendering the page with the action's state in this hook.
 */
export function useActionForm<T>(action: FormAction<T>): ActionFormHandle<T> {
  const [state, dispatch] = useActionState<ActionState<T>, FormData>(action, IDLE as ActionState<T>);
  return { state, dispatch };
}

interface FieldsState {
  errors: Record<string, string>;
  /** What was submitted, when the answer refused it; null when the fields show their own defaults. */
  kept: FormValues | null;
  formError: string | undefined;
}

const NO_ANSWER: FieldsState = { errors: {}, kept: null, formError: undefined };
const FormFields = createContext<FieldsState>(NO_ANSWER);

/**
 * A field's error and its kept value in the enclosing ActionForm, by name ("exercises[]" reads "exercises").
 * `kept` is undefined when nothing was refused (the field shows its own default), else what was submitted ('' if
 * the field was empty or not ticked).
 */
export function useFieldAnswer(name: string | undefined): { error: string | undefined; kept: string | string[] | undefined } {
  const { errors, kept } = use(FormFields);
  const key = name?.replace(/\[\]$/, '');
  if (!key) return { error: undefined, kept: undefined };
  return { error: errors[key], kept: kept ? (kept[key] ?? '') : undefined };
}

/** The value a text field shows: what was submitted after a refusal, else its own default. */
export function keptText(kept: string | string[] | undefined, own: string | number | readonly string[] | undefined) {
  if (kept === undefined) return own;
  return Array.isArray(kept) ? kept.join(', ') : kept;
}

function focusFirstProblem(form: HTMLFormElement | null) {
  if (!form) return;
  const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  const target = invalid?.matches('fieldset') ? (invalid.querySelector<HTMLElement>('input:checked') ?? invalid.querySelector<HTMLElement>('input')) : invalid;
  (target ?? form.querySelector<HTMLElement>('[data-form-error]'))?.focus();
}

type ActionFormProps<T> = Omit<FormHTMLAttributes<HTMLFormElement>, 'action' | 'method' | 'encType' | 'onSubmit'> & {
  form: ActionFormHandle<T>;
  /** When several forms share one action state: whether a refusal belongs to this form (by what it submitted). */
  owns?: (values: FormValues) => boolean;
  children: ReactNode;
};

/**
 * A form posting to a server action: a real POST (no JavaScript needed), enhanced by useActionState when scripts
 * run. React resets a form after its action; every field takes its default from the answer's kept values, so the
 * reset shows what was typed, and the page rendered without JavaScript shows the same. After a refusal, focus
 * moves to the first field with an error (or the form's error message).
 */
export function ActionForm<T>({ form, owns, children, ...props }: ActionFormProps<T>) {
  const { state } = form;
  const ref = useRef<HTMLFormElement>(null);
  const refused = state.status === 'error' && (!owns || owns(state.values ?? {}));
  const answer: FieldsState = refused ? { errors: state.fieldErrors ?? {}, kept: state.values ?? null, formError: state.formError } : NO_ANSWER;
  const refusal = refused ? state : null;
  useEffect(() => {
    if (refusal) focusFirstProblem(ref.current);
  }, [refusal]);
  return (
    <form ref={ref} action={form.dispatch} noValidate {...props}>
      <FormFields value={answer}>{children}</FormFields>
    </form>
  );
}

/** The form-level error of the last answer, in an alert region that takes no room while empty. */
export function FormError({ className = '' }: { className?: string }) {
  const { formError } = use(FormFields);
  return (
    <div role="alert" data-form-error tabIndex={-1} className={`font-medium text-red-700 focus:outline-none ${className}`}>
      {formError ? <p className="pb-3">{formError}</p> : null}
    </div>
  );
}

/**
 * A confirmation in a status region. `focusKey` changes with each new answer: the confirmation then takes focus
 * and scrolls into view, so a person who submitted far down the page sees and hears it. Without JavaScript it is
 * simply part of the page the server renders.
 */
export function Confirmation({ children, focusKey, className = '' }: { children: ReactNode; focusKey?: unknown; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey === undefined || focusKey === null) return;
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [focusKey]);
  return (
    <div ref={ref} role="status" tabIndex={-1} className={`font-medium text-green-800 focus:outline-none ${className}`}>
      {children}
    </div>
  );
}

/** The submit button: disabled and relabelled while its own form is being sent. */
export function SubmitButton({
  children,
  pendingLabel = 'Saving…',
  variant = 'primary',
  className = '',
}: {
  children: ReactNode;
  pendingLabel?: string;
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending || undefined} className={className}>
      {pending ? pendingLabel : children}
    </Button>
  );
}

/**
 * The row with a form's error message and its submit button. `sticky` keeps it at the bottom of the viewport on
 * phones while the form is on screen (above a bottom bar that sets --sticky-bottom to its height).
 */
export function FormActions({ children, sticky = false, className = '' }: { children: ReactNode; sticky?: boolean; className?: string }) {
  const stickiness = sticky
    ? 'max-sm:sticky max-sm:bottom-[var(--sticky-bottom,0px)] max-sm:z-10 max-sm:-mx-4 max-sm:border-t max-sm:border-slate-200 max-sm:bg-white/95 max-sm:px-4 max-sm:py-3 max-sm:backdrop-blur'
    : '';
  return (
    <div data-form-actions className={`${stickiness} ${className}`}>
      <FormError />
      <div className="flex flex-wrap items-center gap-3">{children}</div>
    </div>
  );
}
