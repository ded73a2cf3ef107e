import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { injurySideEnum, phaseEnum, presetEnum } from './enums';
import { clinics, users } from './people';

export const runnerProfiles = pgTable(
  'runner_profiles',
  {
    userId: uuid('user_id').primaryKey().references(() => users.id, { onDelete: 'cascade' }),
    clinicId: uuid('clinic_id').notNull().references(() => clinics.id, { onDelete: 'restrict' }),
    therapistId: uuid('therapist_id').notNull().references(() => users.id, { onDelete: 'restrict' }),
    injuryType: text('injury_type').notNull(),
    injurySide: injurySideEnum('injury_side').notNull().default('not_applicable'),
    injuryDate: date('injury_date'),
    preset: presetEnum('preset').notNull().default('seed'),
    // Per-runner overrides of the clinic's protocol settings (a Partial<ProtocolSettings>).
    protocolSettings: jsonb('protocol_settings').$type<Record<string, number | boolean>>().notNull().default({}),
    phase: phaseEnum('phase').notNull().default('foundation'),
    stage: smallint('stage').notNull().default(1),
    goalWeeklyMinutes: integer('goal_weekly_minutes').notNull().default(150),
    // Bumped on every plan change so two therapists editing at once cannot silently overwrite each other.
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('runner_profiles_stage_range', sql`${t.stage} between 1 and 8`),
    check('runner_profiles_goal_positive', sql`${t.goalWeeklyMinutes} between 30 and 1200`),
    index('runner_profiles_therapist_idx').on(t.therapistId, t.phase),
    index('runner_profiles_clinic_phase_idx').on(t.clinicId, t.phase),
  ],
);

/** One row per period a runner spends in a phase; the open one (endedOn null) is current. */
export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    runnerId: uuid('runner_id').notNull().references(() => runnerProfiles.userId, { onDelete: 'cascade' }),
    phase: phaseEnum('phase').notNull(),
    startStage: smallint('start_stage').notNull().default(1),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
    reason: text('reason'),
    // A therapist starting walk-run without the gate's conditions must write why; it is kept and shown.
    overrideReason: text('override_reason'),
    // A therapist resuming a runner after the ladder (continuous, full, maintenance) sets the first week's volume cap.
    weeklyCap: integer('weekly_cap'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('plans_runner_idx').on(t.runnerId, t.startedOn),
    uniqueIndex('plans_one_open_per_runner').on(t.runnerId).where(sql`${t.endedOn} is null`),
    check('plans_start_stage_range', sql`${t.startStage} between 1 and 8`),
    check('plans_weekly_cap_range', sql`${t.weeklyCap} is null or ${t.weeklyCap} between 10 and 1200`),
  ],
);

export type RunnerProfile = typeof runnerProfiles.$inferSelect;
export type Plan = typeof plans.$inferSelect;
