/**
 * The demo clinics: who is in them and each runner's story. Every date is relative to the day of seeding:
 * a number is days before it; `{ weeksAgo, weekday }` is a weekday (0 = Monday) of the calendar week that many
 * weeks before the seeding day's week (for events that must fall inside one report week). What happens on the
 * way is decided by the real protocol and plan owner (db/demo/simulate-runner.ts plays the story through them).
 */

export type DayRef = number | { weeksAgo: number; weekday: number };

export type TherapistKey = 'therapist' | 'therapist2' | 'therapist3' | 'therapist4' | 'hillside';
export type Preset = 'seed' | 'tendinopathy' | 'bone_stress';
export type DemoPhase = 'foundation' | 'walk_run' | 'continuous' | 'full' | 'maintenance' | 'paused' | 'discharged';

/**
 * How a runner's pain usually behaves (drawn from the runner's own seeded random numbers): `flat` never hurts
 * (the named runners whose state the e2e tests rely on), `calm` has the odd niggle, `niggly` often repeats a
 * stage, `tendon` hurts within a tendinopathy allowance, `bone` feels nothing (bone stress allows no pain).
 */
export type PainProfile = 'flat' | 'calm' | 'niggly' | 'tendon' | 'bone';

export interface RunAnswers {
  completed?: boolean;
  painBefore?: number;
  painDuring?: number;
  painAfter?: number;
  sharpPain?: boolean;
  limping?: boolean;
  rpe?: number;
}

/** How the therapist resolves the alert an event raises; 'open' leaves it for the therapist to do today. */
export type Resolution =
  | 'open'
  | { choice: 'resume'; stage: number; afterHours: number }
  | { choice: 'regress' | 'foundation' | 'refer_out'; afterHours: number }
  | { choice: 'resume_phase'; weeklyCap: number; afterHours: number };

interface EventBase {
  on: DayRef;
  resolve?: Resolution;
  /** The therapist's note with the resolution. */
  note?: string;
}

export type StoryEvent =
  /** The first run logged on or after the day has these answers. */
  | (EventBase & { kind: 'run'; answers: RunAnswers })
  /** The next-morning check-in of the first run on or after the day. */
  | (EventBase & { kind: 'check_in'; painNextMorning?: number; swelling?: boolean })
  /** The pre-run check of the first planned run day on or after the day. */
  | (EventBase & { kind: 'pre_run'; painNow?: number; swelling?: boolean; limping?: boolean })
  /** A concern reported that day (at midday). */
  | (EventBase & { kind: 'concern'; what: string; pain: number; sharpPain?: boolean; swelling?: boolean; limping?: boolean })
  /** No running and no logging for `days` days from the day on. */
  | (EventBase & { kind: 'break'; days: number; why: string })
  /** The first run on or after the day gets no next-morning check-in. */
  | (EventBase & { kind: 'skip_check_in' });

export interface DemoRunner {
  name: string;
  email: string;
  therapist: TherapistKey;
  injuryType: string;
  injurySide: 'left' | 'right' | 'both' | 'not_applicable';
  preset: Preset;
  goalWeeklyMinutes?: number;
  /** The day the therapist added the runner (foundation starts). */
  joined: DayRef;
  /** Days of foundation before the first readiness assessment (at least 14, the gate's minimum). */
  foundationDays: number;
  /** Assessments failed before one passes, a week apart. */
  failedAssessments?: number;
  /** The stage walk-run starts at. */
  startStage?: number;
  /** The furthest phase the therapist moves the runner to (the ladder itself moves walk-run on to continuous). */
  until: 'foundation' | 'walk_run' | 'continuous' | 'full' | 'maintenance';
  /** Weeks in full training before the discharge to maintenance. */
  fullWeeks?: number;
  pain: PainProfile;
  /** Share of planned runs the runner runs (maintenance runners log less). */
  adherence?: number;
  /** Share of runs checked in the next morning. */
  checkIns?: number;
  events?: StoryEvent[];
  /** Where the story must end (checked after seeding; the e2e tests and README rely on the named runners). */
  expect?: { phase: DemoPhase; stage?: number; lastRunDaysAgo?: number; openStop?: boolean; openReview?: boolean; pendingCheckIn?: boolean; noOpenAlerts?: boolean };
}

