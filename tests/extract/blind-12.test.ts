import * as path from 'node:path';

import { blindSetSuite } from '../helpers/real-papers';

/**
 * The twelfth blind set (tests/fixtures/blind-12/README.md): 12 papers from invented boards about meetings and the actions
 * their minutes give (a joint meeting of two boards, an extraordinary committee, a committee system web page, e-mailed call
 * notes, a Teams panel, an agenda pack, minutes numbered by Word's own list numbering, a highlight report and an induction
 * pack that record no meeting). Written and labelled by hand and committed before anything was measured on them, by someone
 * who had not read the extraction code or the earlier blind papers. Scores the meetings and the actions of every paper
 * and rendition. Not yet measured: every floor is 0 and every extras ceiling 999 until the first run on main.
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
  'twelfth blind set',
  path.join(__dirname, '..', 'fixtures', 'blind-12'),
  { papers: 12, meetingFiles: 18, noMeetingFiles: 4, actionFiles: 22 },
  MEETING_FLOOR,
  ACTION_FLOOR,
);
