import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

import { Library } from '../../src/library/library';
import { OPERATOR } from '../../src/library/scope';
import { auditLog } from '../../src/store/audit';
import { tempDir } from '../helpers/corpus';
import { minutes } from '../helpers/minutes';
import { BotHarness, buttonData, buttons, cardOf, demoBot, DEV, LOOPBACK_DOWNLOADS, textOf } from './harness';

const CLERK_AAD = '11111111-2222-3333-4444-555555555555';
const ROSTER = `name,email,aadObjectId,role,deputy
Joanne Whitaker,joanne.whitaker@northmoor.example,${CLERK_AAD},clerk,
Ruth Kendall,ruth.kendall@northmoor.example,,chair,
Simon Whitfield,simon.whitfield@northmoor.example,,member,Helen Whitfield
`;

let library: Library;
let h: BotHarness;

beforeEach(async () => {
  ({ library, h } = await demoBot(ROSTER));
});
afterEach(() => library.close());

const clerk = { from: { id: '29:clerk', name: 'Jo W', aadObjectId: CLERK_AAD } };

describe('my actions', () => {
  test('"what are my outstanding actions?" gives a card of them with an Update button each', async () => {
    const [reply] = await h.say('Priya Sandhu', 'what are my outstanding actions?');
    const card = cardOf(reply);
    const text = textOf(card);
    expect(text).toContain('Your outstanding actions');
    expect(text).toMatch(/\d+ outstanding, \d+ overdue/);
    expect(text).toContain('OVERDUE');
    expect(text).toContain('Action 305');
    expect(buttonData(card, 'action.edit')).toHaveProperty('actionId');
  });

  test('someone with nothing outstanding gets an empty state', async () => {
    // Joanne has two actions (309 and an unnumbered one); once she marks both done she has none.
    const mine = async () => await library.actions(OPERATOR, { owner: 'Joanne Whitaker' });
    expect((await mine()).length).toBe(2);
    for (const a of await mine()) {
      const form = await h.press('Jo W', 'action.edit', { actionId: a.id }, clerk);
      await h.press('Jo W', 'action.save', { ...buttonData(form, 'action.save'), status: 'done', note: 'Done.' }, clerk);
    }
    expect(await mine()).toEqual([]);
    const text = textOf(cardOf((await h.say('Joanne Whitaker', 'what are my outstanding actions?', clerk))[0]));
    expect(text).toContain('You have no outstanding actions.');
    expect(text).not.toContain('Action 309');
  });
});

