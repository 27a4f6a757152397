import * as fs from 'node:fs';

import { answer } from '../../src/answers/answer';
import { utterancesPath } from '../../src/answers/nlu/classifier';
import { demoLibraryPath } from '../../src/demo';
import { Library } from '../../src/library/library';
import { askerNamed } from '../../src/library/roster';
import { tempLibrary } from '../helpers/corpus';
import { MEMBER_MESSAGES, MESSAGE_CHECKS } from '../helpers/member-messages';

let library: Library;

beforeAll(async () => {
  library = tempLibrary('2026-11-24');
  await library.ingest([demoLibraryPath()]);
});
afterAll(() => library.close());

/** Accuracy per intent, printed so a run shows where the classifier is weak. */
async function score(part?: 'dev' | 'holdout') {
  const rows = MEMBER_MESSAGES.filter((m) => !part || m.part === part);
  const byIntent = new Map<string, { right: number; total: number; wrong: string[] }>();
  for (const m of rows) {
    const got = (await answer(library, m.q, await askerNamed(library.store, 'Priya Sandhu'))).intent;
    const e = byIntent.get(m.intent) ?? { right: 0, total: 0, wrong: [] };
    e.total++;
    if (got === m.intent) e.right++;
    else e.wrong.push(`"${m.q}" → ${got}`);
    byIntent.set(m.intent, e);
  }
  const right = [...byIntent.values()].reduce((a, e) => a + e.right, 0);
  return { overall: right / rows.length, count: rows.length, byIntent };
}

describe('the labelled member messages', () => {
  test('there are at least 300, none of them copied into the training utterances', () => {
    expect(MEMBER_MESSAGES.length).toBeGreaterThanOrEqual(300);
    const training = new Set(
      fs
        .readFileSync(utterancesPath(), 'utf8')
        .split('\n')
        .map((l) => l.trim().toLowerCase()),
    );
    expect(MEMBER_MESSAGES.filter((m) => training.has(m.q.trim().toLowerCase())).map((m) => m.q)).toEqual(
      // Single words a member can only type one way.
      MEMBER_MESSAGES.filter((m) => training.has(m.q.trim().toLowerCase()))
        .filter((m) => !/\s/.test(m.q.trim()))
        .map((m) => m.q),
    );
  });

  test('are answered with the right intent: ≥ 0.9 overall, every help and out-of-scope message', async () => {
    const all = await score();
    const dev = await score('dev');
    const holdout = await score('holdout');
    const lines = [...all.byIntent].map(([intent, e]) => `${intent.padEnd(18)} ${e.right}/${e.total}${e.wrong.length ? `  ✗ ${e.wrong.join('; ')}` : ''}`);
    process.stdout.write(
      `intent accuracy: ${all.overall.toFixed(3)} of ${all.count} (development ${dev.overall.toFixed(3)} of ${dev.count}, held out ${holdout.overall.toFixed(3)} of ${holdout.count})\n${lines.join('\n')}\n`,
    );
    expect(all.overall).toBeGreaterThanOrEqual(0.9);
    expect(holdout.overall).toBeGreaterThanOrEqual(0.9);
    expect(all.byIntent.get('out-of-scope')!.wrong).toEqual([]);
    expect(all.byIntent.get('help')!.wrong).toEqual([]);
  });

  test('out-of-scope messages get the plain answer and never search hits', async () => {
    for (const m of MEMBER_MESSAGES.filter((x) => x.intent === 'out-of-scope')) {
      const a = await answer(library, m.q, await askerNamed(library.store, 'Priya Sandhu'));
      expect(a.results).toEqual([]);
      expect(a.text).toMatch(/^I can only help with the board’s papers, actions and meetings — for example/);
    }
  });

  test.each(MESSAGE_CHECKS.map((c) => [c.q, c] as const))('"%s" is answered from the right meeting, action or person', async (_q, c) => {
    const a = await answer(library, c.q, await askerNamed(library.store, c.as ?? 'Priya Sandhu'));
    for (const s of c.has ?? []) expect(a.text).toContain(s);
    for (const s of c.notHas ?? []) expect(a.text).not.toContain(s);
  });
});
