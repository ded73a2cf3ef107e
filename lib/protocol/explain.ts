import { FULL_CRITERIA_WEEKS } from './continuous';
import { formatLongDate } from './dates';
import { EASY_MAX_RPE, PAIN_RISING_RUNS, REVIEW_WINDOW_DAYS, STALLED_DECISIONS } from './decide';
import { GAP_ONE_STAGE_MULTIPLE, GAP_REASSESS_MULTIPLE, GAP_RETURN_WEEK_SHARE } from './gap';
import { MIN_FOUNDATION_DAYS, OVERRIDE_REASON_MIN_LENGTH } from './gate';
import { ladderStage, MAX_STAGE } from './ladder';
import { READINESS_MAX_CURRENT_PAIN, READINESS_SQUAT_REPS } from './readiness';
import { PREVENTION_MIN_STRENGTH_SESSIONS, PREVENTION_WINDOW_DAYS } from './prevention';
import { ruleBreakdown } from './deciding-rule';
import { isRuleId, type RuleId } from './rule-ids';
import { DEFAULT_SETTINGS } from './settings';
import type { DecisionAction, IsoDate, ProtocolPhase } from './types';

export type Audience = 'runner' | 'therapist';

export interface ExplainContext {
  /** The stage of the run the rule is about. */
  stage?: number;
  /** The phase the run was logged in; after the ladder (decideRunInPhase) the words differ. Default walk_run. */
  phase?: ProtocolPhase;
  painAllowance?: number;
  /** Pain at or above it stops running (pain.severe). */
  stopPain?: number;
  /** Breaks longer than this many days change the next run (gap.*). */
  gapDays?: number;
  /** Days since the last run, for the gap rules. */
  days?: number;
  maxRunDaysPerWeek?: number;
  weeklyIncrease?: number;
  /** The week's volume cap in minutes. */
  capMinutes?: number;
  daysInFoundation?: number;
}

type Words = (ctx: ExplainContext) => string;
interface RuleWords {
  runner: Words;
  therapist: Words;
  /** The bare reason ("you reported limping") used under a stop headline, without this rule's own consequence. */
  runnerReason?: Words;
}

const STOP = 'Stop running and contact your physical therapist';

const stageRun = (ctx: ExplainContext) => (ctx.stage ? `stage ${ctx.stage} run` : 'the run');
const allowance = (ctx: ExplainContext) => ctx.painAllowance ?? DEFAULT_SETTINGS.painAllowance;
const stopPain = (ctx: ExplainContext) => ctx.stopPain ?? DEFAULT_SETTINGS.stopPain;
const gapDays = (ctx: ExplainContext) => ctx.gapDays ?? DEFAULT_SETTINGS.gapDays;
const maxRunDays = (ctx: ExplainContext) => ctx.maxRunDaysPerWeek ?? DEFAULT_SETTINGS.maxRunDaysPerWeek;
/** "14 days" when the context knows the break, else "more than 7 days". */
const breakOf = (ctx: ExplainContext, moreThan: number) => (ctx.days !== undefined ? `${ctx.days} days` : `more than ${moreThan} days`);
const onRun = (ctx: ExplainContext) => (ctx.stage ? ` on stage ${ctx.stage} run` : '');
const percent = (ctx: ExplainContext) => Math.round((ctx.weeklyIncrease ?? DEFAULT_SETTINGS.weeklyIncrease) * 100);
const afterLadder = (ctx: ExplainContext) => ctx.phase !== undefined && ctx.phase !== 'walk_run';
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function stopRule(reason: Words, therapist: Words): RuleWords {
  return { runner: (c) => `${STOP} — ${reason(c)}.`, runnerReason: (c) => `${capitalise(reason(c))}.`, therapist };
}
const redFlag = (reason: string, therapist: Words) => stopRule(() => reason, therapist);

