/** An audit row's detail as the admin reads it: plain labels, people by name, no raw ids. */
export interface AuditDetailItem {
  label: string;
  value: string;
}

type Detail = Record<string, string | number | boolean | null>;

/** Keys whose value is a person of the clinic (resolved to a name by the query). */
const PERSON_KEYS: Readonly<Record<string, string>> = {
  fromTherapistId: 'From',
  toTherapistId: 'To',
  runnerId: 'Runner',
};

/** Keys naming a clinical record (a decision, an assessment, a note): nothing an admin can read, so not shown. */
const RECORD_KEYS: ReadonlySet<string> = new Set(['decisionId', 'assessmentId', 'noteId']);

const KEY_LABELS: Readonly<Record<string, string>> = {
  role: 'Role',
  required: 'Area',
  reason: 'Reason',
  reissued: 'New link',
  sessionsEnded: 'Sessions ended',
  openAlertsMoved: 'Open alerts moved',
  alertsResolved: 'Alerts resolved',
  resolution: 'Resolution',
  report: 'Report',
  from: 'From',
  to: 'To',
  action: 'Decision',
  changed: 'Decision changed',
  redFlag: 'Red flag',
  result: 'Result',
  kind: 'Kind',
  phase: 'Phase',
  stage: 'Stage',
  override: 'Gate overridden',
  changes: 'Changes',
  defaultPreset: 'Default pain preset',
};

const VALUE_LABELS: Readonly<Record<string, string>> = {
  rate_limited: 'too many attempts',
  rest_today: 'rest today',
  walk_run: 'walk-run',
  refer_out: 'refer out',
  resume_phase: 'resume the phase',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "painAllowance" → "Pain allowance". */
function readableKey(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function readableValue(value: string | number | boolean | null, names: Readonly<Record<string, string>>): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (UUID.test(value)) return names[value] ?? 'someone outside this clinic';
  return VALUE_LABELS[value] ?? value.replace(/_/g, ' ');
}

/**
 * The detail's entries in plain words. `names` maps ids of this clinic's people to their names (the query
 * resolves only the admin's own clinic); an id it does not hold is never shown raw.
 */
export function auditDetailItems(detail: Detail | null, names: Readonly<Record<string, string>>): AuditDetailItem[] {
  if (!detail) return [];
  return Object.entries(detail)
    .filter(([key]) => !RECORD_KEYS.has(key))
    .map(([key, value]) => ({ label: PERSON_KEYS[key] ?? KEY_LABELS[key] ?? readableKey(key), value: readableValue(value, names) }));
}