describe('updating an action', () => {
  const a305 = async () => (await library.actions(OPERATOR, { status: 'all' })).find((a) => a.ref === '305')!;

  test('a member updates her own action: recorded with who and when, shown in place, in history, audit and board actions', async () => {
    const before = await a305();
    const form = await h.press('Priya Sandhu', 'action.edit', { actionId: before.id });
    expect(textOf(form)).toContain('Update: Action 305');
    const save = buttonData(form, 'action.save');
    const card = await h.press('Priya Sandhu', 'action.save', {
      ...save,
      status: 'in progress',
      note: 'Hub staffing review under way; report in January.',
      proposedDue: '2027-01-31',
    });
    expect(textOf(card)).toContain('Update recorded.');
    expect(textOf(card)).toContain('Hub staffing review under way');
    const after = await a305();
    expect(after).toMatchObject({ progress: 'Hub staffing review under way; report in January.', state: 'in progress', version: before.version + 1 });
    const events = library.db.prepare('SELECT actor, at, proposed_due FROM action_events WHERE action_id = ?').all(before.id);
    expect(events).toEqual([{ actor: 'Priya Sandhu', at: '2026-11-24T10:00:00.000Z', proposed_due: '2027-01-31' }]);
    expect(auditLog(library.db).filter((e) => e.action === 'action.update')).toEqual([
      expect.objectContaining({
        actor: 'Priya Sandhu',
        target: before.id,
        before: expect.objectContaining({ progress: expect.any(String) }),
        after: expect.objectContaining({ note: 'Hub staffing review under way; report in January.' }),
      }),
    ]);
  });

  test('the same submission delivered twice is recorded once', async () => {
    const form = await h.press('Priya Sandhu', 'action.edit', { actionId: (await a305()).id });
    const data = { ...buttonData(form, 'action.save'), status: 'done', note: 'Reported to the board.' };
    await h.press('Priya Sandhu', 'action.save', data);
    const second = await h.press('Priya Sandhu', 'action.save', data);
    expect(textOf(second)).toContain('That update was already recorded.');
    expect((library.db.prepare('SELECT count(*) AS n FROM action_events').get() as { n: number }).n).toBe(1);
  });

  test('a card submitted against an older version gets the current state back and overwrites nothing', async () => {
    const stale = await h.press('Priya Sandhu', 'action.edit', { actionId: (await a305()).id });
    const fresh = await h.press('Priya Sandhu', 'action.edit', { actionId: (await a305()).id });
    await h.press('Priya Sandhu', 'action.save', { ...buttonData(fresh, 'action.save'), status: 'done', note: 'First word.' });
    const card = await h.press('Priya Sandhu', 'action.save', { ...buttonData(stale, 'action.save'), status: 'not started', note: 'Second word.' });
    expect(textOf(card)).toContain('This action changed since your card was shown');
    expect(await a305()).toMatchObject({ status: 'done', progress: 'First word.' });
  });

  test('Action.Submit (Teams mobile) arrives as a message and updates the card it came from', async () => {
    const form = await h.press('Priya Sandhu', 'action.edit', { actionId: (await a305()).id });
    const data = { ...buttonData(form, 'action.save'), verb: 'action.save', status: 'in progress', note: 'From my phone.' };
    const replies = await h.say('Priya Sandhu', '', { value: data, replyToId: 'card-1' });
    expect(replies).toEqual([]);
    const replaced = h.updated.at(-1)!;
    expect(replaced.id).toBe('card-1');
    expect(textOf(cardOf(replaced))).toContain('Update recorded.');
    expect((await a305()).progress).toBe('From my phone.');
  });

  test("a member cannot update someone else's action; the clerk can, and can change due dates and owners", async () => {
    const theirs = (await library.actions(OPERATOR, { status: 'all' })).find((a) => a.ref === '310')!;
    expect(theirs.owners.map((o) => o.display)).toEqual(['Denise Hartley']);
    const refused = await h.press('Priya Sandhu', 'action.edit', { actionId: theirs.id });
    expect(textOf(refused)).toContain('Only its owners, the clerk or the chair can update this action.');
    const forged = await h.press('Priya Sandhu', 'action.save', { actionId: theirs.id, version: theirs.version, sid: 'x1', status: 'done' });
    expect(textOf(forged)).toContain('Only its owners, the clerk or the chair can update this action.');
    const form = await h.press('Jo W', 'action.edit', { actionId: theirs.id }, clerk);
    expect(textOf(form)).toContain('Set the due date (clerk and chair)');
    await h.press(
      'Jo W',
      'action.save',
      { ...buttonData(form, 'action.save'), status: 'in progress', due: '2027-02-28', owners: 'Denise Hartley, Tom Ridley' },
      clerk,
    );
    const now = (await library.actions(OPERATOR, { status: 'all' })).find((a) => a.id === theirs.id)!;
    expect(now.due).toBe('2027-02-28');
    expect(now.owners.map((o) => o.display)).toEqual(['Denise Hartley', 'Tom Ridley']);
    expect((await library.actions(OPERATOR, { owner: 'Tom Ridley' })).map((a) => a.id)).toContain(theirs.id);
  });

  test('a broken submission gets a clear message and changes nothing', async () => {
    const form = await h.press('Priya Sandhu', 'action.edit', { actionId: (await a305()).id });
    const card = await h.press('Priya Sandhu', 'action.save', { ...buttonData(form, 'action.save'), status: 'maybe', proposedDue: 'next Tuesday' });
    expect(textOf(card)).toMatch(/Status must be|must be a date/);
    expect((library.db.prepare('SELECT count(*) AS n FROM action_events').get() as { n: number }).n).toBe(0);
  });
});

