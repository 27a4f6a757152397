import * as path from 'node:path';

import { blindSetSuite } from '../helpers/real-papers';

/**
 * The twenty-sixth blind set (tests/fixtures/blind-26/README.md): eleven papers from seven invented boards in all four
 * nations, 2012 to 2025. Unlike the earlier blind sets, which were each told to avoid layouts already listed and so are
 * deliberately novel, this set samples TYPICAL layouts — the ordinary forms most UK safeguarding boards' clerks use —
 * so its figures estimate what a typical unseen board gets. Eight meeting papers: an English partnership Executive's
 * Word minutes (Name / Initials / Role table, "Action: XX to …" lines, an owner spelt differently from the attendance),
 * an LSCB's minutes in the No / Item / Action by table, a Welsh review sub-group's PDF with "Action:" lines owned by
 * first names, a Scottish CPC minute with a closing "Action points" table, a Northern Ireland panel's minutes with a
 * one-line attendance and an "Action table" by initials, an NHS trust committee's PDF with "Actions:" bullets, a
 * council scrutiny committee's committee-system page with RESOLVED clauses giving posts tasks, and a subgroup's
 * informal notes with a wrapped attendance run and a due date without a year. Three logs: an Excel action log, a CSV
 * tracker export and a Word action log.
 * Written and labelled by hand and committed before anything was measured on them. Every floor is 0 and every extras
 * ceiling 999 until the lead measures the set once and sets them to its first-run figures.
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
  'twenty-sixth blind set',
  path.join(__dirname, '..', 'fixtures', 'blind-26'),
  { papers: 11, meetingFiles: 13, noMeetingFiles: 1, actionFiles: 16 },
  MEETING_FLOOR,
  ACTION_FLOOR,
);
