import * as path from 'node:path';

import { blindSetSuite } from '../helpers/real-papers';

/**
 * The ninth blind set (tests/fixtures/blind-9/README.md): 16 papers from invented boards, written and labelled by hand
 * and committed before anything was measured on them, by someone who had not read the extraction code or the earlier
 * blind papers. Scores the meetings and the actions of every paper and rendition. Not yet measured: the lead measures
 * it once, after merging the extraction work of the same session, and sets the floors to that first run's figures.
 * Fails when any figure falls below what the extraction reaches (a regression). BLIND_VERBOSE=1 prints what was wrong.
 */

/** Raise as the extraction improves, never lower (extras: lower, never raise). */
// Floors set by the lead after the first measurement.
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

// Floors set by the lead after the first measurement.
const ACTION_FLOOR = { found: 0, owners: 0, status: 0, due: 0, extra: 999, resolved: 0 };

blindSetSuite(
  'ninth blind set',
  path.join(__dirname, '..', 'fixtures', 'blind-9'),
  { papers: 16, meetingFiles: 18, noMeetingFiles: 4, actionFiles: 24 },
  MEETING_FLOOR,
  ACTION_FLOOR,
);
