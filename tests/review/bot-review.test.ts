import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

import { demoLibraryPath } from '../../src/demo';
import { Library } from '../../src/library/library';
import { importRoster } from '../../src/library/roster';
import { OPERATOR } from '../../src/library/scope';
import { auditLog } from '../../src/store/audit';
import { BotHarness, buttonData, buttons, cardOf, LOOPBACK_DOWNLOADS, textOf } from '../bot/harness';
import { tempLibrary } from '../helpers/corpus';
import { makePdf } from '../helpers/make-files';
import { minutes } from '../helpers/minutes';

const CLERK_AAD = '11111111-2222-3333-4444-555555555555';
const ROSTER = `name,email,aadObjectId,role,deputy
Joanne Whitaker,joanne.whitaker@northmoor.example,${CLERK_AAD},clerk,
Tom Ridley,tom.ridley@northmoor.example,,member,
Simon Whitfield,simon.whitfield@northmoor.example,,member,
`;
const clerk = { from: { id: '29:clerk', name: 'Jo W', aadObjectId: CLERK_AAD } };

// An extra meeting of the demo board, in our own words, as a PDF.
const TEXT = minutes({
  board: 'Northmoor Safeguarding Children Partnership',
  date: 'Thursday 19 November 2026',
  present: [
    'Ruth Kendall, Independent Chair',
    "Simon Whitfield, Director of Children's Services",
    'Tom Ridley, Detective Chief Inspector',
    'Priya Sandhu, Head of Early Help',
  ],
  apologies: ['Denise Hartley, Head of Probation'],
  items: [
    'ACTION TRACKER\nAction 320: Simon Whitfield to circulate the revised escalation policy to all schools by 18 December 2026.\nAction 321: To review the terms of reference of the board.',
  ],
  next: 'Thursday 21 January 2027.',
});
const PDF = makePdf([TEXT.split('\n').map((line, i) => ({ x: 50, y: 800 - i * 14, text: line }))]);

let library: Library;
let h: BotHarness;
let server: http.Server;
let base = '';
let release: () => void = () => undefined;
let held: Promise<void> = Promise.resolve();
const uploaded: { url: string; range: string; body: Buffer }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.method === 'PUT') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        uploaded.push({ url: req.url ?? '', range: String(req.headers['content-range'] ?? ''), body: Buffer.concat(chunks) });
        res.statusCode = 201;
        res.end('{}');
      });
      return;
    }
    void held.then(() => {
      res.statusCode = req.url === '/nov.pdf' ? 200 : 404;
      res.end(req.url === '/nov.pdf' ? PDF : '');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

beforeEach(async () => {
  library = tempLibrary('2026-11-24');
  await library.ingest([demoLibraryPath()]);
  await importRoster(library.store, ROSTER, 'test', '2026-11-24T09:00:00Z');
  h = new BotHarness(library, undefined, LOOPBACK_DOWNLOADS);
});
afterEach(() => library.close());

const upload = {
  attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'nov.pdf', content: { downloadUrl: '', fileType: 'pdf' } }],
};
const a320 = async () => (await library.actions(OPERATOR, { status: 'all' })).find((a) => a.ref === '320');

test('an upload is acknowledged before it is read; the review card follows; the clerk corrects an owner and the new owner sees it', async () => {
  held = new Promise((r) => (release = r));
  const replies = await h.say('Jo W', '', {
    ...clerk,
    attachments: [{ ...upload.attachments[0]!, content: { downloadUrl: `${base}/nov.pdf`, fileType: 'pdf' } }],
  });
  expect(replies.map((r) => r.text)).toEqual(["Reading 1 file… I'll send what I found when I'm done."]);
  // The turn is over and the file has not even been handed over yet.
  expect(await a320()).toBeUndefined();
  expect(h.proactive).toEqual([]);
  release();
  await h.bot.uploads.idle();
  const [summary, review] = h.proactive.splice(0).map((p) => cardOf(p.activity));
  expect(textOf(summary)).toContain('nov.pdf: minutes, 1 meeting(s), 2 action(s)');
  const text = textOf(review);
  expect(text).toContain('Review: nov.pdf');
  expect(text).toContain('Meeting Thursday 19 November 2026: 4 present, 1 apologies; next meeting Thursday 21 January 2027');
  // The doubtful one first.
  expect(text.indexOf('To review the terms of reference')).toBeLessThan(text.indexOf('Simon Whitfield to circulate'));
  expect(text).toContain('Check: no owner');
  // The upload's audit entry was written with the document.
  expect(
    auditLog(library.db)
      .filter((e) => e.action === 'document.upload')
      .map((e) => e.target),
  ).toEqual(['nov.pdf']);

  // Correct the owner from the card.
  const id320 = (await a320())!.id;
  const correct = buttons(review).find((b) => b['actionId'] === id320 && !('document' in b))!;
  const form = await h.press('Jo W', 'action.edit', correct, clerk);
  const refused = await h.press('Jo W', 'action.save', { ...buttonData(form, 'action.save'), owners: 'Bob Nonexistent' }, clerk);
  expect(textOf(refused)).toContain("not one of the board's people or groups");
  const saved = await h.press('Jo W', 'action.save', { ...buttonData(form, 'action.save'), owners: 'Tom Ridley' }, clerk);
  expect(textOf(saved)).toContain('Owner set to Tom Ridley');
  const toms = textOf(cardOf((await h.say('Tom Ridley', 'what are my outstanding actions?'))[0]));
  expect(toms).toContain('Action 320');
  const simons = textOf(cardOf((await h.say('Simon Whitfield', 'what are my outstanding actions?'))[0]));
  expect(simons).not.toContain('Action 320');

  // "Not an action", then mark the document reviewed.
  const again = cardOf((await h.say('Jo W', 'review nov.pdf', clerk))[0]);
  const notAction = buttons(again).find((b) => 'document' in b && b['actionId'] && b['actionId'] !== id320)!;
  const after = await h.press('Jo W', 'review.not-action', notAction, clerk);
  expect(textOf(after)).toContain('Taken off the action list.');
  expect(textOf(after)).not.toContain('terms of reference');
  const marked = await h.press('Jo W', 'review.mark', buttonData(after, 'review.mark'), clerk);
  expect(textOf(marked)).toContain('Reviewed by Joanne Whitaker');
  // A member asking to "review" gets an answer from the papers, not the clerk's card.
  expect(textOf(cardOf((await h.say('Simon Whitfield', 'review nov.pdf'))[0]))).not.toContain('Review: nov.pdf');
});

