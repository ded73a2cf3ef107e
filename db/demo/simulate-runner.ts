import { and, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { alerts, invitations, plans, runnerProfiles, users } from '@/db/schema';
import { ActionError } from '@/lib/actions/authorized-action';
import type { SessionUser } from '@/lib/auth';
import { loadRunnerPlan } from '@/lib/plan/runner-plan';
import { addDays, daysBetween, isRedFlag, mondayOf, plannedRunMinutes, resolveSettings, type IsoDate, type ProtocolSettings } from '@/lib/protocol';
import { checkIn } from '@/lib/runner/check-in';
import { reportConcern } from '@/lib/runner/concern';
import { logRun } from '@/lib/runner/log-run';
import { checkBeforeRun } from '@/lib/runner/pre-run';
import { addRunnerAs } from '@/lib/therapist/add-runner';
import { resolveAlertAs } from '@/lib/therapist/alert-resolution';
import { dischargeToMaintenanceAs, startWalkRunAs, unlockFullAs } from '@/lib/therapist/plan-control';
import { addTherapistNoteAs, recordReadinessAssessmentAs } from '@/lib/therapist/record-writes';
import { resolveAlertSchema } from '@/lib/validation/alert-resolution';
import { addRunnerSchema } from '@/lib/validation/add-runner';
import { checkInSchema } from '@/lib/validation/check-in';
import { concernSchema } from '@/lib/validation/concern';
import { dischargeSchema, startWalkRunSchema, unlockFullSchema } from '@/lib/validation/plan-control';
import { preRunSchema } from '@/lib/validation/pre-run';
import { readinessAssessmentSchema } from '@/lib/validation/readiness-assessment';
import { runLogSchema } from '@/lib/validation/run-log';
import { therapistNoteSchema } from '@/lib/validation/therapist-note';
import type { DayRef, DemoPhase, DemoRunner, PainProfile, Resolution, RunAnswers, StoryEvent } from '../seed-data';
import { setSimulatedTime } from './clock';
import { between, pick, randomFor, stableKey, type Random } from './random';

/*
 * One runner's story, played day by day from the day the therapist adds them to yesterday, through the real
 * functions: the therapist's (add, assess, start walk-run, resolve alerts, unlock full, discharge; the cores of the
 * server actions) and the runner's (pre-run check, run log, next-morning check-in, concern), each called with the
 * simulated day as `today` and the simulated clock set to its moment. The runner runs on the days the real plan
 * lays out; the protocol decides every run; a stop waits for the therapist's resolution (the real actions refuse
 * a run before it anyway). Strength and mobility sessions are not plan decisions: they are added in one batch
 * afterwards (exercise-logs.ts).
 */

type Phase = DemoPhase;
const RUNNING: readonly Phase[] = ['walk_run', 'continuous', 'full', 'maintenance'];
const AFTER_LADDER: readonly Phase[] = ['continuous', 'full', 'maintenance'];
const HOUR = 3_600_000;
const MINUTE = 60_000;
/** Days a runner keeps logging after the discharge to maintenance. */
const MAINTENANCE_LOGGING_DAYS = 10;

export interface SimulationWorld {
  today: IsoDate;
  therapists: Record<string, SessionUser>;
  passwordHash: string;
}

export interface RunnerOutcome {
  runner: DemoRunner;
  runnerId: string;
  runDates: IsoDate[];
  /** Days with no logging at all (breaks). */
  awayDays: Set<IsoDate>;
  /** From this day on the runner logs nothing (weeks into maintenance). */
  stoppedLoggingOn: IsoDate | null;
  lastActivityAt: Date;
}

export function dayOf(ref: DayRef, today: IsoDate): IsoDate {
  return typeof ref === 'number' ? addDays(today, -ref) : addDays(mondayOf(today), -7 * ref.weeksAgo + ref.weekday);
}

function moment(date: IsoDate, hour: number, minute = 0): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + hour * HOUR + minute * MINUTE);
}

function isoDateOf(at: Date): IsoDate {
  return at.toISOString().slice(0, 10);
}


