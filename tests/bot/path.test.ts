import * as inspector from 'node:inspector';
import * as path from 'node:path';

import { BoardBot } from '../../bot/board-bot';
import * as render from '../../cards/render';
import * as views from '../../cards/views';
import { actionsOwnedBy } from '../../src/library/actions-view';
import { askerNamed } from '../../src/library/roster';
import { SqliteActions } from '../../src/store/actions';
import { SqliteStore } from '../../src/store/sqlite-store';
import { messageActivity } from '../helpers/activity';
import { createDemoApp, type DemoApp } from '../helpers/demo-server';
import { request } from '../helpers/inject';
import { textOf } from './harness';

/**
 * Issue 13: the path of "what are my outstanding actions?" from the HTTP request to the card passes
 * through few enough project files for a newcomer to follow (transport → feature → domain → store,
 * and back through cards). The chain is read from the call stack at the two ends of the turn: when
 * the store hands over the actions (the current-actions read, or any read of the actions repository)
 * and when a card is shaped or rendered. A file counts when one of its functions is on such a stack,
 * or is the store or card function itself.
 */

const ROOT = path.resolve(__dirname, '../..');

/** The project files (source, not tests or node_modules) with a frame on this stack, outermost first. */
function projectFiles(stack: string): string[] {
  const files: string[] = [];
  for (const m of stack.matchAll(/\(?((?:\/|[A-Za-z]:\\)[^():]+\.[cm]?[tj]s):\d+:\d+\)?/g)) {
    const rel = path.relative(ROOT, m[1]!).split(path.sep).join('/');
    if (rel.startsWith('..') || rel.startsWith('node_modules/') || rel.startsWith('tests/')) continue;
    if (!files.includes(rel)) files.push(rel);
  }
  return files.reverse();
}

