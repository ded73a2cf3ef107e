import { sql } from 'drizzle-orm';
import { bigint, date, foreignKey, index, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { alertKindEnum, alertResolutionEnum, alertStatusEnum, auditOutcomeEnum, decisionActionEnum, decisionSourceEnum, phaseEnum } from './enums';
import { clinics, users } from './people';
import { runLogs } from './logs';
import { runnerProfiles } from './runners';

/** Append-only: a next-morning re-evaluation adds a row that supersedes, never edits, the earlier one. */
export const protocolDecisions = pgTable(
  'protocol_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    runnerId: uuid('runner_id').notNull().references(() => runnerProfiles.userId, { onDelete: 'cascade' }),
    runLogId: uuid('run_log_id').notNull().references(() => runLogs.id, { onDelete: 'cascade' }),
    source: decisionSourceEnum('source').notNull(),
    action: decisionActionEnum('action').notNull(),
    fromStage: smallint('from_stage').notNull(),
    nextStage: smallint('next_stage').notNull(),
    nextPhase: phaseEnum('next_phase').notNull(),
    rules: text('rules').array().notNull(),
    earliestNextRun: date('earliest_next_run'),
    supersedesId: uuid('supersedes_id'),
    createdBy: uuid('created_by').notNull().references(() => users.id, { onDelete: 'restrict' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('decisions_runner_created_idx').on(t.runnerId, t.createdAt),
    index('decisions_run_log_idx').on(t.runLogId),
    foreignKey({ name: 'decisions_supersedes_fk', columns: [t.supersedesId], foreignColumns: [t.id] }).onDelete('restrict'),
  ],
);

export const alerts = pgTable(
  'alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clinicId: uuid('clinic_id').notNull().references(() => clinics.id, { onDelete: 'cascade' }),
    runnerId: uuid('runner_id').notNull().references(() => runnerProfiles.userId, { onDelete: 'cascade' }),
    therapistId: uuid('therapist_id').notNull().references(() => users.id, { onDelete: 'restrict' }),
    kind: alertKindEnum('kind').notNull(),
    status: alertStatusEnum('status').notNull().default('open'),
    rules: text('rules').array().notNull().default(sql`'{}'::text[]`),
    runLogId: uuid('run_log_id').references(() => runLogs.id, { onDelete: 'set null' }),
    decisionId: uuid('decision_id').references(() => protocolDecisions.id, { onDelete: 'set null' }),
    message: text('message'),
    resolution: alertResolutionEnum('resolution'),
    resolutionStage: smallint('resolution_stage'),
    resolutionNote: text('resolution_note'),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull().references(() => users.id, { onDelete: 'restrict' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('alerts_therapist_status_idx').on(t.therapistId, t.status, t.kind),
    index('alerts_runner_idx').on(t.runnerId, t.createdAt),
    index('alerts_clinic_created_idx').on(t.clinicId, t.createdAt),
  ],
);

export const therapistNotes = pgTable(
  'therapist_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    runnerId: uuid('runner_id').notNull().references(() => runnerProfiles.userId, { onDelete: 'cascade' }),
    authorId: uuid('author_id').notNull().references(() => users.id, { onDelete: 'restrict' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('therapist_notes_runner_idx').on(t.runnerId, t.createdAt)],
);

/** Who did what, when, to which row, with what outcome. No pain values, no tokens. Append-only (a trigger refuses UPDATE and DELETE). */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    clinicId: uuid('clinic_id'),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    outcome: auditOutcomeEnum('outcome').notNull(),
    detail: jsonb('detail').$type<Record<string, string | number | boolean | null>>(),
  },
  (t) => [
    index('audit_clinic_at_idx').on(t.clinicId, t.at),
    index('audit_actor_idx').on(t.actorId, t.at),
    // The runner page reads a runner's settings changes by target; without it every view scans the growing log.
    index('audit_target_idx').on(t.targetType, t.targetId, t.at),
  ],
);

export type ProtocolDecisionRow = typeof protocolDecisions.$inferSelect;
export type Alert = typeof alerts.$inferSelect;
export type TherapistNote = typeof therapistNotes.$inferSelect;
export type AuditEntry = typeof auditLog.$inferInsert;
