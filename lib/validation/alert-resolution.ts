import { z } from 'zod';
import { MAX_STAGE, MIN_STAGE } from '@/lib/protocol';
import { idField, requiredText, runnerIdField, versionField } from './therapist-fields';

/** What a therapist can do with an alert; all but the last change the plan, the last only records a review. */
export const ALERT_CHOICES = ['resume', 'resume_phase', 'regress', 'foundation', 'refer_out', 'acknowledged'] as const;
/** Phases after the ladder a paused runner can resume in, at a chosen weekly volume. */
export const RESUME_PHASES = ['continuous', 'full', 'maintenance'] as const;
export const RESUME_CAP_MIN = 10;
export const RESUME_CAP_MAX = 1200;
export type AlertChoice = (typeof ALERT_CHOICES)[number];

export const RESOLUTION_NOTE_MAX = 2000;

export const resolveAlertSchema = z
  .strictObject({
    runnerId: runnerIdField,
    alertId: idField,
    version: versionField,
    choice: z.enum(ALERT_CHOICES, 'Choose how the runner continues.'),
    // Only read with "resume" / "resume_phase"; a hidden or untouched select still posts a value.
    resumeStage: z.string().optional(),
    resumePhase: z.string().optional(),
    weeklyCap: z.string().optional(),
    note: requiredText('a note on your decision', RESOLUTION_NOTE_MAX),
  })
  .transform((input, ctx) => {
    if (input.choice === 'resume_phase') {
      const phase = RESUME_PHASES.find((p) => p === input.resumePhase);
      const cap = Number(input.weeklyCap);
      if (!phase) ctx.addIssue({ code: 'custom', path: ['resumePhase'], message: 'Choose continuous running, full training or maintenance.' });
      if (!Number.isInteger(cap) || cap < RESUME_CAP_MIN || cap > RESUME_CAP_MAX) {
        ctx.addIssue({ code: 'custom', path: ['weeklyCap'], message: `Enter the weekly running minutes to resume at, from ${RESUME_CAP_MIN} to ${RESUME_CAP_MAX}.` });
      }
      if (!phase || !Number.isInteger(cap) || cap < RESUME_CAP_MIN || cap > RESUME_CAP_MAX) return z.NEVER;
      return { ...input, resumeStage: undefined, resumePhase: phase, weeklyCap: cap };
    }
    if (input.choice !== 'resume') return { ...input, resumeStage: undefined, resumePhase: undefined, weeklyCap: undefined };
    const stage = Number(input.resumeStage);
    if (!Number.isInteger(stage) || stage < MIN_STAGE || stage > MAX_STAGE) {
      ctx.addIssue({ code: 'custom', path: ['resumeStage'], message: `Choose a stage from ${MIN_STAGE} to ${MAX_STAGE}.` });
      return z.NEVER;
    }
    return { ...input, resumeStage: stage, resumePhase: undefined, weeklyCap: undefined };
  });

export type ResolveAlertInput = z.output<typeof resolveAlertSchema>;
