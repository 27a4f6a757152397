import pino from 'pino';

import { intentClassifier } from '../src/answers/nlu/classifier';
import { libraryDocumentCount } from '../src/app/services';
import { systemClock } from '../src/clock';
import { loadDotEnv, readConfig, readServerConfig } from '../src/config';
import { demoLibraryPath } from '../src/demo';
import { describeError } from '../src/errors';
import { Library } from '../src/library/library';
import { heldDeprecations } from './known-warnings';
import { startReminders } from './reminders';
import { createServer, listen } from './server';

/**
 * `npm start`: the assistant's server. An empty library gets the demo papers first. One line says
 * where it listens and in which mode; a production start with incomplete credentials refuses.
 */
async function main(): Promise<void> {
  loadDotEnv();
  const config = readConfig();
  const server = readServerConfig();
  const log = pino({ level: config.logLevel, base: undefined });
  const library = new Library(config, systemClock);
  const documents = await libraryDocumentCount(library);
  if (documents === 0) {
    const report = await library.ingest([demoLibraryPath()]);
    log.info({ documents: report.documents.length, errors: report.errors.length }, `empty library at ${config.dbPath}: loaded the demo library`);
  }
  // A previous run stopped between a save and its index rebuild: catch up, off the request path.
  library.scheduleIndexRefresh();
  const running = await listen(createServer(library, server, log), server);
  if (heldDeprecations()) log.debug("held back Node's DEP0111 warning from restify's http-deceiver (process.binding('http_parser')); harmless");
  const reminders = config.reminders.enabled ? startReminders(library, server, log) : null;
  const mode =
    server.mode === 'development'
      ? 'development mode: no MicrosoftAppId, requests are not authenticated, listening on loopback only'
      : `production mode: Bot Framework authentication on, tenants ${server.allowedTenants.join(', ')}`;
  log.info(`board-assistant listening on ${running.url}/api/messages (${mode})`);
  // Train the intent classifier straight away rather than on the first member's message.
  log.info(`intent classifier trained in ${Math.round(intentClassifier().trainMs)} ms`);
  const stop = () => {
    reminders?.stop();
    void running.close().then(() => {
      library.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`board-assistant: ${describeError(err)}\n`);
  process.exitCode = 1;
});
