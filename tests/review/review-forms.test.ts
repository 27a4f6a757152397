import * as fs from 'node:fs';
import * as path from 'node:path';

import { demoLibraryPath } from '../../src/demo';
import { actionHistory } from '../../src/library/actions-view';
import type { Library } from '../../src/library/library';
import { importRoster } from '../../src/library/roster';
import { OPERATOR } from '../../src/library/scope';
import { reviewDocuments } from '../../src/review/review';
import { auditLog } from '../../src/store/audit';
import { BotHarness, buttonData, buttons, cardOf, textOf } from '../bot/harness';
import { tempDir, tempLibrary } from '../helpers/corpus';
import { createDemoApp } from '../helpers/demo-server';
import { request } from '../helpers/inject';
import { minutes } from '../helpers/minutes';

/*
 * The review card's forms — an action the reading missed, two duplicates merged — and the rule that
 * a clerk reviews, corrects and exports only their own boards' papers, in chat and in the tab.
 * Board A is the demo library (Northmoor); board B is Eastvale, minutes in our own words.
 */

const ROSTER = `name,email,aadObjectId,role,deputy
Joanne Whitaker,joanne.whitaker@northmoor.example,11111111-2222-3333-4444-555555555555,clerk,
Tom Ridley,tom.ridley@northmoor.example,,member,
Simon Whitfield,simon.whitfield@northmoor.example,,member,
Alison Marsh,alison.marsh@eastvale.example,66666666-2222-3333-4444-555555555555,clerk,
Mark Jensen,mark.jensen@eastvale.example,,member,
`;
const joanne = { from: { id: '29:joanne', name: 'Jo W', aadObjectId: '11111111-2222-3333-4444-555555555555' } };
const alison = { from: { id: '29:alison', name: 'Alison M', aadObjectId: '66666666-2222-3333-4444-555555555555' } };
const DEMO_MINUTES = '2026-10-15-strategic-board-minutes.md';
const EASTVALE = 'eastvale-minutes-2026-11-10.txt';

const eastvale = minutes({
  date: 'Tuesday 10 November 2026',
  present: ['Alison Marsh, Business Manager', 'Grace Okafor, Head of Safeguarding, Eastvale Health', 'Mark Jensen, Superintendent'],
  items: [
    'ACTION LOG\nAction 7: Grace Okafor to audit the strategy discussions held out of hours by 31 January 2027.\nAction 8: Mark Jensen to share the custody detention figures with the board by 15 December 2026.',
  ],
  next: 'Tuesday 12 January 2027.',
});

let library: Library;
let dir: string;
let h: BotHarness;

async function setUp(lib: Library): Promise<void> {
  library = lib;
  dir = tempDir('review-forms-');
  await library.ingest([demoLibraryPath()]);
  fs.writeFileSync(path.join(dir, EASTVALE), eastvale);
  const report = await library.ingest([path.join(dir, EASTVALE)]);
  expect(report.errors).toEqual([]);
  await importRoster(library.store, ROSTER, 'test', '2026-11-24T09:00:00Z');
}

const byRef = async (ref: string) => (await library.actions(OPERATOR, { status: 'all' })).find((a) => a.ref === ref);
const refusals = () => auditLog(library.db).filter((e) => e.action.startsWith('refused '));

