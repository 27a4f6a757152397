import * as path from 'node:path';

import { answer } from '../../src/answers/answer';
import { answerWhichLevel } from '../../src/answers/levels';
import { OPERATOR } from '../../src/library/scope';
import type { Passage } from '../../src/search/passages';
import { fts5 } from '../bench/search';
import { tempLibrary } from '../helpers/corpus';
import { answerByKind, fold, GoldQuestion, GUIDANCE, guidanceFiles, guidanceQuestions } from '../helpers/guidance-corpus';

/**
 * Search recall and answer rates on the shared guidance questions, ours beside SQLite FTS5 over the
 * same passages. Prints one line per figure (the notes quote them) and checks ours is not worse.
 */
test('guidance questions: our search and answers beside FTS5', async () => {
  const library = tempLibrary();
  await library.ingest(
    guidanceFiles()
      .filter((f) => f.endsWith('.txt'))
      .map((f) => path.join(GUIDANCE, f)),
  );
  await library.refreshIndex();
  const passages = (library.db.prepare('SELECT passages_json FROM search_shards').all() as { passages_json: string }[]).flatMap(
    (r) => JSON.parse(r.passages_json) as Passage[],
  );
  const fts = fts5(passages);
  const qs = guidanceQuestions();
  const holds = (text: string, q: GoldQuestion) => q.has.some((h) => fold(text).includes(fold(h)));
  const all = (text: string, q: GoldQuestion) => q.has.every((h) => fold(text).includes(fold(h)));
  const top3 = (found: { document: string; text: string }[], q: GoldQuestion) =>
    found.slice(0, 3).some((f) => f.document.startsWith(q.doc) && holds(f.text, q));
  // One question at a time, as a member would ask them (and a Promise in a filter would count as true).
  const count = async (pass: (q: GoldQuestion) => Promise<boolean>) => {
    let n = 0;
    for (const q of qs) if (await pass(q)) n++;
    return n;
  };
  const ourRecall = (await count(async (q) => top3(await library.search(OPERATOR, q.q, { limit: 3 }), q))) / qs.length;
  const ftsRecall = qs.filter((q) => top3(fts.search(q.q), q)).length / qs.length;
  // An FTS5 "answer": its best passage, as a snippet-less search would show it.
  const ftsAnswer =
    qs.filter((q) =>
      all(
        fts
          .search(q.q)
          .slice(0, 1)
          .map((p) => p.text)
          .join('\n'),
        q,
      ),
    ).length / qs.length;
  const chat = (await count(async (q) => all((await answer(library, q.q, OPERATOR)).text, q))) / qs.length;
  const byKind = new Map<string, [number, number]>();
  for (const q of qs) {
    const [ok, n] = byKind.get(q.kind) ?? [0, 0];
    byKind.set(q.kind, [ok + Number(all(await answerByKind(library, q), q)), n + 1]);
  }
  const underCalled = await count(async (q) => !!q.expectedLevel && ((await answerWhichLevel(library.store, q.q, null)).placed[0] ?? 99) < q.expectedLevel!);
  console.log(
    [
      `recall@3 ours ${ourRecall.toFixed(2)} FTS5 ${ftsRecall.toFixed(2)}`,
      `answers containing the answer: chat ${chat.toFixed(2)}; FTS5 best passage ${ftsAnswer.toFixed(2)}`,
      ...[...byKind].map(([k, [ok, n]]) => `${k}: ${ok}/${n}`),
      `which-level under-called: ${underCalled}`,
    ].join('\n'),
  );
  expect(ourRecall).toBeGreaterThanOrEqual(ftsRecall);
  expect(chat).toBeGreaterThan(ftsAnswer);
  expect(underCalled).toBe(0);
  fts.db.close();
  library.close();
});
