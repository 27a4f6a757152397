import { readConfig } from './config';
import { systemClock } from './clock';
import { describeError } from './errors';
import { Library } from './library/library';
import { demoLibraryPath } from './demo';

/**
 * `npm start`: opens the library (SQLite in ./data by default); on an empty database it ingests
 * the demo library first, then prints what the library holds.
 */
async function start(): Promise<void> {
  const config = readConfig();
  const library = new Library(config, systemClock);
  try {
    const count = (library.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    if (count === 0) {
      const report = await library.ingest([demoLibraryPath()]);
      console.log(`Empty library at ${config.dbPath}: ingested the demo library (${report.documents.length} documents, ${report.errors.length} errors).`);
    }
    const meetings = library.meetings();
    const open = library.actions();
    const overdue = open.filter((a) => a.overdue);
    const today = library.today();
    const next = meetings.find((m) => m.date > today);
    console.log(`Library ${config.dbPath}: ${meetings.length} meetings, ${open.length} open actions (${overdue.length} overdue as of ${today}).`);
    if (next) console.log(`Next meeting: ${next.title}, ${next.date}${next.venue ? `, ${next.venue}` : ''}.`);
    console.log('Try: npx board actions --owner "<name>"   |   npx board meetings   |   npx board help');
  } finally {
    library.close();
  }
}

start().catch((err: unknown) => {
  console.error(`board-assistant: ${describeError(err)}`);
  process.exitCode = 1;
});
