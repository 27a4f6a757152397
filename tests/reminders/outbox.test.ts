import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

import { retryAfter, TeamsMessenger } from '../../bot/proactive';
import { readServerConfig } from '../../src/config';
import type { Library } from '../../src/library/library';
import { RateLimiter } from '../../src/reminders/limits';
import { enqueue, Outbox, outboxLog, type SendResult } from '../../src/reminders/outbox';
import type { PlannedReminder } from '../../src/reminders/plan';
import { auditLog } from '../../src/store/audit';
import { tempLibrary } from '../helpers/corpus';

/*
 * A fake Bot Connector on 127.0.0.1 that answers each conversation from a script (429 with and
 * without Retry-After, 5xx, 403, 200), and the real TeamsMessenger posting to it. Time is virtual:
 * the outbox's clock and sleep are the test's, so back-off and rate limits are checked exactly
 * without waiting for them.
 */
type Answer = { status: number; retryAfter?: string };

class FakeConnector {
  readonly server: http.Server;
  url = '';
  /** Every request: conversation id, virtual time, and what was answered. */
  readonly log: { conversation: string; at: number; status: number; text: string }[] = [];
  private readonly scripts = new Map<string, Answer[]>();

  constructor(private readonly clock: () => number) {
    this.server = http.createServer((req, res) => {
      const m = /^\/v3\/conversations\/([^/]+)\/activities$/.exec(req.url ?? '');
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const conversation = decodeURIComponent(m?.[1] ?? '');
        const answer = this.scripts.get(conversation)?.shift() ?? { status: 200 };
        const activity = JSON.parse(body || '{}') as { summary?: string };
        this.log.push({ conversation, at: this.clock(), status: answer.status, text: activity.summary ?? '' });
        res.statusCode = req.method === 'POST' && m ? answer.status : 404;
        res.setHeader('Content-Type', 'application/json');
        if (answer.retryAfter !== undefined) res.setHeader('Retry-After', answer.retryAfter);
        res.end(
          answer.status < 300
            ? JSON.stringify({ id: `activity-${this.log.length}` })
            : JSON.stringify({ error: { code: answer.status === 403 ? 'BotNotInConversationRoster' : 'Throttled', message: 'scripted' } }),
        );
      });
    });
  }

  script(conversation: string, answers: Answer[]): void {
    this.scripts.set(conversation, answers);
  }

  delivered(conversation?: string): number {
    return this.log.filter((l) => l.status < 300 && (!conversation || l.conversation === conversation)).length;
  }

  async start(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
}

let virtual = Date.parse('2026-11-24T09:00:00Z');
const clock = () => virtual;
const sleep = async (ms: number) => {
  virtual += ms;
};
let connector: FakeConnector;
let library: Library;

beforeEach(async () => {
  virtual = Date.parse('2026-11-24T09:00:00Z');
  connector = new FakeConnector(clock);
  await connector.start();
  library = tempLibrary('2026-11-24');
});
afterEach(async () => {
  library.close();
  await new Promise<void>((r) => connector.server.close(() => r()));
});

function member(name: string, tenant = 'tenant-1'): string {
  const key = name.toLowerCase().replace(/\W/g, '-');
  const reference = {
    serviceUrl: `${connector.url}/`,
    channelId: 'msteams',
    conversation: { id: `a:${key}`, tenantId: tenant },
    user: { id: `29:${key}`, name },
    bot: { id: '28:bot', name: 'Board assistant' },
  };
  library.db
    .prepare('INSERT INTO conversations (user_key, person, reference_json, updated_at) VALUES (?, ?, ?, ?)')
    .run(key, name, JSON.stringify(reference), '2026-11-24');
  return key;
}

function reminder(name: string, userKey: string, n: number, kind: PlannedReminder['kind'] = 'action-due-soon'): PlannedReminder {
  return { kind, to: name, userKey, board: null, meetingDate: null, actions: [`act-${n}`], reasons: [`${kind}:act-${n}:2026-12-01:${name}`] };
}

const render = (r: PlannedReminder) => ({ type: 'message', summary: `${r.kind} ${r.actions.join(',')}`, text: 'reminder' });
const messenger = () => new TeamsMessenger(readServerConfig({ PORT: '0' }), { now: clock, timeoutMs: 5000 });
const outbox = (extra: Partial<ConstructorParameters<typeof Outbox>[2]> = {}) =>
  new Outbox(library.store, messenger(), { now: clock, sleep, random: () => 0.5, limiter: new RateLimiter(clock, sleep), ...extra });

