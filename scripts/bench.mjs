// `npm run bench`: builds the app if needed, then runs the benchmark (bench/run.ts). Pass --smoke for a tiny run.
import { ensureBuild, ensureDependencies, runBin } from './lib.mjs';

ensureDependencies();
ensureBuild();
runBin('tsx', ['bench/run.ts', ...process.argv.slice(2)]);