const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** Therapists answer alerts in clinic hours: weekdays 08:00–18:00 and Saturday mornings. */
function inClinicHours(at: Date, random: Random): Date {
  let t = at;
  for (let i = 0; i < 8; i++) {
    const day = t.getUTCDay();
    const hour = t.getUTCHours() + t.getUTCMinutes() / 60;
    const open = day === 0 ? null : day === 6 ? [9, 12] : [8, 18];
    if (open && hour >= open[0]! && hour < open[1]!) return t;
    const nextOpening = open && hour < open[0]! ? moment(isoDateOf(t), open[0]!) : moment(addDays(isoDateOf(t), 1), 8);
    t = new Date(nextOpening.getTime() + between(random, 5, 100) * MINUTE);
  }
  return t;
}

interface Drawn {
  painBefore: number;
  painDuring: number;
  painAfter: number;
  completed: boolean;
  rpe: number;
  painNextMorning: number;
}

const clampPain = (n: number) => Math.max(0, Math.min(10, n));

/**
 * One run's answers, from the runner's pain profile. Pain before a run sits at the runner's own baseline most
 * days, so pain rising run after run (a red flag) is the exception it is, not noise.
 */
function drawRun(profile: PainProfile, baseline: number, random: Random): Drawn {
  const near = (options: [number, number][]) => clampPain(baseline + pick(random, options));
  let painBefore = 0;
  let rise = 0;
  let completed = true;
  switch (profile) {
    case 'flat':
      return { painBefore: 0, painDuring: 0, painAfter: 0, completed: true, rpe: 3, painNextMorning: 0 };
    case 'bone':
      rise = pick(random, [[0, 0.97], [1, 0.03]]);
      break;
    case 'calm':
      painBefore = near([[0, 0.8], [1, 0.2]]);
      rise = pick(random, [[0, 0.88], [1, 0.1], [2, 0.02]]);
      completed = random() < 0.96;
      break;
    case 'niggly':
      painBefore = near([[0, 0.55], [1, 0.35], [2, 0.07], [3, 0.03]]);
      rise = pick(random, [[0, 0.72], [1, 0.22], [2, 0.06]]);
      completed = random() < 0.92;
      break;
    case 'tendon':
      painBefore = near([[0, 0.8], [-1, 0.1], [1, 0.1]]);
      rise = pick(random, [[0, 0.5], [1, 0.38], [2, 0.12]]);
      completed = random() < 0.95;
      break;
  }
  const painDuring = clampPain(painBefore + rise);
  const painAfter = Math.max(painBefore, painDuring - pick(random, [[0, 0.55], [1, 0.45]]));
  const settle = profile === 'tendon' ? pick(random, [[0, 0.72], [-1, 0.22], [1, 0.06]]) : pick(random, [[0, 0.82], [-1, 0.14], [1, 0.04]]);
  const rpe = pick(random, [[3, 0.5], [4, 0.33], [2, 0.12], [5, 0.05]]);
  return { painBefore, painDuring, painAfter, completed, rpe, painNextMorning: clampPain(painBefore + settle) };
}

interface State {
  phase: Phase;
  stage: number;
  version: number;
  planStartedOn: IsoDate | null;
}

interface OpenAlert {
  id: string;
  kind: 'stop' | 'review' | 'concern';
  rules: string[];
  createdAt: string;
}

interface Task {
  at: Date;
  run: () => Promise<void>;
}

interface PendingCheckIn {
  runLogId: string;
  date: IsoDate;
  drawn: Drawn;
  event: Extract<StoryEvent, { kind: 'check_in' }> | null;
  skip: boolean;
}

/** How an alert raised by an action is to be resolved (from the event that caused it, else by default). */
interface AlertPlan {
  resolve?: Resolution;
  note?: string;
}

