import { normaliseChars, squash } from '../../src/util/text';

export interface LabelledQuestion {
  q: string;
  answers: { document: string; textHas: string }[];
  type: string;
}

export interface Found {
  document: string;
  text: string;
}

const norm = (s: string) => squash(normaliseChars(s)).toLowerCase();

/** Whether a returned passage is one of the labelled answers (same document, holds the phrase). */
export function isAnswer(found: Found, q: LabelledQuestion): boolean {
  return q.answers.some((a) => found.document === a.document && norm(found.text).includes(norm(a.textHas)));
}

export interface Scores {
  recallAt1: number;
  recallAt3: number;
  mrr: number;
  misses: string[];
}

/** Recall@1, recall@3 and mean reciprocal rank (over the top 10) of a search function. */
export async function score(questions: LabelledQuestion[], search: (q: string) => Found[] | Promise<Found[]>): Promise<Scores> {
  let r1 = 0;
  let r3 = 0;
  let rr = 0;
  const misses: string[] = [];
  for (const q of questions) {
    const found = (await search(q.q)).slice(0, 10);
    const rank = found.findIndex((f) => isAnswer(f, q));
    if (rank === 0) r1++;
    if (rank >= 0 && rank < 3) r3++;
    else misses.push(q.q);
    if (rank >= 0) rr += 1 / (rank + 1);
  }
  const n = questions.length || 1;
  return { recallAt1: r1 / n, recallAt3: r3 / n, mrr: rr / n, misses };
}
