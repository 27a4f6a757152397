import * as fs from 'node:fs';
import * as path from 'node:path';

import { DEFAULTS } from '../../src/config';
import { actionHistory } from '../../src/library/actions-view';
import { addMissedAction, correctAction, correctionConflicts } from '../../src/library/corrections';
import { groupProgress, groupState, progressText } from '../../src/library/group-progress';
import { Library } from '../../src/library/library';
import { correctMeeting } from '../../src/library/meeting-corrections';
import { type Member, memberFor } from '../../src/library/roster';
import { OPERATOR } from '../../src/library/scope';
import { updateAction } from '../../src/library/updates';
import { planReminders } from '../../src/reminders/plan';
import { decideProposal, proposalsFor } from '../../src/review/proposals';
import { markReviewed, reviewDocuments } from '../../src/review/review';
import { auditLog } from '../../src/store/audit';
import { tempDir, tempLibrary } from '../helpers/corpus';
import { minutes } from '../helpers/minutes';

// A fictional board, in our own words.
const PEOPLE = [
  'Ruth Abernethy, Independent Chair',
  'Nicola Fenwick, Detective Superintendent, Eastvale Police',
  'Claire Dobson, Head of Early Help, Eastvale Council',
  'Paul Hartley, Schools Safeguarding Lead, Eastvale Council',
  'Sonia Hartley, Head of Probation, Probation Service',
  "Martin Kaye, Director of Children's Services, Eastvale Council",
];

function feb(variant: { leafletOwner?: string; extra?: string } = {}): string {
  return minutes({
    date: 'Tuesday 3 February 2026',
    present: PEOPLE,
    items: [
      `ACTION TRACKER\nAction 12: ${variant.leafletOwner ?? 'Paul Hartley'} to draft a leaflet on escalation for school staff.\nAction 13: Sonia Hartley to share the probation case audit with partners by the end of March 2026.\nAction 14: All Members to nominate a neglect champion by 30 April 2026.`,
      `EARLY HELP\nClaire Dobson reported on the early help offer.${variant.extra ?? ''}\nNicola Fenwick agreed to brief officers on the new referral form.`,
    ],
    next: 'Tuesday 5 May 2026 at 10.00 in Committee Room 1.',
  });
}

let library: Library;
let dir: string;
const CLERK = { name: 'Ruth Abernethy', role: 'clerk' as const };

async function ingest(text: string): Promise<void> {
  const file = path.join(dir, 'feb-minutes.txt');
  fs.writeFileSync(file, text);
  const report = await library.ingest([file]);
  expect(report.errors).toEqual([]);
}

async function member(name: string): Promise<Member> {
  return (await memberFor(library.store, { displayName: name, allowDisplayName: true }))!;
}

const byRef = async (ref: string) => (await library.actions(OPERATOR, { status: 'all' })).find((a) => a.ref === ref)!;
const openRefs = async (owner: string) => (await library.actions(OPERATOR, { owner })).map((a) => a.ref ?? a.text.slice(0, 20));

beforeEach(async () => {
  library = tempLibrary('2026-04-10');
  dir = tempDir();
  await ingest(feb());
});
afterEach(() => library.close());

