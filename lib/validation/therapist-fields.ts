import { z } from 'zod';
import { isIsoDate } from '@/lib/protocol';

/** Field builders for the therapist's forms: every value arrives as a string from FormData. */

export const runnerIdField = z.uuid('This runner could not be found.');
export const idField = z.uuid('This record could not be found.');

export function integerField(label: string, min: number, max: number) {
  const message = `${label} must be a whole number from ${min} to ${max}.`;
  return z
    .string()
    .trim()
    .regex(/^-?\d+$/, message)
    .transform(Number)
    .pipe(z.number().int(message).min(min, message).max(max, message));
}

/** An integer that may be left empty (undefined = use the default). */
export function optionalIntegerField(label: string, min: number, max: number) {
  return z.union([z.literal('').transform(() => undefined), integerField(label, min, max)]).optional().transform((v) => v ?? undefined);
}

export const versionField = integerField('Version', 1, 2_147_483_647);

export function yesNoField(message = 'Choose yes or no.') {
  return z.enum(['yes', 'no'], message).transform((value) => value === 'yes');
}

export function requiredText(label: string, max: number, min = 1) {
  return z
    .string()
    .trim()
    .min(min, min === 1 ? `Enter ${label}.` : `Write at least ${min} characters.`)
    .max(max, `Keep it under ${max} characters.`);
}

export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `Keep it under ${max} characters.`)
    .optional()
    .transform((value) => (value ? value : undefined));
}

export const isoDateField = z.string().refine(isIsoDate, 'Enter a real date.');
