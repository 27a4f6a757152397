import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';

import { ActivityHandler } from 'botbuilder';
import pino from 'pino';

import { createServer, listen } from '../../bot/server';
import { fixedClock } from '../../src/clock';
import { readConfig, readServerConfig, type ServerConfig } from '../../src/config';
import { demoLibraryPath } from '../../src/demo';
import { Library } from '../../src/library/library';
import { OPERATOR } from '../../src/library/scope';
import { messageActivity } from '../helpers/activity';

const ROOT = path.resolve(__dirname, '../../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const DEV: ServerConfig = readServerConfig({ PORT: '0' });
const QUESTION = 'what are my outstanding actions?';

/** The floor: the same restify server, body reader and CloudAdapter, with a bot that only echoes. */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (ctx, next) => {
      await ctx.sendActivity(ctx.activity.text ?? '');
      await next();
    });
  }
}

/**
 * Runs in a process of its own so the load generator's work is not counted against the servers:
 * the assistant (demo library plus the shared corpus) and the echo bot, both on loopback.
 */
export async function botServerChild(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-bench-bot-'));
  const library = new Library(readConfig({ BOARD_DB: path.join(dir, 'board.db'), BOARD_TODAY: '2026-11-24' }), fixedClock('2026-11-24'));
  const corpus = fs.existsSync(CORPUS)
    ? fs
        .readdirSync(CORPUS)
        .filter((f) => /\.(txt|pdf|docx)$/.test(f))
        .map((f) => path.join(CORPUS, f))
    : [];
  await library.ingest([demoLibraryPath(), ...corpus]);
  const silent = pino({ level: 'silent' });
  const board = await listen(createServer(library, DEV, silent), DEV);
  const echo = await listen(createServer(library, DEV, silent, { bot: new EchoBot() }), DEV);
  const documents = (library.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  const mine = (await library.actions(OPERATOR, { owner: SAVER }))[0]!;
  process.send!({ board: board.url, echo: echo.url, documents, saveTarget: { id: mine.id, version: mine.version } });
}

function activity(i: number): string {
  return JSON.stringify(messageActivity(QUESTION, { id: `bench-${i}` }));
}

const SAVER = 'Priya Sandhu';
/** Other members' turns during the save bench: their actions, and a search of the papers (which reads the index). */
const OTHERS = [
  { name: 'Simon Whitfield', text: QUESTION },
  { name: 'Joanne Whitaker', text: 'what did we say about children missing from home?' },
];

function otherTurn(i: number): string {
  const who = OTHERS[i % OTHERS.length]!;
  const id = who.name.replace(/\W/g, '').toLowerCase();
  return JSON.stringify(
    messageActivity(who.text, { id: `other-${i}`, from: { id: `29:${id}`, name: who.name }, conversation: { id: `a:${id}`, conversationType: 'personal' } }),
  );
}

/** An update card's Save, as Teams mobile sends it (Action.Submit), from the member who owns the action. */
function saveTurn(actionId: string, version: number, i: number): string {
  return JSON.stringify(
    messageActivity('', {
      id: `save-${i}`,
      value: { verb: 'action.save', actionId, version, sid: `bench-save-${i}-${Date.now()}`, status: 'in progress', note: `Bench progress note ${i}.` },
    }),
  );
}

function post(agent: http.Agent, url: string, body: string): Promise<number> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/api/messages`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve(Number(process.hrtime.bigint() - started) / 1e6) : reject(new Error(`HTTP ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** `clients` clients, each sending its next request as soon as the last is answered. */
async function load(url: string, clients: number, perClient: number): Promise<{ p50: number; p99: number; rps: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  for (let i = 0; i < 20; i++) await post(agent, url, activity(i)); // warm-up
  const times: number[] = [];
  const started = Date.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; i < perClient; i++) times.push(await post(agent, url, activity(c * perClient + i)));
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  agent.destroy();
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p99: at(0.99), rps: times.length / seconds };
}

const quantile = (times: number[], q: number) => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

/** Other members' turns, `clients` at a time, until `done()` says stop; their latencies in ms. */
async function othersUntil(url: string, clients: number, done: () => boolean): Promise<number[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const times: number[] = [];
  let n = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (!done()) times.push(await post(agent, url, otherTurn(n++)));
    }),
  );
  agent.destroy();
  return times;
}

/**
 * Issue 10 item 5: while one member saves 20 updates in a row, how long do everyone else's turns
 * take, against the same turns with nobody saving (same server, same run)? The index rebuilds a
 * save causes must not land on other members' requests.
 */
