import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { requireRole, type Role, type SessionUser } from '@/lib/auth';
import type { ActionState } from './action-state';
import { fieldsWithNul, formDataToObject, keptValues } from './form-data';
import { submittedForm } from './form-submission';

/** Thrown by a handler to answer the form with a message instead of a generic failure. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
  }
}

function firstErrorPerField(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_form';
    fields[key] ??= issue.message;
  }
  return fields;
}

const NUL_MESSAGE = 'Remove the invisible control character from this text.';
const GENERIC_FAILURE = 'Something went wrong and nothing was saved. Please try again.';

/**
 * The shape of every server action: authorize the role → validate with a strict zod schema → run.
 * The handler authorizes the exact rows itself (through lib/access) and writes in one transaction.
 * Errors never reach the browser as stack traces or SQL: a generic message is shown, the detail is logged.
 */
export function authorizedAction<S extends z.ZodType, T, R extends Role>(
  roles: readonly R[],
  schema: S,
  handler: (input: z.output<S>, user: SessionUser & { role: R }) => Promise<T>,
) {
  return async function action(_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> {
    const form = submittedForm(formData);
    const user = await requireRole(...roles);
    const fields = formDataToObject(form);
    // Every refusal hands back what was typed, so the form shows it again (with JavaScript or without).
    const values = keptValues(fields);
    const withNul = fieldsWithNul(fields);
    if (withNul.length) {
      return { status: 'error', formError: 'Please correct the highlighted fields.', fieldErrors: Object.fromEntries(withNul.map((key) => [key, NUL_MESSAGE])), values };
    }
    const parsed = schema.safeParse(fields);
    if (!parsed.success) {
      const fieldErrors = firstErrorPerField(parsed.error);
      return { status: 'error', formError: fieldErrors._form ?? 'Please correct the highlighted fields.', fieldErrors, values };
    }
    try {
      return { status: 'ok', data: await handler(parsed.data, user) };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof ActionError) return { status: 'error', formError: error.message, fieldErrors: error.fieldErrors, values };
      console.error('server action failed', error);
      return { status: 'error', formError: GENERIC_FAILURE, values };
    }
  };
}