describe('group actions are done member by member', () => {
  test('one member marking an All Members action done closes it for them only; the clerk sees 1 of N and can close it for everyone', async () => {
    const a14 = await byRef('14');
    expect(await openRefs('Claire Dobson')).toContain('14');
    expect(await openRefs('Paul Hartley')).toContain('14');
    const r = await updateAction(library, await member('Paul Hartley'), { actionId: a14.id, expectedVersion: a14.version, submissionId: 's1', status: 'done' });
    expect(r.outcome).toBe('recorded');
    expect(r.action).toMatchObject({ status: 'done' }); // as Paul sees it
    expect(await openRefs('Paul Hartley')).not.toContain('14');
    expect((await library.actions(OPERATOR, { owner: 'Paul Hartley', status: 'done' })).map((a) => a.ref)).toContain('14');
    expect(await openRefs('Claire Dobson')).toContain('14');
    expect((await byRef('14')).status).toBe('open');
    const progress = groupProgress(await groupState(library.store), await byRef('14'))!;
    expect(progress.total).toBe(PEOPLE.length);
    expect(progress.done).toEqual(['Paul Hartley']);
    expect(progressText(progress)).toBe(`1 of ${PEOPLE.length} done (Paul Hartley)`);
    expect((await actionHistory(library.store, a14.id)).some((h) => h.actor === 'Paul Hartley' && /Done for Paul Hartley/.test(h.text))).toBe(true);

    // The clerk closes it for everyone.
    const clerk: Member = { name: 'Ruth Abernethy', personKey: null, role: 'clerk', boards: [], fromRoster: true };
    const now = await byRef('14');
    expect(
      (await updateAction(library, { ...clerk, boards: [now.board] }, { actionId: now.id, expectedVersion: now.version, submissionId: 's2', status: 'done' }))
        .outcome,
    ).toBe('recorded');
    expect(await openRefs('Claire Dobson')).not.toContain('14');
    expect(groupProgress(await groupState(library.store), await byRef('14'))!.done).toHaveLength(PEOPLE.length);
  });

  test('reminders follow the per-member state', async () => {
    library.db
      .prepare(
        "INSERT INTO roster (name, email, role) VALUES ('Paul Hartley', 'paul@example.org', 'member'), ('Claire Dobson', 'claire@example.org', 'member')",
      )
      .run();
    for (const n of ['Paul Hartley', 'Claire Dobson'])
      library.db.prepare("INSERT INTO conversations (user_key, person, reference_json, updated_at) VALUES (?, ?, '{}', '2026-04-01')").run(`u-${n}`, n);
    const a14 = await byRef('14');
    await updateAction(library, await member('Paul Hartley'), { actionId: a14.id, expectedVersion: a14.version, submissionId: 's1', status: 'done' });
    // 30 April is within a week of 25 April.
    const plan = await planReminders(library, '2026-04-25', 24, { ...DEFAULTS.reminders });
    const soon = (who: string) => plan.filter((p) => p.to === who && p.kind === 'action-due-soon').flatMap((p) => p.actions);
    expect(soon('Claire Dobson')).toContain(a14.id);
    expect(soon('Paul Hartley')).not.toContain(a14.id);
  });
});

test("reminders wait for the clerk's review only when the board asks for a hold", async () => {
  library.db.prepare("INSERT INTO roster (name, email, role) VALUES ('Claire Dobson', 'claire@example.org', 'member')").run();
  library.db.prepare("INSERT INTO conversations (user_key, person, reference_json, updated_at) VALUES ('u-c', 'Claire Dobson', '{}', '2026-04-01')").run();
  const a14 = await byRef('14');
  const soon = async (hold: number) =>
    (await planReminders(library, '2026-04-25', 24, { ...DEFAULTS.reminders, reviewHoldDays: hold })).flatMap((p) => p.actions);
  expect(await soon(0)).toContain(a14.id); // the default: nothing held back
  expect(await soon(30)).not.toContain(a14.id); // read on 10 April, not reviewed, held for 30 days
  await markReviewed(library, CLERK, 'feb-minutes.txt');
  expect(await soon(30)).toContain(a14.id);
});

