import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import type { Browser, Page } from 'playwright-core';

import type { RunningServer } from '../../bot/server';
import { main as board } from '../../src/cli/main';
import { fixedClock } from '../../src/clock';
import type { Library } from '../../src/library/library';
import { OPERATOR } from '../../src/library/scope';
import { type DemoServer, startDemoServer } from '../helpers/demo-server';
import { browserDescribe, launchBrowser } from './playground';

/*
 * The "My board" tab in headless Chromium against the real server in development mode: a member
 * picks who she is (no Teams here), sees her actions, updates one, replies to the next meeting,
 * searches guidance and reads attendance. Screenshots of each view go to test-output/tab.
 */
const e2e = browserDescribe('the tab browser tests');

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test-output/tab');

e2e('the My board tab', () => {
  jest.setTimeout(90000);
  let demo: DemoServer;
  let library: Library;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(ROOT, 'dist/tab/app.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
    fs.mkdirSync(SHOTS, { recursive: true });
    // The demo roster, as the README's "try it locally" imports it.
    demo = await startDemoServer({ roster: 'demo' });
    ({ library, server } = demo);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  async function open(as: string, opts: { theme?: string; width?: number } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: opts.width ?? 1100, height: 900 } });
    // Only this machine: the page must work with everything else unreachable.
    await context.route(
      (u) => !/^https?:\/\/127\.0\.0\.1(:\d+)?\//.test(u.toString()),
      (r) => r.abort(),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    (page as Page & { errors: string[] }).errors = errors;
    await page.goto(`${server.url}/tab${opts.theme ? `?theme=${opts.theme}` : ''}`);
    await page.getByText('Development mode: there is no Teams sign-in here').waitFor();
    await page.getByLabel('Act as').selectOption(as);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('tab', { name: 'My actions' }).waitFor();
    return page;
  }

  async function boardActions(owner: string): Promise<{ ref: string | null; progress: string | null; state: string }[]> {
    let out = '';
    const code = await board(['actions', '--owner', owner, '--json', '--db', library.config.dbPath, '--today', '2026-11-24'], {
      stdout: (t) => (out += t),
      stderr: () => undefined,
      env: {},
      clock: fixedClock('2026-11-24T10:00:00Z'),
      interactive: false,
    });
    expect(code).toBe(0);
    return JSON.parse(out) as { ref: string | null; progress: string | null; state: string }[];
  }

  test('a member sees her actions, updates one on its card, and the update is in board actions', async () => {
    const page = await open('Priya Sandhu');
    await page.getByText(/6 actions outstanding, 2 overdue/).waitFor();
    expect(await page.locator('#action-list .badge.overdue').count()).toBe(2);
    await page.getByRole('button', { name: /^Open Action 305/ }).click();
    const card = page.locator('#action-card');
    await card.getByText('Priya Sandhu to review the capacity of the Early Help Hub').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'actions.png') });

    await card.getByRole('button', { name: 'Update' }).click();
    await card.getByText('Update: Action 305').waitFor();
    await card.getByText('In progress', { exact: true }).click();
    await card.getByLabel('Progress note').fill('Rota change agreed with the hub manager; figures to follow.');
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByText('Update recorded.').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'action-updated.png') });

    const mine = await boardActions('Priya Sandhu');
    expect(mine.find((a) => a.ref === '305')).toMatchObject({ state: 'in progress', progress: 'Rota change agreed with the hub manager; figures to follow.' });
    // The list filters: overdue shows only the two overdue actions.
    await page.getByLabel('Show').selectOption('overdue');
    await page.getByText(/^2 actions, 2 overdue$/).waitFor();
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
  });

  test('a member replies to the next meeting from the tab, and the board sees it', async () => {
    const page = await open('Simon Whitfield');
    await page.getByRole('tab', { name: 'Next meeting' }).click();
    const card = page.locator('.card-host');
    await card.getByText('Thursday 21 January 2027').first().waitFor();
    await card.getByText('Attending', { exact: true }).click();
    await card.getByRole('button', { name: 'Send reply' }).click();
    await card.getByText(/You are down as attending/).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'meeting.png') });
    expect((await library.meetings(OPERATOR)).find((m) => m.date === '2027-01-21')!.attending).toContain('Simon Whitfield');
  });

  test('search finds the threshold guidance with the matched words marked and its source', async () => {
    const page = await open('Priya Sandhu');
    await page.getByRole('tab', { name: 'Search' }).click();
    await page.getByLabel('Search the minutes and guidance').fill('level 3 targeted support');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const results = page.locator('#results');
    await results.getByText(/results? for/).waitFor();
    await results
      .getByRole('heading', { name: /Level 3/ })
      .first()
      .waitFor();
    expect(await results.locator('mark').count()).toBeGreaterThan(0);
    expect(await results.textContent()).toContain('thresholds-guide.md');
    await page.screenshot({ path: path.join(SHOTS, 'search.png') });
  });

  test('attendance shows members and agencies over 12 months against 75%, lowest first', async () => {
    const page = await open('Ruth Kendall');
    await page.getByRole('tab', { name: 'Attendance' }).click();
    await page.getByRole('heading', { name: 'Attendance, last 12 months' }).waitFor();
    await page.getByText(/The board expects at least 75%/).waitFor();
    const tables = page.locator('table.attendance');
    expect(await tables.count()).toBe(2);
    const memberRows = tables.nth(1).locator('tbody tr');
    expect(await memberRows.count()).toBeGreaterThan(5);
    const rates = await memberRows.locator('td:nth-child(3)').allTextContents();
    const numbers = rates.map((r) => Number(/^(\d+)%/.exec(r)![1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    await page.screenshot({ path: path.join(SHOTS, 'attendance.png'), fullPage: true });
  });

  test('it follows the Teams themes, fits a phone, and is usable from the keyboard', async () => {
    // Strings, not functions: these run in the page, and the tests are compiled without DOM types.
    const background = (p: Page) => p.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    const light = await open('Priya Sandhu');
    const dark = await open('Priya Sandhu', { theme: 'dark' });
    const contrast = await open('Priya Sandhu', { theme: 'contrast' });
    expect(new Set([await background(light), await background(dark), await background(contrast)]).size).toBe(3);
    expect(await background(contrast)).toBe('rgb(0, 0, 0)');
    await dark.getByText(/actions outstanding/).waitFor();
    await dark.screenshot({ path: path.join(SHOTS, 'actions-dark.png') });
    await contrast.getByText(/actions outstanding/).waitFor();
    await contrast.screenshot({ path: path.join(SHOTS, 'actions-contrast.png') });

    const phone = await open('Priya Sandhu', { width: 360 });
    await phone.getByText(/actions outstanding/).waitFor();
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await phone.screenshot({ path: path.join(SHOTS, 'actions-phone.png') });

    await light.getByRole('tab', { name: 'My actions' }).focus();
    await light.keyboard.press('ArrowRight');
    expect(await light.evaluate<string>('document.activeElement.textContent')).toBe('Next meeting');
    await light.getByRole('tab', { name: 'Next meeting', selected: true }).waitFor();
    await light.keyboard.press('ArrowRight');
    await light.keyboard.press('ArrowRight');
    await light.getByRole('tab', { name: 'Attendance', selected: true }).waitFor();
    // Every input in the page is labelled.
    await light.getByRole('tab', { name: 'Search' }).click();
    const unlabelled = await light.evaluate<number>(
      "[...document.querySelectorAll('input, select, textarea')].filter((e) => !e.labels?.length && !e.getAttribute('aria-label')).length",
    );
    expect(unlabelled).toBe(0);
  });
});
