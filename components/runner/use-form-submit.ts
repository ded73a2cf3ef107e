'use client';

import { startTransition, useEffect, useRef, type FormEvent } from 'react';

/** A v4 UUID; crypto.randomUUID needs a secure context, getRandomValues does not. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Submits a form to a useActionState action without React's automatic form reset (a rejected submission
 * keeps what the runner entered). With `idempotent`, every submission of this form instance carries the same
 * key, made when the form is first shown: a double tap or a retry stores once and gets the first answer.
 */
export function useFormSubmit(dispatch: (data: FormData) => void, { idempotent = false } = {}) {
  const key = useRef<string | null>(null);
  useEffect(() => {
    if (idempotent) key.current ??= newIdempotencyKey();
  }, [idempotent]);
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    if (idempotent) {
      key.current ??= newIdempotencyKey();
      data.set('idempotencyKey', key.current);
    }
    startTransition(() => dispatch(data));
  };
}