describe('corrections', () => {
  test('each kind of correction survives re-ingesting the identical file and a changed version, and is audited and in the history', async () => {
    const a12 = await byRef('12');
    const a13 = await byRef('13');
    const brief = (await library.actions(OPERATOR, { status: 'all' })).find((a) => a.text.includes('referral form'))!;
    await correctAction(library, CLERK, { actionId: a12.id, owners: ['Claire Dobson'], why: 'Paul handed it over' });
    await correctAction(library, CLERK, { actionId: a12.id, due: '2026-06-30' });
    await correctAction(library, CLERK, { actionId: a13.id, status: 'done', why: 'shared at the March sub-group' });
    await correctAction(library, CLERK, { actionId: a13.id, text: 'Sonia Hartley to share the probation case audit with all partners' });
    expect(await correctAction(library, CLERK, { actionId: brief.id, notAnAction: true, why: 'a report, not an action' })).toBeNull();
    const added = await addMissedAction(library, CLERK, {
      board: (await byRef('12')).board,
      meetingDate: '2026-02-03',
      item: '2',
      text: 'Claire Dobson to circulate the early help dashboard',
      owners: ['Claire Dobson'],
      due: '2026-03-31',
    });

    const check = async () => {
      expect((await byRef('12')).owners.map((o) => o.display)).toEqual(['Claire Dobson']);
      expect((await byRef('12')).due).toBe('2026-06-30');
      expect(await byRef('13')).toMatchObject({ status: 'done', text: 'Sonia Hartley to share the probation case audit with all partners' });
      expect((await library.actions(OPERATOR, { status: 'all' })).some((a) => a.id === brief.id)).toBe(false);
      expect((await library.actions(OPERATOR, { owner: 'Claire Dobson' })).map((a) => a.id)).toEqual(expect.arrayContaining([a12.id, added.id]));
      expect(await openRefs('Paul Hartley')).not.toContain('12');
      expect((await openRefs('Nicola Fenwick')).some((t) => t.startsWith('Nicola Fenwick'))).toBe(false);
    };
    await check();
    await ingest(feb()); // identical
    await check();
    expect(await correctionConflicts(library.store)).toEqual([]);
    // A changed version: a new sentence, and the leaflet now given to Martin Kaye.
    await ingest(feb({ leafletOwner: 'Martin Kaye', extra: ' Numbers had risen by a tenth.' }));
    await check();
    const conflicts = await correctionConflicts(library.store);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      actionId: a12.id,
      field: 'owners',
      corrected: ['Claire Dobson'],
      documentSaid: ['Paul Hartley'],
      documentNowSays: ['Martin Kaye'],
    });
    expect(conflicts[0]!.message).toMatch(/document now says Martin Kaye/);

    const history = (await actionHistory(library.store, a12.id)).filter((h) => h.source === 'member').map((h) => h.text);
    expect(history).toEqual(['Owner set to Claire Dobson. Why: Paul handed it over', 'Due date set to 2026-06-30']);
    expect(auditLog(library.db).filter((e) => e.action === 'action.correct')).toHaveLength(6); // five, and the owner and date of the added one
  });

  test('owners are checked against the board: an unknown name is refused unless given as a new person; a member cannot correct', async () => {
    const a12 = await byRef('12');
    await expect(correctAction(library, CLERK, { actionId: a12.id, owners: ['Bob Nonexistent'] })).rejects.toThrow(/not one of the board's people or groups/);
    expect((await byRef('12')).owners.map((o) => o.display)).toEqual(['Paul Hartley']);
    expect((await correctAction(library, CLERK, { actionId: a12.id, newOwners: ['Bob Nonexistent'] }))!.owners.map((o) => o.display)).toEqual([
      'Bob Nonexistent',
    ]);
    expect((await correctAction(library, CLERK, { actionId: a12.id, owners: ['All Members'] }))!.owners.map((o) => o.display)).toEqual(['All Members']);
    await expect(correctAction(library, { name: 'Paul Hartley', role: 'member' }, { actionId: a12.id, due: '2026-05-01' })).rejects.toThrow(
      /only the clerk or the chair/,
    );
    await expect(correctAction(library, CLERK, { actionId: a12.id, due: '31/12/2026' })).rejects.toThrow(/date like/);
  });

  test('a merged duplicate disappears into the action it duplicates', async () => {
    const a12 = await byRef('12');
    const brief = (await library.actions(OPERATOR, { status: 'all' })).find((a) => a.text.includes('referral form'))!;
    await correctAction(library, CLERK, { actionId: brief.id, mergeInto: a12.id, why: 'same thing' });
    expect((await library.actions(OPERATOR, { status: 'all' })).some((a) => a.id === brief.id)).toBe(false);
    expect((await actionHistory(library.store, a12.id)).some((h) => h.text.includes(`${brief.id} merged into this action`))).toBe(true);
    await correctAction(library, CLERK, { actionId: brief.id, restore: true });
    expect((await library.actions(OPERATOR, { status: 'all' })).some((a) => a.id === brief.id)).toBe(true);
  });
});

