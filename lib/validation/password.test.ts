import { describe, expect, it } from 'vitest';
import { newPasswordSchema, PASSWORD_MAX, PASSWORD_MIN } from './password';

const accepts = (password: string) => newPasswordSchema.safeParse(password).success;
const messageFor = (password: string) => newPasswordSchema.safeParse(password).error?.issues[0]?.message;

describe('the password policy', () => {
  it('takes 8 to 128 characters', () => {
    expect([PASSWORD_MIN, PASSWORD_MAX]).toEqual([8, 128]);
    expect(messageFor('k7#vQ2m')).toBe('Use at least 8 characters.');
    expect(accepts('k7#vQ2mz')).toBe(true);
    expect(accepts('k7#vQ2mz'.repeat(16))).toBe(true);
    expect(messageFor(`${'k7#vQ2mz'.repeat(16)}x`)).toBe('Use at most 128 characters.');
  });

  it('refuses the common passwords of breach lists, whatever their case', () => {
    for (const common of ['password', 'Password1', 'PASSWORD123', 'qwerty123', 'iloveyou', 'marathon', 'stride123']) {
      expect(messageFor(common), common).toBe('This password is too common. Choose one that is harder to guess.');
    }
    expect(accepts('correct-horse-battery')).toBe(true);
  });
});
