import * as fs from 'node:fs';
import * as path from 'node:path';

import { fixedClock } from '../../src/clock';
import { actionHistory } from '../../src/library/actions-view';
import { Library } from '../../src/library/library';
import { OPERATOR } from '../../src/library/scope';
import { recordActionUpdate } from '../../src/store/action-events';
import { tempDir, tempLibrary } from '../helpers/corpus';
import { minutes } from '../helpers/minutes';

const PEOPLE = [
  'Ruth Abernethy, Independent Chair',
  'Nicola Fenwick, Detective Superintendent, Eastvale Police',
  'Claire Dobson, Head of Early Help, Eastvale Council',
  'Paul Hartley, Schools Safeguarding Lead, Eastvale Council',
  'Sonia Hartley, Head of Probation, Probation Service',
  "Martin Kaye, Director of Children's Services, Eastvale Council",
];

const FEB = minutes({
  date: 'Tuesday 3 February 2026',
  present: PEOPLE,
  items: [
    'ACTION TRACKER\nAction 12: Paul Hartley to draft a leaflet on escalation for school staff. Progress would be checked at the next meeting.\nAction 13: Sonia Hartley to share the probation case audit with partners by the end of March 2026.\nAction 14: All Members to nominate a neglect champion.',
    "EARLY HELP\nClare Dobson reported on the early help offer. Action: Director of Children's Services to report early help numbers to the next meeting.\nNicky Fenwick agreed to brief officers on the new referral form.",
  ],
  next: 'Tuesday 5 May 2026 at 10.00 in Committee Room 1.',
});

const MAY = minutes({
  date: 'Tuesday 5 May 2026',
  present: PEOPLE.filter((p) => !p.startsWith('Sonia')),
  apologies: ['Sonia Hartley, Head of Probation, Probation Service'],
  items: [
    'ACTION TRACKER\nAction 12: Paul Hartley to draft a leaflet on escalation for school staff. The leaflet had been circulated to schools. The action had been completed.\nAction 13: Sonia Hartley to share the probation case audit with partners. Claire Dobson would pursue this action.',
  ],
  next: 'Tuesday 7 July 2026.',
});

