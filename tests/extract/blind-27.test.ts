import * as path from 'node:path';

import { blindSetSuite } from '../helpers/real-papers';

/**
 * The twenty-seventh blind set (tests/fixtures/blind-27/README.md): ten papers from invented boards in all four
 * nations (2012 to 2026) in the layouts clerks ordinarily use, kept back for the session's honest figure. Seven meeting
 * papers: an English partnership executive's Word minutes printed to PDF (attendance table with initials and a deputy,
 * the action log reviewed as a table that continues over a page, "Action: XX to …" lines), an LSCB agenda pack (cover,
 * agenda, then the previous minutes with "Action: <name or post>" after paragraphs), an LSCB committee-system page
 * saved as text (tasks as "RESOLVED – That the <post> …"), a Scottish CPC subgroup note with an Item / Discussion /
 * Action table of initials, Welsh sub-group minutes with bare "XX to …" sentences, a Northern Ireland trust committee
 * with a closing action log, and 2012 LSCB minutes with "Actions:" bullet lists. Three logs: a Welsh XLSX action log
 * with BRAG and "Next meeting" dues, a Scottish CSV tracker exported from a list, a Northern Ireland Word action log.
 * Written and labelled by hand and committed before anything was measured on them. Not yet measured: every floor is
 * 0 and every extras ceiling 999 until the lead runs it once and sets them.
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
  'twenty-seventh blind set',
  path.join(__dirname, '..', 'fixtures', 'blind-27'),
  { papers: 10, meetingFiles: 12, noMeetingFiles: 1, actionFiles: 15 },
  MEETING_FLOOR,
  ACTION_FLOOR,
);
