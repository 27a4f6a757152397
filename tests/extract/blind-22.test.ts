import * as path from 'node:path';

import { blindSetSuite } from '../helpers/real-papers';

/**
 * The twenty-second blind set (tests/fixtures/blind-22/README.md): one invented English partnership's year of uploads
 * (Quernstone Safeguarding Children Partnership, 2022-23), each paper in its own clerk's layout. Seven meeting papers:
 * Partnership Board minutes whose attendance is a year-long record (one column per meeting, this one the third) and
 * whose actions are passive "Actions:" bullets with the owner's initials in brackets; Learning and Improvement Subgroup
 * minutes with the attendance only in an appendix and "Lead: / Support: / By:" lines under numbered actions; Neglect
 * Subgroup Teams notes with pronouns in the participants and ☐ / ☑ follow-up tasks owned by @mentions; Exploitation and
 * Missing Subgroup minutes with an Agency / Representative / Initials table ("Not represented") and actions closed by
 * "[A23 – by 17 Feb]"; the council's scrutiny minutes with minute numbers in a column of their own, councillors by
 * initial and surname and RESOLVED clauses giving tasks to posts; notes of an extraordinary Executive with two-line
 * attendance entries and "→ XX to …" actions; a Health Safeguarding Forum agenda pack (PDF) carrying its previous
 * minutes and an action log that repeats their actions. Two logs: the Board's XLSX log (status numbers 1–4 by a
 * legend, owners as post abbreviations on an Owners sheet, dated progress notes) and a Google Sheets CSV tracker
 * (TRUE / FALSE "Done?", owners "Tom A", school half terms).
 * Written and labelled by hand and committed before anything was measured on them.
 * Measured figures: to be filled in by the lead when the set is first scored.
 * Every floor is 0 and every extras ceiling 999 until then. BLIND_VERBOSE=1 prints what was wrong.
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
  'twenty-second blind set',
  path.join(__dirname, '..', 'fixtures', 'blind-22'),
  { papers: 9, meetingFiles: 14, noMeetingFiles: 0, actionFiles: 16 },
  MEETING_FLOOR,
  ACTION_FLOOR,
);
