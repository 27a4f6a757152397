import * as fs from 'node:fs';
import * as path from 'node:path';

import { extractDocument } from '../../src/extract/extract-document';
import { readBuffer, readFile } from '../../src/ingest/readers';
import { Library } from '../../src/library/library';
import { OPERATOR } from '../../src/library/scope';
import { tempDir, tempLibrary } from '../helpers/corpus';
import { makeDocx, makePdf, makeXlsx } from '../helpers/make-files';

const LIMITS = { maxFileBytes: 32 * 1048576, pdfTimeoutMs: 60000 };
const fixture = (name: string) => path.join(__dirname, '../fixtures', name);

async function extract(name: string, bytes?: Buffer) {
  const read = bytes ? await readBuffer(name, bytes, LIMITS) : await readFile(fixture(name), LIMITS);
  return extractDocument(read.blocks, name);
}

describe('a committee-system (ModernGov) HTML page', () => {
  test('gives the meeting, its attendance with deputies, items, decisions and next meeting', async () => {
    const doc = await extract('moderngov-minutes.html');
    expect(doc.kind).toBe('minutes');
    const m = doc.meetings[0]!;
    const names = (role: string) => m.attendance.filter((a) => a.role === role).map((a) => a.name.display);
    expect({ board: m.board, date: m.date, time: m.time, venue: m.venue }).toEqual({
      board: "Westmarsh Children's Safeguarding Partnership Board",
      date: '2026-03-11',
      time: '10:00',
      venue: 'Harbour Room, Civic Centre, Westmarsh',
    });
    expect(names('chair')).toEqual(['Margaret Okafor']);
    expect(names('present')).toEqual(['Peter Lindqvist', 'Hannah Whitlock', 'Raj Mehta', 'Joanne Briggs']);
    expect(names('in-attendance')).toEqual(['Tom Ashworth']);
    expect(names('apologies')).toEqual(['Alan Pritchard', 'Fiona Castellano']);
    expect(m.attendance.find((a) => a.name.display === 'Alan Pritchard')!.deputy?.display).toBe('Gemma Hollis');
    expect(m.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 Declarations of interest',
      '2 Neglect strategy refresh',
      '3 Missing children protocol',
      '4 Date of next meeting',
    ]);
    expect(m.decisions).toEqual([{ item: '2', text: expect.stringContaining('approved for consultation') }]);
    expect(m.nextMeeting).toMatchObject({ date: '2026-06-10', venue: 'Harbour Room, Civic Centre, Westmarsh' });
  });

  test('finds "Action:", "(Action: All Members)" and "X agreed to" actions, and ignores scripts and navigation', async () => {
    const doc = await extract('moderngov-minutes.html');
    const summary = doc.actions.map((a) => ({ owners: a.owners.map((o) => o.person?.name.display ?? o.written), due: a.due, item: a.item }));
    expect(summary).toEqual([
      { owners: ['Joanne Briggs'], due: '2026-04-30', item: '2' },
      { owners: ['All Members'], due: null, item: '2' },
      { owners: ['Raj Mehta'], due: '2026-06-10', item: '3' },
    ]);
    const read = await readFile(fixture('moderngov-minutes.html'), LIMITS);
    const text = read.blocks.map((b) => b.text).join('\n');
    expect(text).not.toMatch(/ignore me|Committees/);
  });
});

describe('owner initials in an ACTION BY position', () => {
  test('resolve against the meeting attendance, including initials on a line of their own and in a column', async () => {
    const doc = await extract('initials-minutes.txt');
    const owners = doc.actions.map((a) => a.owners.map((o) => o.person?.name.display ?? o.written).join(' + '));
    expect(owners).toEqual(['Jonathan Ashby', 'Hannah Whitlock', 'Margaret Okafor + Jonathan Ashby', 'RM', 'Joanne Briggs']);
    expect(doc.actions[0]!.text).toBe('He would send the school-level figures round to members.');
    expect(doc.actions[3]!.due).toBe('2026-06-30');
  });

  test('initials two attendees share reach neither of them', async () => {
    const library = tempLibrary('2026-06-01');
    await library.ingest([fixture('initials-minutes.txt')]);
    const theirs = async (name: string) => (await library.actions(OPERATOR, { owner: name })).map((a) => a.text);
    expect((await theirs('Raj Mehta')).some((t) => t.includes('Missing episodes'))).toBe(false);
    expect((await theirs('Rachel Moss')).some((t) => t.includes('Missing episodes'))).toBe(false);
    expect(await theirs('Jonathan Ashby')).toHaveLength(2);
    library.close();
  });
});