/** Plain words for every rule id, for runners and for therapists. */
export const RULE_WORDS: Readonly<Record<RuleId, RuleWords>> = {
  'red_flag.sharp_pain': redFlag(
    'you reported sharp pain that got worse during or after running',
    (c) => `Red flag: sharp pain worsening during or after ${stageRun(c)}`,
  ),
  'red_flag.swelling_24h': redFlag(
    'you reported swelling or stiffness lasting over 24 hours',
    (c) => `Red flag: swelling or stiffness lasting over 24 h after ${stageRun(c)}`,
  ),
  'red_flag.limping': redFlag('you reported limping', (c) => `Red flag: altered gait reported after ${stageRun(c)}`),
  'red_flag.pain_rising': redFlag(
    `your pain has gone up with each of your last ${PAIN_RISING_RUNS} runs`,
    (c) => `Red flag: peak pain (during/after) rose with each of the last ${PAIN_RISING_RUNS} runs, the latest ${stageRun(c)}`,
  ),
  'pain.severe': stopRule(
    (c) => `you reported pain of ${stopPain(c)}/10 or more`,
    (c) => `Severe pain: ${stopPain(c)}/10 or more reported${onRun(c)} (the stop threshold): running paused`,
  ),
  'pain.above_allowance': {
    runner: (c) =>
      allowance(c) === 0
        ? 'You had pain before, during or after the run, and with this injury no pain is expected, so your next run steps back one stage.'
        : `Your pain before, during or after the run went above ${allowance(c)}/10, so your next run steps back one stage.`,
    runnerReason: (c) =>
      allowance(c) === 0
        ? 'You had pain before, during or after the run, and with this injury no pain is expected.'
        : `Your pain before, during or after the run went above ${allowance(c)}/10.`,
    therapist: (c) => `Pain before/during/after above the ${allowance(c)}/10 allowance on ${stageRun(c)}: regress one stage (not below 1)`,
  },
  'pain.not_settled': {
    runner: () => 'Your pain the next morning was higher than before the run, so you will repeat this stage.',
    runnerReason: () => 'Your pain the next morning was higher than before the run.',
    therapist: (c) => `Next-morning pain above the pre-run level after ${stageRun(c)}: repeat`,
  },
  'pain.increased': {
    runner: () => 'Your pain went up during or after the run compared with before it, so you will repeat this stage.',
    runnerReason: () => 'Your pain went up during or after the run compared with before it.',
    therapist: (c) => `Pain during/after rose above the pre-run level (within the allowance) on ${stageRun(c)}: repeat`,
  },
  'session.incomplete': {
    runner: () => 'You did not finish the session as planned, so you will repeat it. That is normal and fine.',
    runnerReason: () => 'You did not finish the session as planned.',
    therapist: (c) => `${capitalise(stageRun(c))} not completed as prescribed: repeat`,
  },
  'rest.consecutive_days': {
    runner: (c) =>
      `Leave a day between runs, and run on at most ${maxRunDays(c)} days in any 7: a run the day after another counts but does not move you on. ` +
      'The day after a run is for rest, strength, mobility or cross-training.',
    runnerReason: () => 'This run came without a rest day after your last one.',
    therapist: (c) =>
      `Alternate-day rule: never two run days in a row, at most ${maxRunDays(c)} run days in any 7; a run on the same day as or the day after the previous one repeats`,
  },
  'gap.returning': {
    runner: (c) => `It had been ${breakOf(c, gapDays(c))} since your last run, so this run counts as your first one back: one good run before moving on.`,
    runnerReason: (c) => `It had been ${breakOf(c, gapDays(c))} since your last run.`,
    therapist: (c) => `Break of more than ${gapDays(c)} days before ${stageRun(c)}: repeat (one green run after a break before moving on)`,
  },
  green: {
    runner: (c) =>
      afterLadder(c)
        ? 'No warning signs: keep following your plan.'
        : c.stage === MAX_STAGE
          ? 'No warning signs: you have finished the walk-run ladder.'
          : 'No warning signs: you move up one stage.',
    therapist: (c) =>
      afterLadder(c) ? `Green (${c.phase}): no rule matched` : `Green on ${stageRun(c)}: no rule matched; progress one stage`,
  },
  'review.repeated_regression': {
    runner: () => 'You have had to step back twice within a week, so your physical therapist will look at your plan. Keep following it meanwhile.',
    therapist: () => `Review: second regression within ${REVIEW_WINDOW_DAYS} days (non-blocking)`,
  },
  'review.stalled': {
    runner: () =>
      `None of your last ${STALLED_DECISIONS} runs was an all-clear, so your physical therapist will look at your plan. Keep following it meanwhile.`,
    therapist: () => `Review: ${STALLED_DECISIONS} decisions in a row without progress (non-blocking)`,
  },
  'effort.too_hard': {
    runner: () =>
      `That was harder than easy. Slow down until you can talk in full sentences (effort ${EASY_MAX_RPE} out of 10 or less); walk breaks are fine.`,
    therapist: (c) => `Advice: RPE above ${EASY_MAX_RPE} on ${stageRun(c)} in an easy-only phase; no stage change`,
  },
  'volume.over_cap': {
    runner: (c) =>
      `You ran more than planned this week${c.capMinutes !== undefined ? ` (the plan was up to ${c.capMinutes} min)` : ''}. ` +
      'Extra running does not raise next week’s plan: stick to the planned minutes.',
    therapist: (c) =>
      `Weekly volume past the cap${c.capMinutes !== undefined ? ` of ${c.capMinutes} min` : ''}: next week's cap grows from the cap, not from the overshoot, ` +
      `and the week's runs do not count toward the ${FULL_CRITERIA_WEEKS} green weeks for full`,
  },
  'volume.weekly_cap': {
    runner: (c) =>
      c.capMinutes !== undefined
        ? `This week's running is limited to ${c.capMinutes} min: at most ${percent(c)}% more than you completed last week, and never beyond your goal.`
        : `Your weekly running grows by at most ${percent(c)}% over what you completed the week before.`,
    therapist: (c) =>
      `${percent(c)}% rule: planned weekly volume at most ${100 + percent(c)}% of last week's completed volume ` +
      `(no increase after a week with a stop or regression), capped at the goal` +
      (c.capMinutes !== undefined ? `; this week ${c.capMinutes} min` : ''),
  },
  'prevention.strength_2x': {
    runner: () => `Strength train at least ${PREVENTION_MIN_STRENGTH_SESSIONS} times a week, on days without a run: stronger muscles mean fewer injuries.`,
    therapist: () =>
      `Prevention: strength training 2–3×/week on non-run days; nudged when fewer than ${PREVENTION_MIN_STRENGTH_SESSIONS} sessions were logged in the last ${PREVENTION_WINDOW_DAYS} days`,
  },
  'gap.step_back': {
    runner: (c) =>
      afterLadder(c)
        ? `After a break of ${breakOf(c, gapDays(c))}, your first week back is limited to ${Math.round(GAP_RETURN_WEEK_SHARE * 100)}% of your last full week of running.`
        : `After a break of ${breakOf(c, gapDays(c))} your next run steps back${c.stage ? ` to stage ${c.stage}` : ''}: ` +
          `one stage after up to ${GAP_ONE_STAGE_MULTIPLE * gapDays(c)} days off, two after a longer break.`,
    therapist: (c) =>
      afterLadder(c)
        ? `Break of more than ${gapDays(c)} days (${c.phase}): first week back capped at ${Math.round(GAP_RETURN_WEEK_SHARE * 100)}% of the last full week`
        : `Break of more than ${gapDays(c)} days: next session one stage lower (up to ${GAP_ONE_STAGE_MULTIPLE * gapDays(c)} days) ` +
          `or two (up to ${GAP_REASSESS_MULTIPLE * gapDays(c)} days), not below stage 1${c.stage ? `; now stage ${c.stage}` : ''}`,
  },
  'gap.reassess': {
    runner: (c) =>
      `It has been ${breakOf(c, GAP_REASSESS_MULTIPLE * gapDays(c))} since your last run, so no running until your physical therapist ` +
      'has checked again that you are ready. Strength, mobility and cross-training can go on.',
    therapist: (c) =>
      `Break of more than ${GAP_REASSESS_MULTIPLE * gapDays(c)} days${c.days !== undefined ? ` (${c.days})` : ''}: no running until a new readiness assessment is recorded`,
  },
  'review.long_gap': {
    runner: () => 'You have had a long break from running, so your physical therapist will look at your plan.',
    therapist: (c) =>
      `Review: break of more than ${GAP_ONE_STAGE_MULTIPLE * gapDays(c)} days since the last run${c.days !== undefined ? ` (${c.days})` : ''} (non-blocking)`,
  },
  'prerun.pain_today': {
    runner: (c) =>
      (allowance(c) === 0
        ? 'With this injury no pain is expected before a run, so rest today'
        : `Your pain right now is above ${allowance(c)}/10, so rest today`) +
      ': no run today, and your stage stays as it is.',
    therapist: (c) => `Pre-run check: pain now above the ${allowance(c)}/10 allowance: rest today, no stage change`,
  },
  'prerun.clear': {
    runner: () => 'No warning signs before your run: you are good to go.',
    therapist: (c) => `Pre-run check clear: no swelling over 24 h, no limping, pain now within the ${allowance(c)}/10 allowance`,
  },
  'readiness.pain_at_rest': {
    runner: () => 'You still have pain at rest or sharp pain with everyday movement, so running has to wait.',
    therapist: () => 'Readiness: pain at rest above 0 or sharp pain with daily movement',
  },
  'readiness.current_pain': {
    runner: () => `Your pain today is above ${READINESS_MAX_CURRENT_PAIN}/10. Mild discomfort (1–2/10) is usually okay; more is not yet.`,
    therapist: () => `Readiness: current pain above ${READINESS_MAX_CURRENT_PAIN}/10`,
  },
  'readiness.single_leg_squat': {
    runner: () => `You cannot yet do ${READINESS_SQUAT_REPS} controlled single-leg squats on each leg.`,
    therapist: () => `Readiness: single-leg squat under ${READINESS_SQUAT_REPS} reps with good control on at least one leg`,
  },
  'readiness.hop': {
    runner: () => 'Hopping in place for 30 seconds still hurts.',
    therapist: () => 'Readiness: 30 s hop in place not pain-free',
  },
  'readiness.walk': {
    runner: () => 'Walking for 30 minutes still hurts, so running is not a good idea yet.',
    therapist: () => 'Readiness: 30 min walk not pain-free',
  },
  'gate.assessment_missing': {
    runner: () => 'Your physical therapist needs to check that you are ready before you start running.',
    therapist: () => 'Gate: no readiness assessment in this foundation period',
  },
  'gate.assessment_not_passed': {
    runner: () => 'Your latest readiness check did not pass yet. Keep up the foundation work.',
    therapist: () => 'Gate: the latest readiness assessment did not pass',
  },
  'gate.foundation_too_short': {
    runner: (c) =>
      `Keep building your foundation: at least ${MIN_FOUNDATION_DAYS} days before running` +
      (c.daysInFoundation !== undefined ? ` (${c.daysInFoundation} so far).` : '.'),
    therapist: (c) =>
      `Gate: fewer than ${MIN_FOUNDATION_DAYS} days of foundation` + (c.daysInFoundation !== undefined ? ` (${c.daysInFoundation} so far)` : ''),
  },
  'gate.override_reason_too_short': {
    runner: () => 'Your physical therapist is deciding when you can start running.',
    therapist: () => `Gate override needs a written reason of at least ${OVERRIDE_REASON_MIN_LENGTH} characters`,
  },
};

