/**
 * `npm run bench`: speed and memory figures, printed (not asserted). Each section can be run
 * alone: `npm run bench -- ingest`.
 */
import { benchIngest } from './ingest';

const SECTIONS: Record<string, () => Promise<void>> = {
  ingest: benchIngest,
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const names = wanted.length ? wanted : Object.keys(SECTIONS);
  for (const name of names) {
    const run = SECTIONS[name];
    if (!run) {
      process.stderr.write(`bench: unknown section "${name}" (have: ${Object.keys(SECTIONS).join(', ')})\n`);
      process.exitCode = 2;
      return;
    }
    process.stdout.write(`\n== ${name} ==\n`);
    await run();
  }
}

void main();
