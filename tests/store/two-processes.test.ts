import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import type { Member } from '../../src/library/roster';
import { OPERATOR } from '../../src/library/scope';
import { updateAction } from '../../src/library/updates';
import { tempDir, tempLibrary } from '../helpers/corpus';
import { minutes } from '../helpers/minutes';

/**
 * A second process on the same database file (the CLI beside the server) holds the write lock for
 * a while; a member saving an update meanwhile must wait for it, not be told "database is locked".
 */
function holdWriteLock(dbPath: string, holdMs: number): Promise<ChildProcess> {
  const script = `
    const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
    const db = new Database(${JSON.stringify(dbPath)});
    db.pragma('busy_timeout = 5000');
    db.exec('BEGIN IMMEDIATE');
    db.prepare("INSERT INTO meta (key, value) VALUES ('other-process', '1') ON CONFLICT(key) DO UPDATE SET value = value || '1'").run();
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); process.exit(0); }, ${holdMs});
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('locked')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
}

test('an update saved while another process holds the write lock waits and is recorded', async () => {
  const library = tempLibrary('2026-04-10');
  try {
    const dir = tempDir();
    const file = path.join(dir, 'feb.txt');
    fs.writeFileSync(
      file,
      minutes({
        date: 'Tuesday 3 February 2026',
        present: ['Ruth Abernethy, Independent Chair', 'Paul Hartley, Schools Safeguarding Lead, Eastvale Council'],
        items: ['ACTION TRACKER\nAction 12: Paul Hartley to draft a leaflet on escalation for school staff.'],
        next: 'Tuesday 5 May 2026.',
      }),
    );
    await library.ingest([file]);
    const clerk: Member = { name: 'Ruth Abernethy', personKey: null, role: 'clerk', boards: [], fromRoster: true };
    for (let i = 0; i < 2; i++) {
      const action = (await library.actions(OPERATOR)).find((a) => a.ref === '12')!;
      const child = await holdWriteLock(library.config.dbPath, 700);
      const exited = new Promise((r) => child.once('exit', r));
      const result = await updateAction(
        library,
        { ...clerk, boards: [action.board] },
        { actionId: action.id, expectedVersion: action.version, submissionId: `locked-${i}`, note: `Draft ${i} with the schools.` },
      );
      expect(result.outcome).toBe('recorded');
      await exited;
    }
    expect(library.db.prepare("SELECT value FROM meta WHERE key = 'other-process'").pluck().get()).toBe('11');
    expect((await library.actions(OPERATOR)).find((a) => a.ref === '12')!.progress).toContain('Draft 1');
  } finally {
    library.close();
  }
});
