import * as path from 'node:path';

import { blindSetSuite } from '../helpers/real-papers';

/**
 * The sixteenth blind set (tests/fixtures/blind-16/README.md): nine papers from invented boards in all four nations,
 * a mix like real board business. Five meeting papers: a hybrid partnership board ("Attending in person" / "Attending
 * online") whose actions are only in a closing action log with a RAG column, a Welsh group's bilingual minutes with
 * "Actions arising" numbered per item, an NHS trust's safeguarding committee whose owners are posts, a Scottish school
 * partnership forum with actions only in prose, and a Northern Ireland hub steering group with "ACTION: XX" after
 * paragraphs. Four logs and plans: an XLSX log with "Closed – date" statuses, a schools' CSV tracker with term-time
 * deadlines, a landscape improvement plan with status in words, and a text schedule of outstanding actions.
 * Written and labelled by hand and committed before anything was measured on them. Measured once, on main 7398e94
 * (after this session's fixes for blind-13/14/15, none made with this set in view): meetings right 1/11 (date 11, board
 * 8, chair 8, next 11), present 54/93, apologies 16/22 (12 extra), the 3 papers recording none read as none; actions
 * (89 over 16 files) found 89, owners 76, status 87, due 73, extra 9; resolved 47/68. The misses:
 * docs/sessions/2026-12-01-9/blind16-first-run.txt.
 * Raised after fix16m and fix16a (hybrid lists by how people joined, marked membership tables, a committee under its
 * organisation's letterhead; month-only meeting columns, one block per action, terms, posts of several words): meetings
 * right 11/11, present 93/93, apologies 22/22 (0 extra); actions found 89, owners 89, status 89, due 89, extra 3 (an
 * offer the labels do not count as an action); resolved 68/68.
 * Fails when any figure falls below what the extraction reaches (a regression). BLIND_VERBOSE=1 prints what was wrong.
 */

/** Raise as the extraction improves, never lower (extras: lower, never raise). */
const MEETING_FLOOR = {
  meetingsRight: 11,
  date: 11,
  board: 11,
  chair: 11,
  next: 11,
  presentHit: 93,
  presentExtra: 0,
  apologiesHit: 22,
  apologiesExtra: 0,
  meetingsExtra: 0,
  noMeetingRight: 3,
};

const ACTION_FLOOR = { found: 89, owners: 89, status: 89, due: 89, extra: 3, resolved: 68 };

blindSetSuite(
  'sixteenth blind set',
  path.join(__dirname, '..', 'fixtures', 'blind-16'),
  { papers: 9, meetingFiles: 11, noMeetingFiles: 3, actionFiles: 16 },
  MEETING_FLOOR,
  ACTION_FLOOR,
);
