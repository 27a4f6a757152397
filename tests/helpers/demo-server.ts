import * as fs from 'node:fs';
import * as path from 'node:path';
import pino from 'pino';
import { readServerConfig, type ServerConfig } from '../../src/config';
import { demoLibraryPath } from '../../src/demo';
import type { Library } from '../../src/library/library';
import { importRoster } from '../../src/library/roster';
import { createServer, listen, type RunningServer, type ServerOptions } from '../../bot/server';
import { tempLibrary } from './corpus';

export interface DemoServer {
  library: Library;
  server: RunningServer;
  stop(): Promise<void>;
}

/**
 * The demo library on a fresh database (today 2026-11-24), optionally with a roster (`'demo'` for
 * src/demo/roster.csv), or a library already made, behind the real server on 127.0.0.1 — development mode unless told otherwise.
 */
export async function startDemoServer(opts: { config?: ServerConfig; roster?: 'demo' | string; server?: ServerOptions; library?: Library } = {}): Promise<DemoServer> {
  const config = opts.config ?? readServerConfig({ PORT: '0' });
  const library = opts.library ?? tempLibrary('2026-11-24');
  if (!opts.library) await library.ingest([demoLibraryPath()]);
  if (opts.roster) {
    const csv = opts.roster === 'demo' ? fs.readFileSync(path.resolve(__dirname, '../../src/demo/roster.csv'), 'utf8') : opts.roster;
    importRoster(library.db, csv, 'test', '2026-11-24T09:00:00Z');
  }
  const server = await listen(createServer(library, config, pino({ level: 'silent' }), opts.server), config);
  return {
    library,
    server,
    stop: async () => {
      await server.close();
      library.close();
    },
  };
}
