export type {
  Decision,
  DecisionAction,
  IsoDate,
  Pain,
  PainPreset,
  ProtocolPhase,
  ProtocolSettings,
  ReadinessInput,
  RunLog,
  RunningPhase,
} from './types';
export {
  ADVICE_RULE_IDS,
  ALL_RULE_IDS,
  DECISION_RULE_IDS,
  GATE_RULE_IDS,
  PLAN_RULE_IDS,
  READINESS_CRITERIA,
  isRedFlag,
  isRuleId,
  type AdviceRuleId,
  type DecisionRuleId,
  type GateRuleId,
  type PlanRuleId,
  type ReadinessCriterionId,
  type RuleId,
} from './rule-ids';
export { addDays, daysBetween, formatLongDate, isIsoDate, mondayOf, weekdayIndex } from './dates';
export { PAIN_MAX, PAIN_MIN, RPE_MAX, RPE_MIN } from './validate';
export {
  DEFAULT_SETTINGS,
  PAIN_PRESETS,
  PAIN_PRESET_IDS,
  SETTINGS_LIMITS,
  isPainPreset,
  resolveSettings,
  withDefaults,
} from './settings';
export {
  LADDER,
  MAX_STAGE,
  MIN_STAGE,
  isStage,
  ladderSession,
  ladderStage,
  plannedRunMinutes,
  type LadderSession,
  type LadderStage,
} from './ladder';
export { READINESS_MAX_CURRENT_PAIN, READINESS_SQUAT_REPS, assessReadiness, type ReadinessResult } from './readiness';
export {
  EASY_MAX_RPE,
  MIN_DAYS_BETWEEN_RUNS,
  PAIN_RISING_RUNS,
  REVIEW_WINDOW_DAYS,
  decideRun,
  decideRunInPhase,
  type PhaseDecision,
} from './decide';
export { reevaluateRun, type NextMorningCheckIn, type Reevaluation } from './reevaluate';
export {
  FULL_CRITERIA_WEEKS,
  FULL_MIN_RUN_MINUTES,
  continuousWeeklyCap,
  fullCriteriaMet,
  speedAndHillsAllowed,
  weekHadStopOrRegression,
  weeklyCap,
  type ContinuousWeekInput,
  type ContinuousWeekRecord,
} from './continuous';
export { PREVENTION_MIN_STRENGTH_SESSIONS, WARM_UP_REMINDER, preventionNudges } from './prevention';
export {
  EXERCISE_IDS,
  FOUNDATION_EXERCISES,
  LOW_IMPACT_ACTIVITIES,
  doseText,
  exercisesFor,
  type DoseOverrides,
  type Exercise,
  type ExerciseCategory,
  type ExerciseDose,
  type ExerciseId,
  type LowImpactActivity,
} from './exercises';
export {
  MIN_FOUNDATION_DAYS,
  OVERRIDE_REASON_MIN_LENGTH,
  canStartWalkRun,
  type WalkRunGateInput,
  type WalkRunGateResult,
} from './gate';
export {
  CONTINUOUS_MIN_RUN_MINUTES,
  DAYS_PER_WEEK,
  EASY_EFFORT,
  FULL_EFFORT,
  planWeek,
  type CrossTrainingDay,
  type DayKind,
  type MobilityDay,
  type PlannedDay,
  type RestDay,
  type RunDay,
  type RunSession,
  type StrengthDay,
  type WeekPlan,
  type WeekPlanInput,
} from './week-plan';
export {
  RULE_WORDS,
  explainDecision,
  explainRule,
  type Audience,
  type DecisionExplanation,
  type DecisionLike,
  type ExplainContext,
} from './explain';