export class RunnerSimulation {
  private readonly random: Random;
  private readonly therapist: SessionUser;
  private runner!: SessionUser;
  private state!: State;
  private readonly events: StoryEvent[];
  private readonly consumed = new Set<StoryEvent>();
  private readonly queue: Task[] = [];
  private readonly knownAlerts = new Set<string>();
  private readonly runDates: IsoDate[] = [];
  private readonly awayDays = new Set<IsoDate>();
  private pendingCheckIn: PendingCheckIn | null = null;
  /**
   * After the ladder: the run days and minutes of this calendar week as the plan laid them out when last read. The
   * runner follows it while nothing changes (the plan re-laid each day from the same state gives the same days);
   * a new calendar week or any change (a missed run, a shorter one, a decision, the therapist moving the plan)
   * reads the plan again.
   */
  private week: { runs: Map<IsoDate, number>; until: IsoDate } | null = null;
  private lastRunOn: IsoDate | null = null;
  /** The first run after the last break: how long the runner has been running steadily. */
  private runningSince: IsoDate | null = null;
  private readonly settings: ProtocolSettings;
  /** The runner's usual pain before a run. */
  private readonly baseline: number;
  private nextRunCandidate: IsoDate | null = null;
  private nextAssessmentOn: IsoDate | null = null;
  private failedAssessments = 0;
  private nextUnlockTry: IsoDate | null = null;
  private reassessOn: IsoDate | null = null;
  private phaseBeforePause: Phase = 'walk_run';
  private lastActivityAt = new Date(0);
  private stoppedLoggingOn: IsoDate | null = null;
  private currentTime = new Date(0);
  /** The moment the database's simulated clock was last set to. */
  private stampedTime = 0;

  constructor(
    private readonly world: SimulationWorld,
    private readonly story: DemoRunner,
  ) {
    this.random = randomFor(story.email);
    const therapist = world.therapists[story.therapist];
    if (!therapist) throw new Error(`No therapist ${story.therapist} for ${story.name}`);
    this.therapist = therapist;
    this.events = story.events ?? [];
    this.settings = resolveSettings(story.preset);
    this.baseline = story.pain === 'tendon' ? between(this.random, 1, 2) : 0;
  }

  private get today(): IsoDate {
    return this.world.today;
  }

  private at(date: IsoDate, fromHour: number, toHour: number): Date {
    return moment(date, fromHour, between(this.random, 0, Math.round((toHour - fromHour) * 60)));
  }

  private setTime(at: Date): void {
    this.currentTime = at;
  }

  /** Before a write: the simulated clock reads the current moment (set only when it moved, one statement). */
  private async stamp(): Promise<void> {
    if (this.stampedTime === this.currentTime.getTime()) return;
    this.stampedTime = this.currentTime.getTime();
    await setSimulatedTime(getDb(), this.currentTime);
  }

  /** The runner used the app now (their last sign-in, in the end). */
  private active(): void {
    this.lastActivityAt = this.currentTime;
  }

  /** The runner's phase, stage, version and open period, and their open alerts, in one statement. */
  private async refreshState(): Promise<OpenAlert[]> {
    const [row] = await getDb()
      .select({
        phase: runnerProfiles.phase,
        stage: runnerProfiles.stage,
        version: runnerProfiles.version,
        planStartedOn: plans.startedOn,
        openAlerts: sql<OpenAlert[]>`(select coalesce(json_agg(json_build_object('id', a.id, 'kind', a.kind, 'rules', a.rules, 'createdAt', a.created_at) order by a.created_at, a.kind, a.rules), '[]'::json) from alerts a where a.runner_id = ${runnerProfiles.userId} and a.status = 'open')`,
      })
      .from(runnerProfiles)
      .leftJoin(plans, and(eq(plans.runnerId, runnerProfiles.userId), isNull(plans.endedOn)))
      .where(eq(runnerProfiles.userId, this.runner.id));
    if (!row) throw new Error(`${this.story.name} has no profile`);
    const { openAlerts, ...state } = row;
    const previous = this.state;
    if (state.phase === 'paused' && previous && previous.phase !== 'paused') this.phaseBeforePause = previous.phase;
    if (!previous || previous.phase !== state.phase || previous.stage !== state.stage || previous.planStartedOn !== state.planStartedOn) this.week = null;
    this.state = state;
    return openAlerts;
  }

  private eventOn(kind: StoryEvent['kind'], date: IsoDate): StoryEvent | null {
    const found = this.events.find((e) => e.kind === kind && !this.consumed.has(e) && dayOf(e.on, this.today) <= date) ?? null;
    if (found) this.consumed.add(found);
    return found;
  }

  private isAway(date: IsoDate): boolean {
    return this.events.some((e) => e.kind === 'break' && date >= dayOf(e.on, this.today) && date < addDays(dayOf(e.on, this.today), e.days));
  }

