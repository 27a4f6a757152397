/**
 * `npm run bench`: speed and memory figures, printed (not asserted). Each section can be run
 * alone: `npm run bench -- ingest`.
 */
import { benchBot, benchSaves, botServerChild } from './bot';
import { benchIngest } from './ingest';
import { benchIntents } from './intents';
import { benchSearchQuality, benchSearchSpeed, searchSpeedChild } from './search';

const SECTIONS: Record<string, () => Promise<void>> = {
  ingest: benchIngest,
  'search-quality': benchSearchQuality,
  'search-speed': benchSearchSpeed,
  bot: benchBot,
  intents: benchIntents,
  'bot-saves': benchSaves,
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (wanted[0] === 'search-speed-child') {
    // One engine at one size, run by benchSearchSpeed in a process of its own.
    const result = await searchSpeedChild(wanted[1]!, Number(wanted[2]));
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  if (wanted[0] === 'bot-server-child') {
    await botServerChild();
    return;
  }
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
