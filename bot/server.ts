import * as restify from 'restify';
import type { ActivityHandler } from 'botbuilder';
import type { Logger } from 'pino';
import type { ServerConfig } from '../src/config';
import type { Library } from '../src/library/library';
import { createAdapter } from './adapter';
import { BoardBot } from './board-bot';

/** Largest activity accepted: a Teams message with a card is a few KB; 1 MB is generous. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface RunningServer {
  server: restify.Server;
  url: string;
  close(): Promise<void>;
}

/**
 * One restify server: POST /api/messages (the bot) and GET /healthz. Bodies are read here with a
 * size cap, so garbage and oversized requests get a 400 and never reach the adapter. The bot is a
 * parameter so the benchmark can put an echo bot on the very same stack as its floor.
 */
export function createServer(library: Library, config: ServerConfig, log: Logger, bot: ActivityHandler = new BoardBot(library, config, log)): restify.Server {
  const server = restify.createServer({ name: 'board-assistant', handleUncaughtExceptions: false });
  const adapter = createAdapter(config, log);

  server.get('/healthz', (_req, res, next) => {
    const documents = (library.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    res.send(200, { status: 'ok', mode: config.mode, documents });
    return next();
  });

  server.post('/api/messages', async (req, res) => {
    // botbuilder would refuse this too, but only after printing a stack trace for every stray request.
    if (config.mode === 'production' && !/^Bearer \S+$/.test(req.headers.authorization ?? '')) {
      req.resume();
      res.send(401, { error: 'a Bot Framework token is required' });
      return;
    }
    const body = await readJson(req);
    if (!body.ok) {
      res.send(400, { error: body.error });
      return;
    }
    (req as unknown as { body: unknown }).body = body.value;
    try {
      await adapter.process(req as never, res as never, (ctx) => bot.run(ctx));
    } catch (err) {
      log.error({ err: (err as Error).message }, 'request failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  });
  return server;
}

type Read = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

function readJson(req: restify.Request): Promise<Read> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      req.resume();
      resolve({ ok: false, error: 'request body too large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: Read) => {
      if (!done) {
        done = true;
        resolve(r);
      }
    };
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        finish({ ok: false, error: 'request body too large' });
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      try {
        const value = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
        if (!value || typeof value !== 'object' || Array.isArray(value) || typeof (value as { type?: unknown }).type !== 'string') {
          finish({ ok: false, error: 'not a Bot Framework activity' });
          return;
        }
        finish({ ok: true, value: value as Record<string, unknown> });
      } catch {
        finish({ ok: false, error: 'request body is not JSON' });
      }
    });
    req.on('error', () => finish({ ok: false, error: 'request could not be read' }));
  });
}

export async function listen(server: restify.Server, config: ServerConfig): Promise<RunningServer> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address() as { port: number };
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    server,
    url: `http://${host}:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