  async play(): Promise<RunnerOutcome> {
    const joined = dayOf(this.story.joined, this.today);
    await this.join(joined);
    for (let date = joined; date < this.today; date = addDays(date, 1)) await this.playDay(date);
    return { runner: this.story, runnerId: this.runner.id, runDates: this.runDates, awayDays: this.awayDays, stoppedLoggingOn: this.stoppedLoggingOn, lastActivityAt: this.lastActivityAt };
  }

  // ---- the therapist adds the runner; the runner sets a password ----

  private async join(date: IsoDate): Promise<void> {
    const s = this.story;
    this.setTime(this.at(date, 9, 12));
    const input = addRunnerSchema.parse({
      name: s.name,
      email: s.email,
      injuryType: s.injuryType,
      injurySide: s.injurySide,
      injuryDate: addDays(date, -between(this.random, 10, 40)),
      preset: s.preset,
      goalWeeklyMinutes: String(s.goalWeeklyMinutes ?? 150),
    });
    await this.stamp();
    const { runnerId } = await addRunnerAs(this.therapist, input, date);
    this.runner = {
      id: runnerId,
      sessionId: 'demo-seed',
      role: 'runner',
      name: s.name,
      email: s.email,
      clinicId: this.therapist.clinicId,
      clinicName: this.therapist.clinicName,
      msLeft: 0,
    };
    this.setTime(new Date(this.currentTime.getTime() + 5 * MINUTE));
    await this.stamp();
    await addTherapistNoteAs(
      this.therapist,
      therapistNoteSchema.parse({
        runnerId,
        body: `Initial assessment: ${s.injuryType.toLowerCase()}${s.injurySide === 'not_applicable' ? '' : ` (${s.injurySide})`}. Foundation started: strength three times a week, mobility and stability twice.`,
      }),
    );
    // The runner follows the invitation link that evening (the demo's shared password; the link is used).
    const acceptedAt = this.at(date, 19, 22);
    this.setTime(acceptedAt);
    this.active();
    await this.stamp();
    await getDb().update(users).set({ passwordHash: this.world.passwordHash }).where(eq(users.id, runnerId));
    await getDb()
      .update(invitations)
      .set({ acceptedAt, expiresAt: sql`${invitations.createdAt} + interval '7 days'` })
      .where(eq(invitations.userId, runnerId));
    await this.refreshState();
    this.nextAssessmentOn = addDays(date, s.foundationDays);
  }

  // ---- one day: a morning check-in, the therapist's work, a concern at midday, a run in the evening ----

  private async playDay(date: IsoDate): Promise<void> {
    const away = this.isAway(date);
    if (away) this.awayDays.add(date);
    const tasks: Task[] = [];
    const check = this.pendingCheckIn;
    if (check && check.date === addDays(date, -1)) {
      if (!check.skip && !away) tasks.push({ at: this.at(date, 6, 9), run: () => this.checkIn(date, check) });
      this.pendingCheckIn = null;
    }
    tasks.push({ at: this.at(date, 10, 15), run: () => this.therapistReview(date) });
    const concern = this.events.find((e) => e.kind === 'concern' && dayOf(e.on, this.today) === date);
    if (concern && concern.kind === 'concern') tasks.push({ at: this.at(date, 12, 14), run: () => this.concern(date, concern) });
    if (!away) tasks.push({ at: this.at(date, 17, 20.5), run: () => this.runDay(date) });

    const dayEnd = moment(addDays(date, 1), 0);
    for (;;) {
      const due = [...tasks, ...this.queue.filter((t) => t.at < dayEnd)].sort((a, b) => a.at.getTime() - b.at.getTime())[0];
      if (!due) break;
      const fromQueue = this.queue.indexOf(due);
      if (fromQueue >= 0) this.queue.splice(fromQueue, 1);
      else tasks.splice(tasks.indexOf(due), 1);
      this.setTime(due.at);
      await due.run();
    }
  }

  // ---- the runner ----