describe('in chat', () => {
  beforeEach(async () => {
    await setUp(tempLibrary('2026-11-24'));
    h = new BotHarness(library);
  });
  afterEach(() => library.close());

  test('the clerk adds an action the reading missed: on the card, in its history, audited, kept on re-ingest; its owner lists it', async () => {
    const review = cardOf((await h.say('Jo W', `review ${DEMO_MINUTES}`, joanne))[0]);
    const form = await h.press('Jo W', 'review.add', buttonData(review, 'review.add'), joanne);
    expect(textOf(form)).toContain('Add an action the reading missed');
    const meeting = buttonData(form, 'review.add.save');
    const typed = { ...meeting, meetingDate: '2026-10-15', item: '5 Neglect strategy', text: 'Draft the neglect toolkit launch plan', due: '2027-01-31' };

    // A person nobody knows: the form comes back with what was typed, and nothing is written.
    const before = (await library.actions(OPERATOR, { status: 'all' })).length;
    const refused = await h.press('Jo W', 'review.add.save', { ...typed, owners: 'Bob Nonexistent' }, joanne);
    expect(textOf(refused)).toContain('Not added: "Bob Nonexistent" is not one of the board\'s people or groups');
    expect(textOf(refused)).toContain('Draft the neglect toolkit launch plan');
    expect(await library.actions(OPERATOR, { status: 'all' })).toHaveLength(before);
    const blank = await h.press('Jo W', 'review.add.save', { ...typed, text: '   ', owners: 'Tom Ridley' }, joanne);
    expect(textOf(blank)).toContain('Not added: text: say what the action is');

    const added = await h.press('Jo W', 'review.add.save', { ...typed, owners: 'Tom Ridley', why: 'agreed under item 5, not minuted' }, joanne);
    expect(textOf(added)).toContain('Added: Draft the neglect toolkit launch plan (Tom Ridley).');
    expect(textOf(added)).toContain('Review: ' + DEMO_MINUTES);
    const action = (await library.actions(OPERATOR, { status: 'all' })).find((a) => a.text === 'Draft the neglect toolkit launch plan')!;
    expect(action).toMatchObject({ due: '2027-01-31', meetingDate: '2026-10-15', item: '5 Neglect strategy' });
    expect((await actionHistory(library.store, action.id)).map((e) => e.actor)).toContain('Joanne Whitaker');
    expect(auditLog(library.db).find((e) => e.action === 'action.add' && e.target === action.id)).toMatchObject({ actor: 'Joanne Whitaker' });
    expect(textOf(cardOf((await h.say('Tom Ridley', 'what are my outstanding actions?'))[0]))).toContain('Draft the neglect toolkit launch plan');

    await library.ingest([demoLibraryPath()]);
    const again = (await library.actions(OPERATOR, { status: 'all' })).find((a) => a.id === action.id)!;
    expect(again.owners.map((o) => o.display)).toEqual(['Tom Ridley']);
    // Still reviewed with the document it was added to (the card may leave it to the tab: the document has many actions).
    expect((await reviewDocuments(library, DEMO_MINUTES))[0]!.actions.map((a) => a.id)).toContain(action.id);
  });

  test('a review card stays within what Teams will carry: the rest of a long document is left to the tab, and said so', async () => {
    const card = cardOf((await h.say('Jo W', `review ${DEMO_MINUTES}`, joanne))[0]);
    expect(JSON.stringify(card).length).toBeLessThanOrEqual(24_000);
    const total = (await library.actions(OPERATOR, { status: 'all' })).filter((a) => a.meetingDate === '2026-10-15').length;
    const shown = buttons(card).filter((b) => b['actionId'] && !('document' in b)).length;
    expect(shown).toBeLessThan(total);
    expect(textOf(card)).toContain('more action(s) — see the Review view in the My board tab.');
  });

  test('the clerk merges two duplicates: one leaves the list, both histories show it, audited, kept on re-ingest', async () => {
    const review = cardOf((await h.say('Jo W', `review ${DEMO_MINUTES}`, joanne))[0]);
    const onCard = buttons(review).find((b) => b['actionId'] && 'document' in b)!['actionId'];
    const from = (await library.actions(OPERATOR, { status: 'all' })).find((a) => a.id === onCard)!;
    const form = await h.press('Jo W', 'review.merge', { actionId: from.id, document: DEMO_MINUTES }, joanne);
    expect(textOf(form)).toContain('Choose the action it duplicates');
    const choices = JSON.stringify(form)
      .match(/"value":"([a-z0-9-]+)"/g)!
      .map((v) => v.slice(9, -1));
    const into = (await library.actions(OPERATOR, { status: 'all' })).find((a) => choices.includes(a.id) && a.board === from.board)!;
    // Another board's action is never offered, and cannot be forced in.
    expect(choices).not.toContain((await byRef('7'))!.id);
    const forced = await h.press('Jo W', 'review.merge.save', { ...buttonData(form, 'review.merge.save'), into: (await byRef('7'))!.id }, joanne);
    expect(textOf(forced)).toContain('you can review, correct and export only for your own boards');
    expect((await library.actions(OPERATOR, { status: 'all' })).some((a) => a.id === from.id)).toBe(true);
    const empty = await h.press('Jo W', 'review.merge.save', buttonData(form, 'review.merge.save'), joanne);
    expect(textOf(empty)).toContain('Not merged: into: Required');

    const merged = await h.press(
      'Jo W',
      'review.merge.save',
      { ...buttonData(form, 'review.merge.save'), into: into.id, why: 'same task minuted twice' },
      joanne,
    );
    expect(textOf(merged)).toContain('Merged as a duplicate of');
    expect((await library.actions(OPERATOR, { status: 'all' })).some((a) => a.id === from.id)).toBe(false);
    expect((await actionHistory(library.store, into.id)).map((e) => JSON.stringify(e)).join('\n')).toContain(
      'merged into this action as a duplicate: same task minuted twice',
    );
    expect(auditLog(library.db).find((e) => e.action === 'action.correct' && e.target === from.id)).toMatchObject({ actor: 'Joanne Whitaker' });
    await library.ingest([demoLibraryPath()]);
    expect((await library.actions(OPERATOR, { status: 'all' })).some((a) => a.id === from.id)).toBe(false);
  });

  test("a clerk of board A is refused board B's papers — review, corrections, proposals, export — and each refusal is audited", async () => {
    // Each clerk's "review" lists only their own board's documents.
    expect(textOf(cardOf((await h.say('Jo W', 'review', joanne))[0]))).not.toContain(EASTVALE);
    expect(textOf(cardOf((await h.say('Alison M', 'review', alison))[0]))).toContain(`Review: ${EASTVALE}`);

    const asked = textOf(cardOf((await h.say('Jo W', `review ${EASTVALE}`, joanne))[0]));
    expect(asked).toContain('you can review, correct and export only for your own boards');
    expect(asked).not.toMatch(/custody|Grace Okafor|out of hours/);
    // A document that does not exist reads the same: asking cannot probe for names.
    expect(textOf(cardOf((await h.say('Jo W', 'review no-such-minutes.pdf', joanne))[0]))).toBe(asked);

    const a7 = (await byRef('7'))!;
    for (const [verb, data] of [
      ['review.show', { document: EASTVALE }],
      ['review.mark', { document: EASTVALE }],
      ['review.not-action', { actionId: a7.id, document: EASTVALE }],
      ['review.add', { document: EASTVALE }],
      ['review.add.save', { document: EASTVALE, text: 'Something', owners: '' }],
      ['review.merge', { actionId: a7.id, document: EASTVALE }],
    ] as const) {
      const card = await h.press('Jo W', verb, data, joanne);
      expect([verb, textOf(card)]).toEqual([verb, expect.stringContaining('only for your own boards')]);
      expect(textOf(card)).not.toMatch(/custody|out of hours/);
    }
    expect(await byRef('7')).toBeDefined();
    expect(library.db.prepare('SELECT count(*) AS n FROM document_reviews').get()).toEqual({ n: 0 });

    const exported = await h.say('Jo W', '', { ...joanne, value: { verb: 'export.log', board: 'Eastvale Safeguarding Children Partnership' } });
    expect(exported.flatMap((r) => r.attachments ?? []).some((a) => a.contentType.includes('file.consent'))).toBe(false);
    expect(textOf(exported.map(cardOf))).toContain('only for your own boards');
    // Her own board's log is still hers, and she need not name it.
    const own = await h.say('Jo W', '', { ...joanne, value: { verb: 'export.log', board: '' } });
    expect(own.flatMap((r) => r.attachments ?? []).find((a) => a.contentType.includes('file.consent'))?.name).toMatch(/^nscp-action-log-/);

    const refused = refusals().filter((e) => e.actor === 'Joanne Whitaker');
    expect(new Set(refused.map((e) => e.action))).toEqual(
      new Set(['refused review.show', 'refused review.mark', 'refused review.not-action', 'refused review.merge', 'refused action-log.export']),
    );
    expect(refused.some((e) => e.target === EASTVALE)).toBe(true);
  });

  test("a member's proposal on board B is listed and decided by B's clerk only", async () => {
    const a8 = (await byRef('8'))!;
    const mark = { from: { id: '29:mark', name: 'Mark Jensen' } };
    const form = await h.press('Mark Jensen', 'action.edit', { actionId: a8.id }, mark);
    const saved = await h.press('Mark Jensen', 'action.save', { ...buttonData(form, 'action.save'), proposedDue: '2027-01-29' }, mark);
    expect(textOf(saved)).toContain('Proposed a new due date: 2027-01-29');

    expect(textOf(cardOf((await h.say('Jo W', 'proposals', joanne))[0]))).toContain('No proposals are waiting.');
    const hers = cardOf((await h.say('Alison M', 'proposals', alison))[0]);
    expect(textOf(hers)).toContain('Mark Jensen proposes moving the due date');
    const decision = buttonData(hers, 'proposal.accept');
    const refused = await h.press('Jo W', 'proposal.accept', decision, joanne);
    expect(textOf(refused)).toContain('only for your own boards');
    expect((await byRef('8'))!.due).toBe('2026-12-15');
    expect(refusals().some((e) => e.actor === 'Joanne Whitaker' && e.action === 'refused proposal.accept')).toBe(true);
    const accepted = await h.press('Alison M', 'proposal.accept', decision, alison);
    expect(textOf(accepted)).toContain('Accepted; Mark Jensen has been told.');
    expect((await byRef('8'))!.due).toBe('2027-01-29');
  });
});

