import * as fs from 'node:fs';

import { FileScore, formatScores, readAndScore, REAL, realGold, renditionsOf, totals } from '../helpers/real-papers';

/**
 * Real papers from boards the extraction was not built on, in every rendition a clerk makes
 * (text, Word, PDF, Excel, CSV), against their hand labels. Prints the figures per file; fails
 * when any field falls below the level the extraction has reached (a regression).
 * REAL_PAPERS_VERBOSE=1 also prints what was wrong in each file.
 */
jest.setTimeout(240000);

const scores: FileScore[] = [];

beforeAll(async () => {
  if (!fs.existsSync(`${REAL}/gold.json`))
    throw new Error(`the labelled real papers are missing: expected ${REAL}/gold.json (the shared corpus beside the repository)`);
  const gold = realGold();
  for (const base of Object.keys(gold)) {
    for (const file of renditionsOf(base)) scores.push(await readAndScore(file, gold[base]!));
  }
  const report = formatScores(scores);
  const detail = process.env.REAL_PAPERS_VERBOSE ? `\n${scores.map((s) => `${s.file}\n  ${s.problems.join('\n  ')}`).join('\n')}` : '';
  console.log(`${report}${detail}`);
});

test('every labelled paper and rendition is read', () => {
  expect(scores.length).toBeGreaterThanOrEqual(35);
});

test('figures do not fall below what the extraction reaches today', () => {
  const t = totals(scores);
  const got = {
    meetingsRight: t.meetingsRight,
    date: t.date,
    board: t.board,
    chair: t.chair,
    next: t.next,
    presentHit: t.present.hit,
    presentExtra: t.present.got - t.present.hit,
    apologiesHit: t.apologies.hit,
    apologiesExtra: t.apologies.got - t.apologies.hit,
    found: t.actions.found,
    owners: t.actions.owners,
    status: t.actions.status,
    due: t.actions.due,
    extra: t.actions.extra,
  };
  const floor = FLOOR;
  const problems = (Object.keys(floor) as (keyof typeof floor)[]).filter((k) => (/Extra$|^extra$/.test(k) ? got[k] > floor[k] : got[k] < floor[k]));
  expect(problems.map((k) => `${k}: ${got[k]} (was ${floor[k]})`)).toEqual([]);
});

/** Reached on these papers; raise as the extraction improves, never lower. */
const FLOOR = {
  meetingsRight: 31,
  date: 32,
  board: 32,
  chair: 31,
  next: 32,
  presentHit: 535,
  presentExtra: 1,
  apologiesHit: 98,
  apologiesExtra: 0,
  found: 66,
  owners: 65,
  status: 66,
  due: 66,
  extra: 0,
};
