import { z } from 'zod';
import { MAX_STAGE, MIN_STAGE } from '@/lib/protocol';
import { idField, requiredText, runnerIdField, versionField } from './therapist-fields';

/** What a therapist can do with an alert; the first four change the plan, the last only records a review. */
export const ALERT_CHOICES = ['resume', 'regress', 'foundation', 'refer_out', 'acknowledged'] as const;
export type AlertChoice = (typeof ALERT_CHOICES)[number];

export const RESOLUTION_NOTE_MAX = 2000;

export const resolveAlertSchema = z
  .strictObject({
    runnerId: runnerIdField,
    alertId: idField,
    version: versionField,
    choice: z.enum(ALERT_CHOICES, 'Choose how the runner continues.'),
    // Only read with "resume"; a hidden or untouched select still posts a value.
    resumeStage: z.string().optional(),
    note: requiredText('a note on your decision', RESOLUTION_NOTE_MAX),
  })
  .transform((input, ctx) => {
    if (input.choice !== 'resume') return { ...input, resumeStage: undefined };
    const stage = Number(input.resumeStage);
    if (!Number.isInteger(stage) || stage < MIN_STAGE || stage > MAX_STAGE) {
      ctx.addIssue({ code: 'custom', path: ['resumeStage'], message: `Choose a stage from ${MIN_STAGE} to ${MAX_STAGE}.` });
      return z.NEVER;
    }
    return { ...input, resumeStage: stage };
  });

export type ResolveAlertInput = z.output<typeof resolveAlertSchema>;
