import * as fs from 'node:fs';
import * as path from 'node:path';

import type { Logger } from 'pino';
import type * as restify from 'restify';

import { resultsCard } from '../cards/views';
import { answer } from '../src/answers/answer';
import { readIntent } from '../src/answers/intents';
import { attendanceFor, identify, refuse, selectableMembers } from '../src/app/services';
import type { ServerConfig } from '../src/config';
import { BoardError, ErrorCode } from '../src/errors';
import { actionsOwnedBy } from '../src/library/actions-view';
import type { Library } from '../src/library/library';
import type { Member } from '../src/library/roster';
import { readJson } from './body';
import { registerFeatures } from './features';
import { actionItem } from './features/actions';
import { registerTabReview } from './features/review/tab-review';
import { teamsDeliver, tellMember } from './features/review/upload-review';
import { staticPage } from './pages';
import { Router } from './router';
import { cardDataSchema, problemOf, verbSchema } from './schemas';
import { type KeySource, PublishedKeys, TokenValidator } from './tab-auth';

/** Where the bundled tab page lives: dist/tab, from the compiled server or from the sources. */
function tabDir(): string | null {
  const candidates = [path.join(__dirname, '../tab'), path.resolve(__dirname, '../dist/tab')];
  return candidates.find((c) => fs.existsSync(path.join(c, 'app.js'))) ?? null;
}

const ASSETS: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
};

/** Teams shows the tab in a frame on these origins; nothing else may frame it. */
const FRAME_ANCESTORS =
  "'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.cloud.microsoft https://*.office.com https://*.microsoft365.com https://*.cloud.microsoft";
const CSP = `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors ${FRAME_ANCESTORS}`;

const DEV_HEADER = 'x-board-member';

/**
 * The "My board" personal tab: its page under /tab and a JSON API under /api/tab that calls the
 * same domain code and the same card replies as the bot, so rules, versions and audit are one.
 * Production: every API call carries the Teams SSO token, validated here, and the roster decides
 * who it is. Development (loopback only): the page lets you pick a member, sent as a header.
 */