describe('meetings and attendance', () => {
  test('"when is the next meeting?" shows the January meeting known only from the October minutes, with reply options', async () => {
    const card = cardOf((await h.say('Simon Whitfield', 'when is the next meeting?'))[0]);
    const text = textOf(card);
    expect(text).toContain('Thursday 21 January 2027');
    expect(text).toContain('Moot Hall');
    expect(text).toContain('Not replied yet');
    expect(buttonData(card, 'attendance.respond')).toMatchObject({ date: '2027-01-21' });
  });

  test('"send my apologies for the next meeting" preselects apologies; the reply is recorded, shown by board meetings and in "who has sent apologies?"', async () => {
    const card = cardOf((await h.say('Simon Whitfield', 'send my apologies for the next meeting'))[0]);
    expect(JSON.stringify(card)).toContain('"value":"apologies"');
    const data = buttonData(card, 'attendance.respond');
    const done = await h.press('Simon Whitfield', 'attendance.respond', { ...data, response: 'deputy', deputy: 'Helen Whitfield', reason: 'Ofsted visit' });
    expect(textOf(done)).toContain('Helen Whitfield is down as your deputy');
    const m = (await library.meetings(OPERATOR)).find((x) => x.date === '2027-01-21')!;
    expect(m.apologies).toEqual(['Simon Whitfield']);
    expect(m.deputies).toEqual([{ for: 'Simon Whitfield', deputy: 'Helen Whitfield' }]);
    const who = textOf(cardOf((await h.say('Priya Sandhu', 'who has sent apologies?'))[0]));
    expect(who).toContain('Apologies for the meeting on Thursday 21 January 2027: Simon Whitfield');
  });

  test('a member can change their mind until the meeting', async () => {
    const data = buttonData(cardOf((await h.say('Simon Whitfield', 'next meeting'))[0]), 'attendance.respond');
    await h.press('Simon Whitfield', 'attendance.respond', { ...data, response: 'apologies' });
    const back = await h.press('Simon Whitfield', 'attendance.respond', { ...data, response: 'attending' });
    expect(textOf(back)).toContain('You are down as attending');
    const m = (await library.meetings(OPERATOR)).find((x) => x.date === '2027-01-21')!;
    expect(m.apologies).toEqual([]);
    expect(m.attending).toEqual(['Simon Whitfield']);
    expect(auditLog(library.db).filter((e) => e.action === 'meeting.respond')).toHaveLength(2);
  });

  test('the clerk asks for attendance for the next meeting and gets a live tally with quorum; a member may not', async () => {
    const data = buttonData(cardOf((await h.say('Simon Whitfield', 'next meeting'))[0]), 'attendance.respond');
    await h.press('Simon Whitfield', 'attendance.respond', { ...data, response: 'attending' });
    await h.press('Priya Sandhu', 'attendance.respond', { ...data, response: 'apologies' });
    const tally = cardOf((await h.say('Jo W', 'attendance for the next meeting', clerk))[0]);
    const text = textOf(tally);
    expect(text).toContain('Attendance: ');
    expect(text).toMatch(/Not quorate yet: 1 of \d+ needed \(\d+ members\)/);
    expect(text).toContain('Attending (1)');
    expect(text).toContain('Simon Whitfield');
    expect(text).toContain('Apologies (1)');
    // "As of" is the library's clock (fixed at 10:00 UTC on 24 November), in the board's time zone.
    expect(text).toContain('As of Tue 24 Nov 2026, 10:00');
    const refresh = await h.press('Jo W', 'tally.refresh', buttonData(tally, 'tally.refresh'), clerk);
    expect(textOf(refresh)).toContain('Attending (1)');
    expect(textOf(cardOf((await h.say('Priya Sandhu', 'attendance for the next meeting'))[0]))).toContain('Only the clerk and the chair');
  });
  test('a member of two boards is asked which meeting, and a clerk of both which tally', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'eastvale-2026-11-03.txt');
    // The clerk sits on both boards here: a clerk or chair sees their own boards, not every board.
    fs.writeFileSync(
      file,
      minutes({
        date: 'Tuesday 3 November 2026',
        present: ['Simon Whitfield, Director of Children’s Services', 'Amina Okafor, Head of Safeguarding', 'Joanne Whitaker, Partnership Business Manager'],
        items: ['WELCOME\nThe chair welcomed everyone.'],
        next: 'Tuesday 9 February 2027, 10.00, Committee Room 1, Eastvale Town Hall',
      }),
    );
    await library.ingest([file]);
    const choose = cardOf((await h.say('Simon Whitfield', 'send my apologies for the next meeting'))[0]);
    expect(textOf(choose)).toContain('You sit on more than one board');
    const labels = textOf(choose);
    expect(labels).toContain('Northmoor Safeguarding Children Partnership: Thursday 21 January 2027');
    expect(labels).toContain('Eastvale Safeguarding Children Partnership: Tuesday 9 February 2027');
    const eastvale = buttons(choose).find((b) => b.date === '2027-02-09')!;
    const card = await h.press('Simon Whitfield', 'meeting.apologies.open', eastvale);
    expect(textOf(card)).toContain('Tuesday 9 February 2027');
    expect(JSON.stringify(card)).toContain('"value":"apologies"');
    const which = cardOf((await h.say('Jo W', 'attendance for the next meeting', clerk))[0]);
    expect(textOf(which)).toContain('Which attendance do you want?');
    const tally = await h.press(
      'Jo W',
      'tally.refresh',
      buttons(which).find((b) => b.date === '2027-02-09')!,
      clerk,
    );
    expect(textOf(tally)).toContain('9 February 2027');
  });
});

