/** The demo clinic: who is in it and where each runner stands. Dates are days relative to the day of seeding. */

export interface DemoRunner {
  name: string;
  email: string;
  therapist: 'therapist' | 'therapist2' | 'therapist3' | 'hillside';
  injuryType: string;
  injurySide: 'left' | 'right' | 'both' | 'not_applicable';
  preset: 'seed' | 'tendinopathy' | 'bone_stress';
  story:
    | { kind: 'foundation'; startedDaysAgo: number; assessment?: 'failed' }
    | { kind: 'walk_run'; foundationDays: number; walkRunDaysAgo: number; painProfile: 'calm' | 'regressed' | 'limped_yesterday'; checkInPending?: boolean }
    | { kind: 'continuous' | 'full' | 'maintenance'; weeksIn: number };
}

export const DEMO_PASSWORD = 'stride-demo';

export const RIVERSIDE = {
  name: 'Riverside Physio',
  admin: { name: 'Alex Morgan', email: 'admin@stride.test' },
  therapists: {
    therapist: { name: 'Dana Whitfield', email: 'therapist@stride.test' },
    therapist2: { name: 'Chris Okafor', email: 'therapist2@stride.test' },
    // No runners yet: free to be deactivated or given runners in the admin journeys.
    therapist3: { name: 'Casey Novak', email: 'therapist3@stride.test' },
  },
};

export const HILLSIDE = {
  name: 'Hillside Sports Clinic',
  admin: { name: 'Morgan Shaw', email: 'admin@hillside.test' },
  therapist: { name: 'Robin Hale', email: 'therapist@hillside.test' },
};

export const RIVERSIDE_RUNNERS: DemoRunner[] = [
  { name: 'Sam Rivera', email: 'runner@stride.test', therapist: 'therapist', injuryType: 'Calf strain', injurySide: 'left', preset: 'seed', story: { kind: 'walk_run', foundationDays: 21, walkRunDaysAgo: 6, painProfile: 'calm' } },
  { name: 'Jordan Lee', email: 'jordan@stride.test', therapist: 'therapist', injuryType: 'Tibial bone stress injury', injurySide: 'right', preset: 'bone_stress', story: { kind: 'walk_run', foundationDays: 28, walkRunDaysAgo: 13, painProfile: 'limped_yesterday' } },
  { name: 'Omar Haddad', email: 'omar@stride.test', therapist: 'therapist', injuryType: 'Patellar tendinopathy', injurySide: 'left', preset: 'tendinopathy', story: { kind: 'walk_run', foundationDays: 18, walkRunDaysAgo: 19, painProfile: 'regressed' } },
  { name: 'Priya Patel', email: 'priya@stride.test', therapist: 'therapist', injuryType: 'Patellofemoral pain', injurySide: 'right', preset: 'seed', story: { kind: 'foundation', startedDaysAgo: 9 } },
  { name: "Liam O'Brien", email: 'liam@stride.test', therapist: 'therapist', injuryType: 'Hamstring strain', injurySide: 'right', preset: 'seed', story: { kind: 'foundation', startedDaysAgo: 16, assessment: 'failed' } },
  { name: 'Tom Becker', email: 'tom@stride.test', therapist: 'therapist', injuryType: 'Plantar fasciopathy', injurySide: 'left', preset: 'seed', story: { kind: 'full', weeksIn: 6 } },
  { name: 'Grace Kim', email: 'grace@stride.test', therapist: 'therapist2', injuryType: 'Ankle sprain', injurySide: 'right', preset: 'seed', story: { kind: 'walk_run', foundationDays: 15, walkRunDaysAgo: 3, painProfile: 'calm', checkInPending: true } },
  { name: 'Maya Chen', email: 'maya@stride.test', therapist: 'therapist2', injuryType: 'Iliotibial band syndrome', injurySide: 'left', preset: 'seed', story: { kind: 'continuous', weeksIn: 3 } },
  { name: 'Elena Rossi', email: 'elena@stride.test', therapist: 'therapist2', injuryType: 'Achilles tendinopathy', injurySide: 'both', preset: 'tendinopathy', story: { kind: 'maintenance', weeksIn: 8 } },
];

export const HILLSIDE_RUNNERS: DemoRunner[] = [
  { name: 'Noah Fischer', email: 'noah@hillside.test', therapist: 'hillside', injuryType: 'Calf strain', injurySide: 'right', preset: 'seed', story: { kind: 'walk_run', foundationDays: 20, walkRunDaysAgo: 5, painProfile: 'calm' } },
  { name: 'Ava Lindqvist', email: 'ava@hillside.test', therapist: 'hillside', injuryType: 'Hip flexor strain', injurySide: 'left', preset: 'seed', story: { kind: 'foundation', startedDaysAgo: 4 } },
];
