import * as fs from 'node:fs';
import * as path from 'node:path';

import pino from 'pino';
import type * as restify from 'restify';

import { createServer, listen, type RunningServer, type ServerOptions } from '../../bot/server';
import { readServerConfig, type ServerConfig } from '../../src/config';
import { demoLibraryPath } from '../../src/demo';
import type { Library } from '../../src/library/library';
import { importRoster } from '../../src/library/roster';
import { tempLibrary } from './corpus';

export interface DemoOptions {
  config?: ServerConfig;
  roster?: 'demo' | string;
  server?: ServerOptions;
  library?: Library;
}

export interface DemoApp {
  library: Library;
  config: ServerConfig;
  /** Not listening: call it with tests/helpers/inject's `request`, or `listen` it for a real socket. */
  server: restify.Server;
  stop(): void;
}

export interface DemoServer {
  library: Library;
  server: RunningServer;
  stop(): Promise<void>;
}

/**
 * The demo library on a fresh database (today 2026-11-24), optionally with a roster (`'demo'` for
 * src/demo/roster.csv), or a library already made, behind the real server — development mode unless
 * told otherwise — not listening.
 */
export async function createDemoApp(opts: DemoOptions = {}): Promise<DemoApp> {
  const config = opts.config ?? readServerConfig({ PORT: '0' });
  const library = opts.library ?? tempLibrary('2026-11-24');
  if (!opts.library) await library.ingest([demoLibraryPath()]);
  if (opts.roster) {
    const csv = opts.roster === 'demo' ? fs.readFileSync(path.resolve(__dirname, '../../src/demo/roster.csv'), 'utf8') : opts.roster;
    await importRoster(library.store, csv, 'test', '2026-11-24T09:00:00Z');
  }
  const server = createServer(library, config, pino({ level: 'silent' }), opts.server);
  return { library, config, server, stop: () => library.close() };
}

/** The same, listening on 127.0.0.1 (for the browser and Playground tests, which need a real address). */
export async function startDemoServer(opts: DemoOptions = {}): Promise<DemoServer> {
  const app = await createDemoApp(opts);
  const server = await listen(app.server, app.config);
  return {
    library: app.library,
    server,
    stop: async () => {
      await server.close();
      app.stop();
    },
  };
}