function write(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

let library: Library;
let dir: string;
beforeEach(() => {
  library = tempLibrary('2026-04-10');
  dir = tempDir();
});
afterEach(() => library.close());

test('re-ingesting an identical file changes nothing', async () => {
  const file = write(dir, 'feb.txt', FEB);
  await library.ingest([file]);
  const before = library.db.prepare('SELECT id, version, ingested_at FROM documents').all();
  const versions = library.db.prepare('SELECT id, version FROM actions ORDER BY id').all();
  const again = await library.ingest([file]);
  expect(again.documents[0]).toMatchObject({ outcome: 'unchanged', actions: 5 });
  expect(library.db.prepare('SELECT id, version, ingested_at FROM documents').all()).toEqual(before);
  expect(library.db.prepare('SELECT id, version FROM actions ORDER BY id').all()).toEqual(versions);
});

test('a numbered action reviewed at a later meeting is one action with a history, and can be reassigned or closed', async () => {
  await library.ingest([write(dir, 'feb.txt', FEB), write(dir, 'may.txt', MAY)]);
  const all = await library.actions(OPERATOR, { status: 'all' });
  const a12 = all.filter((a) => a.ref === '12');
  expect(a12).toHaveLength(1);
  expect(a12[0]).toMatchObject({ status: 'done', state: 'completed', meetingDate: '2026-05-05', document: 'may.txt' });
  const a13 = all.find((a) => a.ref === '13')!;
  expect(a13).toMatchObject({ status: 'open', state: 'reassigned' });
  expect(a13.owners.map((o) => o.display)).toEqual(['Claire Dobson']);
  // The due date set in February still stands: May's review did not change it.
  const history = await actionHistory(library.store, a12[0]!.id);
  expect(history.map((h) => [h.when, h.document, h.status])).toEqual([
    ['2026-02-03', 'feb.txt', 'open'],
    ['2026-05-05', 'may.txt', 'done'],
  ]);
});

test('the order documents arrive in does not change the answer', async () => {
  const other = tempLibrary('2026-04-10');
  await other.ingest([write(dir, 'may.txt', MAY)]);
  await other.ingest([write(dir, 'feb.txt', FEB)]);
  await library.ingest([write(dir, 'feb.txt', FEB)]);
  await library.ingest([write(dir, 'may.txt', MAY)]);
  const view = async (l: Library) =>
    (await l.actions(OPERATOR, { status: 'all' })).map((a) => ({ id: a.id, status: a.status, owners: a.owners.map((o) => o.display), due: a.due }));
  expect(await view(other)).toEqual(await view(library));
  expect((await other.people()).map((p) => p.name)).toEqual((await library.people()).map((p) => p.name));
  other.close();
});

test('one person per real person: spelling and short forms merge, a shared surname does not', async () => {
  await library.ingest([write(dir, 'feb.txt', FEB)]);
  const names = (await library.people()).map((p) => p.name);
  expect(names).toEqual(expect.arrayContaining(['Claire Dobson', 'Nicola Fenwick', 'Paul Hartley', 'Sonia Hartley']));
  expect(names).not.toContain('Clare Dobson');
  expect(names).not.toContain('Nicky Fenwick');
  const nicola = (await library.actions(OPERATOR, { owner: 'Nicky Fenwick' })).map((a) => a.text);
  expect(nicola).toEqual(expect.arrayContaining([expect.stringContaining('brief officers')]));
  const paul = (await library.actions(OPERATOR, { owner: 'Paul Hartley' })).map((a) => a.ref);
  const sonia = (await library.actions(OPERATOR, { owner: 'Sonia Hartley' })).map((a) => a.ref);
  expect(paul).toContain('12');
  expect(paul).not.toContain('13');
  expect(sonia).toContain('13');
  expect(sonia).not.toContain('12');
});

test('an action owned by a role reaches the person who held it; "All Members" reaches every member', async () => {
  await library.ingest([write(dir, 'feb.txt', FEB)]);
  const martin = await library.actions(OPERATOR, { owner: 'Martin Kaye' });
  expect(martin.map((a) => a.text)).toEqual(
    expect.arrayContaining([expect.stringContaining('report early help numbers'), expect.stringContaining('neglect champion')]),
  );
  const roleAction = martin.find((a) => a.text.includes('early help numbers'))!;
  expect(roleAction.owners.map((o) => o.display)).toEqual(['Martin Kaye']);
  expect(roleAction.due).toBe('2026-05-05');
});

test('"All Members" does not reach the members of another board', async () => {
  const other = minutes({
    board: "Northfield Children's Services Improvement Board",
    date: 'Monday 9 March 2026',
    present: ['Oliver Stannard, Independent Chair', 'Gita Rao, Head of Service, Northfield Council'],
    items: ['ACTIONS\nAction 3: Gita Rao to present the improvement plan.'],
  });
  await library.ingest([write(dir, 'feb.txt', FEB), write(dir, 'northfield.txt', other)]);
  const gita = (await library.actions(OPERATOR, { owner: 'Gita Rao' })).map((a) => a.text);
  expect(gita).toEqual([expect.stringContaining('improvement plan')]);
});

test('a changed file replaces its earlier version atomically, and never erases what members recorded', async () => {
  const file = write(dir, 'feb.txt', FEB);
  await library.ingest([file]);
  const a13 = (await library.actions(OPERATOR)).find((a) => a.ref === '13')!;
  const a14 = (await library.actions(OPERATOR)).find((a) => a.ref === '14')!;
  for (const [a, note] of [
    [a13, 'Audit shared at the probation leads meeting.'],
    [a14, 'Nominations collected from six agencies.'],
  ] as const) {
    const r = recordActionUpdate(library.db, {
      actionId: a.id,
      actor: 'Sonia Hartley',
      at: '2026-04-09T09:00:00Z',
      kind: 'update',
      status: 'open',
      state: 'in progress',
      note,
      expectedVersion: a.version,
      idempotencyKey: `k-${a.id}`,
    });
    expect(r.outcome).toBe('recorded');
  }
  // The clerk corrects the minutes: action 14 is removed and action 12's wording changes.
  const corrected = FEB.replace('\nAction 14: All Members to nominate a neglect champion.', '').replace('draft a leaflet', 'draft and print a leaflet');
  const report = await library.ingest([write(dir, 'feb.txt', corrected)]);
  expect(report.documents[0]).toMatchObject({ outcome: 'replaced', actions: 4 });
  const after = await library.actions(OPERATOR, { status: 'all' });
  expect(after.filter((a) => a.ref === '12').map((a) => a.text)).toEqual([expect.stringContaining('draft and print')]);
  expect(after.find((a) => a.ref === '13')!.progress).toBe('Audit shared at the probation leads meeting.');
  // Action 14 is gone from the document, but what a member recorded on it is kept.
  const kept = library.db.prepare('SELECT note FROM action_events WHERE action_id = ?').all(a14.id);
  expect(kept).toEqual([{ note: 'Nominations collected from six agencies.' }]);
  expect((library.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(1);
  expect((library.db.prepare('SELECT count(*) AS n FROM meetings').get() as { n: number }).n).toBe(1);
});

test('a member update against an old version is refused, and a repeated submission is recorded once', async () => {
  await library.ingest([write(dir, 'feb.txt', FEB)]);
  const a = (await library.actions(OPERATOR)).find((x) => x.ref === '12')!;
  const base = {
    actionId: a.id,
    actor: 'Paul Hartley',
    at: '2026-04-09T09:00:00Z',
    kind: 'update' as const,
    state: 'in progress' as const,
    note: 'Draft with designer',
  };
  expect(recordActionUpdate(library.db, { ...base, expectedVersion: a.version, idempotencyKey: 'card-1' })).toEqual({
    outcome: 'recorded',
    version: a.version + 1,
  });
  expect(recordActionUpdate(library.db, { ...base, expectedVersion: a.version, idempotencyKey: 'card-1' })).toEqual({
    outcome: 'duplicate',
    version: a.version + 1,
  });
  expect(recordActionUpdate(library.db, { ...base, note: 'Other', expectedVersion: a.version, idempotencyKey: 'card-2' })).toEqual({
    outcome: 'stale',
    version: a.version + 1,
  });
  expect((await library.actions(OPERATOR)).find((x) => x.ref === '12')!.progress).toBe('Draft with designer');
});

test('overdue depends on the injected date', async () => {
  await library.ingest([write(dir, 'feb.txt', FEB)]);
  const a13 = async () => (await library.actions(OPERATOR)).find((a) => a.ref === '13')!;
  expect(await a13()).toMatchObject({ due: '2026-03-31', overdue: true });
  const early = tempLibrary('2026-03-01');
  await early.ingest([write(dir, 'feb.txt', FEB)]);
  expect((await early.actions(OPERATOR)).find((a) => a.ref === '13')).toMatchObject({ due: '2026-03-31', overdue: false });
  early.close();
});

test('a role reaches whoever held it when the action was set, not whoever holds it now', async () => {
  const chairThen = minutes({
    date: 'Tuesday 2 December 2025',
    present: ['Ruth Abernethy, Independent Chair', 'Paul Hartley, Schools Safeguarding Lead, Eastvale Council'],
    items: ['ACTIONS\nAction 5: Chair to write to the regional schools commissioner about exclusions.'],
  });
  const chairNow = minutes({
    date: 'Tuesday 3 March 2026',
    present: ['Owen Pritchard, Independent Chair', 'Paul Hartley, Schools Safeguarding Lead, Eastvale Council'],
    items: ['ACTIONS\nAction 9: Chair to meet the new police commander.'],
  });
  await library.ingest([write(dir, 'dec.txt', chairThen), write(dir, 'mar.txt', chairNow)]);
  const owners = async (ref: string) => (await library.actions(OPERATOR)).find((a) => a.ref === ref)!.owners.map((o) => o.display);
  expect(await owners('5')).toEqual(['Ruth Abernethy']);
  expect(await owners('9')).toEqual(['Owen Pritchard']);
  expect((await library.actions(OPERATOR, { owner: 'Owen Pritchard' })).map((a) => a.ref)).toEqual(['9']);
});

test('an uploaded file is ingested from its bytes, and a document can be taken out again', async () => {
  const report = await library.ingestUpload('feb.txt', Buffer.from(FEB));
  expect(report).toEqual({ documents: [{ file: 'feb.txt', kind: 'minutes', meetings: 1, actions: 5, outcome: 'added' }], errors: [] });
  const bad = await library.ingestUpload('photo.jpg', Buffer.from('not a document'));
  expect(bad.errors).toEqual([{ file: 'photo.jpg', error: expect.stringMatching(/^has an unsupported type \.jpg/) }]);
  expect(await library.remove('feb.txt')).toBe(true);
  expect(await library.remove('feb.txt')).toBe(false);
  expect(await library.actions(OPERATOR, { status: 'all' })).toEqual([]);
  expect(await library.meetings(OPERATOR)).toEqual([]);
});

test("a running assistant sees what a clerk ingests from the command line at once, and tomorrow's overdue actions tomorrow", async () => {
  let now = '2026-03-31T22:30:00Z'; // 23:30 in London: still 31 March
  const server = new Library({ ...library.config, today: null }, { now: () => new Date(now) });
  try {
    await server.ingest([write(dir, 'feb.txt', FEB)]);
    expect((await server.actions(OPERATOR, { owner: 'Paul Hartley' })).map((a) => a.ref)).toEqual(['12', '14']);
    expect((await server.actions(OPERATOR)).filter((a) => a.overdue).map((a) => a.ref)).toEqual([]);
    now = '2026-03-31T23:30:00Z'; // past midnight in London: 1 April
    expect((await server.actions(OPERATOR)).filter((a) => a.overdue).map((a) => a.ref)).toEqual(['13']);

    // A second connection to the same database file, as `board ingest` opens while the server runs.
    const cli = new Library(library.config, fixedClock('2026-05-06T10:00:00Z'));
    try {
      await cli.ingest([write(dir, 'may.txt', MAY)]);
    } finally {
      cli.close();
    }
    expect((await server.actions(OPERATOR, { owner: 'Paul Hartley' })).map((a) => a.ref)).toEqual(['14']);
    expect((await server.actions(OPERATOR, { owner: 'Claire Dobson' })).map((a) => a.ref)).toContain('13');
  } finally {
    server.close();
  }
});

test('a post named in the prose with its holder ("Lena Ward, Deputy Director Education") is who "the Deputy Director" is', async () => {
  const page = [
    'Meeting: 14/01/2026 - Learning and Skills Scrutiny Committee (Item 4)',
    '',
    'Minutes:',
    'The Committee considered the school exclusions report, introduced by Lena Ward, Deputy Director Education, and',
    'Dr Omar Quist, Independent Reviewer.',
    'The Deputy Director agreed to send members the exclusion figures by school.',
  ].join('\n');
  await library.ingest([write(dir, 'item.txt', page)]);
  const all = await library.actions(OPERATOR, { status: 'all' });
  const a = all.find((x) => /exclusion figures/.test(x.text));
  expect(a?.owners.map((o) => o.display)).toEqual(['Lena Ward']);
});