export function registerTab(server: restify.Server, library: Library, config: ServerConfig, log: Logger, keys?: KeySource): void {
  // A proposal decided in the tab is told to the member in chat, as from the review card.
  const router = registerFeatures(new Router(library, tellMember(library, teamsDeliver(config, library, log), log), log));
  const validator =
    config.mode === 'production' && config.appId
      ? new TokenValidator(
          { appId: config.appId.toLowerCase(), publicHost: config.publicUrl ? new URL(config.publicUrl).host : null, tenants: config.allowedTenants },
          keys ?? new PublishedKeys(),
          () => library.clock.now(),
        )
      : null;

  const send = (res: restify.Response, status: number, body: unknown) => {
    res.setHeader('Cache-Control', 'no-store');
    res.send(status, body);
  };

  /** The member behind an API call, or the response already sent. */
  async function member(req: restify.Request, res: restify.Response): Promise<Member | null> {
    if (validator) {
      const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (!bearer) {
        send(res, 401, { error: 'sign-in required: open the tab in Teams' });
        return null;
      }
      const checked = await validator.check(bearer);
      if (!checked.ok) {
        log.warn({ reason: checked.reason }, 'tab token refused');
        await refused('token', `sign-in refused: ${checked.reason}`);
        send(res, 401, { error: `sign-in refused: ${checked.reason}` });
        return null;
      }
      const m = await identify(library, { aadObjectId: checked.user.oid, allowDisplayName: false });
      if (!m) {
        await refused(`<${checked.user.oid}>`, 'not a member');
        send(res, 403, { error: 'This assistant is only for members of the board. Ask the board’s clerk to add you to the roster.' });
      }
      return m;
    }
    const name = devName(req);
    if (name === null) {
      send(res, 400, { error: 'the member header is not valid UTF-8 text' });
      return null;
    }
    const m = name ? await identify(library, { displayName: name, allowDisplayName: true }) : null;
    if (!m) {
      if (name) await refused(name, 'not a member');
      send(res, 403, { error: name ? `"${name}" is not a member found in the papers or the roster` : 'choose who you are (development mode)' });
    }
    return m;

    async function refused(actor: string, reason: string): Promise<void> {
      await refuse(library, { actor, what: `tab ${req.method ?? 'GET'} ${req.path()}`, target: 'tab', reason });
    }
  }

  /**
   * An API handler that never throws at the client: a member's mistake (BoardError) is a 4xx with
   * its words, in this one place; anything else is logged without content and answered as a 500.
   */
  const api =
    (handler: (req: restify.Request, res: restify.Response, who: Member) => Promise<void> | void) => async (req: restify.Request, res: restify.Response) => {
      try {
        const who = await member(req, res);
        if (who) await handler(req, res, who);
      } catch (err) {
        if (err instanceof BoardError) return send(res, STATUS[err.code] ?? 400, { error: err.message });
        log.error({ err: (err as Error).message, path: req.path() }, 'tab request failed');
        if (!res.headersSent) send(res, 500, { error: 'Something went wrong on our side; nothing was changed. Please try again.' });
      }
    };

  server.get('/api/tab/session', async (_req, res) => send(res, 200, { mode: config.mode, appId: config.appId }));

  server.get('/api/tab/dev/members', async (_req, res) => {
    if (validator || config.mode !== 'development') return send(res, 404, { error: 'not found' });
    send(res, 200, await selectableMembers(library));
  });

  server.get(
    '/api/tab/me',
    api((_req, res, who) => send(res, 200, { name: who.name, role: who.role, boards: who.boards, today: library.today() })),
  );

  server.get(
    '/api/tab/actions',
    api(async (req, res, who) => {
      const filter = param(req, 'filter') ?? 'open';
      const scope = param(req, 'scope') ?? 'mine';
      if (!['open', 'overdue', 'done', 'all'].includes(filter) || !['mine', 'board'].includes(scope))
        return send(res, 400, { error: 'filter is open, overdue, done or all; scope is mine or board' });
      if (scope === 'board' && who.role === 'member') return send(res, 403, { error: 'Only the clerk and the chair can see every action on the board.' });
      const status = filter === 'overdue' ? 'open' : (filter as 'open' | 'done' | 'all');
      // Their own list by the person key the request was resolved to, not their name looked up again.
      let list = scope === 'mine' ? await actionsOwnedBy(library.store, library.today(), who, status) : await library.actions(who, { status });
      if (filter === 'overdue') list = list.filter((a) => a.overdue);
      send(
        res,
        200,
        list.map((a) => actionItem(a, { showOwners: scope === 'board' })),
      );
    }),
  );

  server.post(
    '/api/tab/card',
    api(async (req, res, who) => {
      const body = await readJson(req);
      if (!body.ok) return send(res, 400, { error: body.error });
      const verb = verbSchema.safeParse(body.value['verb']);
      const data = cardDataSchema.optional().safeParse(body.value['data']);
      if (!verb.success || !data.success) {
        return send(res, 400, {
          error: `expected {"verb": "…", "data": {…}} with short text, numbers or flags as values${data.success ? '' : ` (${problemOf(data.error)})`}`,
        });
      }
      send(res, 200, { card: await router.forVerb(who, verb.data, data.data ?? {}) });
    }),
  );

  server.get(
    '/api/tab/search',
    api(async (req, res, who) => {
      const q = (param(req, 'q') ?? '').slice(0, 200);
      const results = q.trim() ? resultsCard('', await library.search(who, q, { limit: 10 })).results : [];
      // "Which level is …" typed into the tab's search gets the same safe answer as in chat, caveat and route included.
      if (q.trim() && (await readIntent(q)).intent === 'which-level') {
        const a = await answer(library, q, who);
        results.unshift({
          heading: 'Which level?',
          snippet: a.text,
          source: a.level ? `${a.level.partnership}’s guidance (${a.level.document})` : 'Threshold guidance',
        });
      }
      send(res, 200, results);
    }),
  );

  server.get(
    '/api/tab/attendance',
    api(async (_req, res, who) => send(res, 200, await attendanceFor(library, who))),
  );

  registerTabReview(server, library, api, send);

  // Read once: the bundle only changes with a new build, and a new build means a restart.
  const assets = new Map<string, Buffer>();
  const serveAsset = (name: string) => async (_req: restify.Request, res: restify.Response) => {
    let body = assets.get(name);
    if (!body) {
      const dir = tabDir();
      if (!dir) return send(res, 503, { error: 'the tab is not built: run npm run build' });
      body = fs.readFileSync(path.join(dir, name));
      assets.set(name, body);
    }
    res.writeHead(200, {
      'Content-Type': ASSETS[name]!,
      'Content-Length': body.length,
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': name === 'index.html' ? 'no-cache' : 'public, max-age=300',
    });
    res.end(body);
  };
  server.get('/tab', serveAsset('index.html'));
  server.get('/tab/', serveAsset('index.html'));
  server.get('/tab/app.js', serveAsset('app.js'));
  server.get('/tab/app.css', serveAsset('app.css'));

  for (const page of ['privacy', 'terms'] as const) {
    server.get(`/${page}`, async (_req, res) => {
      const body = Buffer.from(staticPage(page));
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Length': body.length,
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(body);
    });
  }
}

/** A member's mistake as an HTTP status: what they asked for is not there, not theirs, or not right. */
const STATUS: Partial<Record<ErrorCode, number>> = { [ErrorCode.NotFound]: 404, [ErrorCode.Forbidden]: 403, [ErrorCode.TooLarge]: 413 };

/** The development member header, decoded; null when it is not valid percent-encoded UTF-8 ("%E0%A4%A"). */
function devName(req: restify.Request): string | null {
  const raw = req.headers[DEV_HEADER];
  const text = (Array.isArray(raw) ? raw[0] : (raw ?? '')).trim();
  try {
    return decodeURIComponent(text).slice(0, 200);
  } catch {
    return null;
  }
}

function param(req: restify.Request, name: string): string | null {
  return new URL(req.url ?? '/', 'http://localhost').searchParams.get(name);
}
