/** Plain words for the audit actions the shared code and the admin area record; others show their id. */
const ACTION_LABELS: Record<string, string> = {
  'auth.sign_in': 'Sign-in',
  'auth.sign_out': 'Sign-out',
  'access.role': 'Opened another role’s area',
  'invitation.accept': 'Accepted an invitation',
  'user.invite': 'Invited someone',
  'user.deactivate': 'Deactivated an account',
  'user.reactivate': 'Reactivated an account',
  'runner.reassign': 'Reassigned a runner',
  'clinic.settings': 'Changed clinic settings',
  'clinic.contact': 'Changed the clinic’s contact details',
  'user.phone': 'Changed a work phone',
  'report.export': 'Exported a report',
};

export function auditActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export const OUTCOME_LABELS = { ok: 'Done', denied: 'Refused', failed: 'Failed' } as const;
