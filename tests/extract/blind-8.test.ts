import * as path from 'node:path';

import { blindSetSuite } from '../helpers/real-papers';

/**
 * The eighth blind set (tests/fixtures/blind-8/README.md): 18 papers from invented boards, written and labelled by hand
 * and committed before anything was measured on them, by someone who had not read the extraction code or the earlier
 * blind papers. Scores the meetings and the actions of every paper and rendition. First run (main b5ae42a, nothing
 * changed for this set): meetings 10/18 right (8 of 12 papers in every rendition); date 11, board 14, chair 10, next 12;
 * present 91/149 (of 91 read), apologies 27/39 (of 27); no extra meeting; the 8 files recording none read as none.
 * Actions (63 labelled, 103 over 28 files): found 73, with owners 72, status 71, due 66, extra 6; owners resolved to the
 * person named 40/97. What each miss stands for: the blind8 session notes (issue-notes-blind8.md).
 * Fails when any figure falls below what the extraction reaches (a regression). BLIND_VERBOSE=1 prints what was wrong.
 */

/**
 * Raise as the extraction improves, never lower (extras: lower, never raise). First run: meetings 10, date 11, board 14, chair 10,
 * next 12, present 91, apologies 27; actions found 73, owners 72, status 71, due 66, extra 6, resolved 40. Raised by meet8
 * (minutes inside a pack, d.m.yy dates, an item's page, bracket-wrapped attendees, deputies in apologies).
 */
const MEETING_FLOOR = {
  meetingsRight: 18,
  date: 18,
  board: 18,
  chair: 18,
  next: 18,
  presentHit: 149,
  presentExtra: 0,
  apologiesHit: 39,
  apologiesExtra: 0,
  meetingsExtra: 0,
  noMeetingRight: 8,
};

const ACTION_FLOOR = { found: 103, owners: 103, status: 103, due: 103, extra: 0, resolved: 97 };

blindSetSuite(
  'eighth blind set',
  path.join(__dirname, '..', 'fixtures', 'blind-8'),
  { papers: 18, meetingFiles: 18, noMeetingFiles: 8, actionFiles: 28 },
  MEETING_FLOOR,
  ACTION_FLOOR,
);