test("a meeting's attendance, apologies and next meeting, corrected, survive the minutes being read again", async () => {
  const board = (await byRef('12')).board;
  await correctMeeting(library, CLERK, {
    board,
    date: '2026-02-03',
    apologies: ['Sonia Hartley'],
    nextMeeting: '2026-05-12',
    why: 'she sent apologies by email',
  });
  const check = async () => {
    const m = (await library.meetings(OPERATOR)).find((x) => x.date === '2026-02-03')!;
    expect(m.apologies).toEqual(['Sonia Hartley']);
    expect(m.present).not.toContain('Sonia Hartley');
    expect(m.nextMeeting).toBe('2026-05-12');
    expect((await library.meetings(OPERATOR)).map((x) => x.date)).toEqual(['2026-02-03', '2026-05-12']);
    expect((await reviewDocuments(library, 'feb-minutes.txt'))[0]!.meetings).toEqual([
      { date: '2026-02-03', present: PEOPLE.length - 1, apologies: 1, nextMeeting: '2026-05-12' },
    ]);
  };
  await check();
  await ingest(feb({ extra: ' A new sentence.' }));
  await check();
  await expect(correctMeeting(library, { name: 'Paul Hartley', role: 'member' }, { board, date: '2026-02-03', nextMeeting: '2026-06-01' })).rejects.toThrow(
    /only the clerk/,
  );
  await expect(correctMeeting(library, CLERK, { board, date: '2026-02-03', present: ['Bob Nonexistent'] })).rejects.toThrow(/not one of the board's people/);
});

describe('proposals', () => {
  test('a proposed due date accepted, and a "not mine" declined; the member is told each outcome', async () => {
    const a13 = await byRef('13');
    const sonia = await member('Sonia Hartley');
    await updateAction(library, sonia, {
      actionId: a13.id,
      expectedVersion: a13.version,
      submissionId: 'p1',
      proposedDue: '2026-05-31',
      note: 'the audit runs late',
    });
    const v = await byRef('13');
    await updateAction(library, sonia, { actionId: a13.id, expectedVersion: v.version, submissionId: 'p2', notMine: true });
    const pending = await proposalsFor(library);
    expect(pending.map((p) => p.kind)).toEqual(['due', 'not-mine']);
    expect(pending[0]!.summary).toMatch(/Sonia Hartley proposes moving the due date .* to 2026-05-31/);
    // Nothing changes until the clerk decides.
    expect((await byRef('13')).due).not.toBe('2026-05-31');

    const accepted = await decideProposal(library, CLERK, pending[0]!.id, 'accept');
    expect((await byRef('13')).due).toBe('2026-05-31');
    expect(accepted.tell).toEqual({ person: 'Sonia Hartley', text: expect.stringContaining('accepted your proposed due date') });
    const declined = await decideProposal(library, CLERK, pending[1]!.id, 'decline', 'you lead on probation');
    expect(declined.tell.text).toMatch(/declined your “this isn’t mine”.*you lead on probation/);
    expect((await byRef('13')).owners.map((o) => o.display)).toEqual(['Sonia Hartley']);
    expect(await proposalsFor(library)).toEqual([]);
    await expect(decideProposal(library, CLERK, pending[1]!.id, 'accept')).rejects.toThrow(/already declined/);
    const history = (await actionHistory(library.store, a13.id)).map((h) => h.text);
    expect(history.some((t) => t.includes('Proposed a new due date: 2026-05-31'))).toBe(true);
    expect(history.some((t) => t.includes('Declined Sonia Hartley’s “this isn’t mine”'))).toBe(true);
  });

  test('"not mine" accepted takes a named owner off the action', async () => {
    const a12 = await byRef('12');
    await updateAction(library, await member('Paul Hartley'), { actionId: a12.id, expectedVersion: a12.version, submissionId: 'n1', notMine: true });
    await decideProposal(library, CLERK, (await proposalsFor(library))[0]!.id, 'accept');
    expect((await byRef('12')).owners).toEqual([]);
    expect(await openRefs('Paul Hartley')).not.toContain('12');
  });
});
