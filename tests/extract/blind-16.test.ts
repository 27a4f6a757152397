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
 * Written and labelled by hand and committed before anything was measured on them. Not yet measured: every floor is 0.
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
  'sixteenth blind set',
  path.join(__dirname, '..', 'fixtures', 'blind-16'),
  { papers: 9, meetingFiles: 11, noMeetingFiles: 3, actionFiles: 16 },
  MEETING_FLOOR,
  ACTION_FLOOR,
);
