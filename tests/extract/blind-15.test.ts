import * as path from 'node:path';

import { blindSetSuite } from '../helpers/real-papers';

/**
 * The fifteenth blind set (tests/fixtures/blind-15/README.md): 13 papers from invented boards whose actions live in
 * tables — an executive log with a title block, initials on a members sheet, BRAG letters and a closed-actions sheet; a
 * landscape LCSPR plan with accountable officer beside action holder and revised dates; an Excel-saved CSV whose status
 * is only in the update text; a risk and issues log where only mitigating and resolution rows are actions; Northern
 * Ireland minutes with Present and Apologies side by side and one log row holding two tasks; a tracker printed to
 * fixed-width text; a corporate parenting tracker with open and closed tables; a Scottish improvement plan with a sheet
 * per theme and dates typed as text; a Lists export; LSCB notes opening with a coded-status log — and three whose tables
 * hold none. Written and labelled by hand and committed before anything was measured on them, by someone who had not
 * read the extraction code or the earlier blind papers. Not yet measured: every floor is 0 and every ceiling 999 until
 * the first measurement sets them.
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
  'fifteenth blind set',
  path.join(__dirname, '..', 'fixtures', 'blind-15'),
  { papers: 13, meetingFiles: 4, noMeetingFiles: 6, actionFiles: 17 },
  MEETING_FLOOR,
  ACTION_FLOOR,
);
