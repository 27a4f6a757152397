import * as path from 'node:path';

import { blindSetSuite } from '../helpers/real-papers';

/**
 * The tenth blind set (tests/fixtures/blind-10/README.md): 16 papers from invented boards (13 recording one meeting each,
 * 3 recording none), written and labelled by hand and committed before anything was measured on them, by someone who had
 * not read the extraction code or the earlier blind papers. Scores the meetings and the actions of every paper and
 * rendition (130 labelled actions over 24 files). Nothing has been measured on it yet: every floor is 0 and every count
 * of wrong answers 999 until the first measurement sets them.
 * Fails when any figure falls below what the extraction reaches (a regression). BLIND_VERBOSE=1 prints what was wrong.
 */

/** Raise as the extraction improves, never lower (extras: lower, never raise). */
const MEETING_FLOOR = {
  meetingsRight: 0,
  date: 0,
  board: 0,
  chair: 0,
  next: 0,
  presentHit: 0,
  presentExtra: 999,
  apologiesHit: 0,
  apologiesExtra: 999,
  meetingsExtra: 999,
  noMeetingRight: 0,
};

const ACTION_FLOOR = { found: 0, owners: 0, status: 0, due: 0, extra: 999, resolved: 0 };

blindSetSuite(
  'tenth blind set',
  path.join(__dirname, '..', 'fixtures', 'blind-10'),
  { papers: 16, meetingFiles: 19, noMeetingFiles: 5, actionFiles: 24 },
  MEETING_FLOOR,
  ACTION_FLOOR,
);
