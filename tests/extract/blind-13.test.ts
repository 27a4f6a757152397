import * as path from 'node:path';

import { blindSetSuite } from '../helpers/real-papers';

/**
 * The thirteenth blind set (tests/fixtures/blind-13/README.md): 12 papers from invented boards whose actions live in
 * tables (trackers with an update column per meeting, a log with one sheet per meeting, a semicolon CSV, minutes whose
 * only actions are in tables, a joint two-board tracker, a review plan with colour-only status) and four whose tables
 * hold none. Written and labelled by hand and committed before anything was measured on them, by someone who had not
 * read the extraction code or the earlier blind papers. Not yet measured: every floor is 0 and every extras ceiling 999
 * until the first measurement sets them.
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
  'thirteenth blind set',
  path.join(__dirname, '..', 'fixtures', 'blind-13'),
  { papers: 12, meetingFiles: 4, noMeetingFiles: 8, actionFiles: 18 },
  MEETING_FLOOR,
  ACTION_FLOOR,
);