test('every reminder is delivered once, or recorded as undeliverable with its reason', async () => {
  const keys = ['Ann Lee', 'Ben Cole', 'Cat Diaz', 'Dev Shah', 'Eve Moss'].map((n) => [n, member(n)] as const);
  connector.script('a:ann-lee', [{ status: 429, retryAfter: '3' }, { status: 200 }]);
  connector.script('a:ben-cole', [{ status: 429 }, { status: 500 }, { status: 502 }, { status: 200 }]);
  connector.script('a:cat-diaz', [{ status: 403 }]);
  connector.script(
    'a:dev-shah',
    Array.from({ length: 20 }, () => ({ status: 503 })),
  );
  connector.script('a:eve-moss', [{ status: 412 }, { status: 200 }]);
  expect(
    await enqueue(
      library.store,
      keys.map(([n, k], i) => reminder(n, k, i)),
      render,
      new Date(virtual),
    ),
  ).toBe(5);

  const report = await outbox().drain(10 * 60_000);
  expect(report).toMatchObject({ sent: 3, failed: 1, undeliverable: 1 });
  expect([connector.delivered('a:ann-lee'), connector.delivered('a:ben-cole'), connector.delivered('a:eve-moss')]).toEqual([1, 1, 1]);
  expect(connector.delivered()).toBe(3);

  // Retry-After was honoured: the second try came at least 3 s after the 429.
  const ann = connector.log.filter((l) => l.conversation === 'a:ann-lee');
  expect(ann[1]!.at - ann[0]!.at).toBeGreaterThanOrEqual(3000);
  // Without Retry-After, back-off grows: 1 s, 2 s, 4 s (times the fixed jitter of 0.75).
  const ben = connector.log.filter((l) => l.conversation === 'a:ben-cole').map((l) => l.at);
  expect(ben.slice(1).map((t, i) => t - ben[i]!)).toEqual([750, 1500, 3000]);

  const log = await outboxLog(library.store);
  const byPerson = Object.fromEntries(log.map((e) => [e.person, e]));
  expect(byPerson['Cat Diaz']).toMatchObject({ state: 'undeliverable', attempts: 1, error: expect.stringContaining('HTTP 403') });
  expect(byPerson['Dev Shah']).toMatchObject({ state: 'failed', attempts: 6, error: expect.stringContaining('gave up after 6 attempts (HTTP 503') });
  expect(connector.log.filter((l) => l.conversation === 'a:dev-shah')).toHaveLength(6);
  // A 403 means the app was removed or blocked: the conversation is forgotten, and it is audited.
  expect(library.db.prepare('SELECT count(*) FROM conversations WHERE user_key = ?').pluck().get('cat-diaz')).toBe(0);
  expect(
    auditLog(library.db)
      .map((e) => `${e.action} ${e.target}`)
      .sort(),
  ).toEqual(['reminder.failed Dev Shah', 'reminder.undeliverable Cat Diaz']);

  // Running again sends nothing more, and the same reasons cannot be queued twice.
  await outbox().drain();
  expect(connector.log.filter((l) => l.status < 300)).toHaveLength(3);
  expect(
    await enqueue(
      library.store,
      keys.map(([n, k], i) => reminder(n, k, i)),
      render,
      new Date(virtual),
    ),
  ).toBe(0);
});

function maxInWindow(times: number[], ms: number): number {
  let best = 0;
  for (let i = 0; i < times.length; i++) best = Math.max(best, times.filter((t) => t >= times[i]! && t < times[i]! + ms).length);
  return best;
}

test("Teams' rate limits are never exceeded: per conversation and per tenant", async () => {
  const busy = member('Fay Gold');
  const many = Array.from({ length: 60 }, (_, i) => member(`Member ${String.fromCharCode(65 + (i % 26))}${i}`, 'tenant-2'));
  const reminders = [
    ...Array.from({ length: 90 }, (_, i) => reminder('Fay Gold', busy, 1000 + i)),
    ...many.map((k, i) => reminder(`Member ${String.fromCharCode(65 + (i % 26))}${i}`, k, 2000 + i)),
  ];
  expect(await enqueue(library.store, reminders, render, new Date(virtual))).toBe(150);
  const report = await outbox().drain();
  expect(report.sent).toBe(150);
  const fay = connector.log.filter((l) => l.conversation === `a:${busy}`).map((l) => l.at);
  expect(fay).toHaveLength(90);
  expect(maxInWindow(fay, 1000)).toBeLessThanOrEqual(7);
  expect(maxInWindow(fay, 30_000)).toBeLessThanOrEqual(60);
  const tenant2 = connector.log.filter((l) => l.conversation !== `a:${busy}`).map((l) => l.at);
  expect(maxInWindow(tenant2, 1000)).toBeLessThanOrEqual(25);
  // 90 messages to one person at 60 per 30 s take at least 30 s of (virtual) time.
  expect(Math.max(...fay) - Math.min(...fay)).toBeGreaterThanOrEqual(30_000);
});

