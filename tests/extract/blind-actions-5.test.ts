import * as path from 'node:path';

import { blindActionRegressions, type BlindScore, scoreBlindSet } from '../helpers/real-papers';

/**
 * The fifth blind set (tests/fixtures/blind-actions-5/README.md): papers from invented boards written and
 * labelled before the extraction code was read, stressing actions inside discussion, agency and role
 * owners, first names, trackers with raised and due dates, merged and two-row cells, several sheets,
 * serial dates, landscape PDFs, and text that looks like an action but is not. Prints the figures and
 * fails when any falls below what the extraction reaches. BLIND_VERBOSE=1 prints what was wrong per file.
 */
jest.setTimeout(240000);

let gold: Record<string, unknown> = {};
let scores: BlindScore[] = [];

beforeAll(async () => {
  ({ gold, scores } = await scoreBlindSet(path.join(__dirname, '../fixtures/blind-actions-5')));
});

test('every paper and rendition of the fifth blind set is labelled and read', () => {
  expect(Object.keys(gold).length).toBe(24);
  expect(scores.length).toBe(31);
});

test('action figures on the fifth blind set do not fall below what the extraction reaches', () => {
  expect(blindActionRegressions(scores, FLOOR)).toEqual([]);
});

/**
 * Reached on these papers (98 labelled actions, 125 across the 31 files, batch 2 included); raise, never lower.
 * First run, before any fix: batch 1 found 96/106, owners 88, status 93, due 85, extra 12, resolved 25/58;
 * batch 2 (after round 1) 15/19 found, owners 14, due 12, extra 0. "resolved" waits mostly on attendance layouts (46 before "Present | Designation" tables were read).
 * Raised after fix23r (resolved 71: a post's letters nobody's initials fit, "BM", are the post the attendance gives).
 */
const FLOOR = {
  found: 125,
  owners: 125,
  status: 125,
  due: 125,
  extra: 0,
  resolved: 71,
};
