import './known-warnings'; // before restify: holds back its one known deprecation warning

import type { Logger } from 'pino';
import * as restify from 'restify';

import { libraryDocumentCount } from '../src/app/services';
import type { ServerConfig } from '../src/config';
import { BoardError, ErrorCode } from '../src/errors';
import type { Library } from '../src/library/library';
import { createAdapter } from './adapter';
import { BoardBot } from './board-bot';
import { readJson } from './body';
import { RefusalLog } from './log-limit';
import { activitySchema, cardDataSchema, CHECKED_BY_SERVER, executeSchema, problemOf, queryInvokeSchema } from './schemas';
import { registerTab } from './tab-api';
import type { KeySource } from './tab-auth';
import type { ActivityHandler } from './teams-sdk';

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
  // restify's own logger (pino) may be handed whole requests: ours keeps only the method and path, never a body.
  const server = restify.createServer({ name: 'board-assistant', handleUncaughtExceptions: false, log: quietLog(log) as never });
  const adapter = createAdapter(config, log);
  const bot = options.bot ?? new BoardBot(library, config, log);
  registerTab(server, library, config, log, options.tabKeys);

  // restify takes an async handler without `next` (it refuses one that takes both).
  server.get('/healthz', async (_req, res) => {
    const documents = await libraryDocumentCount(library);
    res.send(200, { status: 'ok', mode: config.mode, documents });
  });

  const refusals = new RefusalLog(log);
  server.post('/api/messages', async (req, res) => {
    const refuse = (status: number, error: string, reason = error) => {
      req.resume();
      refusals.warn(reason, { status });
      res.send(status, { error });
    };
    if (config.mode === 'production') {
      // botbuilder would refuse a malformed token too, but only after a stack trace for each one.
      const token = /^Bearer ([^\s]+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (!token) return refuse(401, 'a Bot Framework token is required', 'no bearer token');
      if (!wellFormedJwt(token)) return refuse(401, 'a Bot Framework token is required', 'malformed bearer token');
    } else {
      // Development trusts names, so only the Playground and local tools may call: no cross-site
      // form posts (text/plain needs no preflight) and no browser page from another origin.
      if (!isJson(req.headers['content-type'])) return refuse(415, 'send the activity as application/json', 'not application/json');
      const origin = req.headers.origin;
      if (origin !== undefined && !playgroundOrigins(config.playgroundPort ?? 56150).has(String(origin).toLowerCase()))
        return refuse(403, 'requests from web pages are not accepted', 'browser origin not allowed');
    }
    const body = await readJson(req);
    if (!body.ok) return refuse(400, body.error);
    const checked = checkActivity(body.value);
    if (checked) return refuse(400, `not a Bot Framework activity (${checked})`, 'activity failed the schema');
    (req as unknown as { body: unknown }).body = body.value;
    try {
      await adapter.process(req as never, res as never, (ctx) => {
        ctx.turnState.set(CHECKED_BY_SERVER, true);
        return bot.run(ctx);
      });
    } catch (err) {
      const status = (err as { statusCode?: unknown }).statusCode;
      if (status === 401 || status === 403) {
        refusals.warn('token refused', { status });
        if (!res.headersSent) res.send(401, { error: 'the Bot Framework token was refused' });
        return;
      }
      log.error({ err: (err as Error).message }, 'request failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  });
  return server;
}

/** Where the Agents Playground (npm run playground) serves its page from; any other browser origin is refused in development. */
/** The Agents Playground's page, on the port `npm run playground` gives it (PLAYGROUND_PORT). */
function playgroundOrigins(port: number): ReadonlySet<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

function isJson(contentType: string | undefined): boolean {
  return /^application\/json\s*(?:;|$)/i.test(String(contentType ?? ''));
}

/**
 * Whether a bearer token is shaped like a signed JWT (three base64url parts; a header naming its
 * algorithm and key; claims with an issuer, audience and expiry). Only the shape: botbuilder
 * checks the signature and the claims of anything that passes.
 */
export function wellFormedJwt(token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p)) || token.length > 16_384) return false;
  try {
    const header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    return (
      typeof header['alg'] === 'string' &&
      header['alg'] !== 'none' &&
      (typeof header['kid'] === 'string' || typeof header['x5t'] === 'string') &&
      typeof claims['iss'] === 'string' &&
      (typeof claims['aud'] === 'string' || Array.isArray(claims['aud'])) &&
      typeof claims['exp'] === 'number'
    );
  } catch {
    return false;
  }
}

/** What is wrong with an activity, or null: the activity, then the invoke or button data it carries. */
function checkActivity(value: unknown): string | null {
  const a = activitySchema.safeParse(value);
  if (!a.success) return problemOf(a.error);
  const { type, name, value: v } = a.data;
  const inner =
    type === 'invoke' && name === 'adaptiveCard/action'
      ? executeSchema.safeParse(v)
      : type === 'invoke' && name === 'composeExtension/query'
        ? queryInvokeSchema.safeParse(v)
        : type === 'message' && v !== undefined && v !== null
          ? cardDataSchema.safeParse(v)
          : null;
  return inner && !inner.success ? problemOf(inner.error) : null;
}

/** restify's logger: warnings and worse only, and a request reduced to its method and path. */
function quietLog(log: Logger): Logger {
  const req = (r: { method?: string; url?: string } | undefined) => (r ? { method: r.method, url: String(r.url ?? '').split('?')[0] } : r);
  return log.child(
    { component: 'restify' },
    {
      level: 'warn',
      serializers: { req, res: (r: { statusCode?: number } | undefined) => (r ? { statusCode: r.statusCode } : r), body: () => '[not logged]' },
    },
  );
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
  return new BoardError(
    ErrorCode.BadArgument,
    `port ${config.port} on ${config.host} is already in use (is the assistant already running?): set PORT to use another`,
  );
}
