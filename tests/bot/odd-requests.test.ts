import { Writable } from 'node:stream';

import pino from 'pino';

import { createServer, listen, type RunningServer } from '../../bot/server';
import type { ServerConfig } from '../../src/config';
import { demoLibraryPath } from '../../src/demo';
import type { Library } from '../../src/library/library';
import { importRoster, memberFor } from '../../src/library/roster';
import { updateAction } from '../../src/library/updates';
import { messageActivity } from '../helpers/activity';
import { tempLibrary } from '../helpers/corpus';
import { BotHarness, buttonData, cardOf, DEMO_ROSTER, demoBot, DEV, PROD, TENANT } from './harness';

/** Odd types and odd requests at the edge: a 400 or a plain card, never a stack, never the message text in the log. */
const SECRET = 'Kayleigh-from-Flat-9';

/** A server on the demo library whose log lines are kept for inspection. */
async function serverWithLog(config: ServerConfig): Promise<{ library: Library; running: RunningServer; lines: string[]; stop: () => Promise<void> }> {
  const library = tempLibrary('2026-11-24');
  await library.ingest([demoLibraryPath()]);
  await importRoster(library.store, DEMO_ROSTER, 'test', '2026-11-24T09:00:00Z');
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const running = await listen(createServer(library, config, pino({ level: 'debug' }, sink)), config);
  return {
    library,
    running,
    lines,
    stop: async () => {
      await running.close();
      library.close();
    },
  };
}

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, text: await res.text() };
}

