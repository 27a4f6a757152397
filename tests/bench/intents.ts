import * as fs from 'node:fs';
import * as path from 'node:path';

import { answer } from '../../src/answers/answer';
import { readIntent } from '../../src/answers/intents';
import { intentClassifier } from '../../src/answers/nlu/classifier';
import { demoLibraryPath } from '../../src/demo';
import { askerNamed } from '../../src/library/roster';
import { tempLibrary } from '../helpers/corpus';

/**
 * The intent classifier: training time, per-message latency (classification alone and a whole
 * answer), and accuracy on the development and held-out parts of the labelled member messages.
 * `npm run bench -- intents --misses` prints the development messages it gets wrong (never the held-out ones,
 * so they stay untuned).
 */
export async function benchIntents(): Promise<void> {
  const library = tempLibrary('2026-11-24');
  await library.ingest([demoLibraryPath()]);
  const t0 = process.hrtime.bigint();
  const classifier = intentClassifier();
  const firstUse = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(`training: ${classifier.trainMs.toFixed(0)} ms (first use ${firstUse.toFixed(0)} ms, ${classifier.intents.length} intents)\n`);
  const gold = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../tests/gold/member-messages.json'), 'utf8')) as {
    intents: Record<string, string[]>;
  };
  const misses = process.argv.includes('--misses');
  for (const part of ['dev', 'holdout']) {
    let right = 0;
    let total = 0;
    for (const [intent, messages] of Object.entries(gold.intents)) {
      for (const [i, q] of messages.entries()) {
        if ((i % 3 === 2) !== (part === 'holdout')) continue;
        total++;
        const r = await readIntent(q, library);
        if (r.intent === intent) right++;
        else if (misses && part === 'dev')
          process.stdout.write(
            `  ${intent} -> ${r.intent} (${r.confidence.toFixed(2)}) "${q}" [${r.alternatives.map((a) => `${a.intent} ${a.score.toFixed(2)}`).join(', ')}]\n`,
          );
      }
    }
    process.stdout.write(`${part}: ${right}/${total} = ${(right / total).toFixed(3)}\n`);
  }
  const all = Object.values(gold.intents).flat();
  let t = process.hrtime.bigint();
  for (const q of all) await readIntent(q, library);
  const classifyMs = Number(process.hrtime.bigint() - t) / 1e6 / all.length;
  t = process.hrtime.bigint();
  for (const q of all) await answer(library, q, await askerNamed(library.store, 'Priya Sandhu'));
  const answerMs = Number(process.hrtime.bigint() - t) / 1e6 / all.length;
  process.stdout.write(`per message: classify ${classifyMs.toFixed(2)} ms, whole answer ${answerMs.toFixed(2)} ms (mean of ${all.length})\n`);
  library.close();
}
