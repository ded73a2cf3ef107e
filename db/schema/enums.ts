import { pgEnum } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('role', ['admin', 'therapist', 'runner']);
export const phaseEnum = pgEnum('phase', ['foundation', 'walk_run', 'continuous', 'full', 'maintenance', 'paused', 'discharged']);
export const presetEnum = pgEnum('pain_preset', ['seed', 'tendinopathy', 'bone_stress']);
export const injurySideEnum = pgEnum('injury_side', ['left', 'right', 'both', 'not_applicable']);
export const dayKindEnum = pgEnum('day_kind', ['run', 'strength', 'mobility', 'cross_training', 'rest']);
export const decisionActionEnum = pgEnum('decision_action', ['progress', 'repeat', 'regress', 'stop']);
export const decisionSourceEnum = pgEnum('decision_source', ['run_log', 'check_in']);
export const alertKindEnum = pgEnum('alert_kind', ['stop', 'review', 'concern']);
export const alertStatusEnum = pgEnum('alert_status', ['open', 'resolved']);
export const alertResolutionEnum = pgEnum('alert_resolution', ['resume', 'regress', 'foundation', 'refer_out', 'acknowledged', 'resume_phase']);
export const preRunOutcomeEnum = pgEnum('pre_run_outcome', ['run', 'rest_today', 'stop']);
export const auditOutcomeEnum = pgEnum('audit_outcome', ['ok', 'denied', 'failed']);
export const outboxKindEnum = pgEnum('outbox_kind', [
  'stop_alert',
  'review_alert',
  'reassignment',
  'invitation',
  'reminder_check_in',
  'reminder_run_day',
  'weekly_summary',
  'alert_open_24h',
]);
/** `kept`: delivered to no one because no SMTP_URL is configured; the message stays readable in the app. */
export const outboxStatusEnum = pgEnum('outbox_status', ['queued', 'sending', 'sent', 'kept', 'failed']);
