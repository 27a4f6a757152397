import * as path from 'node:path';

import { blindSetSuite } from '../helpers/real-papers';

/**
 * The eighteenth blind set (tests/fixtures/blind-18/README.md): nine papers from invented boards in all four nations,
 * a mix like a real board's library. Five meeting papers: a partnership subgroup with dotted initials ("J.S.",
 * "K.O'B.") and an "Actions agreed" box closing every item, matters arising that update earlier action numbers (one
 * passed to another member); a Scottish CPC minute written as one "Discussion | Action" table with the attendance
 * inside item 1 and agencies as owners; an LSCB executive with role-first attendance and "Lead:" / "Timescale:" lines
 * under each "ACTION n/16:"; a Welsh children's board sent as DOCX only, with an Agency / Representative attendance
 * table and a closing record interleaving decisions and actions; a Northern Ireland trust group with a ✓ / ✗
 * membership register and "ACTION (XX):" / "DECISION:" paragraphs. Four logs and plans: a landscape PDF action plan
 * whose row runs over the page break with no repeated header, a fixed-width typed log with dotted initials, a business
 * plan XLSX with merged header cells and R/A/G letters, and a SharePoint tasks export with US dates and
 * "Surname, Firstname" people.
 * Written and labelled by hand and committed before anything was measured on them.
 * Measured once, on main 4ae5717 (session 10): meetings right 3/11, present 46/80, apologies 6/21; actions found 64/103,
 * owners 51, extra 5; owners resolved 18/63.
 * Raised after fix18m (meeting fields: attendance run into item 1's cell of a "Discussion | Action" minute, role-first
 * lines with commas in the post, "– apologies; represented by" in an Agency | Representative table, "✗ apologies" in a
 * register, a board of a regional board, a PDF page header abbreviating the group): meetings 3/11 -> 11/11, present
 * 46/80 -> 80/80, apologies 6/21 -> 21/21; owners resolved 18 -> 21 (the Lead Officer of the minute now read as minutes).
 * The other action floors are left to the actions helpers.
 * Raised after fix18a (dotted initials as owners, updates of earlier actions by number, a minute kept as one "Discussion |
 * Action" table, "ACTION (XX):" paragraphs, keys to initials, merged two-row plan headers, financial-year dates and
 * surname-first exports): actions 64 → 103 of 103, owners resolved 18 → 56 of 63 (the meeting floors are fix18m's).
 * Both merged: owners resolved 62/63 (a deputy's initials in an Agency | Representative table are still kept on the stand-in).
 * Fails when any figure falls below what the extraction reaches (a regression). BLIND_VERBOSE=1 prints what was wrong.
 */

/** Raise as the extraction improves, never lower (extras: lower, never raise). */
const MEETING_FLOOR = {
  meetingsRight: 11,
  date: 11,
  board: 11,
  chair: 11,
  next: 11,
  presentHit: 80,
  presentExtra: 0,
  apologiesHit: 21,
  apologiesExtra: 0,
  meetingsExtra: 0,
  noMeetingRight: 2,
};

const ACTION_FLOOR = { found: 103, owners: 103, status: 103, due: 103, extra: 0, resolved: 63 };

blindSetSuite(
  'eighteenth blind set',
  path.join(__dirname, '..', 'fixtures', 'blind-18'),
  { papers: 9, meetingFiles: 11, noMeetingFiles: 2, actionFiles: 15 },
  MEETING_FLOOR,
  ACTION_FLOOR,
);
