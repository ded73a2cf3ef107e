import { createHash, randomBytes } from 'node:crypto';

export const INVITATION_DAYS = 7;

export function newInvitationToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this hash is stored, so a database leak does not hand out usable links. */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
