import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('environment validation', () => {
  it('names a bad DATABASE_URL', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://localhost/db' })).toThrow(/DATABASE_URL: must be a postgres/);
  });

  it('names a short NEXTAUTH_SECRET', () => {
    expect(() => parseEnv({ NEXTAUTH_SECRET: 'short' })).toThrow(/NEXTAUTH_SECRET: must be at least 32 characters/);
  });

  it('refuses to start in production without NEXTAUTH_SECRET', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/NEXTAUTH_SECRET: required in production/);
  });

  it('refuses a long but guessable secret', () => {
    expect(() => parseEnv({ NEXTAUTH_SECRET: 'a'.repeat(40) })).toThrow(/NEXTAUTH_SECRET: too weak/);
    expect(() => parseEnv({ NEXTAUTH_SECRET: 'changeme-changeme-changeme-changeme-123' })).toThrow(/too weak/);
    expect(parseEnv({ NEXTAUTH_SECRET: 'q8VvY3m0Zk1xR7sT2wLpA9dNfH4jC6bE5uGiOaKe' }).NEXTAUTH_SECRET).toHaveLength(40);
  });

  it('names a non-numeric idle timeout', () => {
    expect(() => parseEnv({ SESSION_IDLE_MINUTES: 'soon' })).toThrow(/SESSION_IDLE_MINUTES/);
  });

  it('defaults to the embedded database and a 30-minute idle timeout in development', () => {
    const env = parseEnv({ DATABASE_URL: '' });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe('.data/pglite');
    expect(env.SESSION_IDLE_MINUTES).toBe(30);
  });

  it('trusts no forwarding proxy unless TRUSTED_PROXY_HOPS says how many there are', () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: '2' }).TRUSTED_PROXY_HOPS).toBe(2);
    for (const bad of ['-1', '1.5', 'yes', '11']) expect(() => parseEnv({ TRUSTED_PROXY_HOPS: bad }), bad).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