/** Plain words for one rule id. An id this version does not know (e.g. from old data) gets a neutral sentence. */
export function explainRule(ruleId: string, audience: Audience, context: ExplainContext = {}): string {
  if (!isRuleId(ruleId)) {
    return audience === 'runner' ? 'Your physical therapist can explain this decision.' : `Rule ${ruleId}`;
  }
  return RULE_WORDS[ruleId][audience](context);
}

export interface DecisionLike {
  action: DecisionAction;
  nextStage: number;
  nextPhase: string;
  rules: readonly string[];
  earliestNextRun: IsoDate | null;
}

export interface DecisionExplanation {
  headline: string;
  /** The rule that decided first, then other rules for the same action, then advice recorded with it. */
  reasons: string[];
  /**
   * Rules that matched too but were outranked by the deciding one (a repeat under a regression): recorded,
   * not applied, so shown apart and folded. For the runner they are bare reasons, without their own consequence.
   */
  alsoChecked: string[];
  next: string;
}

function runnerSession(stage: number): string {
  const { runMinutes, walkMinutes } = ladderStage(stage);
  return walkMinutes === 0 ? `${runMinutes} min continuous` : `${runMinutes} min run / ${walkMinutes} min walk`;
}

function headline(d: DecisionLike, audience: Audience, ctx: ExplainContext): string {
  if (d.action === 'stop') {
    return audience === 'runner' ? STOP : `Stop: running paused after ${ctx.stage ? `stage ${ctx.stage}` : 'this run'}, alert raised`;
  }
  if (afterLadder(ctx)) {
    const phase = ctx.phase as ProtocolPhase;
    if (audience === 'runner') {
      if (d.action === 'progress') return 'Good run: no warning signs';
      if (d.action === 'regress') return 'Ease off: your weekly running will not grow next week';
      return 'Noted: keep your next run easy and no longer than planned';
    }
    if (d.action === 'progress') return `Green run (${phase})`;
    if (d.action === 'regress') return `Pain above the allowance (${phase}): next week's volume does not grow`;
    return `Not green (${phase}): no phase change`;
  }
  const ladderDone = d.action === 'progress' && d.nextPhase !== 'walk_run';
  const from = ctx.stage ? `stage ${ctx.stage}` : 'this stage';
  if (audience === 'runner') {
    if (d.action === 'progress') {
      return ladderDone ? 'Walk-run ladder complete: on to continuous easy running' : `Well done: your next run is stage ${d.nextStage}`;
    }
    if (d.action === 'repeat') return `Repeat stage ${d.nextStage} on your next run`;
    return `Step back to stage ${d.nextStage} for your next run`;
  }
  if (d.action === 'progress') return ladderDone ? `Progress: ${from} passed, moves to ${d.nextPhase}` : `Progress: ${from} → stage ${d.nextStage}`;
  if (d.action === 'repeat') return `Repeat: stage ${d.nextStage} again`;
  return `Regress: ${from} → stage ${d.nextStage}`;
}

