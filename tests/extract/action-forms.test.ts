import * as fs from 'node:fs';
import * as path from 'node:path';

import { meetingDueFromWords } from '../../src/extract/due';
import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedAction } from '../../src/extract/model';
import { readBuffer } from '../../src/ingest/readers';
import { linesToBlocks } from '../../src/ingest/readers/line-blocks';

/**
 * The forms UK minutes and trackers write actions in, on papers written for this test in our own
 * words (a fictional board): owner first, "will", "are looking at", "Action – GH/MO" after the
 * task, "ACTION: LF asked …", a role as owner, matters-arising updates, resolutions that are tasks,
 * follow-up bullets, a " / " tracker with a status key and a CSV log. Each action must come out
 * once, with its owners resolved to the people at the meeting, its status and its due date; the
 * sentences around them ("The group noted the report.", "Plans would be developed …") are not actions.
 */
const LIMITS = { maxFileBytes: 5_000_000, pdfTimeoutMs: 30_000 };
const dir = path.join(__dirname, '../fixtures/action-forms');

async function actionsOf(name: string): Promise<ExtractedAction[]> {
  const read = await readBuffer(name, fs.readFileSync(path.join(dir, name)), LIMITS);
  return extractDocument(read.blocks, name).actions;
}

const view = (a: ExtractedAction) => ({
  owners: a.owners.map((o) => o.person?.name.display ?? o.written),
  status: a.status,
  due: a.due,
});

function find(actions: ExtractedAction[], words: string): ExtractedAction {
  const hits = actions.filter((a) => a.text.includes(words));
  expect(hits.map((a) => a.text)).toHaveLength(1);
  return hits[0]!;
}

describe('actions in minutes, in the common UK forms', () => {
  let actions: ExtractedAction[];
  beforeAll(async () => {
    actions = await actionsOf('minutes.txt');
  });

  test.each([
    ['had met the training leads', ['Omar Siddiqui'], 'open', null],
    ['sent the revised text to the web team', ['Lena Fry'], 'done', null],
    ['to circulate the police attendance summary', ['Omar Siddiqui'], 'open', '2027-03-31'],
    ['will contact the school nursing team', ['Lena Fry'], 'open', null],
    ['are looking at how the partnership could share', ['Grace Holloway', 'Peter Quinn'], 'open', null],
    ['escalation protocol needs to be refreshed', ['Grace Holloway', 'Martin Osei'], 'open', null],
    ['asked for comments on the draft leaflet', ['Lena Fry'], 'open', '2027-01-26'],
    ['placement sufficiency plan', ['Peter Quinn'], 'open', '2027-03-09'],
    ['share the contact figures', ['Martin Osei'], 'open', '2027-03-09'],
    ['summary of the report be circulated', [], 'open', null],
    ['Cascade the new neglect guidance', [], 'open', null],
    ['Arrange a practitioner briefing', ['Lena Fry'], 'open', null],
  ])('"%s"', (words, owners, status, due) => {
    expect(view(find(actions, words))).toEqual({ owners, status, due });
  });

  test('nothing else is an action', () => {
    expect(actions).toHaveLength(12);
    for (const words of ['noted the report', 'Plans would be developed', 'recruitment campaign', 'annual report be approved', 'Persistent absence'])
      expect(actions.filter((a) => a.text.includes(words))).toEqual([]);
  });
});

describe('action logs as tables', () => {
  test('a " / " tracker with a status key: the code is read through the key', async () => {
    const actions = await actionsOf('tracker.txt');
    expect(actions.map((a) => ({ ref: a.ref, ...view(a), dueText: a.dueText }))).toEqual([
      { ref: '14', owners: ['Lena Fry'], status: 'done', due: '2027-01-31', dueText: '31/01/2027' },
      { ref: '15', owners: ['Omar Siddiqui'], status: 'open', due: '2027-06-30', dueText: 'Q2 2027' },
      { ref: '16', owners: ['Training subgroup'], status: 'open', due: null, dueText: 'ongoing' },
    ]);
  });

  test('a CSV log with Recommendation / Responsible officer / Target date / Status', async () => {
    const actions = await actionsOf('action-log.csv');
    expect(actions.map((a) => ({ ref: a.ref, ...view(a) }))).toEqual([
      { ref: '1', owners: ['Peter Quinn'], status: 'open', due: '2027-02-28' },
      { ref: '2', owners: ['Omar Siddiqui'], status: 'done', due: '2027-04-30' },
      { ref: '3', owners: ['Lena Fry'], status: 'done', due: null },
    ]);
  });
});

describe('a due date that names a meeting', () => {
  const known = ['2026-07-16', '2026-10-15', '2027-01-21', '2027-03-18'];
  test('is that meeting when the papers know its date, the same for every action that says it', () => {
    expect(meetingDueFromWords('the meeting in January 2027', '2026-05-21', '2027-01-31', known, '2026-07-16')).toBe('2027-01-21');
    expect(meetingDueFromWords('the next meeting in January 2027', '2026-10-15', '2027-01-21', known, '2027-01-21')).toBeNull();
    expect(meetingDueFromWords('March meeting', '2027-01-21', '2027-03-31', known, null)).toBe('2027-03-18');
    expect(meetingDueFromWords('the next meeting', '2026-10-15', null, known, '2027-01-21')).toBe('2027-01-21');
  });
  test('keeps a day the papers wrote, and an estimate no known meeting fits', () => {
    expect(meetingDueFromWords('by 31 January 2027', '2026-10-15', '2027-01-31', known, '2027-01-21')).toBeNull();
    expect(meetingDueFromWords('the meeting in June 2027', '2026-10-15', '2027-06-30', known, '2027-01-21')).toBeNull();
    expect(meetingDueFromWords('the next meeting', null, null, known, null)).toBeNull();
    // Which meeting is next is what the agreeing meeting's minutes say, not merely the next paper the library has.
    expect(meetingDueFromWords('the next meeting', '2026-07-16', null, known, null)).toBeNull();
  });
});

test('numbered actions written as a form\'s fields ("Lead:", "By:") on the lines under them, and the closing "Date of next meeting" kept out', () => {
  const text = [
    'Brookmere Safeguarding Children Partnership',
    'Minutes of the meeting held on 21 January 2027',
    '',
    'Present: Clare Boyd (Chair), Imran Shah, Peter Quinn',
    '',
    '3. Audit programme',
    'Action 1: Draft the audit tool for the neglect audit',
    'Lead: Peter Quinn',
    'By: 28 February 2027',
    '',
    'Action 2: Book the moderation panel',
    'Lead: Clare Boyd',
    'By: end of March',
    '',
    'Date of next meeting: 18 March 2027',
  ].join('\n');
  const actions = extractDocument(linesToBlocks(text.split('\n')), 'minutes.txt').actions;
  expect(actions.map((a) => ({ ref: a.ref, text: a.text, ...view(a) }))).toEqual([
    { ref: '1', text: 'Draft the audit tool for the neglect audit', owners: ['Peter Quinn'], status: 'open', due: '2027-02-28' },
    { ref: '2', text: 'Book the moderation panel', owners: ['Clare Boyd'], status: 'open', due: '2027-03-31' },
  ]);
});
