// Limits the forms show in the browser and the schemas enforce on the server. Kept free of zod so that the
// client components importing them do not ship the validation library (about 30 kB compressed).

export const RUN_NOTE_MAX = 1000;
export const CONCERN_MAX = 1000;
export const NOTE_MAX_LENGTH = 5000;
export const INJURY_SIDES = ['left', 'right', 'both', 'not_applicable'] as const;