export async function benchSaves(): Promise<void> {
  const child = fork(path.join(__dirname, 'run.js'), ['bot-server-child'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const ready = await new Promise<{ board: string; documents: number; saveTarget: { id: string; version: number } }>((resolve, reject) => {
      child.once('message', (m) => resolve(m as { board: string; documents: number; saveTarget: { id: string; version: number } }));
      child.once('exit', (code) => reject(new Error(`bot server exited (${code})`)));
    });
    const clients = 4;
    const warm = new http.Agent({ keepAlive: true });
    for (let i = 0; i < 20; i++) await post(warm, ready.board, otherTurn(i));
    warm.destroy();
    let stopIdle = false;
    const idleTimer = setTimeout(() => (stopIdle = true), 8000);
    const idle = await othersUntil(ready.board, clients, () => stopIdle);
    clearTimeout(idleTimer);

    // The busy window: the 20 saves, then long enough for the index to catch up with them.
    let saving = true;
    const saver = new http.Agent({ keepAlive: true });
    const saves: number[] = [];
    const busyEnd = (async () => {
      for (let i = 0; i < 20; i++) saves.push(await post(saver, ready.board, saveTurn(ready.saveTarget.id, ready.saveTarget.version + i, i)));
      await new Promise((r) => setTimeout(r, 4000));
      saving = false;
    })();
    const busy = await othersUntil(ready.board, clients, () => !saving);
    await busyEnd;
    saver.destroy();
    process.stdout.write(
      `library of ${ready.documents} documents; ${clients} other members asking for their actions or searching the papers, while ${SAVER} saves 20 updates in a row\n`,
    );
    process.stdout.write(`                         turns    p50 ms   p99 ms\n`);
    process.stdout.write(
      `others, nobody saving   ${String(idle.length).padStart(6)}  ${quantile(idle, 0.5).toFixed(2).padStart(7)}  ${quantile(idle, 0.99).toFixed(2).padStart(7)}\n`,
    );
    process.stdout.write(
      `others, during saves    ${String(busy.length).padStart(6)}  ${quantile(busy, 0.5).toFixed(2).padStart(7)}  ${quantile(busy, 0.99).toFixed(2).padStart(7)}\n`,
    );
    process.stdout.write(
      `the saves themselves    ${String(saves.length).padStart(6)}  ${quantile(saves, 0.5).toFixed(2).padStart(7)}  ${quantile(saves, 0.99).toFixed(2).padStart(7)}\n`,
    );
    const ratio = quantile(busy, 0.99) / quantile(idle, 0.99);
    process.stdout.write(`others' p99 during saves / idle p99 = ${ratio.toFixed(2)}× (target ≤ 2×) ${ratio <= 2 ? 'met' : 'NOT MET'}\n`);
  } finally {
    child.kill();
  }
}

export async function benchBot(): Promise<void> {
  const child = fork(path.join(__dirname, 'run.js'), ['bot-server-child'], {
    execArgv: (process.env['BENCH_BOT_NODE_FLAGS'] ?? '').split(' ').filter(Boolean),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const urls = await new Promise<{ board: string; echo: string; documents: number }>((resolve, reject) => {
      child.once('message', (m) => resolve(m as { board: string; echo: string; documents: number }));
      child.once('exit', (code) => reject(new Error(`bot server exited (${code})`)));
    });
    process.stdout.write(
      `POST /api/messages with expectReplies, "${QUESTION}" as Priya Sandhu; library of ${urls.documents} documents; servers in one child process\n`,
    );
    process.stdout.write('clients  bot        p50 ms   p99 ms   req/s\n');
    for (const clients of [1, 20]) {
      const perClient = clients === 1 ? 1000 : 100;
      const echo = await load(urls.echo, clients, perClient);
      const board = await load(urls.board, clients, perClient);
      for (const [name, r] of [
        ['echo', echo],
        ['assistant', board],
      ] as const) {
        process.stdout.write(
          `${String(clients).padStart(7)}  ${name.padEnd(9)} ${r.p50.toFixed(2).padStart(7)}  ${r.p99.toFixed(2).padStart(7)}  ${r.rps.toFixed(0).padStart(6)}\n`,
        );
      }
      const ratio = board.p99 / echo.p99;
      process.stdout.write(`         assistant p99 / echo p99 = ${ratio.toFixed(2)}× (target ≤ 2×) ${ratio <= 2 ? 'met' : 'NOT MET'}\n`);
    }
  } finally {
    child.kill();
  }
}
