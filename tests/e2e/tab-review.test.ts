import * as path from 'node:path';

import type { Browser, Page } from 'playwright-core';

import type { RunningServer } from '../../bot/server';
import { actionHistory } from '../../src/library/actions-view';
import type { Library } from '../../src/library/library';
import { OPERATOR } from '../../src/library/scope';
import { tempDir } from '../helpers/corpus';
import { type DemoServer, startDemoServer } from '../helpers/demo-server';
import { browserDescribe, launchBrowser } from './playground';

/*
 * The clerk's Review view in the "My board" tab, in headless Chromium against the real server: the
 * forms for an action the reading missed and for a duplicate, through the same cards as in chat.
 */
const e2e = browserDescribe('the tab Review view end-to-end test');
const shots = process.env['BOARD_SCREENSHOTS'] ?? tempDir('board-e2e-');
const OCTOBER = '2026-10-15-strategic-board-minutes.md';

e2e('the clerk’s Review view in the tab', () => {
  jest.setTimeout(120000);
  let demo: DemoServer;
  let library: Library;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    demo = await startDemoServer({ roster: 'demo' });
    ({ library, server } = demo);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  async function openReview(as: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    await context.route(
      (u) => !/^https?:\/\/127\.0\.0\.1(:\d+)?\//.test(u.toString()),
      (r) => r.abort(),
    );
    const page = await context.newPage();
    await page.goto(`${server.url}/tab`);
    await page.getByText('Development mode: there is no Teams sign-in here').waitFor();
    await page.getByLabel('Act as').selectOption(as);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('tab', { name: 'Review' }).click();
    await page.getByRole('heading', { name: 'Review what was read' }).waitFor();
    return page;
  }

  test('the clerk adds an action the reading missed and merges a duplicate from the table', async () => {
    const page = await openReview('Joanne Whitaker');
    const october = page.getByRole('region', { name: OCTOBER });
    await october.getByRole('button', { name: 'Add a missed action' }).click();
    const host = page.locator('.card-host');
    await host.getByText(`Add an action the reading missed: ${OCTOBER}`).waitFor();
    await host.getByLabel(/The action, as the minutes should have it/).fill('Invite the designated doctor to the February board');
    await host.getByLabel(/Owners, separated by commas/).fill('Nobody Atall');
    await host.getByRole('button', { name: 'Add action' }).click();
    // The problem comes back on the form, with what was typed.
    await host.getByText(/Not added: "Nobody Atall" is not one of the board's people or groups/).waitFor();
    await host.getByLabel(/Owners, separated by commas/).fill('Ruth Kendall');
    await host.getByRole('button', { name: 'Add action' }).click();
    await october.getByRole('cell', { name: 'Invite the designated doctor to the February board' }).first().waitFor({ timeout: 20000 });
    const added = (await library.actions(OPERATOR, { status: 'all' })).find((a) => a.text === 'Invite the designated doctor to the February board')!;
    expect(added.owners.map((o) => o.display)).toEqual(['Ruth Kendall']);
    expect(added.meetingDate).toBe('2026-10-15');
    await page.screenshot({ path: path.join(shots, 'review-tab-added.png') });

    // The new one duplicates nothing yet; mark it a duplicate of another October action all the same.
    const row = october.getByRole('row', { name: /Invite the designated doctor/ });
    await row.getByRole('button', { name: 'Duplicate of…' }).click();
    await host.getByText('Choose the action it duplicates.', { exact: false }).waitFor();
    await host.getByRole('radio').first().check();
    await host.getByLabel(/Why/).fill('already minuted under item 3');
    await host.getByRole('button', { name: 'Merge' }).click();
    // Waited for through the page's own elements: a string predicate is evaluated with eval, which the tab's CSP
    // (script-src 'self') refuses at times.
    await row.waitFor({ state: 'detached', timeout: 20000 });
    expect(await page.getByText('Invite the designated doctor to the February board').count()).toBe(0);
    expect((await library.actions(OPERATOR, { status: 'all' })).some((a) => a.id === added.id)).toBe(false);
    expect((await actionHistory(library.store, added.id)).map((e) => JSON.stringify(e)).join('\n')).toContain('Joanne Whitaker');
  });
});