  private async checkIn(date: IsoDate, pending: PendingCheckIn): Promise<void> {
    const event = pending.event;
    const input = checkInSchema.parse({
      runLogId: pending.runLogId,
      painNextMorning: String(event?.painNextMorning ?? pending.drawn.painNextMorning),
      swellingOver24h: yesNo(event?.swelling ?? false),
    });
    await this.stamp();
    const result = await checkIn(this.runner, input, date);
    this.active();
    if (result.changed) {
      this.week = null;
      await this.afterRunnerAction(date, event ?? {});
    }
  }

  private async concern(date: IsoDate, event: Extract<StoryEvent, { kind: 'concern' }>): Promise<void> {
    const input = concernSchema.parse({
      what: event.what,
      pain: String(event.pain),
      sharpPain: yesNo(event.sharpPain ?? false),
      swelling: yesNo(event.swelling ?? false),
      limping: yesNo(event.limping ?? false),
    });
    await this.stamp();
    await reportConcern(this.runner, input, date);
    this.active();
    await this.afterRunnerAction(date, event);
  }

  /**
   * Share of planned runs the runner runs. Once running continuously they rarely miss one (a missed run lowers
   * the next week's volume cap: the 10 % rule grows from what was done).
   */
  private adherence(): number {
    const base = this.story.adherence ?? 0.85;
    return this.state.phase === 'walk_run' ? base : Math.max(base, 0.95);
  }

  private async runDay(date: IsoDate): Promise<void> {
    if (!RUNNING.includes(this.state.phase)) return;
    // Discharged to maintenance, runners log for a few weeks and then mostly stop using the app.
    if (this.state.phase === 'maintenance' && this.state.planStartedOn && daysBetween(this.state.planStartedOn, date) >= MAINTENANCE_LOGGING_DAYS) {
      this.stoppedLoggingOn ??= date;
      return;
    }
    if (this.nextRunCandidate !== null && date < this.nextRunCandidate) return;
    // After the ladder the calendar week's volume cap shapes the run days and their minutes: the real plan says.
    // On the ladder the planner lays the next run on the last decision's earliest next run, which is the
    // candidate already (the plan is read by the pre-run check and the run log themselves).
    let afterLadderMinutes: number | null = null;
    if (this.state.phase !== 'walk_run') {
      if (this.week === null || date > this.week.until) {
        const plan = await loadRunnerPlan(this.runner.id, date);
        if (!plan) throw new Error(`${this.story.name} has no plan`);
        if (plan.gap?.reassess) {
          this.reassessOn ??= addDays(date, 1);
          return;
        }
        const runs = new Map<IsoDate, number>();
        for (const day of plan.week.days) if (day.kind === 'run') runs.set(day.date, day.run.plannedRunMinutes);
        // The next calendar week's cap is known only once this one ends: the runner reads the plan again on Monday.
        this.week = { runs, until: addDays(mondayOf(date), 6) };
      }
      const minutes = this.week.runs.get(date);
      if (minutes === undefined) {
        const until = this.week.until;
        this.nextRunCandidate = [...this.week.runs.keys()].find((d) => d > date && d <= until) ?? addDays(until, 1);
        return;
      }
      afterLadderMinutes = minutes;
    }
    const preRunEvent = this.eventOn('pre_run', date) as Extract<StoryEvent, { kind: 'pre_run' }> | null;
    const runEvent = this.events.find((e) => e.kind === 'run' && !this.consumed.has(e) && dayOf(e.on, this.today) <= date);
    const skips = !preRunEvent && !runEvent && this.random() > this.adherence();
    if (skips) {
      this.nextRunCandidate = addDays(date, 1);
      this.week = null;
      return;
    }
    const drawn = drawRun(this.story.pain, this.baseline, this.random);
    const answers: RunAnswers = runEvent && runEvent.kind === 'run' ? runEvent.answers : {};
    const painBefore = answers.painBefore ?? drawn.painBefore;

    await this.stamp();
    let preRun;
    try {
      preRun = await checkBeforeRun(
        this.runner,
        preRunSchema.parse({
          idempotencyKey: stableKey(this.story.email, 'pre-run', date),
          painNow: String(preRunEvent?.painNow ?? painBefore),
          swellingOver24h: yesNo(preRunEvent?.swelling ?? false),
          limpingWhenWalking: yesNo(preRunEvent?.limping ?? false),
        }),
        date,
      );
    } catch (error) {
      // A break of more than four gap periods: Today tells the runner to see the therapist, who reassesses.
      if (!(error instanceof ActionError) || this.lastRunOn === null || daysBetween(this.lastRunOn, date) <= 4 * this.settings.gapDays) throw error;
      this.reassessOn ??= addDays(date, 1);
      return;
    }
    this.active();
    if (preRun.outcome !== 'run') {
      this.nextRunCandidate = addDays(date, 1);
      this.week = null;
      await this.afterRunnerAction(date, preRunEvent ?? {});
      return;
    }
    if (runEvent) this.consumed.add(runEvent);

    // A break may have stepped the stage back in the pre-run check.
    if (afterLadderMinutes === null && this.lastRunOn !== null && daysBetween(this.lastRunOn, date) > this.settings.gapDays) await this.refreshState();
    const planned = afterLadderMinutes ?? plannedRunMinutes(this.state.stage, this.settings.sessionMinutes);
    const completed = answers.completed ?? drawn.completed;
    const runMinutes = completed ? planned : Math.max(1, Math.round(planned * (0.45 + 0.35 * this.random())));
    if (!completed) this.week = null;
    const painDuring = answers.painDuring ?? Math.max(painBefore, drawn.painDuring);
    const painAfter = answers.painAfter ?? Math.max(painBefore, Math.min(painDuring, drawn.painAfter));
    this.setTime(new Date(this.currentTime.getTime() + (planned + between(this.random, 15, 35)) * MINUTE));
    await this.stamp();
    const result = await logRun(
      this.runner,
      runLogSchema.parse({
        idempotencyKey: stableKey(this.story.email, 'run', date),
        date,
        completed: yesNo(completed),
        runMinutes: String(runMinutes),
        painBefore: String(painBefore),
        painDuring: String(painDuring),
        painAfter: String(painAfter),
        sharpPain: yesNo(answers.sharpPain ?? false),
        limping: yesNo(answers.limping ?? false),
        rpe: String(answers.rpe ?? drawn.rpe),
      }),
      date,
    );
    this.active();
    this.runDates.push(date);
    if (this.lastRunOn === null || daysBetween(this.lastRunOn, date) > this.settings.gapDays) this.runningSince = date;
    this.lastRunOn = date;
    this.nextRunCandidate = result.view.nextRunDate ?? addDays(date, 1);
    const checkInEvent = this.eventOn('check_in', date) as Extract<StoryEvent, { kind: 'check_in' }> | null;
    const skip = this.eventOn('skip_check_in', date) !== null || (!checkInEvent && this.random() > (this.story.checkIns ?? 0.55));
    this.pendingCheckIn = { runLogId: result.runLogId, date, drawn: { ...drawn, painBefore }, event: checkInEvent, skip };
    await this.afterRunnerAction(date, runEvent ?? {});
  }

