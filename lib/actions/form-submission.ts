import 'server-only';
import { notFound } from 'next/navigation';

/**
 * React calls every form action of ours as (previous state, form data): with JavaScript, and without it through the
 * `$ACTION_REF_` fields useActionState renders. A post that calls it any other way is not one of our forms — a bare
 * `$ACTION_ID_…` post passes the form data first and nothing second, a hand-made request any arguments it likes —
 * and is answered 404 before anything is read or written, instead of failing inside the action (a 500).
 */
export function submittedForm(formData: unknown): FormData {
  if (!(formData instanceof FormData)) notFound();
  return formData;
}
