import * as fs from 'node:fs';
import * as path from 'node:path';

import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedAction } from '../../src/extract/model';
import { readBuffer } from '../../src/ingest/readers';
import { makeXlsx } from '../helpers/make-files';

/**
 * Action logs and trackers as boards keep them (a fictional Kestrelford partnership, our own words): a list exported from
 * SharePoint whose rows hold header words, an action log with no header row under a meeting's notes, a log of decisions
 * and actions told apart by a Type column or a "Noted" status, and a plan whose RAG letters are explained on a key sheet.
 */
const LIMITS = { maxFileBytes: 5_000_000, pdfTimeoutMs: 30_000 };
const view = (a: ExtractedAction) => ({ ref: a.ref, text: a.text, owners: a.owners.map((o) => o.written), due: a.due, status: a.status });

async function actionsOf(name: string, bytes: Buffer): Promise<ExtractedAction[]> {
  return extractDocument((await readBuffer(name, bytes, LIMITS)).blocks, name).actions;
}
const fixture = (name: string) => actionsOf(name, fs.readFileSync(path.join(__dirname, '../fixtures/table-shapes', name)));

test('a SharePoint list export: rows whose cells say "In Progress", "Item" and "…/Board Actions" are rows, not new headers', async () => {
  const actions = await fixture('list-export.csv');
  expect(actions.map(view)).toEqual([
    {
      ref: null,
      text: 'Write to all academies about the revised attendance protocol',
      owners: ['Priya Natt'],
      due: '2025-11-14',
      status: 'done',
    },
    {
      ref: null,
      text: 'Agree how the three partners will share the cost of the independent scrutineer',
      owners: ['Priya Natt', 'Owen Castle', 'Ruth Adeyemi'],
      due: '2026-01-30',
      status: 'open',
    },
    { ref: null, text: 'Run a dip sample of strategy discussions held out of hours', owners: ['Owen Castle'], due: '2025-12-19', status: 'open' },
    { ref: null, text: 'Send the neglect practice guide to every GP surgery', owners: ['Ruth Adeyemi'], due: '2026-02-06', status: 'open' },
    {
      ref: null,
      text: "Publish the partnership's yearly report on the website",
      owners: ['Kestrelford Partnership Team'],
      due: '2026-02-27',
      status: 'open',
    },
  ]);
});

describe('the order a list export writes its dates in', () => {
  test('a column whose dates show month first ("11/30/2026") reads every date of the table month first, keeping its words', async () => {
    const actions = await fixture('list-export-us.csv');
    expect(actions.map((a) => [a.due, a.dueText])).toEqual([
      ['2026-03-04', '03/04/2026'],
      ['2026-11-30', '11/30/2026'],
      ['2026-05-08', '05/08/2026'],
    ]);
  });

  test('an ISO date with its time ("2026-06-12T00:00:00Z") is that day', async () => {
    const actions = await fixture('list-export-iso.csv');
    expect(actions.map((a) => [a.due, a.status])).toEqual([
      ['2026-06-12', 'open'],
      ['2026-05-29', 'done'],
    ]);
  });

  test('a British table stays day first: when a date shows it, and when every date could be either', async () => {
    const shown = ['Action,Owner,Due', 'Map the early help offer,Owen Castle,03/04/2026', 'Audit ten strategy discussions,Priya Natt,30/11/2025'];
    expect((await actionsOf('log.csv', Buffer.from(shown.join('\n')))).map((a) => a.due)).toEqual(['2026-04-03', '2025-11-30']);
    const either = ['Action,Owner,Due', 'Map the early help offer,Owen Castle,03/04/2026', 'Audit ten strategy discussions,Priya Natt,05/06/2026'];
    expect((await actionsOf('log.csv', Buffer.from(either.join('\n')))).map((a) => a.due)).toEqual(['2026-04-03', '2026-06-05']);
  });
});

test('a header row with one date in it ("Position at 31/03/2026") is still the header', async () => {
  const csv = [
    'Ref,Action,Lead,Target date,Position at 31/03/2026',
    'P1,Refresh the escalation protocol with the new contacts,Head of Safeguarding,June 2026,Draft with legal',
    'P2,Train duty managers in the revised threshold document,Training Lead,September 2026,Not started',
  ].join('\n');
  const actions = await actionsOf('tracker.csv', Buffer.from(csv));
  expect(actions.map((a) => [a.ref, a.owners.map((o) => o.written), a.due, a.progress])).toEqual([
    ['P1', ['Head of Safeguarding'], '2026-06-30', 'Draft with legal'],
    ['P2', ['Training Lead'], '2026-09-30', 'Not started'],
  ]);
});