  /** After anything the runner does: the plan may have moved, and new alerts wait for the therapist. */
  private async afterRunnerAction(_date: IsoDate, cause: AlertPlan): Promise<void> {
    const before = this.state.phase;
    const open = await this.refreshState();
    if (this.state.phase !== before) this.nextRunCandidate = null;
    for (const alert of open) {
      if (this.knownAlerts.has(alert.id)) continue;
      this.knownAlerts.add(alert.id);
      this.scheduleResolution({ ...alert, createdAt: new Date(alert.createdAt) }, cause);
    }
  }

  // ---- the therapist ----

  private scheduleResolution(alert: { id: string; kind: 'stop' | 'review' | 'concern'; rules: string[]; createdAt: Date }, cause: AlertPlan): void {
    const resolve = cause.resolve;
    if (resolve === 'open') return;
    const blocking = alert.kind === 'stop';
    // A concern that reported a red flag is resolved together with its stop.
    if (!blocking && alert.rules.some(isRedFlag)) return;
    const hours = blocking ? (resolve?.afterHours ?? between(this.random, 12, 40)) : alert.kind === 'concern' ? between(this.random, 2, 20) : between(this.random, 18, 60);
    const at = inClinicHours(new Date(alert.createdAt.getTime() + hours * HOUR), this.random);
    this.queue.push({ at, run: () => (blocking ? this.resolveStop(alert.id, resolve, cause.note) : this.acknowledge(alert.id, alert.kind, alert.rules)) });
  }