describe('action logs', () => {
  let library: Library;
  beforeEach(async () => {
    library = tempLibrary('2026-04-01');
    // The log names no board: it joins the library's only board.
    await library.ingest([fixture('moderngov-minutes.html')]);
  });
  afterEach(() => library.close());

  const logActions = async (file: string) =>
    (await library.actions(OPERATOR, { status: 'all' }))
      .filter((a) => a.document === file)
      .map((a) => ({ ref: a.ref, owners: a.owners.map((o) => o.display), status: a.status, due: a.due, overdue: a.overdue, meetingDate: a.meetingDate }))
      .sort((a, b) => Number(a.ref) - Number(b.ref));

  const EXPECTED = [
    { ref: '41', owners: ['Tom Ashworth'], status: 'done', due: '2026-01-31', overdue: false, meetingDate: '2026-01-12' },
    { ref: '42', owners: ['Jonathan Ashby'], status: 'open', due: '2026-03-31', overdue: true, meetingDate: '2026-01-12' },
    { ref: '43', owners: ['Joanne Briggs'], status: 'open', due: '2026-04-30', overdue: false, meetingDate: '2026-03-11' },
    // "Next meeting", agreed on 11 March 2026: the minutes of that meeting (ingested above) say it is on 10 June 2026.
    { ref: '44', owners: ['Raj Mehta', 'Rachel Moss'], status: 'open', due: '2026-06-10', overdue: false, meetingDate: '2026-03-11' },
    { ref: '45', owners: ['All Members'], status: 'open', due: null, overdue: false, meetingDate: '2026-03-11' },
  ];

  test('a CSV log gives each row with its number, owners, due date and status', async () => {
    const report = await library.ingest([fixture('action-log.csv')]);
    expect(report.documents[0]).toMatchObject({ kind: 'action-log', actions: 5 });
    expect(await logActions('action-log.csv')).toEqual(EXPECTED);
  });

  test('an Excel log with real date cells gives the same', async () => {
    const csv = fs.readFileSync(fixture('action-log.csv'), 'utf8').trim().split('\n');
    const rows = csv.map((line) => line.match(/("[^"]*"|[^,]+|(?<=,)(?=,|$))/g)!.map((c) => c.replace(/^"|"$/g, '')));
    const asDate = (s: string) =>
      /^\d{2}\/\d{2}\/\d{4}$/.test(s) ? new Date(Date.UTC(Number(s.slice(6)), Number(s.slice(3, 5)) - 1, Number(s.slice(0, 2)))) : s;
    const dir = tempDir();
    const file = path.join(dir, 'action-log.xlsx');
    fs.writeFileSync(file, await makeXlsx({ 'Action log': [['Westmarsh partnership action log'], rows[0]!, ...rows.slice(1).map((r) => r.map(asDate))] }));
    await library.ingest([file]);
    expect(await logActions('action-log.xlsx')).toEqual(EXPECTED);
  });

  test('a Word action log table gives the same', async () => {
    const csv = fs.readFileSync(fixture('action-log.csv'), 'utf8').trim().split('\n');
    const rows = csv.map((line) => line.match(/("[^"]*"|[^,]+|(?<=,)(?=,|$))/g)!.map((c) => c.replace(/^"|"$/g, '')));
    const dir = tempDir();
    const file = path.join(dir, 'action-log.docx');
    fs.writeFileSync(file, await makeDocx([{ p: 'Westmarsh partnership action log' }, { table: rows }]));
    await library.ingest([file]);
    expect(await logActions('action-log.docx')).toEqual(EXPECTED);
  });
});

test('a PDF recommendations tracker keeps its columns, including cells that wrap onto a second line', async () => {
  const col = [40, 100, 290, 360, 450, 530];
  const row = (y: number, cells: string[]) => cells.map((text, i) => ({ x: col[i]!, y, text, size: 8 }));
  const pdf = makePdf([
    [
      { x: 40, y: 800, text: 'WESTMARSH CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL', size: 12 },
      { x: 40, y: 780, text: 'Monitoring the implementation of recommendations', size: 10 },
      ...row(750, ['Date', 'Recommendation', 'Target date', 'Responsible officer', 'Update', 'RAG']),
      ...row(730, ['14.01.26', 'To receive a report on waiting times for', 'June 2026', 'Joanne Briggs', 'Not yet due.', 'Green']),
      { x: 100, y: 720, text: 'child mental health assessments.', size: 8 },
      ...row(700, ['14.01.26', 'To visit the new assessment hub.', 'March 2026', 'Raj Mehta', 'Visit completed.', 'Green']),
    ],
  ]);
  const doc = await extract('tracker.pdf', pdf);
  expect(
    doc.actions.map((a) => ({ text: a.text, owners: a.owners.map((o) => o.person?.name.display ?? o.written), due: a.due, status: a.status, rag: a.rag })),
  ).toEqual([
    {
      text: 'To receive a report on waiting times for child mental health assessments.',
      owners: ['Joanne Briggs'],
      due: '2026-06-30',
      status: 'open',
      rag: 'green',
    },
    { text: 'To visit the new assessment hub.', owners: ['Raj Mehta'], due: '2026-03-31', status: 'done', rag: 'green' },
  ]);
});

describe('other ways boards write minutes', () => {
  test('names and titles flattened into two runs, a deputy in brackets, a date without its year, a deferred item', async () => {
    const doc = await extract('flattened-minutes.txt');
    const m = doc.meetings[0]!;
    expect({ date: m.date, venue: m.venue }).toEqual({ date: '2022-03-10', venue: 'Meeting Room 4, Harrowgate Civic Offices' });
    expect(m.attendance.map((a) => [a.role, a.name.display, a.title ?? a.organisation])).toEqual([
      ['chair', 'Imogen Clarke', 'Chair'],
      ['present', 'Daniel Osei', 'Head of Safeguarding'],
      ['present', 'Priya Natarajan', 'Principal Social Worker'],
      ['apologies', 'Gareth Lloyd', 'Detective Inspector'],
    ]);
    expect(m.attendance[3]!.deputy?.display).toBe('Stephen Marsh');
    expect(m.decisions.map((d) => d.text)).toEqual([expect.stringContaining('deferred to the next meeting')]);
    expect(doc.actions.map((a) => a.owners.map((o) => o.person?.name.display))).toEqual([['Daniel Osei']]);
  });

  test('minutes kept as a Word table "Item | Discussion | Action" with initials in the action column', async () => {
    const bytes = await makeDocx([
      { p: 'HARROWGATE SAFEGUARDING CHILDREN PARTNERSHIP' },
      { p: 'Minutes of the Executive meeting held on 4 November 2025 at 9.30am in Meeting Room 1, Harrowgate Civic Offices' },
      { p: 'Present:' },
      { p: 'Imogen Clarke, Independent Chair' },
      { p: 'Daniel Osei, Head of Safeguarding, Harrowgate Community Health' },
      { p: 'Priya Natarajan, Principal Social Worker, Harrowgate Council' },
      {
        table: [
          ['Item', 'Discussion', 'Action'],
          ['1', 'The dashboard was discussed. Figures for repeat referrals to be split by age band.', 'PN'],
          ['2', 'Training uptake was reported as good across all agencies.', ''],
          ['3', 'The chair will write to the schools forum about attendance at conferences.', 'IC'],
        ],
      },
    ]);
    const doc = await extract('executive-minutes.docx', bytes);
    expect(doc.actions.map((a) => ({ text: a.text, owner: a.owners[0]?.person?.name.display, item: a.item }))).toEqual([
      { text: 'Figures for repeat referrals to be split by age band.', owner: 'Priya Natarajan', item: '1' },
      { text: 'The chair will write to the schools forum about attendance at conferences.', owner: 'Imogen Clarke', item: '3' },
    ]);
  });
});
