import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

import pino from 'pino';
import type { Browser, Page } from 'playwright-core';

import { BoardBot } from '../../bot/board-bot';
import { createServer, listen, type RunningServer } from '../../bot/server';
import { readServerConfig } from '../../src/config';
import { demoLibraryPath } from '../../src/demo';
import type { Library } from '../../src/library/library';
import { importRoster } from '../../src/library/roster';
import { OPERATOR } from '../../src/library/scope';
import { LOOPBACK_DOWNLOADS } from '../bot/harness';
import { tempDir, tempLibrary } from '../helpers/corpus';
import { makePdf } from '../helpers/make-files';
import { minutes } from '../helpers/minutes';
import { ask, browserDescribe, launchBrowser, openChat, type Playground, startPlayground } from './playground';

/*
 * The clerk's upload in a real client: Microsoft 365 Agents Playground in headless Chromium, the
 * real server, a PDF of our own making. The Playground's compose box cannot attach a file (its own
 * message API takes only card attachments), so the file goes in through the Playground's API for
 * made-up activities (/_internal/v1/customActivities, what its "Mock an Activity" panel uses): the
 * same file.download.info attachment Teams sends, into the same conversation, answered in the same
 * chat window. Everything after that — the reply, the review card, the correction, the new owner's
 * list — is the Playground's UI.
 */
const e2e = browserDescribe('the clerk review end-to-end test');

const shots = process.env['BOARD_SCREENSHOTS'] ?? tempDir('board-e2e-');
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, name) });

const JOANNE = { name: 'Joanne Whitaker', aadObjectId: '00000000-0000-0000-0000-000000000021' };
const TOM = { name: 'Tom Ridley', aadObjectId: '00000000-0000-0000-0000-000000000024' };
const FILE = 'northmoor-minutes-19-november-2026.pdf';

// An extra meeting of the demo board, in our own words.
const PDF = makePdf([
  minutes({
    board: 'Northmoor Safeguarding Children Partnership',
    date: 'Thursday 19 November 2026',
    present: ['Ruth Kendall, Independent Chair', "Simon Whitfield, Director of Children's Services", 'Tom Ridley, Detective Chief Inspector'],
    apologies: ['Denise Hartley, Head of Probation'],
    items: ['ACTION TRACKER\nAction 330: Simon Whitfield to brief head teachers on the new escalation route by 18 December 2026.'],
    next: 'Thursday 21 January 2027.',
  })
    .split('\n')
    .map((line, i) => ({ x: 50, y: 800 - i * 14, text: line })),
]);

e2e('the clerk reviews an upload in Microsoft 365 Agents Playground', () => {
  jest.setTimeout(180000);
  let library: Library;
  let server: RunningServer;
  let files: http.Server;
  let browser: Browser;
  let playground: Playground | null = null;
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  let served = 0;

  beforeAll(async () => {
    library = tempLibrary('2026-11-24');
    await library.ingest([demoLibraryPath()]);
    await importRoster(library.store, fs.readFileSync(path.resolve(__dirname, '../../src/demo/roster.csv'), 'utf8'), 'test', '2026-11-24T09:00:00Z');
    // Where Teams would keep the file: held back until the test has seen the first reply.
    files = http.createServer((req, res) => {
      void held.then(() => {
        served++;
        res.statusCode = req.url === `/${FILE}` ? 200 : 404;
        res.end(req.url === `/${FILE}` ? PDF : '');
      });
    });
    await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
    const config = readServerConfig({ PORT: '0' });
    const log = pino({ level: 'silent' });
    server = await listen(createServer(library, config, log, { bot: new BoardBot(library, config, log, LOOPBACK_DOWNLOADS) }), config);
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await playground?.stop();
    playground = null;
  });
  afterAll(async () => {
    release();
    await browser?.close();
    await server?.close();
    await new Promise<void>((r) => (files ? files.close(() => r()) : r()));
    library?.close();
  });

  test('upload a PDF, "Reading 1 file…" first, then the review card; correct an owner; the new owner lists the action', async () => {
    playground = await startPlayground(`${server.url}/api/messages`, JOANNE);
    const page = await openChat(browser, playground.url);
    const fileUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}/${FILE}`;

    // The activity Teams sends when a file is dropped into the bot's personal chat.
    const base = playground.url.replace(/\/$/, '');
    const config = (await (await fetch(`${base}/_internal/v1/config`)).json()) as { config: { personalChat: { id: string } } };
    const chat = config.config.personalChat.id;
    const template = (await (
      await fetch(`${base}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(chat)}&type=install`)
    ).json()) as Record<string, unknown>;
    const upload = {
      ...template,
      type: 'message',
      action: undefined,
      text: '',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.teams.file.download.info',
          name: FILE,
          contentUrl: fileUrl,
          content: { downloadUrl: fileUrl, uniqueId: 'e2e-upload-1', fileType: 'pdf' },
        },
      ],
    };
    const posted = await fetch(`${base}/_internal/v1/customActivities`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(upload),
    });
    expect(posted.status).toBe(200);

    // The acknowledgement is on screen while the file has not even been handed over.
    await page.getByText('Reading 1 file…').first().waitFor({ timeout: 20000 });
    expect(served).toBe(0);
    expect((await library.actions(OPERATOR, { status: 'all' })).some((a) => a.ref === '330')).toBe(false);
    await shot(page, 'upload-reading.png');
    release();

    const review = page.locator('.ac-adaptiveCard', { hasText: `Review: ${FILE}` }).last();
    await review.waitFor({ timeout: 60000 });
    await review.getByText('Meeting Thursday 19 November 2026: 3 present, 1 apologies').waitFor();
    const a330 = review.locator('.ac-container', { hasText: 'Action 330', has: page.getByRole('button', { name: 'Correct' }) }).last();
    await a330.getByText('Simon Whitfield', { exact: false }).first().waitFor();
    await shot(page, 'review-card.png');
    await a330.getByRole('button', { name: 'Correct' }).click();

    const form = page.locator('.ac-adaptiveCard', { hasText: 'Update: Action 330' }).last();
    await form.waitFor({ timeout: 20000 });
    await form.getByLabel(/Owners, separated by commas/).fill('Tom Ridley');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.locator('.ac-adaptiveCard', { hasText: 'Owner set to Tom Ridley' }).last().waitFor({ timeout: 20000 });
    const corrected = (await library.actions(OPERATOR, { status: 'all' })).find((a) => a.ref === '330')!;
    expect(corrected.owners.map((o) => o.display)).toEqual(['Tom Ridley']);
    await shot(page, 'review-corrected.png');
    await playground.stop();

    playground = await startPlayground(`${server.url}/api/messages`, TOM);
    const tom = await openChat(browser, playground.url);
    const list = await ask(tom, 'what are my outstanding actions?', 'Your outstanding actions');
    await list.getByText('Action 330').waitFor();
    await list.getByText(/brief head teachers on the new escalation route/).waitFor();
  });
});
