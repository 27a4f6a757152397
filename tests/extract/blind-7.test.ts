import * as path from 'node:path';

import { blindSetSuite } from '../helpers/real-papers';

/**
 * The seventh blind set (tests/fixtures/blind-7/README.md): 18 papers from invented boards, written and labelled by hand
 * and committed before anything was measured on them, by someone who had not read the extraction code or the earlier
 * blind papers. Scores the meetings and the actions of every paper and rendition. First run (main 59a19da, nothing
 * changed for this set): meetings 10/18 right (6 of 12 papers in every rendition); date 17, board 17, chair 17, next 16;
 * present 110/144 (of 111 read), apologies 31/40 (of 31); no extra meeting; the 6 files recording none read as none.
 * Actions (60 labelled, 92 over 26 files): found 76, with owners 71, status 74, due 70, extra 7; owners resolved to the
 * person named 47/94. What each miss stands for: docs/sessions/2026-11-30-5/issue-notes-blind7.md.
 * Raised after fix25r (a post with its holder in brackets as the lead, "Named GP (Dr S. Okafor)", is that person; a key line
 * under a log with no label, "BM = Post (Name); DCS = Post (Name)", says whose letters they are; a foot sentence "KL = Name,
 * Post."): resolved 90 → 94.
 * Fails when any figure falls below what the extraction reaches (a regression). BLIND_VERBOSE=1 prints what was wrong.
 */

/** Raise as the extraction improves, never lower (extras: lower, never raise). First run: meetings 10, date/board/chair 17, next 16,
 * present 110 (1 extra), apologies 31; actions found 76, owners 71, status 74, due 70, extra 7, resolved 47. Raised after the blind7fix classes,
 * after lines cut at the paper's wrap width were rejoined, and after "Head of X & QA" was read as one post. */
const MEETING_FLOOR = {
  meetingsRight: 18,
  date: 18,
  board: 18,
  chair: 18,
  next: 18,
  presentHit: 144,
  presentExtra: 0,
  apologiesHit: 40,
  apologiesExtra: 0,
  meetingsExtra: 0,
  noMeetingRight: 6,
};

const ACTION_FLOOR = { found: 92, owners: 92, status: 92, due: 92, extra: 0, resolved: 94 };

blindSetSuite(
  'seventh blind set',
  path.join(__dirname, '..', 'fixtures', 'blind-7'),
  { papers: 18, meetingFiles: 18, noMeetingFiles: 6, actionFiles: 26 },
  MEETING_FLOOR,
  ACTION_FLOOR,
);
