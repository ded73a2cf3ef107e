// `npm start`: install what is missing, migrate, seed the demo into the embedded database on first run, build if needed, serve.
import { DEMO_LOGINS, DEMO_PASSWORD, ensureBuild, ensureDependencies, ensureLocalSecret, runBin, startNode } from './lib.mjs';

ensureDependencies();
const secret = ensureLocalSecret();
const port = process.env.PORT ?? '3000';
const env = { NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? secret, NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}` };

if (process.env.DATABASE_URL) {
  runBin('tsx', ['db/migrate-cli.ts'], { env });
} else {
  runBin('tsx', ['db/seed-cli.ts'], { env });
}
ensureBuild();

console.log(`\nStride Back is starting on http://localhost:${port}\n`);
if (!process.env.DATABASE_URL) {
  console.log('Demo logins (password for all: ' + DEMO_PASSWORD + ')');
  for (const [role, email] of DEMO_LOGINS) console.log(`  ${role.padEnd(13)} ${email}`);
  console.log('');
}
const server = startNode('scripts/serve.mjs', { env: { ...env, PORT: port, NODE_ENV: 'production' } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
