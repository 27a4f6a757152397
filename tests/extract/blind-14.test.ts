import * as path from 'node:path';

import { blindSetSuite } from '../helpers/real-papers';

/**
 * The fourteenth blind set (tests/fixtures/blind-14/README.md): 12 meeting papers from invented boards in the four
 * nations — a Scottish CPC minute with a "Sederunt" table whose rows are agencies and "Agreed: … / Lead: … / Timescale:"
 * blocks (header and footer on every page), a Welsh "Record of Decisions and Actions" with "Present (in person)" and
 * "Present (virtually)" (landscape), an inquorate Northern Ireland outcomes group with numbered minutes (A5), partnership
 * minutes numbered "SCP 24/030" with a matters-arising table, LSCB action notes with a Present | Apologies table and
 * "What / Who / When" blocks, a Scottish and an English council committee page (Convener, religious representatives,
 * remote attendance, "in the Chair"), a development session's notes with participants under agency headings, Welsh and
 * Scottish sub-groups, a locality planning group — and a cancellation notice that records no meeting. Written and
 * labelled by hand and committed before anything was measured on them, by someone who had not read the extraction code
 * or the earlier blind papers. Not yet measured: every floor is 0 and every extras ceiling 999 until the first run.
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
  'fourteenth blind set',
  path.join(__dirname, '..', 'fixtures', 'blind-14'),
  { papers: 12, meetingFiles: 21, noMeetingFiles: 1, actionFiles: 22 },
  MEETING_FLOOR,
  ACTION_FLOOR,
);
