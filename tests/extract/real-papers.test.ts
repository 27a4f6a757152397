import * as fs from 'node:fs';

import { actionFigures, FileScore, meetingFigures, printScores, readAndScore, REAL, realGold, regressions, renditionsOf, totals } from '../helpers/real-papers';

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
  printScores(scores, !!process.env.REAL_PAPERS_VERBOSE);
});

test('every labelled paper and rendition is read', () => {
  expect(scores.length).toBeGreaterThanOrEqual(35);
});

test('figures do not fall below what the extraction reaches today', () => {
  const t = totals(scores);
  expect(regressions({ ...meetingFigures(t), ...actionFigures(t) }, FLOOR)).toEqual([]);
});

/** Reached on these papers; raise as the extraction improves, never lower. */
const FLOOR = {
  meetingsRight: 33,
  date: 34,
  board: 34,
  chair: 33,
  next: 34,
  presentHit: 540,
  presentExtra: 0,
  apologiesHit: 98,
  apologiesExtra: 0,
  found: 66,
  owners: 65,
  status: 66,
  due: 66,
  extra: 0,
};
