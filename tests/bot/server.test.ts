import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import pino from 'pino';
import type * as restify from 'restify';

import { createServer, listen, MAX_BODY_BYTES } from '../../bot/server';
import { Library } from '../../src/library/library';
import { OPERATOR } from '../../src/library/scope';
import { messageActivity } from '../helpers/activity';
import { tempDir } from '../helpers/corpus';
import { createDemoApp, type DemoApp } from '../helpers/demo-server';
import { request } from '../helpers/inject';
import { DEV, PROD, TENANT, textOf } from './harness';

const silent = pino({ level: 'silent' });

const activity = messageActivity;

/** Over a real socket (`npm start` and the listen test), or in-process through the same handler. */
async function post(to: string | restify.Server, body: string | object, headers: Record<string, string> = {}) {
  if (typeof to !== 'string') {
    const res = await request(to, { method: 'POST', url: '/api/messages', headers: { 'content-type': 'application/json', ...headers }, body });
    return { status: res.status, body: res.json() };
  }
  const res = await fetch(`${to}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

describe('the HTTP endpoint (development mode)', () => {
  let demo: DemoApp;
  let library: Library;
  let server: restify.Server;
  beforeAll(async () => {
    demo = await createDemoApp();
    ({ library, server } = demo);
  });
  afterAll(() => demo.stop());

  test('listens on loopback and answers a member with a card in the HTTP reply (expectReplies)', async () => {
    const running = await listen(server, demo.config);
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await post(running.url, activity('what are my outstanding actions?'));
      expect(res.status).toBe(200);
      const replies = (res.body as { activities: { attachments?: { content: unknown }[] }[] }).activities;
      expect(textOf(replies[0]!.attachments![0]!.content)).toContain('Your outstanding actions');
    } finally {
      await running.close();
    }
  });

  test('garbage, non-activities and oversized bodies get a 400, and the server keeps serving', async () => {
    expect((await post(server, '{"type": "message", ')).status).toBe(400);
    expect((await post(server, '[1,2,3]')).status).toBe(400);
    expect((await post(server, { hello: 'world' })).status).toBe(400);
    const huge = await post(server, activity('x'.repeat(MAX_BODY_BYTES + 10)));
    expect(huge).toEqual({ status: 400, body: { error: 'request body too large' } });
    const health = (await request(server, { url: '/healthz' })).json();
    expect(health).toEqual({ status: 'ok', mode: 'development', documents: 6 });
    expect((await post(server, activity('help'))).status).toBe(200);
  });
  test('an activity from a tenant outside BOARD_ALLOWED_TENANTS is refused over HTTP too', async () => {
    const guarded = createServer(library, { ...DEV, allowedTenants: [TENANT] }, silent);
    const res = await post(guarded, activity('what are my outstanding actions?', { channelData: { tenant: { id: '99999999-0000-0000-0000-000000000000' } } }));
    const replies = (res.body as { activities: { text?: string; attachments?: unknown[] }[] }).activities;
    expect(replies).toEqual([expect.objectContaining({ text: 'This assistant is not available in your organisation.' })]);
    expect(replies[0]!.attachments ?? []).toEqual([]);
  });
  test('the tab API in development: a member is named in a header; nobody else gets board content; bad input gets a 400', async () => {
    const get = async (url: string, member?: string) => await request(server, { url, headers: member ? { 'X-Board-Member': member } : {} });
    expect((await get('/api/tab/me')).status).toBe(403);
    const stranger = await get('/api/tab/actions', 'Random Visitor');
    expect(stranger.status).toBe(403);
    expect(stranger.text).not.toMatch(/Action \d/);
    const me = (await get('/api/tab/me', 'Priya Sandhu')).json();
    expect(me).toMatchObject({ name: 'Priya Sandhu', role: 'member' });
    const overdue = (await get('/api/tab/actions?filter=overdue', 'Priya Sandhu')).json<{ heading: string; overdue: boolean }[]>();
    expect(overdue.length).toBe(2);
    expect(overdue.every((a) => a.overdue)).toBe(true);
    expect((await get('/api/tab/actions?filter=everything', 'Priya Sandhu')).status).toBe(400);
    expect((await get('/api/tab/actions?scope=board', 'Priya Sandhu')).status).toBe(403);
    const post = async (body: string) =>
      await request(server, { method: 'POST', url: '/api/tab/card', headers: { 'X-Board-Member': 'Priya Sandhu', 'Content-Type': 'application/json' }, body });
    expect((await post('{"verb": ')).status).toBe(400);
    expect((await post('{"verb": 42}')).status).toBe(400);
    const theirs = (await library.actions(OPERATOR, { status: 'all' })).find((a) => a.ref === '310')!;
    const forged = (
      await post(JSON.stringify({ verb: 'action.save', data: { actionId: theirs.id, version: theirs.version, sid: 'tab-1', status: 'done' } }))
    ).json<{ card: unknown }>();
    expect(textOf(forged.card)).toContain('Only its owners, the clerk or the chair can update this action.');
    expect((await library.actions(OPERATOR, { status: 'all' })).find((a) => a.ref === '310')!.status).toBe('open');
    const page = await request(server, { url: '/tab' });
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'self' https://teams.microsoft.com");
    expect(page.text).toContain('/tab/app.js');
  });
});

describe('the HTTP endpoint (production mode)', () => {
  let demo: DemoApp;
  let library: Library;
  let server: restify.Server;
  beforeAll(async () => {
    demo = await createDemoApp({ config: PROD });
    ({ library, server } = demo);
  });
  afterAll(() => demo.stop());

  test('a request without a Bot Framework token is refused with 401 and never reaches the bot', async () => {
    const before = (library.db.prepare('SELECT count(*) AS n FROM conversations').get() as { n: number }).n;
    const res = await post(server, activity('what are my outstanding actions?', { channelData: { tenant: { id: TENANT } } }));
    expect(res.status).toBe(401);
    expect(JSON.stringify(res.body ?? {})).not.toContain('outstanding');
    expect((library.db.prepare('SELECT count(*) AS n FROM conversations').get() as { n: number }).n).toBe(before);
  });
});

describe('npm start', () => {
  // Each test starts the server two or three times as its own process (a cold Node, the demo library loaded once); on
  // a loaded two-core machine that alone can pass jest's 30 s default.
  const STARTS = 90000;
  const root = path.resolve(__dirname, '../..');
  const main = path.join(root, 'dist/bot/main.js');
  beforeAll(() => {
    if (!fs.existsSync(main)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  });

  /** Starts the server as `npm start` does; resolves once it says where it listens (or exits). */
  function start(env: Record<string, string>): Promise<{ lines: string[]; url: string | null; code: number | null; stop: () => Promise<void> }> {
    const child = spawn(process.execPath, [main], {
      cwd: root,
      env: { PATH: process.env['PATH'] ?? '', NODE_OPTIONS: process.env['NODE_OPTIONS'] ?? '', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let exited: number | null = null;
    const stop = () =>
      new Promise<void>((resolve) => {
        if (exited !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    return new Promise((resolve) => {
      const onLine = (chunk: Buffer) => {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
          lines.push(line);
          const url = /listening on (http:\/\/\S+)\/api\/messages/.exec(line)?.[1];
          if (url) resolve({ lines, url, code: null, stop });
        }
      };
      child.stdout.on('data', onLine);
      child.stderr.on('data', onLine);
      child.once('exit', (code) => {
        exited = code;
        resolve({ lines, url: null, code, stop });
      });
    });
  }

  test(
    'on an empty database it loads the demo library once, serves on loopback, and stops cleanly',
    async () => {
      const db = path.join(tempDir(), 'board.db');
      const first = await start({ BOARD_DB: db, BOARD_TODAY: '2026-11-24' });
      try {
        expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        expect(first.lines.join('\n')).toContain('loaded the demo library');
        expect(first.lines.join('\n')).toContain('development mode');
        const health = (await (await fetch(`${first.url}/healthz`)).json()) as { documents: number };
        expect(health.documents).toBe(6);
        const res = await post(first.url!, activity('when is the next meeting?', { from: { id: '29:s', name: 'Simon Whitfield' } }));
        const replies = (res.body as { activities: { attachments?: { content: unknown }[] }[] }).activities;
        expect(textOf(replies[0]!.attachments![0]!.content)).toContain('Thursday 21 January 2027');
      } finally {
        await first.stop();
      }
      const second = await start({ BOARD_DB: db, BOARD_TODAY: '2026-11-24' });
      await second.stop();
      expect(second.url).not.toBeNull();
      expect(second.lines.join('\n')).not.toContain('loaded the demo library');
    },
    STARTS,
  );

  test(
    'a port already taken is named with the variable that moves it; no deprecation warning is printed',
    async () => {
      const db = path.join(tempDir(), 'board.db');
      const first = await start({ BOARD_DB: db, BOARD_TODAY: '2026-11-24' });
      try {
        const port = new URL(first.url!).port;
        const second = await start({ BOARD_DB: db, BOARD_TODAY: '2026-11-24', PORT: port });
        expect(second.code).toBe(1);
        expect(second.lines).toEqual([
          `board-assistant: port ${port} on 127.0.0.1 is already in use (is the assistant already running?): set PORT to use another`,
        ]);
        expect(first.lines.join('\n')).not.toMatch(/DeprecationWarning|DEP0111/);
      } finally {
        await first.stop();
      }
    },
    STARTS,
  );

  test('before a build, `npm start` says in one line what to run', () => {
    const clone = tempDir();
    fs.mkdirSync(path.join(clone, 'bot'));
    fs.copyFileSync(path.join(root, 'bot/start.cjs'), path.join(clone, 'bot/start.cjs'));
    const run = spawnSync(process.execPath, [path.join(clone, 'bot/start.cjs')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['board-assistant is not built yet: run `npm ci` first (it installs and builds), then `npm start`.']);
  });

  test(
    'refuses to start half-configured: production without its secret, or development on a public address',
    async () => {
      const db = path.join(tempDir(), 'board.db');
      const prod = await start({ BOARD_DB: db, MicrosoftAppId: '12345678-1234-1234-1234-123456789012' });
      expect(prod.code).toBe(1);
      expect(prod.lines.join('\n')).toContain('production start refused');
      expect(prod.lines.join('\n')).toContain('MicrosoftAppPassword');
      const open = await start({ BOARD_DB: db, HOST: '0.0.0.0' });
      expect(open.code).toBe(1);
      expect(open.lines.join('\n')).toContain('only listens on 127.0.0.1');
      expect(open.lines.join('\n')).not.toMatch(/\n\s+at /);
    },
    STARTS,
  );
});
