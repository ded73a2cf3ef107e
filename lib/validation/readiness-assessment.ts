import { z } from 'zod';
import type { ReadinessInput } from '@/lib/protocol';
import { integerField, optionalText, runnerIdField, yesNoField } from './therapist-fields';

export const readinessAssessmentSchema = z
  .strictObject({
    runnerId: runnerIdField,
    painAtRest: integerField('Pain at rest', 0, 10),
    sharpPainWithDailyMovement: yesNoField(),
    currentPain: integerField('Current pain', 0, 10),
    singleLegSquatLeft: integerField('Left-leg reps', 0, 100),
    singleLegSquatRight: integerField('Right-leg reps', 0, 100),
    singleLegSquatGoodControl: yesNoField(),
    hop30sPainFree: yesNoField(),
    walk30minPainFree: yesNoField(),
    note: optionalText(2000),
  });

export type ReadinessAssessmentInput = z.output<typeof readinessAssessmentSchema>;

export function toReadinessInput(input: ReadinessAssessmentInput): ReadinessInput {
  return {
    painAtRest: input.painAtRest,
    sharpPainWithDailyMovement: input.sharpPainWithDailyMovement,
    currentPain: input.currentPain,
    singleLegSquat: { left: input.singleLegSquatLeft, right: input.singleLegSquatRight, goodControl: input.singleLegSquatGoodControl },
    hop30sPainFree: input.hop30sPainFree,
    walk30minPainFree: input.walk30minPainFree,
  };
}