export const DEMO_PASSWORD = 'stride-demo';

/** The day the clinics opened, in days before the seeding day (the demo's history starts here). */
export const HISTORY_DAYS = 210;

export const RIVERSIDE = {
  name: 'Riverside Physio',
  openedDaysAgo: HISTORY_DAYS,
  // Fictional: 555-01xx numbers are reserved for fiction, .test addresses never resolve.
  contactPhone: '+1 555 0150',
  contactEmail: 'front-desk@riverside.test',
  admin: { name: 'Alex Morgan', email: 'admin@stride.test', joinedDaysAgo: HISTORY_DAYS },
  therapists: {
    therapist: { name: 'Dana Whitfield', email: 'therapist@stride.test', phone: '+1 555 0101', joinedDaysAgo: HISTORY_DAYS },
    therapist2: { name: 'Chris Okafor', email: 'therapist2@stride.test', phone: '+1 555 0102', joinedDaysAgo: HISTORY_DAYS },
    // No runners yet: free to be deactivated or given runners in the admin journeys.
    therapist3: { name: 'Casey Novak', email: 'therapist3@stride.test', joinedDaysAgo: 21 },
    therapist4: { name: 'Nadia Brooks', email: 'therapist4@stride.test', phone: '+1 555 0104', joinedDaysAgo: 160 },
  },
};

export const HILLSIDE = {
  name: 'Hillside Sports Clinic',
  openedDaysAgo: 60,
  contactPhone: '+1 555 0160',
  contactEmail: 'hello@hillside.test',
  admin: { name: 'Morgan Shaw', email: 'admin@hillside.test', joinedDaysAgo: 60 },
  therapists: { hillside: { name: 'Robin Hale', email: 'therapist@hillside.test', phone: '+1 555 0161', joinedDaysAgo: 60 } },
};

/** The week after the City Marathon: six injured runners joined Riverside within five days. */
const MARATHON_WEEK = 7;
const marathonWeek = (weekday: number): DayRef => ({ weeksAgo: MARATHON_WEEK, weekday });
/** The heatwave week: five runners reported swelling after long hot runs. */
const HEATWAVE_WEEK = 5;
const heatwave = (weekday: number): DayRef => ({ weeksAgo: HEATWAVE_WEEK, weekday });
const heatwaveConcern = (weekday: number, what: string, resolve: Resolution): StoryEvent => ({
  on: heatwave(weekday),
  kind: 'concern',
  what,
  pain: 3,
  swelling: true,
  resolve,
  note: 'Swelling settled with load management; no bony tenderness. Back to running at a lower weekly volume.',
});

