import { z } from 'zod';

const DEV_SECRET = 'stride-back-development-secret-not-for-production';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data/pglite'),
  NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  NEXTAUTH_URL: z.url('must be a URL such as http://localhost:3000').optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(7 * 24).default(12),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().min(3).default('Stride Back <no-reply@stride.test>'),
  /** How many reverse proxies in front of the app append to X-Forwarded-For; 0 = clients connect directly. */
  TRUSTED_PROXY_HOPS: z.coerce.number('must be a whole number of proxies (0 when clients connect directly)').int().min(0).max(10).default(0),
});

export type Env = z.infer<typeof envSchema> & { NEXTAUTH_SECRET: string };

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === '' ? undefined : v]));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new Error(`Invalid environment configuration:\n${describeIssues(result.error)}`);
  }
  const env = result.data;
  if (env.NEXTAUTH_SECRET && isWeakSecret(env.NEXTAUTH_SECRET)) {
    throw new Error('Invalid environment configuration:\n  NEXTAUTH_SECRET: too weak (use at least 32 random characters, e.g. `openssl rand -base64 32`)');
  }
  if (!env.NEXTAUTH_SECRET && env.NODE_ENV === 'production') {
    throw new Error(
      'Invalid environment configuration:\n  NEXTAUTH_SECRET: required in production (at least 32 random characters; `npm start` creates one in .env.local)',
    );
  }
  return { ...env, NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? DEV_SECRET };
}

/** A secret that is long but guessable: few distinct characters, or a placeholder phrase. */
export function isWeakSecret(secret: string): boolean {
  const distinct = new Set(secret).size;
  return distinct < 12 || /^(changeme|secret|password|nextauth|example)/i.test(secret);
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
