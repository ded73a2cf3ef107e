import { z } from 'zod';
import { PAIN_PRESET_IDS } from '@/lib/protocol';
import { integerField, isoDateField, requiredText } from './therapist-fields';
import { INJURY_SIDES } from './limits';

export const GOAL_WEEKLY_MINUTES = { min: 30, max: 1200 } as const;

export const addRunnerSchema = z.strictObject({
  name: requiredText('the runner’s name', 100),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, 'Keep the email under 254 characters.')
    .pipe(z.email('Enter an email address such as name@example.com.')),
  injuryType: requiredText('the injury', 100),
  injurySide: z.enum(INJURY_SIDES, 'Choose the side of the injury.'),
  injuryDate: z.union([z.literal('').transform(() => undefined), isoDateField]).optional(),
  preset: z.enum(PAIN_PRESET_IDS, 'Choose a pain preset.'),
  goalWeeklyMinutes: integerField('The goal', GOAL_WEEKLY_MINUTES.min, GOAL_WEEKLY_MINUTES.max),
});

export type AddRunnerInput = z.output<typeof addRunnerSchema>;

export const resendInvitationSchema = z.strictObject({ runnerId: z.uuid('This runner could not be found.') });
