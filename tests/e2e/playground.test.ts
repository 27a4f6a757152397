import * as path from 'node:path';

import type { Browser, Page } from 'playwright-core';

import type { RunningServer } from '../../bot/server';
import type { Library } from '../../src/library/library';
import { OPERATOR } from '../../src/library/scope';
import { tempDir } from '../helpers/corpus';
import { type DemoServer, startDemoServer } from '../helpers/demo-server';
import { ask, browserDescribe, launchBrowser, openChat, type Playground, startPlayground } from './playground';

/*
 * A real client: Microsoft 365 Agents Playground, in headless Chromium, talking to the real server.
 * CI installs Chromium and sets BOARD_E2E=required, so there this cannot be skipped; on a machine
 * without Chromium it is skipped with a message saying how to run it.
 */
const e2e = browserDescribe('the Playground end-to-end test');

/** Screenshots go to a temp folder, or to BOARD_SCREENSHOTS (how docs/screenshots is refreshed). */
const shots = process.env['BOARD_SCREENSHOTS'] ?? tempDir('board-e2e-');
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, name) });

const PRIYA = { name: 'Priya Sandhu', aadObjectId: '00000000-0000-0000-0000-000000000020' };
const JOANNE = { name: 'Joanne Whitaker', aadObjectId: '00000000-0000-0000-0000-000000000021' };

e2e('in Microsoft 365 Agents Playground', () => {
  jest.setTimeout(120000);
  let demo: DemoServer;
  let library: Library;
  let server: RunningServer;
  let browser: Browser;
  let playground: Playground | null = null;

  beforeAll(async () => {
    // The demo roster, as the README's "try it locally" imports it.
    demo = await startDemoServer({ roster: 'demo' });
    ({ library, server } = demo);
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await playground?.stop();
    playground = null;
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  test('a member lists her actions, updates one in place and sends apologies; the clerk sees them in the tally', async () => {
    playground = await startPlayground(`${server.url}/api/messages`, PRIYA);
    const page = await openChat(browser, playground.url);

    const list = await ask(page, 'what are my outstanding actions?', 'Your outstanding actions');
    await list.getByText('Action 305').waitFor();
    const item = list.locator('.ac-container', { hasText: 'Action 305', has: page.getByRole('button', { name: 'Update' }) }).last();
    await item.getByRole('button', { name: 'Update' }).click();

    const form = page.locator('.ac-adaptiveCard', { hasText: 'Update: Action 305' }).last();
    await form.waitFor({ timeout: 20000 });
    await form.getByText('In progress', { exact: true }).click();
    await form.getByLabel('Progress note').fill('Hub staffing review under way; report to the January board.');
    await form.getByRole('button', { name: 'Save' }).click();

    const saved = page.locator('.ac-adaptiveCard', { hasText: 'Update recorded.' }).last();
    await saved.waitFor({ timeout: 20000 });
    await saved.getByText('Hub staffing review under way').first().waitFor();
    expect(await page.locator('.ac-adaptiveCard', { hasText: 'Update: Action 305' }).count()).toBe(0);
    await saved.scrollIntoViewIfNeeded();
    await shot(page, 'action-updated.png');
    const a305 = (await library.actions(OPERATOR, { status: 'all' })).find((a) => a.ref === '305')!;
    expect(a305).toMatchObject({ state: 'in progress', progress: 'Hub staffing review under way; report to the January board.' });

    const meeting = await ask(page, 'send my apologies for the next meeting', 'Thursday 21 January 2027');
    await meeting.getByLabel(/Reason/).fill('Ofsted inspection that week');
    await meeting.getByRole('button', { name: 'Send reply' }).click();
    await page.locator('.ac-adaptiveCard', { hasText: 'Your apologies are recorded' }).last().waitFor({ timeout: 20000 });
    expect((await library.meetings(OPERATOR)).find((m) => m.date === '2027-01-21')!.apologies).toEqual(['Priya Sandhu']);
    await shot(page, 'apologies.png');
    await playground.stop();

    playground = await startPlayground(`${server.url}/api/messages`, JOANNE);
    const clerk = await openChat(browser, playground.url);
    const tally = await ask(clerk, 'attendance for the next meeting', 'Attendance:');
    await tally.getByText('Apologies (1)').waitFor();
    await tally
      .getByText(/Priya Sandhu/)
      .first()
      .waitFor();
    await shot(clerk, 'tally.png');
  });
});
