import { z } from 'zod';
import { MAX_STAGE, MIN_STAGE, OVERRIDE_REASON_MIN_LENGTH, PAIN_PRESET_IDS, SETTINGS_LIMITS } from '@/lib/protocol';
import { GOAL_WEEKLY_MINUTES } from './add-runner';
import { integerField, optionalIntegerField, runnerIdField, versionField } from './therapist-fields';

const OVERRIDE_MAX_LENGTH = 1000;

/** Empty means "no override"; anything written must be a real reason. */
const overrideReasonField = z
  .string()
  .trim()
  .max(OVERRIDE_MAX_LENGTH, `Keep the reason under ${OVERRIDE_MAX_LENGTH} characters.`)
  .refine((reason) => reason.length === 0 || reason.length >= OVERRIDE_REASON_MIN_LENGTH, `Write at least ${OVERRIDE_REASON_MIN_LENGTH} characters to explain the override.`)
  .optional()
  .transform((reason) => (reason ? reason : undefined));

const planTarget = { runnerId: runnerIdField, version: versionField };

export const stageField = integerField('The stage', MIN_STAGE, MAX_STAGE);

export const startFoundationSchema = z.strictObject(planTarget);

export const startWalkRunSchema = z.strictObject({ ...planTarget, startStage: stageField, overrideReason: overrideReasonField });

export const setStageSchema = z.strictObject({ ...planTarget, stage: stageField });

export const unlockFullSchema = z.strictObject({ ...planTarget, overrideReason: overrideReasonField });

export const dischargeSchema = z.strictObject(planTarget);

const limit = SETTINGS_LIMITS;

export const planSettingsSchema = z.strictObject({
  ...planTarget,
  preset: z.enum(PAIN_PRESET_IDS, 'Choose a pain preset.'),
  painAllowance: optionalIntegerField('The pain allowance', limit.painAllowance.min, limit.painAllowance.max),
  sessionMinutes: optionalIntegerField('Session minutes', limit.sessionMinutes.min, limit.sessionMinutes.max),
  maxRunDaysPerWeek: optionalIntegerField('Run days per week', limit.maxRunDaysPerWeek.min, limit.maxRunDaysPerWeek.max),
  goalWeeklyMinutes: integerField('The goal', GOAL_WEEKLY_MINUTES.min, GOAL_WEEKLY_MINUTES.max),
});

export type PlanSettingsInput = z.output<typeof planSettingsSchema>;
