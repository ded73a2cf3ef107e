/**
 * Plain words for every action the app records in the audit log: the one map the filter and the table use.
 * An id this version does not know (older rows) falls back to a readable form of the id, never the bare id.
 */
export const AUDIT_ACTION_LABELS = {
  'auth.sign_in': 'Sign-in',
  'auth.sign_out': 'Sign-out',
  'access.role': 'Opened another role’s area',
  'invitation.accept': 'Accepted an invitation',
  'invitation.resend': 'Resent a runner’s invitation',
  'user.invite': 'Invited someone',
  'user.deactivate': 'Deactivated an account',
  'user.reactivate': 'Reactivated an account',
  'runner.create': 'Added a runner',
  'runner.reassign': 'Reassigned a runner',
  'runner.view': 'Opened a runner’s record',
  'clinic.settings': 'Changed clinic settings',
  'clinic.contact': 'Changed the clinic’s contact details',
  'user.phone': 'Changed a work phone',
  'report.export': 'Exported a report',
  'alert.resolve': 'Resolved an alert',
  'note.create': 'Wrote a note',
  'readiness.create': 'Recorded a readiness assessment',
  'plan.start_foundation': 'Started foundation',
  'plan.start_walk_run': 'Started walk-run',
  'plan.set_stage': 'Set the walk-run stage',
  'plan.unlock_full': 'Unlocked full training',
  'plan.discharge': 'Discharged to maintenance',
  'plan.settings': 'Changed a runner’s settings',
  'run_log.create': 'Logged a run',
  'check_in.create': 'Answered a morning check-in',
  'pre_run_check.create': 'Answered a pre-run check',
  'exercise_log.create': 'Logged exercises',
  'concern.create': 'Reported a concern',
} as const satisfies Record<string, string>;

export type AuditActionId = keyof typeof AUDIT_ACTION_LABELS;

function isKnownAction(action: string): action is AuditActionId {
  return Object.hasOwn(AUDIT_ACTION_LABELS, action);
}

/** "some_thing.do_it" → "Some thing: do it", for an id recorded by an older version. */
function readableId(action: string): string {
  const text = action.replace(/[._]+/g, (sep) => (sep.startsWith('.') ? ': ' : ' ')).trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function auditActionLabel(action: string): string {
  return isKnownAction(action) ? AUDIT_ACTION_LABELS[action] : readableId(action);
}

export const OUTCOME_LABELS = { ok: 'Done', denied: 'Refused', failed: 'Failed' } as const;

/** What a row is about when it is not an account of the clinic (those show the person's name). */
const TARGET_TYPE_LABELS: Readonly<Record<string, string>> = {
  session: 'A sign-in session',
  runner: 'A runner',
  user: 'An account',
  alert: 'An alert',
  run_log: 'A logged run',
  exercise_log: 'Logged exercises',
  pre_run_check: 'A pre-run check',
  invitation: 'An invitation',
};

export function auditTargetLabel(targetType: string | null): string | null {
  if (targetType === null) return null;
  return TARGET_TYPE_LABELS[targetType] ?? readableId(targetType);
}
