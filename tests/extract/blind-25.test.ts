import * as path from 'node:path';

import { blindSetSuite } from '../helpers/real-papers';

/**
 * The twenty-fifth blind set (tests/fixtures/blind-25/README.md): what arrives in a busy member's inbox over a term.
 * Nine papers from invented boards in England, Scotland and Wales, 2011 to 2024. Six meeting papers: a partnership
 * executive whose chair leaves after item 5 and hands over for good, with a closing actions table whose owners are
 * posts only (the holders named only in the attendance) and dues "ASAP", "TBC", "ongoing", "Dec Exec (was Oct)"; an NHS
 * trust's safeguarding committee with a tick-column attendance table (an X under Present or Apologies, a deputy column,
 * a row with no mark) and "Action (owner: XX; by: when) – task" lines; a Scottish schools network whose attendance is
 * only a sign-in sheet ("(signed)", "apols", an empty signature, a stand-in added at the foot); a child exploitation
 * panel's action notes reaching the member as a forwarded e-mail, the meeting dated "Thurs 3rd Oct" with the year only
 * in the headers and the attendance grouped by agency on one line; a Welsh corporate parenting panel's minutes as a
 * side-by-side Cymraeg | English table; a Scottish CPC minute of 2011 with an aligned attendance block and dot-leader
 * action lines. Two trackers: an XLSX kept one row per owner (a shared action repeated per owner with its own status)
 * and a CSV with separate "Agency" and "Named lead" columns. One paper records neither a meeting nor an action: an
 * Outlook meeting request printed to text.
 * Written and labelled by hand and committed before anything was measured on them. Measured figures: not yet (the
 * lead fills them in; every floor below is 0 and every extras ceiling 999 until then).
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
  'twenty-fifth blind set',
  path.join(__dirname, '..', 'fixtures', 'blind-25'),
  { papers: 9, meetingFiles: 12, noMeetingFiles: 1, actionFiles: 15 },
  MEETING_FLOOR,
  ACTION_FLOOR,
);