  private async resolveStop(alertId: string, resolve: Resolution | undefined, note: string | undefined): Promise<void> {
    await this.refreshState();
    const before = this.phaseBeforePause;
    const afterLadder = AFTER_LADDER.includes(before);
    let fields: Record<string, string>;
    const spec = resolve === 'open' ? undefined : resolve;
    if (spec?.choice === 'refer_out' || spec?.choice === 'foundation') fields = { choice: spec.choice };
    else if (before === 'foundation') fields = { choice: 'foundation' };
    else if (afterLadder) {
      const cap = spec?.choice === 'resume_phase' ? spec.weeklyCap : Math.max(60, Math.round((this.story.goalWeeklyMinutes ?? 150) * 0.55));
      fields = { choice: 'resume_phase', resumePhase: before, weeklyCap: String(cap) };
    } else if (spec?.choice === 'resume') fields = { choice: 'resume', resumeStage: String(spec.stage) };
    else if (spec?.choice === 'regress' || this.random() < 0.6) fields = { choice: 'regress' };
    else fields = { choice: 'resume', resumeStage: String(Math.max(1, this.state.stage)) };
    const words = note ?? DEFAULT_RESOLUTION_NOTES[fields.choice!] ?? 'Reviewed in clinic.';
    const input = resolveAlertSchema.parse({ runnerId: this.runner.id, alertId, version: String(this.state.version), note: words, ...fields });
    await this.stamp();
    await resolveAlertAs(this.therapist, input, isoDateOf(this.currentTime));
    await this.afterTherapistAction();
    if (fields.choice === 'foundation') this.nextAssessmentOn = addDays(isoDateOf(this.currentTime), 14);
  }

  private async acknowledge(alertId: string, kind: string, rules: string[]): Promise<void> {
    await this.refreshState();
    const [alert] = await getDb().select({ status: alerts.status }).from(alerts).where(eq(alerts.id, alertId));
    if (alert?.status !== 'open') return;
    if (this.state.phase === 'paused') {
      // Running is paused: the therapist first decides how running continues, then reviews the rest.
      this.queue.push({ at: inClinicHours(new Date(this.currentTime.getTime() + 24 * HOUR), this.random), run: () => this.acknowledge(alertId, kind, rules) });
      return;
    }
    const note = kind === 'concern' ? 'Called the runner: advice given, plan unchanged.' : (REVIEW_NOTES[rules[0] ?? ''] ?? 'Reviewed: plan unchanged.');
    const input = resolveAlertSchema.parse({ runnerId: this.runner.id, alertId, version: String(this.state.version), choice: 'acknowledged', note });
    await this.stamp();
    await resolveAlertAs(this.therapist, input, isoDateOf(this.currentTime));
    await this.afterTherapistAction();
  }

  /** A plan change in clinic (a new period from today): the runner's next run is tomorrow at the earliest. */
  private async afterTherapistAction(): Promise<void> {
    const before = { ...this.state };
    await this.refreshState();
    if (this.state.planStartedOn !== before.planStartedOn || this.state.phase !== before.phase || this.state.stage !== before.stage) {
      this.nextRunCandidate = addDays(isoDateOf(this.currentTime), 1);
    }
  }