test('an action log with no header row under the notes: dotted dates ("28.02.21") and "April meeting" are its due dates', async () => {
  const actions = await fixture('notes-log-no-header.txt');
  expect(actions.map((a) => [a.ref, a.owners.map((o) => o.written), a.due, a.status])).toEqual([
    ['EY/20/09', ['GP'], '2021-02-28', 'open'],
    ['EY/20/11', ['LV'], '2021-01-15', 'done'],
    ['EY/21/01', ['MO'], '2021-04-30', 'open'],
    // "Next meeting" is the one the notes give: 11 May 2021.
    ['EY/21/02', ['GP'], '2021-05-11', 'open'],
  ]);
});

test('a log of decisions and actions: rows typed as decisions are not actions, by the key or by the words', async () => {
  const keyed = await makeXlsx({
    Log: [
      ['Kestrelford Partnership Board – record of decisions and actions 2025'],
      ['Type: D = decision of the Board (kept for the record); A = action'],
      ['Ref', 'Type', 'Decision / action', 'Owner', 'Due by', 'Status'],
      ['KB/25/01', 'D', 'Approved the revised threshold document for publication', 'Board', '', 'Noted'],
      ['KB/25/02', 'A', 'Publish the revised threshold document on the website', 'Joel Amis', '2025-04-30', 'Complete'],
      ['KB/25/03', 'D', 'Endorsed the business plan for 2025-26', '', '', 'Agreed'],
      ['KB/25/04', 'A', 'Arrange a launch briefing on the business plan for managers', 'Priya Natt', 'June 2025', 'Open'],
    ],
  });
  expect((await actionsOf('decisions.xlsx', keyed)).map((a) => a.ref)).toEqual(['KB/25/02', 'KB/25/04']);
  const worded = await makeXlsx({
    Log: [
      ['Ref', 'Type', 'Description', 'Lead', 'Deadline'],
      ['1', 'Decision', 'Agreed that the neglect strategy runs for a further year', 'Board', ''],
      ['2', 'Action', 'Write to partners about the extended neglect strategy', 'Owen Castle', '31/05/2025'],
      ['3', 'For information', 'The inspection letter was shared with members', '', ''],
      ['4', 'Action', 'Add the inspection findings to the risk register', 'Ruth Adeyemi', '30/06/2025'],
    ],
  });
  expect((await actionsOf('register.xlsx', worded)).map((a) => a.text)).toEqual([
    'Write to partners about the extended neglect strategy',
    'Add the inspection findings to the risk register',
  ]);
});

test('a log with no Type column: a row whose status says only "Noted", with nothing due, is a record, not an action', async () => {
  const csv = [
    'No,Action,Owner,Due,Status',
    '7,Circulate the audit findings to all partners,Joel Amis,12/03/2025,Complete',
    '8,Received the annual report of the child death overview panel,Board,,Noted',
    '9,Ask schools for their section 175 returns,Priya Natt,30/04/2025,Open',
  ].join('\n');
  expect((await actionsOf('log.csv', Buffer.from(csv))).map((a) => a.ref)).toEqual(['7', '9']);
});

describe('a plan whose RAG letters are explained on a key sheet', () => {
  const plan = [
    ['No.', 'Action', 'Lead', 'Timescale', 'RAG', 'Update'],
    ['1', 'Deliver three sessions on professional curiosity to social work teams', 'Principal Social Worker', 'Dec 2025', 'G', 'All three sessions completed.'],
    ['2', 'Publish the revised supervision policy', 'Head of Service', 'Oct 2025', 'B', 'Published in October.'],
    ['3', 'Cut caseloads in the duty team to twenty', 'Head of Service', 'March 2026', 'R', 'Caseloads still at 27.'],
  ];
  const key = [['Key'], ['B', 'Blue – finished'], ['G', 'Green – going to plan'], ['A', 'Amber – some risk'], ['R', 'Red – off track']];

  test('green keyed "going to plan" beside a blue "finished" stays open whatever the update says', async () => {
    const actions = await actionsOf('plan.xlsx', await makeXlsx({ Plan: plan, Key: key }));
    expect(actions.map((a) => [a.ref, a.status])).toEqual([
      ['1', 'open'],
      ['2', 'done'],
      ['3', 'open'],
    ]);
  });

  test('with no key the update is read as before: "completed" closes a green row', async () => {
    const actions = await actionsOf('plan.xlsx', await makeXlsx({ Plan: plan }));
    expect(actions.map((a) => [a.ref, a.status])).toEqual([
      ['1', 'done'],
      ['2', 'done'],
      ['3', 'open'],
    ]);
  });
});
