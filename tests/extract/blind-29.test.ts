import * as path from 'node:path';

import { blindSetSuite } from '../helpers/real-papers';

/**
 * The twenty-ninth blind set (tests/fixtures/blind-29/README.md): ten papers from invented boards in all four nations,
 * 2011 to 2026, in the ORDINARY layouts clerks use (kept back for session 13's final honest figure). Seven meeting
 * papers: an English partnership executive's Word minutes with a Name / Initials / Organisation attendance table and
 * "Action: XX to …" lines; an LSCB's Word minutes with paragraph attendance and a closing action summary table; a PDF
 * agenda pack (cover, agenda, then the previous meeting's minutes with "Actions:" under items); a Welsh council
 * scrutiny committee's committee-system page saved as text (actions as "RESOLVED that <post> …"); a Scottish CPC
 * minute printed to PDF whose Action Points table runs over a page; a Northern Ireland safeguarding panel's minutes
 * with "Action:" under items; a partnership subgroup's notes with "ACTION: XX" lines. Three logs: an NHS trust
 * committee's XLSX log with a Key sheet of post holders, a SharePoint CSV export, and a Scottish CPC Word tracker.
 * Written and labelled by hand and committed before anything was measured on them, without reading earlier sets' READMEs
 * (ordinary layouts, like blind-26 and blind-27): it estimates what a typical unseen board gets. Measured once on main
 * a8a15ec (after every blind-25 fix, before fix27a and fixleft): meetings right 11/11, date, board, chair and next 11,
 * present 83/83 (0 extra), apologies 21/21 (0 extra), no extra meeting, no-meeting papers 2/2; actions found 92/94,
 * owners 92, status 92, due 92, extra 0; owners resolved 55/62 (docs/sessions/2026-12-01-13/blind29-first-run.txt).
 * Measured again after fix27a and fixleft merged (main d0cad66), still before any fix made with it in view: the same
 * figures (blind29-after-all-fixes.txt). The floors are those figures.
 * Fails when any figure falls below what the extraction reaches (a regression). BLIND_VERBOSE=1 prints what was wrong.
 */

/** Raise as the extraction improves, never lower (extras: lower, never raise). */
const MEETING_FLOOR = {
  meetingsRight: 11,
  date: 11,
  board: 11,
  chair: 11,
  next: 11,
  presentHit: 83,
  presentExtra: 0,
  apologiesHit: 21,
  apologiesExtra: 0,
  meetingsExtra: 0,
  noMeetingRight: 2,
};

const ACTION_FLOOR = { found: 92, owners: 92, status: 92, due: 92, extra: 0, resolved: 55 };

blindSetSuite(
  'twenty-ninth blind set',
  path.join(__dirname, '..', 'fixtures', 'blind-29'),
  { papers: 10, meetingFiles: 11, noMeetingFiles: 2, actionFiles: 15 },
  MEETING_FLOOR,
  ACTION_FLOOR,
);