// The named people below are the ones the README and the e2e tests use: their stories end exactly as described.
const NAMED_RIVERSIDE: DemoRunner[] = [
  {
    // Walk-run stage 4, last run two days ago (a repeat at stage 3 on the way), today a planned run day.
    name: 'Sam Rivera', email: 'runner@stride.test', therapist: 'therapist', injuryType: 'Calf strain', injurySide: 'left', preset: 'seed',
    joined: 30, foundationDays: 20, until: 'walk_run', pain: 'flat', adherence: 1, checkIns: 1,
    events: [{ on: 5, kind: 'run', answers: { painDuring: 1, painAfter: 1 } }],
    expect: { phase: 'walk_run', stage: 4, lastRunDaysAgo: 2, noOpenAlerts: true },
  },
  {
    // The open red flag: altered gait after yesterday's stage 6 run.
    name: 'Jordan Lee', email: 'jordan@stride.test', therapist: 'therapist', injuryType: 'Tibial bone stress injury', injurySide: 'right', preset: 'bone_stress',
    joined: 42, foundationDays: 28, until: 'walk_run', pain: 'flat', adherence: 1, checkIns: 1,
    events: [
      { on: 6, kind: 'pre_run', painNow: 1 },
      { on: 1, kind: 'run', answers: { painDuring: 1, painAfter: 1, limping: true }, resolve: 'open' },
    ],
    expect: { phase: 'paused', openStop: true, lastRunDaysAgo: 1 },
  },
  {
    // Two regressions within a week: a review alert waits for the therapist.
    name: 'Omar Haddad', email: 'omar@stride.test', therapist: 'therapist', injuryType: 'Patellar tendinopathy', injurySide: 'left', preset: 'tendinopathy',
    joined: 41, foundationDays: 21, until: 'walk_run', pain: 'flat', adherence: 1, checkIns: 1,
    events: [
      { on: 8, kind: 'run', answers: { painBefore: 2, painDuring: 6, painAfter: 4 } },
      { on: 3, kind: 'run', answers: { painBefore: 2, painDuring: 6, painAfter: 5 }, resolve: 'open' },
    ],
    expect: { phase: 'walk_run', openReview: true },
  },
  {
    name: 'Priya Patel', email: 'priya@stride.test', therapist: 'therapist', injuryType: 'Patellofemoral pain', injurySide: 'right', preset: 'seed',
    joined: 9, foundationDays: 14, until: 'foundation', pain: 'flat', expect: { phase: 'foundation' },
  },
  {
    // Failed the readiness assessment two days ago.
    name: "Liam O'Brien", email: 'liam@stride.test', therapist: 'therapist', injuryType: 'Hamstring strain', injurySide: 'right', preset: 'seed',
    joined: 16, foundationDays: 14, failedAssessments: 1, until: 'foundation', pain: 'flat', expect: { phase: 'foundation' },
  },
  {
    // A sharp pain in continuous running, resumed after the ladder at a lower weekly volume; now in full training.
    name: 'Tom Becker', email: 'tom@stride.test', therapist: 'therapist', injuryType: 'Plantar fasciopathy', injurySide: 'left', preset: 'seed',
    joined: 80, foundationDays: 21, until: 'full', pain: 'flat', adherence: 1, checkIns: 0.9,
    events: [
      {
        on: 38, kind: 'run', answers: { painBefore: 0, painDuring: 3, painAfter: 2, sharpPain: true },
        resolve: { choice: 'resume_phase', weeklyCap: 100, afterHours: 20 },
        note: 'Sharp heel pain on a cambered road; settled by the morning and no pain on loading in clinic.',
      },
    ],
    expect: { phase: 'full' },
  },
  {
    // Ran yesterday; the next-morning check-in is still to do.
    name: 'Grace Kim', email: 'grace@stride.test', therapist: 'therapist2', injuryType: 'Ankle sprain', injurySide: 'right', preset: 'seed',
    joined: 19, foundationDays: 15, until: 'walk_run', pain: 'flat', adherence: 1, checkIns: 1,
    events: [{ on: 1, kind: 'skip_check_in' }],
    expect: { phase: 'walk_run', stage: 3, lastRunDaysAgo: 1, pendingCheckIn: true, noOpenAlerts: true },
  },
  {
    name: 'Maya Chen', email: 'maya@stride.test', therapist: 'therapist2', injuryType: 'Iliotibial band syndrome', injurySide: 'left', preset: 'seed',
    joined: 62, foundationDays: 21, until: 'continuous', pain: 'flat', adherence: 1, checkIns: 0.9, expect: { phase: 'continuous' },
  },
  {
    name: 'Elena Rossi', email: 'elena@stride.test', therapist: 'therapist2', injuryType: 'Achilles tendinopathy', injurySide: 'both', preset: 'tendinopathy',
    joined: 100, foundationDays: 21, until: 'maintenance', fullWeeks: 2, pain: 'flat', adherence: 0.95, checkIns: 0.9, expect: { phase: 'maintenance' },
  },
];