test('a member proposes a date; the clerk accepts it with one button and the member is told', async () => {
  const a305 = (await library.actions(OPERATOR, { status: 'all' })).find((a) => a.ref === '305')!;
  const priya = { from: { id: '29:priya', name: 'Priya Sandhu' } };
  const form = await h.press('Priya Sandhu', 'action.edit', { actionId: a305.id }, priya);
  const saved = await h.press(
    'Priya Sandhu',
    'action.save',
    { ...buttonData(form, 'action.save'), proposedDue: '2027-03-31', note: 'the hub review needs another quarter' },
    priya,
  );
  expect(textOf(saved)).toContain('Proposed a new due date: 2027-03-31');
  await h.say('Priya Sandhu', 'hello', priya); // her chat is known, so she can be told later
  const card = cardOf((await h.say('Jo W', 'proposals', clerk))[0]);
  expect(textOf(card)).toContain('Priya Sandhu proposes moving the due date from 2027-01-21 to 2027-03-31');
  const decided = await h.press('Jo W', 'proposal.accept', buttonData(card, 'proposal.accept'), clerk);
  expect(textOf(decided)).toContain('Accepted; Priya Sandhu has been told.');
  expect((await library.actions(OPERATOR, { status: 'all' })).find((a) => a.id === a305.id)!.due).toBe('2027-03-31');
  const told = h.proactive.splice(0);
  expect(told.map((t) => t.to)).toEqual(['Priya Sandhu']);
  expect(textOf(cardOf(told[0]!.activity))).toMatch(/Joanne Whitaker accepted your proposed due date: action 305 .* is now due 2027-03-31/);
});

test('"Export action log" in chat: a consent card, then the file uploaded where Teams says and sent as a file card', async () => {
  const replies = await h.say('Jo W', '', { ...clerk, value: { verb: 'export.log', board: 'nscp' } });
  const consent = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent')!;
  expect(consent.name).toBe('nscp-action-log-2026-11-24.xlsx');
  expect(consent.content).toMatchObject({ acceptContext: { board: 'nscp', format: 'xlsx' } });
  const member = await h.say('Simon Whitfield', '', { value: { verb: 'export.log', board: 'nscp' } });
  expect(member.flatMap((r) => r.attachments ?? []).some((a) => a.contentType.includes('file.consent'))).toBe(false);

  h.adapter.activeQueue.splice(0);
  await h.adapter.processActivity({
    channelId: 'msteams',
    ...clerk,
    conversation: { id: 'a:clerk', conversationType: 'personal' },
    recipient: { id: '28:bot', name: 'Board assistant' },
    type: 'invoke',
    name: 'fileConsent/invoke',
    value: {
      type: 'fileUpload',
      action: 'accept',
      context: { board: 'nscp', format: 'xlsx' },
      uploadInfo: {
        name: 'nscp-action-log-2026-11-24.xlsx',
        uploadUrl: `${base}/drive/upload`,
        contentUrl: 'https://contoso.sharepoint.com/log.xlsx',
        uniqueId: 'u1',
        fileType: 'xlsx',
      },
    },
  } as never);
  const sent = h.adapter.activeQueue.splice(0).flatMap((r) => r.attachments ?? []);
  expect(sent.find((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.info')).toMatchObject({
    contentUrl: 'https://contoso.sharepoint.com/log.xlsx',
    content: { uniqueId: 'u1' },
  });
  expect(uploaded).toHaveLength(1);
  expect(uploaded[0]!.range).toBe(`bytes 0-${uploaded[0]!.body.length - 1}/${uploaded[0]!.body.length}`);
  expect(uploaded[0]!.body.subarray(0, 2).toString()).toBe('PK'); // an xlsx is a zip
});
