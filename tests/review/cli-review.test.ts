import * as fs from 'node:fs';
import * as path from 'node:path';

import ExcelJS from 'exceljs';

import { runBoard } from '../helpers/cli';
import { tempDir } from '../helpers/corpus';

const DEMO = path.resolve(__dirname, '../../src/demo/library');
const ROSTER = path.resolve(__dirname, '../../src/demo/roster.csv');

const run = (args: string[]) => runBoard([...args, '--db', db, '--today', '2026-11-20'], '2026-11-20T10:00:00Z');
const json = async (args: string[]) => {
  const r = await run([...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

// Minutes in our own words with one thing of each doubtful kind.
const DOUBTFUL = `EASTVALE SAFEGUARDING CHILDREN PARTNERSHIP
Minutes of the Strategic Board meeting
Tuesday 3 February 2026, 10.00
Committee Room 1, Eastvale Town Hall

Present:
Ruth Abernethy, Independent Chair
Claire Dobson, Head of Early Help, Eastvale Council
Paul Hartley, Schools Safeguarding Lead, Eastvale Council

Apologies:
Martin Kaye, Director of Children's Services, Eastvale Council

1 ACTION TRACKER
Action 12: Paul Hartley to draft a leaflet on escalation for school staff.
Action 13: Claire Dobson to share the early help audit with partners.
Action 14: Claire Dobson to share the early help audit with all partners.
Action 15: To review the terms of reference.

2 SCHOOLS
The board discussed attendance. ACTION: JQ to circulate the revised escalation policy.
Action: Zebedee Quillfeather to report on exclusions by 14th Febuary.

3 DATE OF NEXT MEETING
Tuesday 5 May 2026.
`;

let db: string;
let dir: string;
beforeEach(() => {
  dir = tempDir();
  db = path.join(dir, 'board.db');
});

test('board review --json follows the contract and puts doubtful actions first', async () => {
  fs.writeFileSync(path.join(dir, 'feb.txt'), DOUBTFUL);
  await json(['ingest', path.join(dir, 'feb.txt')]);
  const [doc] = await json(['review', path.join(dir, 'feb.txt')]);
  expect(Object.keys(doc)).toEqual(['document', 'meetings', 'actions', 'reviewed']);
  expect(doc).toMatchObject({ document: 'feb.txt', reviewed: false, meetings: [{ date: '2026-02-03', present: 3, apologies: 1, nextMeeting: '2026-05-05' }] });
  const doubts = Object.fromEntries(doc.actions.map((a: { ref: string | null; text: string; doubts: string[] }) => [a.ref ?? a.text.split(' ')[0], a.doubts]));
  expect(doubts).toEqual({
    '12': [],
    '13': ['possible duplicate'],
    '14': ['possible duplicate'],
    '15': ['no owner'],
    JQ: ['unknown initials'],
    Zebedee: ['unknown owner', 'date not read'],
  });
  expect(Object.keys(doc.actions[0])).toEqual(['id', 'ref', 'text', 'owners', 'due', 'status', 'doubts']);
  const firstClean = doc.actions.findIndex((a: { doubts: string[] }) => !a.doubts.length);
  expect(doc.actions.slice(firstClean).every((a: { doubts: string[] }) => !a.doubts.length)).toBe(true);
  const missing = await run(['review', 'nope.txt', '--json']);
  expect(missing.code).toBe(1);
  expect(missing.stderr.trim().split('\n')).toHaveLength(1);
});

test('board correct: the clerk corrects, a member is refused in one line, and board actions --owner reflects it', async () => {
  await json(['ingest', DEMO]);
  await json(['members', 'import', ROSTER]);
  const all = await json(['actions', '--status', 'all']);
  const a305 = all.find((a: { ref: string }) => a.ref === '305');
  const refused = await run(['correct', a305.id, '--owner', 'Tom Ridley', '--as', 'Priya Sandhu', '--json']);
  expect(refused.code).toBe(1);
  expect(refused.stdout).toBe('');
  expect(refused.stderr.trim().split('\n')).toHaveLength(1);
  expect(refused.stderr).toMatch(/only the clerk or the chair/);
  const bad = await run(['correct', a305.id, '--owner', 'Bob Nonexistent', '--as', 'Joanne Whitaker']);
  expect(bad.code).not.toBe(0);
  expect(bad.stderr).toMatch(/not one of the board's people or groups/);

  const corrected = await json([
    'correct',
    a305.id,
    '--owner',
    'Tom Ridley',
    '--due',
    '2027-02-28',
    '--as',
    'Joanne Whitaker',
    '--why',
    'moved to the hub lead',
  ]);
  expect(corrected).toMatchObject({ id: a305.id, owners: ['Tom Ridley'], due: '2027-02-28', status: 'open' });
  expect((await json(['actions', '--owner', 'Tom Ridley'])).map((a: { id: string }) => a.id)).toContain(a305.id);
  expect((await json(['actions', '--owner', 'Priya Sandhu'])).map((a: { id: string }) => a.id)).not.toContain(a305.id);
  const done = await json(['correct', a305.id, '--status', 'done', '--as', 'Joanne Whitaker']);
  expect(done.status).toBe('done');
  const gone = await json(['correct', all.find((a: { ref: string }) => a.ref === '307').id, '--not-an-action', '--as', 'Ruth Kendall']);
  expect(gone).toMatchObject({ removed: true });
  // Re-ingesting the same papers keeps every correction.
  await json(['ingest', DEMO]);
  const after = await json(['actions', '--status', 'all']);
  expect(after.find((a: { id: string }) => a.id === a305.id)).toMatchObject({ owners: ['Tom Ridley'], due: '2027-02-28', status: 'done' });
  expect(after.some((a: { ref: string }) => a.ref === '307')).toBe(false);
  const audit = await json(['audit']);
  expect(audit.filter((e: { action: string }) => e.action === 'action.correct')).toHaveLength(3);
  // Marked reviewed.
  const marked = await json(['review', '2026-10-15-strategic-board-minutes.md', '--mark-reviewed', '--as', 'Joanne Whitaker']);
  expect(marked[0].reviewed).toBe(true);
});

test('board export writes the action log as xlsx and csv; opened with exceljs, every cell matches the library', async () => {
  await json(['ingest', DEMO]);
  const actions = await json(['actions', '--status', 'all']);
  const xlsx = path.join(dir, 'out', 'log.xlsx');
  const res = await json(['export', '--board', 'Northmoor Safeguarding Children Partnership', '--format', 'xlsx', '--out', xlsx]);
  expect(res).toMatchObject({ format: 'xlsx', file: xlsx, rows: actions.length });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const sheet = wb.worksheets[0]!;
  const rows: (string | null)[][] = [];
  sheet.eachRow((row) =>
    rows.push(
      Array.from({ length: 11 }, (_, i) => {
        const v = row.getCell(i + 1).value;
        return v === null || v === undefined ? null : String(v);
      }),
    ),
  );
  expect(rows[0]).toEqual(['Ref', 'Action', 'Owners', 'Due', 'Status', 'RAG', 'Latest update', 'Source document', 'Meeting', 'Item', 'Progress by member']);
  const body = rows.slice(1);
  expect(body).toHaveLength(actions.length);
  type A = {
    id: string;
    ref: string | null;
    text: string;
    owners: string[];
    due: string | null;
    status: string;
    state: string;
    rag: string | null;
    progress: string | null;
    document: string;
    meetingDate: string | null;
    item: string | null;
  };
  const expected = (a: A) => [
    a.ref,
    a.text,
    a.owners.join(', ') || null,
    a.due,
    a.status === 'done' ? 'Done' : a.state === 'not started' ? 'Open' : `Open (${a.state})`,
    a.rag,
    a.progress,
    a.document,
    a.meetingDate,
    a.item,
  ];
  const open = (actions as A[]).filter((a) => a.status === 'open');
  const closed = (actions as A[]).filter((a) => a.status === 'done');
  [...open, ...closed].forEach((a, i) => expect(body[i]!.slice(0, 10)).toEqual(expected(a)));
  // The All Members action carries its per-member progress.
  const champion = body.find((r) => r[1]?.includes('neglect champion'))!;
  expect(champion[10]).toMatch(/^0 of \d+ done$/);

  const csv = path.join(dir, 'log.csv');
  await json(['export', '--format', 'csv', '--out', csv]);
  const bytes = fs.readFileSync(csv);
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const fromCsv = new ExcelJS.Workbook();
  const csvFile = path.join(dir, 'plain.csv');
  fs.writeFileSync(csvFile, bytes.subarray(3));
  const csvSheet = await fromCsv.csv.readFile(csvFile, { parserOptions: { delimiter: ',' }, map: (v: string) => v });
  const csvRows: (string | null)[][] = [];
  csvSheet.eachRow((row) =>
    csvRows.push(
      Array.from({ length: 11 }, (_, i) => {
        const v = row.getCell(i + 1).value;
        return v === null || v === undefined || v === '' ? null : String(v);
      }),
    ),
  );
  expect(csvRows).toEqual(rows);
  const wrong = await run(['export', '--format', 'pdf']);
  expect(wrong.code).toBe(2);
});