describe('search, guidance and help', () => {
  test('a question about the papers gives passages with their sources and highlighted words', async () => {
    const text = textOf(cardOf((await h.say('Priya Sandhu', 'what did we say about return home interviews?'))[0]));
    expect(text).toContain('**return**');
    expect(text).toMatch(/strategic-board-minutes/);
  });

  test('"what is level 3?" gives the level as a card: definition, indicators, how to get support', async () => {
    const text = textOf(cardOf((await h.say('Priya Sandhu', 'what is level 3?'))[0]));
    expect(text).toContain('Level 3 – Targeted Support');
    expect(text).toContain('Indicators');
    expect(text).toContain('How to get support');
  });

  test('help lists what can be asked, and every example it gives has an answer in the library', async () => {
    const text = textOf(cardOf((await h.say('Priya Sandhu', 'help'))[0]));
    const examples = text
      .split('\n')
      .filter((l) => l.startsWith('• '))
      .map((l) => l.slice(2));
    expect(examples).toEqual(expect.arrayContaining(['What are my outstanding actions?', 'What is level 3?', 'What does LADO stand for?', 'Action 503']));
    for (const example of examples) {
      const reply = textOf(cardOf((await h.say('Priya Sandhu', example))[0]));
      expect([example, reply]).not.toEqual([example, expect.stringMatching(/couldn't find|no longer|don't recognise|not known/)]);
    }
    expect(textOf(cardOf((await h.say('Priya Sandhu', '   '))[0]))).toContain('What I can do');
  });

  test('the compose-box search returns result cards with previews', async () => {
    const body = (await h.invoke('Priya Sandhu', 'composeExtension/query', {
      commandId: 'searchGuidance',
      parameters: [{ name: 'query', value: 'missing from home' }],
      queryOptions: { skip: 0, count: 5 },
    })) as {
      composeExtension: { type: string; attachments: { contentType: string; preview: { content: { title: string } } }[] };
    };
    expect(body.composeExtension.type).toBe('result');
    expect(body.composeExtension.attachments.length).toBeGreaterThan(0);
    expect(body.composeExtension.attachments[0]).toMatchObject({
      contentType: 'application/vnd.microsoft.card.adaptive',
      preview: { content: { title: expect.any(String) } },
    });
  });

  test('the welcome on install is a help card', async () => {
    h.adapter.activeQueue.splice(0);
    await h.adapter.processActivity({
      type: 'installationUpdate',
      action: 'add',
      channelId: 'msteams',
      from: { id: '29:p', name: 'Priya Sandhu' },
      recipient: { id: '28:bot', name: 'bot' },
      conversation: { id: 'a:p', conversationType: 'personal', isGroup: false, name: '' },
    });
    expect(textOf(cardOf(h.adapter.activeQueue.splice(0)[0]))).toContain('Welcome, Priya');
    expect((library.db.prepare('SELECT person FROM conversations').all() as { person: string }[]).map((r) => r.person)).toEqual(['Priya Sandhu']);
  });
});

