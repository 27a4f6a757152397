import * as fs from 'node:fs';

import { answer, OUT_OF_SCOPE } from '../../src/answers/answer';
import { utterancesPath } from '../../src/answers/nlu/classifier';
import { demoLibraryPath } from '../../src/demo';
import { Library } from '../../src/library/library';
import { askerNamed } from '../../src/library/roster';
import { tempLibrary } from '../helpers/corpus';
import { BLIND_MESSAGES, HELD_OUT_MESSAGES, HeldOutMessage } from '../helpers/member-messages';

/**
 * Messages nobody wrote the classifier for: tests/gold/member-messages-heldout.json was written
 * before the training utterances were read and is never trained or tuned on, so its score is
 * the honest one (the first labelled set shares its author with the training file).
 */
let library: Library;

beforeAll(async () => {
  library = tempLibrary('2026-11-24');
  await library.ingest([demoLibraryPath()]);
});
afterAll(() => library.close());

const ask = async (m: HeldOutMessage) => await answer(library, m.q, await askerNamed(library.store, m.as ?? 'Priya Sandhu'));

/** What the answer understood differently from the label's entities, as readable lines. */
function entityMisses(m: HeldOutMessage, a: Awaited<ReturnType<typeof ask>>): string[] {
  const want = m.entities ?? {};
  const e = a.entities;
  const out: string[] = [];
  if (want.actionRef && e.actionRef !== want.actionRef) out.push(`action ${String(e.actionRef)} not ${want.actionRef}`);
  if (want.month && e.when?.month !== want.month) out.push(`month ${String(e.when?.month)} not ${want.month}`);
  if (want.level && e.level !== want.level) out.push(`level ${String(e.level)} not ${want.level}`);
  if (want.term && e.term !== want.term) out.push(`term ${String(e.term)} not ${want.term}`);
  if (want.person && !e.people.some((p) => p.names.includes(want.person!))) out.push(`no ${want.person}`);
  if (want.deputy && a.reply?.deputy !== want.deputy) out.push(`deputy ${String(a.reply?.deputy)} not ${want.deputy}`);
  return out;
}

/** Accuracy per intent, printed so a run shows where the reading is weak. */
async function score(name: string, messages: HeldOutMessage[]) {
  const byIntent = new Map<string, { right: number; total: number; wrong: string[] }>();
  for (const m of messages) {
    const got = (await ask(m)).intent;
    const e = byIntent.get(m.intent) ?? { right: 0, total: 0, wrong: [] };
    e.total++;
    if (got === m.intent) e.right++;
    else e.wrong.push(`"${m.q.replace(/\s+/g, ' ').slice(0, 90)}" → ${got}`);
    byIntent.set(m.intent, e);
  }
  const right = [...byIntent.values()].reduce((s, e) => s + e.right, 0);
  const overall = right / messages.length;
  const lines = [...byIntent].map(([intent, e]) => `${intent.padEnd(18)} ${e.right}/${e.total}${e.wrong.length ? `  ✗ ${e.wrong.join('; ')}` : ''}`);
  process.stdout.write(`${name} intent accuracy: ${overall.toFixed(3)} (${right} of ${messages.length})\n${lines.join('\n')}\n`);
  return { overall, byIntent };
}

describe('held-out member messages', () => {
  test('there are at least 200, none of them added to the training utterances', () => {
    expect(HELD_OUT_MESSAGES.length).toBeGreaterThanOrEqual(200);
    const training = new Set(
      fs
        .readFileSync(utterancesPath(), 'utf8')
        .split('\n')
        .map((l) => l.trim().toLowerCase()),
    );
    // Only the few short phrasings that were already there, word for word, when the set was written.
    expect(HELD_OUT_MESSAGES.filter((m) => training.has(m.q.trim().toLowerCase())).map((m) => m.q)).toEqual(
      HELD_OUT_MESSAGES.filter((m) => m.alreadyInTraining).map((m) => m.q),
    );
  });

  test('are read right: ≥ 0.9 overall, every out-of-scope, help, greeting and thanks message', async () => {
    const { overall, byIntent } = await score('held-out', HELD_OUT_MESSAGES);
    expect(overall).toBeGreaterThanOrEqual(0.9);
    for (const intent of ['out-of-scope', 'help', 'greeting', 'thanks']) expect([intent, byIntent.get(intent)!.wrong]).toEqual([intent, []]);
  });

  test('so is a second set written later and never tuned on', async () => {
    const { overall, byIntent } = await score('second held-out', BLIND_MESSAGES);
    expect(overall).toBeGreaterThanOrEqual(0.85);
    expect(byIntent.get('out-of-scope')!.wrong).toEqual([]);
  });

  test('the entities an answer depends on are found: action numbers, months, people, levels, abbreviations, deputies', async () => {
    const labelled = [...HELD_OUT_MESSAGES, ...BLIND_MESSAGES].filter((m) => m.entities);
    const misses = (await Promise.all(labelled.map(async (m) => ({ m, miss: entityMisses(m, await ask(m)) }))))
      .filter((x) => x.miss.length)
      .map((x) => `"${x.m.q.slice(0, 60)}": ${x.miss.join(', ')}`);
    expect(misses).toEqual([]);
  });

  test('an out-of-scope message gets the plain answer, never search hits', async () => {
    for (const m of [...HELD_OUT_MESSAGES, ...BLIND_MESSAGES].filter((x) => x.intent === 'out-of-scope')) {
      const a = await ask(m);
      expect([m.q, a.results.length]).toEqual([m.q, 0]);
      expect([m.q, a.text]).toEqual([m.q, OUT_OF_SCOPE]);
    }
  });

  test('a situation about a child gets the level answer, never below the guide', async () => {
    // Placing nothing is allowed (the guidance module won't guess), as long as it says who to ring and 999.
    const placed = HELD_OUT_MESSAGES.filter((m) => m.atLeast);
    const low = (await Promise.all(placed.map(async (m) => ({ m, a: await ask(m) }))))
      .filter(({ m, a }) => a.intent !== 'which-level' || (a.level ? a.level.number < m.atLeast! : !/MASH[\s\S]*999/.test(a.text)))
      .map(({ m, a }) => `"${m.q.slice(0, 60)}": ${a.intent} level ${String(a.level?.number)}, guide ${m.atLeast}`);
    expect(low).toEqual([]);
  });
});