function nextStep(d: DecisionLike, audience: Audience, ctx: ExplainContext): string {
  if (d.action === 'stop' || d.earliestNextRun === null) {
    return audience === 'runner'
      ? 'Do not run again until your physical therapist has reviewed this; they have been alerted. Strength, mobility and cross-training can go on.'
      : 'Running stays paused until you resolve the alert: resume at a stage, regress, return to foundation, or refer out.';
  }
  const when = formatLongDate(d.earliestNextRun);
  if (afterLadder(ctx)) {
    return audience === 'runner'
      ? `Your next run is on ${when} at the earliest, as your weekly plan shows.`
      : `Next run not before ${d.earliestNextRun}; ${d.nextPhase} continues.`;
  }
  const continuous = d.nextPhase !== 'walk_run';
  if (audience === 'runner') {
    const what = continuous ? 'an easy continuous run' : `stage ${d.nextStage} (${runnerSession(d.nextStage)})`;
    return `Your next run is ${what}, on ${when} at the earliest. Until then: rest, strength, mobility or cross-training.`;
  }
  const what = continuous ? `${d.nextPhase} phase (weekly volume capped by the ${percent(ctx)}% rule)` : `stage ${d.nextStage}`;
  return `Next run: ${what}, not before ${d.earliestNextRun}.`;
}

/**
 * A headline, one sentence per recorded rule and what happens next. The deciding rule leads (ruleBreakdown);
 * rules it outranked are kept apart in `alsoChecked`, so contradictory actions are never listed as equals.
 */
export function explainDecision(decision: DecisionLike, audience: Audience, context: ExplainContext = {}): DecisionExplanation {
  const { deciding, alsoDeciding, outranked, notes } = ruleBreakdown(decision);
  const bareReason = (id: string) => {
    const words = isRuleId(id) ? RULE_WORDS[id] : undefined;
    return audience === 'runner' && words?.runnerReason ? words.runnerReason(context) : explainRule(id, audience, context);
  };
  const reason = (id: string) => (audience === 'runner' && decision.action === 'stop' ? bareReason(id) : explainRule(id, audience, context));
  return {
    headline: headline(decision, audience, context),
    reasons: [...(deciding ? [deciding] : []), ...alsoDeciding, ...notes].map(reason),
    alsoChecked: outranked.map(bareReason),
    next: nextStep(decision, audience, context),
  };
}