const MORE_RIVERSIDE: DemoRunner[] = [
  // Dana Whitfield's other runners.
  {
    name: 'Hannah Schmidt', email: 'hannah@stride.test', therapist: 'therapist', injuryType: 'Hamstring strain', injurySide: 'left', preset: 'seed',
    joined: 195, startStage: 2, foundationDays: 18, until: 'maintenance', fullWeeks: 2, pain: 'calm', adherence: 0.85,
    events: [{ on: 160, kind: 'concern', what: 'Tight hamstring after a long day sitting at work.', pain: 2 }],
  },
  {
    name: 'Marcus Bell', email: 'marcus@stride.test', therapist: 'therapist', injuryType: 'Achilles tendinopathy', injurySide: 'right', preset: 'tendinopathy',
    joined: 165, foundationDays: 21, until: 'maintenance', fullWeeks: 2, pain: 'tendon', adherence: 0.85,
    events: [
      { on: 140, kind: 'run', answers: { painBefore: 1, painDuring: 2, painAfter: 2 } },
      { on: 138, kind: 'run', answers: { painBefore: 1, painDuring: 3, painAfter: 3 } },
      { on: 136, kind: 'run', answers: { painBefore: 1, painDuring: 4, painAfter: 4 }, resolve: { choice: 'regress', afterHours: 26 }, note: 'Pain rising run on run: one stage back, heel drops twice a day.' },
    ],
  },
  {
    name: 'Fatima Noor', email: 'fatima@stride.test', therapist: 'therapist', injuryType: 'Tibial bone stress injury', injurySide: 'left', preset: 'bone_stress',
    joined: 150, foundationDays: 28, until: 'maintenance', pain: 'bone',
    events: [
      {
        on: 112, kind: 'run', answers: { painBefore: 0, painDuring: 4, painAfter: 3, sharpPain: true },
        resolve: { choice: 'refer_out', afterHours: 30 }, note: 'Focal bony tenderness again: referred to sports medicine for imaging.',
      },
    ],
    expect: { phase: 'discharged' },
  },
  {
    name: 'Kenji Watanabe', email: 'kenji@stride.test', therapist: 'therapist', injuryType: 'Plantar fasciopathy', injurySide: 'right', preset: 'seed',
    joined: 92, startStage: 2, foundationDays: 14, until: 'full', pain: 'calm', adherence: 0.95,
    events: [
      heatwaveConcern(1, 'Arch swollen and stiff since yesterday’s long run in the heat.', { choice: 'resume_phase', weeklyCap: 90, afterHours: 22 }),
      { on: 27, kind: 'break', days: 10, why: 'Work trip' },
    ],
  },
  {
    name: 'Rosa Delgado', email: 'rosa@stride.test', therapist: 'therapist', injuryType: 'Patellar tendinopathy', injurySide: 'right', preset: 'tendinopathy',
    joined: 72, foundationDays: 18, until: 'continuous', pain: 'tendon', adherence: 0.9,
    events: [{ on: 45, kind: 'break', days: 20, why: 'Flu' }],
  },
  {
    name: 'Ben Carter', email: 'ben@stride.test', therapist: 'therapist', injuryType: 'Ankle sprain', injurySide: 'left', preset: 'seed',
    joined: 30, foundationDays: 18, until: 'walk_run', pain: 'calm', adherence: 0.9, expect: { phase: 'walk_run' },
  },
  {
    name: 'Olivia Grant', email: 'olivia@stride.test', therapist: 'therapist', injuryType: 'Patellofemoral pain', injurySide: 'left', preset: 'seed',
    joined: 8, foundationDays: 14, until: 'foundation', pain: 'calm', expect: { phase: 'foundation' },
  },
  {
    name: 'Yusuf Demir', email: 'yusuf@stride.test', therapist: 'therapist', injuryType: 'Calf strain', injurySide: 'right', preset: 'seed',
    joined: 64, foundationDays: 16, until: 'continuous', pain: 'calm', adherence: 0.95,
    events: [{ on: 2, kind: 'pre_run', painNow: 2, swelling: true, resolve: 'open' }],
    expect: { phase: 'paused', openStop: true },
  },
  {
    name: 'Chloe Martin', email: 'chloe@stride.test', therapist: 'therapist', injuryType: 'Iliotibial band syndrome', injurySide: 'right', preset: 'seed',
    joined: 60, startStage: 2, foundationDays: 14, until: 'continuous', pain: 'calm', adherence: 0.85,
    events: [heatwaveConcern(2, 'Outside of the knee swollen after running in the heat.', { choice: 'resume_phase', weeklyCap: 80, afterHours: 40 })],
  },

  // Chris Okafor's other runners.
  {
    name: 'Lucas Moreau', email: 'lucas@stride.test', therapist: 'therapist2', injuryType: 'Hamstring strain', injurySide: 'right', preset: 'seed',
    joined: 200, startStage: 2, foundationDays: 21, until: 'maintenance', fullWeeks: 2, pain: 'calm', adherence: 0.85, expect: { phase: 'maintenance' },
  },
  {
    name: 'Aisha Bello', email: 'aisha@stride.test', therapist: 'therapist2', injuryType: 'Achilles tendinopathy', injurySide: 'left', preset: 'tendinopathy',
    joined: 185, foundationDays: 21, until: 'maintenance', fullWeeks: 2, pain: 'tendon', adherence: 0.85,
    events: [
      {
        on: 125, kind: 'run', answers: { painBefore: 1, painDuring: 3, painAfter: 3, sharpPain: true },
        resolve: { choice: 'resume_phase', weeklyCap: 90, afterHours: 40 }, note: 'Sharp pain on a hill: tendon reactive but settling. Resume at 90 min a week, flat routes.',
      },
    ],
    expect: { phase: 'maintenance' },
  },
  {
    name: 'Sofia Russo', email: 'sofia@stride.test', therapist: 'therapist2', injuryType: 'Hip flexor strain', injurySide: 'left', preset: 'seed',
    joined: 88, foundationDays: 14, until: 'full', pain: 'calm', adherence: 0.9,
    events: [heatwaveConcern(2, 'Front of the hip puffy and stiff after a hot evening run.', { choice: 'resume_phase', weeklyCap: 90, afterHours: 18 })],
  },
  {
    name: 'Ethan Walsh', email: 'ethan@stride.test', therapist: 'therapist2', injuryType: 'Calf strain', injurySide: 'left', preset: 'seed',
    joined: 64, startStage: 2, foundationDays: 18, until: 'continuous', pain: 'calm', adherence: 0.9,
    events: [heatwaveConcern(3, 'Calf swollen since the weekend run in the heat.', { choice: 'resume_phase', weeklyCap: 70, afterHours: 30 })],
  },
  {
    name: 'Mia Johansson', email: 'mia@stride.test', therapist: 'therapist2', injuryType: 'Iliotibial band syndrome', injurySide: 'left', preset: 'seed',
    joined: marathonWeek(0), foundationDays: 21, until: 'continuous', pain: 'niggly', adherence: 0.85,
  },
  {
    name: 'Leila Hassan', email: 'leila@stride.test', therapist: 'therapist2', injuryType: 'Plantar fasciopathy', injurySide: 'right', preset: 'seed',
    joined: marathonWeek(1), startStage: 2, foundationDays: 15, until: 'continuous', pain: 'calm', adherence: 0.95,
  },
  {
    name: 'Jack Thompson', email: 'jack@stride.test', therapist: 'therapist2', injuryType: 'Patellofemoral pain', injurySide: 'right', preset: 'seed',
    joined: marathonWeek(2), foundationDays: 21, until: 'walk_run', pain: 'niggly', adherence: 0.85,
    events: [{ on: 12, kind: 'run', answers: { painBefore: 1, painDuring: 3, painAfter: 3 } }],
  },
  {
    name: 'Isabel Costa', email: 'isabel@stride.test', therapist: 'therapist2', injuryType: 'Proximal hamstring tendinopathy', injurySide: 'left', preset: 'tendinopathy',
    joined: 70, foundationDays: 16, until: 'continuous', pain: 'tendon', adherence: 0.9,
    events: [
      { on: 30, kind: 'run', answers: { painBefore: 2, painDuring: 4, painAfter: 4, limping: true }, resolve: { choice: 'regress', afterHours: 20 }, note: 'Limped on the last kilometre; strength fine. One stage back.' },
      {
        on: 23, kind: 'run', answers: { painBefore: 2, painDuring: 5, painAfter: 5, limping: true, sharpPain: true },
        resolve: { choice: 'refer_out', afterHours: 28 }, note: 'Second limp in a week with sharp pain: referred to orthopaedics for imaging.',
      },
    ],
    expect: { phase: 'discharged' },
  },
  {
    name: "Ryan O'Connor", email: 'ryan@stride.test', therapist: 'therapist2', injuryType: 'Calf strain', injurySide: 'right', preset: 'seed',
    joined: 48, foundationDays: 14, until: 'continuous', pain: 'calm', adherence: 1, checkIns: 1,
    events: [{ on: 3, kind: 'check_in', painNextMorning: 1, swelling: true, resolve: 'open' }],
    expect: { phase: 'paused', openStop: true },
  },
  {
    name: 'Zara Ahmed', email: 'zara@stride.test', therapist: 'therapist2', injuryType: 'Ankle sprain', injurySide: 'left', preset: 'seed',
    joined: 24, foundationDays: 14, failedAssessments: 2, until: 'walk_run', pain: 'calm', expect: { phase: 'foundation' },
  },

  // Nadia Brooks joined the clinic five months ago.
  {
    name: 'Emma Wilson', email: 'emma@stride.test', therapist: 'therapist4', injuryType: 'Patellofemoral pain', injurySide: 'both', preset: 'seed',
    joined: 33, foundationDays: 16, until: 'walk_run', pain: 'calm', adherence: 0.9,
    events: [{ on: 8, kind: 'concern', what: 'Knee ached going down stairs after the run.', pain: 4 }],
    expect: { phase: 'walk_run' },
  },
  {
    name: 'Oscar Nilsson', email: 'oscar@stride.test', therapist: 'therapist4', injuryType: 'Tibial bone stress injury', injurySide: 'right', preset: 'bone_stress',
    joined: 72, foundationDays: 28, until: 'continuous', pain: 'bone', adherence: 0.9,
    events: [
      {
        on: 36, kind: 'run', answers: { painBefore: 0, painDuring: 3, painAfter: 2 },
        resolve: { choice: 'foundation', afterHours: 26 }, note: 'Shin pain on impact: back to foundation for two more weeks of loading.',
      },
    ],
  },
  {
    name: 'Tariq Rahman', email: 'tariq@stride.test', therapist: 'therapist4', injuryType: 'Hamstring strain', injurySide: 'left', preset: 'seed',
    joined: 62, foundationDays: 16, until: 'continuous', pain: 'calm', adherence: 0.9,
    events: [heatwaveConcern(3, 'Back of the thigh swollen and tight since the hot run.', { choice: 'resume_phase', weeklyCap: 90, afterHours: 24 })],
  },
  {
    name: 'Lena Hoffmann', email: 'lena@stride.test', therapist: 'therapist4', injuryType: 'Iliotibial band syndrome', injurySide: 'right', preset: 'seed',
    joined: 60, startStage: 2, foundationDays: 14, until: 'continuous', pain: 'calm', adherence: 0.95,
  },
  {
    name: 'Victor Okoro', email: 'victor@stride.test', therapist: 'therapist4', injuryType: 'Patellar tendinopathy', injurySide: 'left', preset: 'tendinopathy',
    joined: 65, foundationDays: 18, until: 'continuous', pain: 'tendon', adherence: 0.9,
    events: [
      { on: 40, kind: 'check_in', painNextMorning: 3 },
      { on: 38, kind: 'check_in', painNextMorning: 3 },
      { on: 36, kind: 'run', answers: { completed: false } },
    ],
  },
  {
    name: 'Hana Suzuki', email: 'hana@stride.test', therapist: 'therapist4', injuryType: 'Calf strain', injurySide: 'left', preset: 'seed',
    joined: marathonWeek(3), startStage: 2, foundationDays: 14, until: 'continuous', pain: 'calm', adherence: 0.95,
  },
  {
    name: 'Mateo Garcia', email: 'mateo@stride.test', therapist: 'therapist4', injuryType: 'Achilles tendinopathy', injurySide: 'right', preset: 'tendinopathy',
    joined: marathonWeek(4), foundationDays: 21, until: 'walk_run', pain: 'tendon', adherence: 0.85,
    events: [
      { on: 14, kind: 'run', answers: { painBefore: 2, painDuring: 6, painAfter: 5 } },
      { on: 9, kind: 'run', answers: { painBefore: 2, painDuring: 6, painAfter: 6 } },
    ],
  },
  {
    name: 'Amara Obi', email: 'amara@stride.test', therapist: 'therapist4', injuryType: 'Ankle sprain', injurySide: 'right', preset: 'seed',
    joined: marathonWeek(2), foundationDays: 16, until: 'continuous', pain: 'calm', adherence: 0.9,
    events: [{ on: 3, kind: 'concern', what: 'Rolled the ankle on a kerb this morning; sharp pain when I put weight on it.', pain: 5, sharpPain: true, resolve: 'open' }],
    expect: { phase: 'paused', openStop: true },
  },
  {
    name: 'Freya Larsen', email: 'freya@stride.test', therapist: 'therapist4', injuryType: 'Hip flexor strain', injurySide: 'right', preset: 'seed',
    joined: 28, foundationDays: 16, until: 'walk_run', pain: 'calm', adherence: 0.9, expect: { phase: 'walk_run' },
  },
  {
    name: 'Diego Alvarez', email: 'diego@stride.test', therapist: 'therapist4', injuryType: 'Tibial bone stress injury', injurySide: 'left', preset: 'bone_stress',
    joined: 110, foundationDays: 28, until: 'continuous', pain: 'bone', adherence: 0.9,
    events: [
      {
        on: 45, kind: 'run', answers: { painBefore: 0, painDuring: 2, painAfter: 2, limping: true },
        resolve: { choice: 'refer_out', afterHours: 50 }, note: 'Limping with shin pain after three pain-free weeks: referred to the sports physician.',
      },
    ],
    expect: { phase: 'discharged' },
  },
  {
    name: 'Nina Petrova', email: 'nina@stride.test', therapist: 'therapist4', injuryType: 'Calf strain', injurySide: 'right', preset: 'seed',
    joined: 5, foundationDays: 14, until: 'foundation', pain: 'calm', expect: { phase: 'foundation' },
  },
  {
    name: 'William Clarke', email: 'william@stride.test', therapist: 'therapist4', injuryType: 'Plantar fasciopathy', injurySide: 'right', preset: 'seed',
    joined: 128, foundationDays: 21, until: 'maintenance', fullWeeks: 2, pain: 'calm', adherence: 0.85,
    events: [{ on: 82, kind: 'break', days: 33, why: 'Winter illness' }],
    expect: { phase: 'maintenance' },
  },
  {
    name: 'Ingrid Berg', email: 'ingrid@stride.test', therapist: 'therapist4', injuryType: 'Hamstring strain', injurySide: 'right', preset: 'seed',
    joined: 38, startStage: 2, foundationDays: 16, until: 'continuous', pain: 'calm', adherence: 0.9,
  },
  {
    name: 'Kofi Mensah', email: 'kofi@stride.test', therapist: 'therapist4', injuryType: 'Calf strain', injurySide: 'left', preset: 'seed',
    joined: 36, foundationDays: 21, until: 'walk_run', pain: 'niggly', adherence: 0.85, expect: { phase: 'walk_run' },
  },
];

export const RIVERSIDE_RUNNERS: DemoRunner[] = [...NAMED_RIVERSIDE, ...MORE_RIVERSIDE];

export const HILLSIDE_RUNNERS: DemoRunner[] = [
  {
    name: 'Noah Fischer', email: 'noah@hillside.test', therapist: 'hillside', injuryType: 'Calf strain', injurySide: 'right', preset: 'seed',
    joined: 26, foundationDays: 20, until: 'walk_run', pain: 'flat', adherence: 1, checkIns: 1, expect: { phase: 'walk_run', stage: 4 },
  },
  {
    name: 'Ava Lindqvist', email: 'ava@hillside.test', therapist: 'hillside', injuryType: 'Hip flexor strain', injurySide: 'left', preset: 'seed',
    joined: 4, foundationDays: 14, until: 'foundation', pain: 'flat', expect: { phase: 'foundation' },
  },
];
