import { relations } from 'drizzle-orm';
import { alerts, protocolDecisions, therapistNotes } from './clinical';
import { exerciseLogs, preRunChecks, readinessAssessments, runLogs } from './logs';
import { clinics, users } from './people';
import { plans, runnerProfiles } from './runners';

/*
 * Relations for Drizzle's relational queries (db.query.*), which read a row and its related rows in ONE SQL
 * statement (JSON aggregated per relation): pages stay a fixed handful of queries whatever the data size.
 * They describe the foreign keys already in the tables and change no migration.
 */

export const runnerProfilesRelations = relations(runnerProfiles, ({ one, many }) => ({
  user: one(users, { fields: [runnerProfiles.userId], references: [users.id], relationName: 'runner_user' }),
  therapist: one(users, { fields: [runnerProfiles.therapistId], references: [users.id], relationName: 'runner_therapist' }),
  clinic: one(clinics, { fields: [runnerProfiles.clinicId], references: [clinics.id] }),
  plans: many(plans),
  runLogs: many(runLogs),
  exerciseLogs: many(exerciseLogs),
  alerts: many(alerts),
  readinessAssessments: many(readinessAssessments),
  notes: many(therapistNotes),
  preRunChecks: many(preRunChecks),
}));

export const plansRelations = relations(plans, ({ one }) => ({
  runner: one(runnerProfiles, { fields: [plans.runnerId], references: [runnerProfiles.userId] }),
  author: one(users, { fields: [plans.createdBy], references: [users.id] }),
}));

export const runLogsRelations = relations(runLogs, ({ one, many }) => ({
  runner: one(runnerProfiles, { fields: [runLogs.runnerId], references: [runnerProfiles.userId] }),
  decisions: many(protocolDecisions),
}));

export const protocolDecisionsRelations = relations(protocolDecisions, ({ one }) => ({
  runLog: one(runLogs, { fields: [protocolDecisions.runLogId], references: [runLogs.id] }),
}));

export const exerciseLogsRelations = relations(exerciseLogs, ({ one }) => ({
  runner: one(runnerProfiles, { fields: [exerciseLogs.runnerId], references: [runnerProfiles.userId] }),
}));

export const alertsRelations = relations(alerts, ({ one }) => ({
  runner: one(runnerProfiles, { fields: [alerts.runnerId], references: [runnerProfiles.userId] }),
  decision: one(protocolDecisions, { fields: [alerts.decisionId], references: [protocolDecisions.id] }),
  runLog: one(runLogs, { fields: [alerts.runLogId], references: [runLogs.id] }),
  resolver: one(users, { fields: [alerts.resolvedBy], references: [users.id], relationName: 'alert_resolver' }),
}));

export const readinessAssessmentsRelations = relations(readinessAssessments, ({ one }) => ({
  runner: one(runnerProfiles, { fields: [readinessAssessments.runnerId], references: [runnerProfiles.userId] }),
  assessor: one(users, { fields: [readinessAssessments.assessedBy], references: [users.id] }),
}));

export const therapistNotesRelations = relations(therapistNotes, ({ one }) => ({
  runner: one(runnerProfiles, { fields: [therapistNotes.runnerId], references: [runnerProfiles.userId] }),
  author: one(users, { fields: [therapistNotes.authorId], references: [users.id] }),
}));

export const preRunChecksRelations = relations(preRunChecks, ({ one }) => ({
  runner: one(runnerProfiles, { fields: [preRunChecks.runnerId], references: [runnerProfiles.userId] }),
}));
