import { fork } from 'node:child_process';
import * as http from 'node:http';
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { ActivityHandler } from 'botbuilder';
import pino from 'pino';
import { readConfig, readServerConfig, type ServerConfig } from '../../src/config';
import { fixedClock } from '../../src/clock';
import { Library } from '../../src/library/library';
import { demoLibraryPath } from '../../src/demo';
import { createServer, listen } from '../../bot/server';
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
  const corpus = fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS).filter((f) => /\.(txt|pdf|docx)$/.test(f)).map((f) => path.join(CORPUS, f)) : [];
  await library.ingest([demoLibraryPath(), ...corpus]);
  const silent = pino({ level: 'silent' });
  const board = await listen(createServer(library, DEV, silent), DEV);
  const echo = await listen(createServer(library, DEV, silent, { bot: new EchoBot() }), DEV);
  const documents = (library.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  process.send!({ board: board.url, echo: echo.url, documents });
}

function activity(i: number): string {
  return JSON.stringify(messageActivity(QUESTION, { id: `bench-${i}` }));
}

function post(agent: http.Agent, url: string, body: string): Promise<number> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/api/messages`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(Number(process.hrtime.bigint() - started) / 1e6) : reject(new Error(`HTTP ${res.statusCode}`))));
    });
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

export async function benchBot(): Promise<void> {
  const child = fork(path.join(__dirname, 'run.js'), ['bot-server-child'], { execArgv: (process.env['BENCH_BOT_NODE_FLAGS'] ?? '').split(' ').filter(Boolean), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const urls = await new Promise<{ board: string; echo: string; documents: number }>((resolve, reject) => {
      child.once('message', (m) => resolve(m as { board: string; echo: string; documents: number }));
      child.once('exit', (code) => reject(new Error(`bot server exited (${code})`)));
    });
    process.stdout.write(`POST /api/messages with expectReplies, "${QUESTION}" as Priya Sandhu; library of ${urls.documents} documents; servers in one child process\n`);
    process.stdout.write('clients  bot        p50 ms   p99 ms   req/s\n');
    for (const clients of [1, 20]) {
      const perClient = clients === 1 ? 1000 : 100;
      const echo = await load(urls.echo, clients, perClient);
      const board = await load(urls.board, clients, perClient);
      for (const [name, r] of [['echo', echo], ['assistant', board]] as const) {
        process.stdout.write(`${String(clients).padStart(7)}  ${name.padEnd(9)} ${r.p50.toFixed(2).padStart(7)}  ${r.p99.toFixed(2).padStart(7)}  ${r.rps.toFixed(0).padStart(6)}\n`);
      }
      const ratio = board.p99 / echo.p99;
      process.stdout.write(`         assistant p99 / echo p99 = ${ratio.toFixed(2)}× (target ≤ 2×) ${ratio <= 2 ? 'met' : 'NOT MET'}\n`);
    }
  } finally {
    child.kill();
  }
}