  /** The therapist's look at the runner's plan during the day: assessments, starting walk-run, full, discharge. */
  private async therapistReview(date: IsoDate): Promise<void> {
    const s = this.story;
    const { phase } = this.state;
    if (phase === 'foundation' && this.nextAssessmentOn !== null && date >= this.nextAssessmentOn) {
      const passes = this.failedAssessments >= (s.failedAssessments ?? 0);
      await this.assess(date, passes);
      if (!passes) {
        this.failedAssessments++;
        this.nextAssessmentOn = addDays(date, 7);
        return;
      }
      this.nextAssessmentOn = null;
      if (s.until === 'foundation') return;
      this.setTime(new Date(this.currentTime.getTime() + 10 * MINUTE));
      await this.stamp();
      await startWalkRunAs(this.therapist, startWalkRunSchema.parse({ runnerId: this.runner.id, version: String(this.state.version), startStage: String(s.startStage ?? 1), overrideReason: '' }), date);
      await this.afterTherapistAction();
      return;
    }
    if (this.reassessOn !== null && date >= this.reassessOn && RUNNING.includes(phase)) {
      await this.assess(date, true, 'Reassessed after the long break: pain-free hopping and single-leg squats. Restart two stages lower.');
      this.reassessOn = null;
      this.nextRunCandidate = null;
      return;
    }
    const since = this.state.planStartedOn ? daysBetween(this.state.planStartedOn, date) : 0;
    // Full training and the discharge are decided on a runner who is running now, not one who is away.
    const runningLately = this.lastRunOn !== null && daysBetween(this.lastRunOn, date) <= 7;
    if (!runningLately) return;
    const steadyFor = this.runningSince ? daysBetween(this.runningSince, date) : 0;
    if (phase === 'continuous' && (s.until === 'full' || s.until === 'maintenance') && since >= 14 && steadyFor >= 14 && (this.nextUnlockTry === null || date >= this.nextUnlockTry)) {
      const override = since >= 17 ? 'Weeks of steady easy running without a warning sign: ready for strides and hills.' : '';
      try {
        await this.stamp();
        await unlockFullAs(this.therapist, unlockFullSchema.parse({ runnerId: this.runner.id, version: String(this.state.version), overrideReason: override }), date);
        this.nextUnlockTry = null;
        await this.afterTherapistAction();
      } catch (error) {
        if (!(error instanceof ActionError)) throw error;
        this.nextUnlockTry = addDays(date, 3);
      }
      return;
    }
    if (phase === 'full' && s.until === 'maintenance' && since >= 7 * (s.fullWeeks ?? 4)) {
      await this.stamp();
      await dischargeToMaintenanceAs(this.therapist, dischargeSchema.parse({ runnerId: this.runner.id, version: String(this.state.version) }), date);
      await this.afterTherapistAction();
    }
  }

  private async assess(date: IsoDate, passes: boolean, note?: string): Promise<void> {
    const squat = between(this.random, 10, 15);
    const input = readinessAssessmentSchema.parse(
      passes
        ? {
            runnerId: this.runner.id,
            painAtRest: '0',
            sharpPainWithDailyMovement: 'no',
            currentPain: String(between(this.random, 0, 1)),
            singleLegSquatLeft: String(squat),
            singleLegSquatRight: String(squat + between(this.random, 0, 2)),
            singleLegSquatGoodControl: 'yes',
            hop30sPainFree: 'yes',
            walk30minPainFree: 'yes',
            note: note ?? 'All criteria met: ready for the walk-run ladder.',
          }
        : {
            runnerId: this.runner.id,
            painAtRest: '0',
            sharpPainWithDailyMovement: 'no',
            currentPain: '3',
            singleLegSquatLeft: '10',
            singleLegSquatRight: String(between(this.random, 5, 8)),
            singleLegSquatGoodControl: 'no',
            hop30sPainFree: 'no',
            walk30minPainFree: 'yes',
            note: 'Not yet: hopping still hurts and the injured side tires early. More strength work, reassess in a week.',
          },
    );
    await this.stamp();
    await recordReadinessAssessmentAs(this.therapist, input, date);
  }
}

const DEFAULT_RESOLUTION_NOTES: Record<string, string> = {
  regress: 'Reviewed in clinic: settled with rest. One stage back, then build again.',
  resume: 'Reviewed in clinic: no ongoing signs. Resume at the same stage.',
  resume_phase: 'Reviewed in clinic: settled. Resume at a lower weekly volume.',
  foundation: 'Back to foundation work before running again.',
  refer_out: 'Referred to a sports physician for further investigation.',
};

const REVIEW_NOTES: Record<string, string> = {
  'review.repeated_regression': 'Reviewed the two regressions: load was too high; plan unchanged, more strength work.',
  'review.stalled': 'Reviewed: progress is slow but steady; plan unchanged.',
  'review.long_gap': 'Reviewed after the break: the step back is right; plan unchanged.',
  'pain.above_allowance': 'Called the runner: pain settled by the evening; plan unchanged.',
};