describe('in the tab', () => {
  let app: Awaited<ReturnType<typeof createDemoApp>>;
  beforeEach(async () => {
    const lib = tempLibrary('2026-11-24');
    await setUp(lib);
    app = await createDemoApp({ library: lib });
  });
  afterEach(() => app.stop());

  const as = (member: string) => ({ 'X-Board-Member': member });

  test("the Review view shows a clerk only their boards; another board's export and buttons are refused and audited; the forms work", async () => {
    const mine = (await request(app.server, { method: 'GET', url: '/api/tab/review', headers: as('Joanne Whitaker') })).json() as {
      boards: { key: string; name: string }[];
      documents: { document: string }[];
    };
    expect(mine.boards.map((b) => b.name)).toEqual(['Northmoor Safeguarding Children Partnership']);
    expect(mine.documents.map((d) => d.document)).toContain(DEMO_MINUTES);
    expect(mine.documents.map((d) => d.document)).not.toContain(EASTVALE);
    const hers = (await request(app.server, { method: 'GET', url: '/api/tab/review', headers: as('Alison Marsh') })).json() as {
      documents: { document: string }[];
    };
    expect(hers.documents.map((d) => d.document)).toEqual([EASTVALE]);

    const eastvaleKey = (library.db.prepare("SELECT key FROM boards WHERE name LIKE 'Eastvale%'").get() as { key: string }).key;
    const refused = await request(app.server, { method: 'GET', url: `/api/tab/export?board=${eastvaleKey}&format=csv`, headers: as('Joanne Whitaker') });
    expect(refused.status).toBe(403);
    expect(refused.text).not.toMatch(/custody|Okafor/);
    expect(refusals().some((e) => e.actor === 'Joanne Whitaker' && e.action === 'refused action-log.export')).toBe(true);
    const own = await request(app.server, { method: 'GET', url: '/api/tab/export?format=csv', headers: as('Joanne Whitaker') });
    expect(own.status).toBe(200);

    const card = async (member: string, verb: string, data: Record<string, unknown>) =>
      (
        (
          await request(app.server, {
            method: 'POST',
            url: '/api/tab/card',
            headers: { ...as(member), 'Content-Type': 'application/json' },
            body: JSON.stringify({ verb, data }),
          })
        ).json() as { card: unknown }
      ).card;
    expect(textOf(await card('Joanne Whitaker', 'review.add', { document: EASTVALE }))).toContain('only for your own boards');
    const form = await card('Alison Marsh', 'review.add', { document: EASTVALE });
    expect(textOf(form)).toContain('Add an action the reading missed');
    const added = await card('Alison Marsh', 'review.add.save', {
      document: EASTVALE,
      meetingDate: '2026-11-10',
      text: 'Report the out-of-hours audit findings to the board',
      owners: 'Grace Okafor',
      due: '2027-02-28',
    });
    expect(textOf(added)).toContain('Added: Report the out-of-hours audit findings to the board (Grace Okafor).');
    const a8 = (await byRef('8'))!;
    const merged = await card('Alison Marsh', 'review.merge.save', { actionId: a8.id, document: EASTVALE, into: (await byRef('7'))!.id });
    expect(textOf(merged)).toContain('Merged as a duplicate of action 7');
    expect(await byRef('8')).toBeUndefined();
  });
});
