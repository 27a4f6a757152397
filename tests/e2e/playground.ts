import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

import { type Browser, chromium, type Page } from 'playwright-core';

import { tempDir } from '../helpers/corpus';

export const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '../..');

/**
 * `describe` when Debian's Chromium is installed, else `describe.skip` (tests/helpers/browser-note.cjs
 * says once, at the end of the run, what was skipped and how to enable it). CI installs Chromium
 * and sets BOARD_E2E=required, so there they cannot be skipped.
 */
export function browserDescribe(what: string): jest.Describe {
  const available = fs.existsSync(CHROMIUM);
  if (!available && process.env['BOARD_E2E'] === 'required')
    throw new Error(`BOARD_E2E=required but ${CHROMIUM} is missing for ${what}: apt-get install chromium`);
  return available ? describe : describe.skip;
}

/** Chromium's flags for a machine with a closed network: nothing may reach out. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

export interface Playground {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts Microsoft 365 Agents Playground against a bot endpoint, as a given user. Always with the
 * variables that keep it from probing cloud metadata and telemetry hosts or opening a browser; the
 * user comes from the repository's .m365agentsplayground.yml with currentUser's name and id swapped.
 */
export async function startPlayground(endpoint: string, user: { name: string; aadObjectId: string }): Promise<Playground> {
  const dir = tempDir('board-playground-');
  const [given, ...rest] = user.name.split(' ');
  const config = fs.readFileSync(path.join(ROOT, '.m365agentsplayground.yml'), 'utf8').replace(/^currentUser:\n(?: {2}.*\n)+/m, (block) =>
    block
      .replace(/^( {2}name: ).*$/m, `$1${user.name}`)
      .replace(/^( {2}aadObjectId: ).*$/m, `$1${user.aadObjectId}`)
      .replace(/^( {2}givenName: ).*$/m, `$1${given}`)
      .replace(/^( {2}surname: ).*$/m, `$1${rest.join(' ')}`),
  );
  fs.writeFileSync(path.join(dir, '.m365agentsplayground.yml'), config);
  const cli = path.join(path.dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');
  const port = await freePort();
  const child = spawn(process.execPath, [cli, 'start', '-e', endpoint, '-c', 'msteams', '--dt', '-p', String(port)], {
    cwd: dir,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: dir,
      TEAMSAPPTESTER_BROWSER: 'none',
      APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
      M365_AGENTS_PLAYGROUND_LOGFILE: path.join(dir, 'playground.log'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const listening = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the Playground did not start: ${output.slice(-500)}`)), 30000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      // It silently takes another port when the one asked for is busy: believe what it prints.
      const m = /Listening on (\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the Playground exited (${code}): ${output.slice(-500)}`));
    });
  });
  return { url: `http://127.0.0.1:${listening}/`, stop: () => stopProcess(child) };
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      resolve();
    }
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Opens the Playground's chat with only loopback traffic allowed (its page asks a CDN for fonts). */
export async function openChat(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  await context.route(
    (u) => !/^(http|ws)s?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(u.toString()),
    (r) => r.abort(),
  );
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-lexical-editor="true"][role="textbox"]').waitFor({ timeout: 30000 });
  return page;
}

/** Types a message as the user and waits for a card holding `expect`; returns that card. */
export async function ask(page: Page, text: string, expect: string) {
  const box = page.locator('[data-lexical-editor="true"][role="textbox"]');
  await box.click();
  await box.pressSequentially(text);
  await page.keyboard.press('Enter');
  const card = page.locator('.ac-adaptiveCard', { hasText: expect }).last();
  await card.waitFor({ timeout: 20000 });
  return card;
}