/** Records the stack whenever the store gives out actions or a card is made, while `run` runs. */
async function chainOf(turn: () => Promise<void>): Promise<{ files: Set<string>; stacks: string[][] }> {
  const stacks: string[][] = [];
  // V8's async stack stops where botbuilder's middleware chains promises without awaiting them, so the
  // outer part of the chain (the HTTP handler handing the turn to the bot) is read where the bot's turn
  // begins; with one turn in flight, everything recorded during it hangs from that entry.
  let entry: string[] = [];
  const record = (leaf: string) => {
    const stack = new Error('chain').stack ?? '';
    const inner = projectFiles(stack).filter((f) => f !== leaf);
    stacks.push([...entry.filter((f) => !inner.includes(f)), ...inner, leaf]);
  };
  const spies: jest.SpyInstance[] = [];
  const run = BoardBot.prototype.run;
  spies.push(
    jest.spyOn(BoardBot.prototype, 'run').mockImplementation(function (this: BoardBot, ctx) {
      entry = projectFiles(new Error('entry').stack ?? '');
      return run.call(this, ctx);
    }),
  );
  const memo = SqliteStore.prototype.memo;
  spies.push(
    jest.spyOn(SqliteStore.prototype, 'memo').mockImplementation(function (this: SqliteStore, key, compute, variant) {
      // The current actions, or the asker's own kept from an earlier turn (actionsOwnedBy).
      if (key === 'current-actions' || key.startsWith('actions-of:')) record('src/store/sqlite-store.ts');
      return memo.call(this, key, compute, variant) as never;
    }),
  );
  for (const name of Object.getOwnPropertyNames(SqliteActions.prototype)) {
    if (name === 'constructor') continue;
    const original = (SqliteActions.prototype as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!;
    spies.push(
      jest.spyOn(SqliteActions.prototype as never, name as never).mockImplementation(function (this: unknown, ...args: unknown[]) {
        record('src/store/actions.ts');
        return original.apply(this, args);
      } as never),
    );
  }
  for (const [module, file] of [
    [render, 'cards/render.ts'],
    [views, 'cards/views.ts'],
  ] as const) {
    for (const [name, fn] of Object.entries(module)) {
      if (typeof fn !== 'function' || /^[A-Z]/.test(name)) continue;
      spies.push(
        jest.spyOn(module as never, name as never).mockImplementation(function (this: unknown, ...args: unknown[]) {
          record(file);
          return (fn as (...a: unknown[]) => unknown).apply(this, args);
        } as never),
      );
    }
  }
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = Infinity;
  try {
    await turn();
  } finally {
    Error.stackTraceLimit = limit;
    for (const s of spies) s.mockRestore();
  }
  return { files: new Set(stacks.flat()), stacks };
}

/** For the report only: the project files with any function run while `turn` runs (V8 precise coverage). */
async function filesRun(turn: () => Promise<void>): Promise<string[]> {
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
  try {
    await post('Profiler.enable');
    await post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    await post('Profiler.takePreciseCoverage'); // resets the counts
    await turn();
    const { result } = (await post('Profiler.takePreciseCoverage')) as { result: { url: string; functions: { ranges: { count: number }[] }[] }[] };
    const files = result
      .filter((s) => /^(?:file:\/\/)?\//.test(s.url) && s.functions.some((f) => f.ranges[0]!.count > 0))
      .map((s) =>
        path
          .relative(ROOT, s.url.replace(/^file:\/\//, ''))
          .split(path.sep)
          .join('/'),
      )
      .filter((f) => !f.startsWith('..') && !f.startsWith('node_modules/') && !f.startsWith('tests/'));
    return [...new Set(files)].sort();
  } finally {
    await post('Profiler.stopPreciseCoverage');
    session.disconnect();
  }
}

/** Which part of the design a file belongs to. */
function partOf(file: string): string {
  if (file.startsWith('bot/features/')) return 'feature';
  if (file.startsWith('bot/')) return 'transport';
  if (file.startsWith('cards/')) return 'cards';
  if (file.startsWith('src/store/')) return 'store';
  if (file.startsWith('src/')) return 'domain';
  return 'other';
}

describe('the path of a question through the code (issue 13)', () => {
  let demo: DemoApp;
  beforeAll(async () => {
    demo = await createDemoApp();
  });
  afterAll(() => demo.stop());

  const ask = async (text: string) => {
    const res = await request(demo.server, { method: 'POST', url: '/api/messages', body: messageActivity(text) });
    expect(res.status).toBe(200);
    return res.json<{ activities: { attachments?: { content: unknown }[] }[] }>().activities;
  };

  test('"what are my outstanding actions?" runs from HTTP to the card through at most 8 project files: transport → feature → domain → store → cards', async () => {
    // A turn first, so what is measured is an ordinary turn, not the first one's loading.
    await ask('what are my outstanding actions?');
    let replies: Awaited<ReturnType<typeof ask>> = [];
    const { files, stacks } = await chainOf(async () => {
      replies = await ask('what are my outstanding actions?');
    });
    expect(textOf(replies[0]!.attachments![0]!.content)).toContain('Your outstanding actions');

    const list = [...files].sort();
    if (process.env['PATH_REPORT']) process.stdout.write(`chain (${list.length}): ${list.join(', ')}\n${stacks.map((s) => s.join(' → ')).join('\n')}\n`);
    // Both ends were seen: the store handing over the actions and a card being made, each from the HTTP handler.
    expect(stacks.some((s) => s[0] === 'bot/server.ts' && partOf(s[s.length - 1]!) === 'store')).toBe(true);
    expect(stacks.some((s) => s[0] === 'bot/server.ts' && partOf(s[s.length - 1]!) === 'cards')).toBe(true);
    expect(new Set(list.map(partOf))).toEqual(new Set(['transport', 'feature', 'domain', 'store', 'cards']));
    if (process.env['PATH_REPORT']) {
      const ran = await filesRun(async () => void (await ask('what are my outstanding actions?')));
      process.stdout.write(`files with code run during the turn (${ran.length}): ${ran.join(', ')}\n`);
    }
    expect(list.length).toBeLessThanOrEqual(8);
  });

  test('a card Save runs the same way: transport → feature → domain → store, and back through cards', async () => {
    const member = await askerNamed(demo.library.store, 'Priya Sandhu');
    const own = await actionsOwnedBy(demo.library.store, demo.library.today(), member);
    const target = own.find((a) => !a.owners.some((o) => o.kind === 'group'))!;
    const save = messageActivity('', {
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      value: {
        action: {
          type: 'Action.Execute',
          verb: 'action.save',
          data: { actionId: target.id, version: target.version, status: 'in progress', note: 'Draft circulated' },
        },
      },
    });
    let card: unknown = null;
    const { files, stacks } = await chainOf(async () => {
      const res = await request(demo.server, { method: 'POST', url: '/api/messages', body: save });
      expect(res.status).toBe(200);
      // expectReplies: the invoke's response (the card that replaces the form) comes back in the HTTP reply.
      card = res.json<{ activities: { value?: { body?: { value?: unknown } } }[] }>().activities[0]?.value?.body?.value ?? null;
    });
    expect(textOf(card)).toContain('Update recorded');
    expect(textOf(card)).toContain('Draft circulated');
    const list = [...files].sort();
    if (process.env['PATH_REPORT']) process.stdout.write(`save chain (${list.length}): ${list.join(', ')}\n${stacks.map((s) => s.join(' → ')).join('\n')}\n`);
    expect(new Set(list.map(partOf))).toEqual(new Set(['transport', 'feature', 'domain', 'store', 'cards']));
  });
});
