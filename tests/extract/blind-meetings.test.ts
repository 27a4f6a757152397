import * as path from 'node:path';

import { FileScore, meetingFigures, regressions, scoreMeetingPapers, totals } from '../helpers/real-papers';

/**
 * Held-out meeting papers (tests/fixtures/blind-meetings): invented boards in the layouts UK boards use, written
 * and labelled by hand before the extraction code was read (later batches before the next round of changes), in
 * text, HTML and, for the table layouts, Word and PDF.
 * Scored the way the real papers are (tests/helpers/real-papers.ts) on the meeting fields only; prints the
 * figures per file and fails when any falls below what the extraction reaches (a regression).
 * BLIND_VERBOSE=1 also prints what was wrong in each file.
 */
jest.setTimeout(240000);

const DIR = path.join(__dirname, '..', 'fixtures', 'blind-meetings');
let scores: FileScore[] = [];

beforeAll(async () => {
  scores = (await scoreMeetingPapers(DIR, !!process.env.BLIND_VERBOSE)).scores;
});

test('every blind paper and rendition is read', () => {
  expect(scores.length).toBe(40);
});

test('meeting figures do not fall below what the extraction reaches today', () => {
  expect(regressions(meetingFigures(totals(scores)), FLOOR)).toEqual([]);
});

/** Reached on these papers; raise as the extraction improves, never lower. */
const FLOOR = {
  meetingsRight: 40,
  date: 40,
  board: 40,
  chair: 40,
  next: 40,
  presentHit: 307,
  presentExtra: 0,
  apologiesHit: 86,
  apologiesExtra: 0,
};
