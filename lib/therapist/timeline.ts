import { explainDecision, type DecisionAction, type IsoDate, type ProtocolPhase } from '@/lib/protocol';
import { phaseOn, type PlanPeriod } from '@/lib/plan/plan-periods';

export interface DecisionRecord {
  id: string;
  runDate: IsoDate;
  source: 'run_log' | 'check_in';
  action: DecisionAction;
  fromStage: number;
  nextStage: number;
  nextPhase: string;
  rules: string[];
  earliestNextRun: IsoDate | null;
  supersedesId: string | null;
  createdAt: Date;
}

export interface PlanRecord extends PlanPeriod {
  id: string;
  startStage: number;
  reason: string | null;
  overrideReason: string | null;
  createdAt: Date;
  createdByName: string | null;
}

/** Something the runner wrote: a note on a run or on exercises, or a concern reported between runs. */
export interface RunnerNoteRecord {
  id: string;
  source: 'run' | 'exercise' | 'concern';
  /** The day it is about: the run's or the session's date, the day a concern was reported. */
  day: IsoDate;
  at: Date;
  text: string;
  /** The run's stage, for a note on a run. */
  stage?: number | null;
  /** What kind of exercise session, for a note on one ('strength', 'mobility', 'cross_training', ...). */
  sessionKind?: string | null;
  /** For a concern: whether the therapist has resolved it yet. */
  resolved?: boolean;
}

export interface SettingsChangeRecord {
  id: string;
  summary: string;
  at: Date;
  byName: string | null;
}

export type TimelineEntry =
  | {
      kind: 'decision';
      id: string;
      day: IsoDate;
      at: string;
      runDate: IsoDate;
      action: DecisionAction;
      reevaluation: boolean;
      superseded: boolean;
      headline: string;
      /** The deciding rule first, then further reasons for the same action and advice. */
      reasons: string[];
      /** Rules that matched but were outranked by the deciding one: shown folded, never as equals. */
      alsoChecked: string[];
      next: string;
    }
  | {
      kind: 'runner_note';
      id: string;
      day: IsoDate;
      at: string;
      source: RunnerNoteRecord['source'];
      /** Plain text in the runner's words; rendered as text, never as markup. */
      text: string;
      context: string;
    }
  | {
      kind: 'plan';
      id: string;
      day: IsoDate;
      at: string;
      phase: string;
      startStage: number;
      startedOn: IsoDate;
      reason: string | null;
      overrideReason: string | null;
      byName: string | null;
    }
  | { kind: 'settings'; id: string; day: IsoDate; at: string; summary: string; byName: string | null };

const LADDER_AND_AFTER: readonly string[] = ['walk_run', 'continuous', 'full', 'maintenance'];

const SESSION_WORDS: Readonly<Record<string, string>> = { strength: 'strength session', mobility: 'mobility session', cross_training: 'cross-training', rest: 'rest day' };

/** What a runner's note is about, in a few words ("on the stage 4 run", "concern, resolved"). */
function noteContext(note: RunnerNoteRecord): string {
  if (note.source === 'concern') return note.resolved ? 'Concern reported between runs · resolved' : 'Concern reported between runs · open';
  if (note.source === 'exercise') return `Note on the ${SESSION_WORDS[note.sessionKind ?? ''] ?? 'exercise session'}`;
  return note.stage ? `Note on the stage ${note.stage} run` : 'Note on the run';
}

const compareDesc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/**
 * Decisions (each with its rules in plain words, the deciding rule first and the rules it outranked apart, a
 * superseded one marked), plan periods, settings changes and what the runner wrote (notes on runs and exercises,
 * concerns), newest first: by the day they concern (the run's date, the plan's start), then by when they were written. A
 * decision is explained in the phase the run was logged in, with the runner's pain allowance.
 */
export function buildTimeline(input: {
  decisions: readonly DecisionRecord[];
  plans: readonly PlanRecord[];
  settingsChanges: readonly SettingsChangeRecord[];
  runnerNotes?: readonly RunnerNoteRecord[];
  painAllowance: number;
  /** Pain at or above it stops running: the words of pain.severe name it. */
  stopPain: number;
}): TimelineEntry[] {
  const superseded = new Set(input.decisions.map((d) => d.supersedesId).filter((id): id is string => id !== null));
  const entries: TimelineEntry[] = [
    ...input.decisions.map((d): TimelineEntry => {
      const phase = phaseOn(d.runDate, input.plans);
      const words = explainDecision(d, 'therapist', {
        stage: d.fromStage,
        painAllowance: input.painAllowance,
        stopPain: input.stopPain,
        ...(phase && LADDER_AND_AFTER.includes(phase) ? { phase: phase as ProtocolPhase } : {}),
      });
      return {
        kind: 'decision',
        id: d.id,
        day: d.runDate,
        at: d.createdAt.toISOString(),
        runDate: d.runDate,
        action: d.action,
        reevaluation: d.source === 'check_in',
        superseded: superseded.has(d.id),
        ...words,
      };
    }),
    ...input.plans.map(
      (p): TimelineEntry => ({
        kind: 'plan',
        id: p.id,
        day: p.startedOn,
        at: p.createdAt.toISOString(),
        phase: p.phase,
        startStage: p.startStage,
        startedOn: p.startedOn,
        reason: p.reason,
        overrideReason: p.overrideReason,
        byName: p.createdByName,
      }),
    ),
    ...(input.runnerNotes ?? []).map(
      (n): TimelineEntry => ({ kind: 'runner_note', id: `${n.source}-${n.id}`, day: n.day, at: n.at.toISOString(), source: n.source, text: n.text, context: noteContext(n) }),
    ),
    ...input.settingsChanges.map((s): TimelineEntry => ({ kind: 'settings', id: s.id, day: s.at.toISOString().slice(0, 10), at: s.at.toISOString(), summary: s.summary, byName: s.byName })),
  ];
  return entries.sort((a, b) => compareDesc(a.day, b.day) || compareDesc(a.at, b.at));
}