test('a crash between "recorded" and "sent" is not sent twice on restart, and is recorded, not dropped', async () => {
  const root = path.resolve(__dirname, '../..');
  if (!fs.existsSync(path.join(root, 'dist/src/reminders/outbox.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  const key = member('Gus Hale');
  await enqueue(library.store, [reminder('Gus Hale', key, 1), reminder('Gus Hale', key, 2)], render, new Date(virtual));

  // A real process that sends, then dies (SIGKILL) before it can write down that it sent.
  const script = `
    const { Library } = require(${JSON.stringify(path.join(root, 'dist/src/library/library'))});
    const { readConfig, readServerConfig } = require(${JSON.stringify(path.join(root, 'dist/src/config'))});
    const { Outbox } = require(${JSON.stringify(path.join(root, 'dist/src/reminders/outbox'))});
    const { TeamsMessenger } = require(${JSON.stringify(path.join(root, 'dist/bot/proactive'))});
    // The child runs on the test's clock, as the server runs on the library's: never on the real date.
    const at = ${virtual};
    const library = new Library(readConfig({ BOARD_DB: ${JSON.stringify(library.config.dbPath)} }), { now: () => new Date(at) });
    new Outbox(library.store, new TeamsMessenger(readServerConfig({ PORT: '0' }), { now: () => at }), {
      now: () => at,
      afterSend: (id, result) => { if (result.ok) process.kill(process.pid, 'SIGKILL'); },
    }).drain().then(() => process.exit(3));
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
  const signal = await new Promise<string | null>((r) => child.once('exit', (_code, sig) => r(sig)));
  expect(signal).toBe('SIGKILL');
  expect(connector.delivered()).toBe(1);
  expect((await outboxLog(library.store)).map((e) => e.state).sort()).toEqual(['pending', 'sending']);

  // Restart: the half-finished one is recorded as interrupted and not resent; the other goes.
  const restarted = outbox();
  expect(await restarted.recover()).toBe(1);
  const report = await restarted.drain();
  expect(report.sent).toBe(1);
  expect(connector.delivered()).toBe(2);
  expect(connector.log.map((l) => l.text).sort()).toEqual(['action-due-soon act-1', 'action-due-soon act-2']);
  const interrupted = (await outboxLog(library.store)).find((e) => e.state === 'interrupted')!;
  expect(interrupted.error).toContain('may not have arrived, so it was not sent again');
  expect(auditLog(library.db).map((e) => e.action)).toEqual(['reminder.interrupted']);
});

test('two senders at once (the server and `board reminders --send`) never send the same message twice', async () => {
  const keys = Array.from({ length: 12 }, (_, i) => member(`Pat Quinn${i}`));
  await enqueue(
    library.store,
    keys.map((k, i) => reminder(`Pat Quinn${i}`, k, i)),
    render,
    new Date(virtual),
  );
  // Real waiting (two senders race for real), on the test's calendar: the virtual start plus elapsed time.
  const started = performance.now();
  const real = { now: () => virtual + (performance.now() - started), sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)) };
  const a = new Outbox(library.store, messenger(), real);
  const b = new Outbox(library.store, messenger(), real);
  const [ra, rb] = await Promise.all([a.drain(0), b.drain(0)]);
  expect(ra.sent + rb.sent).toBe(12);
  expect(connector.delivered()).toBe(12);
  expect(new Set(connector.log.map((l) => l.conversation)).size).toBe(12);
});

test('Retry-After is read in seconds or as a date, and the messenger never throws', async () => {
  expect(retryAfter('120', virtual)).toBe(120_000);
  expect(retryAfter(null, virtual)).toBeNull();
  expect(retryAfter('soon', virtual)).toBeNull();
  // An HTTP date is read against the injected clock, not the machine's.
  expect(retryAfter(new Date(virtual + 10_000).toUTCString(), virtual)).toBe(10_000);
  expect(retryAfter(new Date(virtual - 10_000).toUTCString(), virtual)).toBe(0);
  const unreachable: SendResult = await messenger().send({ serviceUrl: 'http://127.0.0.1:1/', conversation: { id: 'a:x' } }, { text: 'hi' });
  expect(unreachable).toMatchObject({ ok: false, status: 0 });
  expect(await messenger().send({ conversation: { id: 'a:x' } }, {})).toMatchObject({ ok: false, status: 400 });
});
