import './known-warnings'; // before restify: holds back its one known deprecation warning
import * as restify from 'restify';
import type { ActivityHandler } from 'botbuilder';
import type { Logger } from 'pino';
import type { ServerConfig } from '../src/config';
import type { Library } from '../src/library/library';
import { BoardError, ErrorCode } from '../src/errors';
import { createAdapter } from './adapter';
import { BoardBot } from './board-bot';
import { readJson } from './body';
import { registerTab } from './tab-api';
import type { KeySource } from './tab-auth';

export interface ServerOptions {
  /** The bot behind /api/messages; the benchmark puts an echo bot here as its floor. */
  bot?: ActivityHandler;
  /** Where the tab's token signing keys come from (Entra by default; a local set in tests). */
  tabKeys?: KeySource;
}

export { MAX_BODY_BYTES } from './body';

export interface RunningServer {
  server: restify.Server;
  url: string;
  close(): Promise<void>;
}

/**
 * One restify server: POST /api/messages (the bot), the "My board" tab and its API, and GET
 * /healthz. Bodies are read with a size cap, so garbage and oversized requests get a 400 and never
 * reach the adapter.
 */
export function createServer(library: Library, config: ServerConfig, log: Logger, options: ServerOptions = {}): restify.Server {
  const server = restify.createServer({ name: 'board-assistant', handleUncaughtExceptions: false });
  const adapter = createAdapter(config, log);
  const bot = options.bot ?? new BoardBot(library, config, log);
  registerTab(server, library, config, log, options.tabKeys);

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
    if (body.ok && typeof body.value['type'] !== 'string') {
      res.send(400, { error: 'not a Bot Framework activity' });
      return;
    }
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

export async function listen(server: restify.Server, config: ServerConfig): Promise<RunningServer> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => reject(err.code === 'EADDRINUSE' ? portTaken(config) : err));
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

/** A second assistant (or anything else) on the port: say which port and how to choose another. */
function portTaken(config: ServerConfig): BoardError {
  return new BoardError(ErrorCode.BadArgument, `port ${config.port} on ${config.host} is already in use (is the assistant already running?): set PORT to use another`);
}