describe('odd types and odd requests (development mode)', () => {
  let s: Awaited<ReturnType<typeof serverWithLog>>;
  beforeAll(async () => {
    s = await serverWithLog(DEV);
  });
  afterAll(() => s.stop());

  const invoke = (data: unknown) =>
    JSON.stringify(
      messageActivity('', {
        type: 'invoke',
        name: 'adaptiveCard/action',
        text: undefined,
        value: { action: { type: 'Action.Execute', verb: 'action.view', data } },
      }),
    );

  test.each([
    ['an object where a card expects a string', invoke({ actionId: { toString: 'x' } })],
    ['an array in card data', invoke({ actionId: ['nscp-305'] })],
    ['a number as the text', JSON.stringify(messageActivity('x', { text: 42 }))],
    ['an array as the text', JSON.stringify(messageActivity('x', { text: ['what', 'are', 'my', 'actions'] }))],
    ['an object as from.name', JSON.stringify(messageActivity('help', { from: { id: '29:p', name: { first: 'Priya' } } }))],
    ['a number as aadObjectId', JSON.stringify(messageActivity('help', { from: { id: '29:p', name: 'Priya Sandhu', aadObjectId: 7 } }))],
    ['attachments that are not a list', JSON.stringify(messageActivity('help', { attachments: { contentType: 'x' } }))],
    ['a mention whose person is a number', JSON.stringify(messageActivity('help', { entities: [{ type: 'mention', mentioned: 5, text: '<at>bot</at>' }] }))],
    ['a button press (Action.Submit) with nested data', JSON.stringify(messageActivity('', { value: { verb: 'action.view', actionId: { nested: true } } }))],
  ])('%s gets a 400, at once, with no stack', async (_label, body) => {
    const t0 = performance.now();
    const res = await post(s.running.url, body);
    expect(res.status).toBe(400);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(res.text).not.toMatch(/\bat \w+.*\(.*:\d+:\d+\)|Error:/);
  });

  test('JSON nested 5,000 deep gets a 400 without a stack, and the log never holds the message text', async () => {
    const deep = `{"type":"message","text":"${SECRET}","channelData":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const res = await post(s.running.url, deep);
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/RangeError|stack|at \w+ \(/);
    const normal = await post(s.running.url, JSON.stringify(messageActivity(`what did we say about ${SECRET}?`)));
    expect(normal.status).toBe(200);
    const odd = await post(s.running.url, JSON.stringify(messageActivity(SECRET, { from: { id: 1, name: SECRET } })));
    expect(odd.status).toBe(400);
    expect(s.lines.join('\n')).not.toContain(SECRET);
  });

  test('a tab member header that is not valid percent-encoding gets a 400, not a 500', async () => {
    const res = await fetch(`${s.running.url}/api/tab/me`, { headers: { 'x-board-member': '%E0%A4%A' } });
    expect(res.status).toBe(400);
  });

  test('the tab refuses card data of the wrong types with a 400', async () => {
    const res = await fetch(`${s.running.url}/api/tab/card`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-board-member': 'Priya Sandhu' },
      body: JSON.stringify({ verb: 'action.view', data: { actionId: { toString: 'x' } } }),
    });
    expect(res.status).toBe(400);
  });

  test('development accepts only application/json, so a cross-site form post cannot act as the clerk', async () => {
    const body = JSON.stringify(messageActivity('attendance for the next meeting', { from: { id: '29:jw', name: 'Joanne Whitaker' } }));
    expect((await post(s.running.url, body, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post(s.running.url, body, { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
  });

  test("development refuses a browser Origin other than the Playground's; no Origin and the Playground's are fine", async () => {
    const body = JSON.stringify(messageActivity('help'));
    expect((await post(s.running.url, body, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await post(s.running.url, body, { origin: 'null' })).status).toBe(403);
    expect((await post(s.running.url, body, { origin: 'http://127.0.0.1:56150' })).status).toBe(200);
    expect((await post(s.running.url, body)).status).toBe(200);
  });
});

describe('odd tokens (production mode)', () => {
  let s: Awaited<ReturnType<typeof serverWithLog>>;
  beforeAll(async () => {
    s = await serverWithLog(PROD);
  });
  afterAll(() => s.stop());

  test('malformed bearer tokens are refused with 401 before botbuilder, with a rate-limited line in the log', async () => {
    const body = JSON.stringify(messageActivity('what are my outstanding actions?', { channelData: { tenant: { id: TENANT } } }));
    const garbage = ['Bearer x', 'Bearer a.b.c', 'Bearer eyJhbGciOiJub25lIn0.e30.', `Bearer ${'A'.repeat(40)}.${'B'.repeat(40)}.${'C'.repeat(40)}`];
    const statuses = new Set<number>();
    for (let i = 0; i < 200; i++) statuses.add((await post(s.running.url, body, { authorization: garbage[i % garbage.length]! })).status);
    expect([...statuses]).toEqual([401]);
    const refusals = s.lines.filter((l) => l.includes('refused'));
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.length).toBeLessThanOrEqual(4);
    expect(s.lines.join('\n')).not.toMatch(/\n\s+at /);
    expect(s.lines.join('\n').length).toBeLessThan(4000);
  });
});

describe('odd saves', () => {
  let library: Library;
  let h: BotHarness;
  beforeEach(async () => {
    ({ library, h } = await demoBot());
  });
  afterEach(() => library.close());

  const events = () => (library.db.prepare('SELECT count(*) AS n FROM action_events').get() as { n: number }).n;

  test.each(['toString', '__proto__', 'constructor', 'hasOwnProperty'])('the status "%s" is refused and nothing is recorded', async (status) => {
    const [mine] = await h.say('Priya Sandhu', 'what are my outstanding actions?');
    const form = await h.press('Priya Sandhu', 'action.edit', { actionId: buttonData(cardOf(mine), 'action.edit')['actionId'] });
    await h.press('Priya Sandhu', 'action.save', { ...buttonData(form, 'action.save'), status });
    expect(events()).toBe(0);
  });

  test('a card id reused on another action does not drop that update', async () => {
    const ids = library.db.prepare("SELECT id, version FROM actions WHERE ref IN ('305', '312') ORDER BY ref").all() as { id: string; version: number }[];
    const clerk = (await memberFor(library.store, { displayName: 'Joanne Whitaker', allowDisplayName: true }))!;
    const results: string[] = [];
    for (const a of ids)
      results.push(
        (
          await updateAction(library, clerk, {
            actionId: a.id,
            expectedVersion: a.version,
            submissionId: 'same-card-id',
            status: 'in progress',
            note: `note for ${a.id}`,
          })
        ).outcome,
      );
    expect(results).toEqual(['recorded', 'recorded']);
    expect(events()).toBe(2);
    // The same submission on the same action is still recorded once.
    const again = await updateAction(library, clerk, {
      actionId: ids[0]!.id,
      expectedVersion: ids[0]!.version,
      submissionId: 'same-card-id',
      status: 'in progress',
    });
    expect(again.outcome).toBe('duplicate');
    expect(events()).toBe(2);
  });
});