describe('who may use it', () => {
  test('someone who is not a member gets a polite refusal and no board content', async () => {
    const replies = await h.say('Random Visitor', 'what are my outstanding actions?');
    const text = textOf(cardOf(replies[0]));
    expect(text).toContain('This assistant is only for members of the board');
    expect(text).not.toMatch(/Action \d|Northmoor/);
    expect(textOf(await h.press('Random Visitor', 'actions.mine', {}))).toContain('only for members');
  });

  test('a user in the roster is known by their Entra object id, whatever their display name', async () => {
    const [reply] = await h.say('Somebody Else', 'attendance for the next meeting', clerk);
    expect(textOf(cardOf(reply))).toContain('Attendance:');
  });

  test('an activity from a tenant outside BOARD_ALLOWED_TENANTS is refused', async () => {
    const guarded = new BotHarness(library, { ...DEV, allowedTenants: ['aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'] });
    const replies = await guarded.say('Priya Sandhu', 'what are my outstanding actions?', {
      channelData: { tenant: { id: 'ffffffff-0000-0000-0000-000000000000' } },
    });
    expect(replies.map((r) => r.text)).toEqual(['This assistant is not available in your organisation.']);
    const ok = await guarded.say('Priya Sandhu', 'what are my outstanding actions?', {
      channelData: { tenant: { id: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' } },
    });
    expect(textOf(cardOf(ok[0]))).toContain('Your outstanding actions');
  });
});

describe('uploads', () => {
  let server: http.Server;
  let base = '';
  beforeEach(() => {
    h = new BotHarness(library, DEV, LOOPBACK_DOWNLOADS);
  });
  beforeAll(async () => {
    const csv = 'No,Meeting,Item,Action,By whom,By when,Status\n601,20/11/2026,2,Circulate the revised escalation policy,Simon Whitfield,31/12/2026,\n';
    server = http.createServer((req, res) => {
      // Not writeHead(404).end(): restify, loaded by other tests in this worker, patches writeHead.
      res.statusCode = req.url === '/log.csv' ? 200 : 404;
      res.end(req.url === '/log.csv' ? csv : '');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const upload = (url: string) => ({
    attachments: [
      { contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'subgroup-log.csv', content: { downloadUrl: url, fileType: 'csv' } },
    ],
  });

  test('the clerk sends a file: it is downloaded, ingested and reported on, and audited', async () => {
    const [ack] = await h.say('Jo W', '', { ...clerk, ...upload(`${base}/log.csv`) });
    expect(ack!.text).toMatch(/^Reading 1 file…/);
    await h.bot.uploads.idle();
    const reply = h.proactive.splice(0)[0]!.activity;
    expect(textOf(cardOf(reply))).toContain('subgroup-log.csv: action-log, 0 meeting(s), 1 action(s)');
    expect((await library.actions(OPERATOR, { owner: 'Simon Whitfield' })).map((a) => a.ref)).toContain('601');
    expect(auditLog(library.db).map((e) => e.action)).toContain('document.upload');
  });

  test("a broken download is reported, and anyone else's upload is refused without reading it", async () => {
    await h.say('Jo W', '', { ...clerk, ...upload(`${base}/missing.csv`) });
    await h.bot.uploads.idle();
    const broken = h.proactive.splice(0)[0]!.activity;
    expect(textOf(cardOf(broken))).toContain('not added — Teams would not hand over the file (HTTP 404)');
    const [refused] = await h.say('Priya Sandhu', '', upload(`${base}/log.csv`));
    expect(textOf(cardOf(refused))).toContain('Only the board’s clerk can add documents');
    expect((await library.actions(OPERATOR, { status: 'all' })).map((a) => a.ref)).not.toContain('601');
  });
});

describe('what members actually type', () => {
  test('a message that starts "Hi" is read for what it asks, not answered with help', async () => {
    const [reply] = await h.say('Priya Sandhu', 'Hi Joanne, further to my email below, can you confirm the date of the next Strategic Board?');
    const text = textOf(cardOf(reply));
    expect(text).toContain('21 January 2027');
    expect(text).not.toContain('What I can do');
    const [hello] = await h.say('Priya Sandhu', 'good morning');
    expect(buttons(cardOf(hello)).length).toBeGreaterThan(0);
  });

  test('"I\'ll send Helen instead" opens the reply card with Helen as deputy, and nothing is sent until the member presses Send', async () => {
    const [reply] = await h.say('Priya Sandhu', "I'll send Helen instead");
    const card = cardOf(reply);
    const json = JSON.stringify(card);
    expect(json).toMatch(/"id":"response"[^}]*"value":"deputy"/);
    expect(json).toMatch(/"id":"deputy"[^}]*"value":"Helen Whitfield"/);
    expect(auditLog(library.db).filter((e) => e.action.includes('attendance'))).toEqual([]);
  });

  test('"send my apols" opens the reply card with apologies chosen, not the glossary entry for SEND', async () => {
    const [reply] = await h.say('Priya Sandhu', 'send my apols');
    const json = JSON.stringify(cardOf(reply));
    expect(json).toMatch(/"id":"response"[^}]*"value":"apologies"/);
    expect(json).not.toContain('special educational needs');
  });

  test("\"what's overdue?\" is the member's own; the board's list names owners and offers Update only on their own", async () => {
    const [mine] = await h.say('Simon Whitfield', "what's overdue?");
    const own = cardOf(mine);
    expect(textOf(own)).toContain('Your overdue actions');
    expect(textOf(own)).not.toContain('Owners:');
    const simons = new Set((await library.actions(OPERATOR, { owner: 'Simon Whitfield', status: 'all' })).map((a) => a.id));
    const [board] = await h.say('Simon Whitfield', "what's overdue across the whole board?");
    const card = cardOf(board);
    expect(textOf(card)).toContain('Overdue on the board');
    expect(textOf(card)).toContain('Owners: Gareth Lindley');
    const editable = buttons(card)
      .filter((b) => b && b['actionId'])
      .map((b) => b['actionId'] as string);
    expect(editable.length).toBeGreaterThan(0);
    expect(editable.every((id) => simons.has(id))).toBe(true);
    const all = (await library.actions(OPERATOR)).filter((a) => a.overdue);
    expect(all.some((a) => !simons.has(a.id))).toBe(true);
  });

  test('an unsure answer says what it understood and offers the two likeliest intents as buttons that answer', async () => {
    const [reply] = await h.say('Priya Sandhu', 'actions');
    const card = cardOf(reply);
    const offered = buttons(card).filter((b) => b && b['intent']);
    expect(offered).toHaveLength(2);
    expect(textOf(card)).toMatch(/not sure/);
    const chosen = await h.press(
      'Priya Sandhu',
      'ask.as',
      offered.find((b) => b['intent'] === 'my-actions')!,
    );
    expect(textOf(chosen)).toContain('Your outstanding actions');
  });

  test('thanks and out-of-scope messages get a plain answer, never search results', async () => {
    for (const q of ['thanks!', 'can you book the train to Leeds for me']) {
      const [reply] = await h.say('Priya Sandhu', q);
      const card = cardOf(reply);
      expect(textOf(card)).not.toContain('From the board’s papers');
      expect(buttons(card)).toEqual([]);
    }
  });
});
