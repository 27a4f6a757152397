import type { Db } from './db';

/**
 * A token that changes whenever the library's data may have changed: `total_changes()` counts rows
 * this connection has written (documents, members' updates, roster…), `data_version` moves when
 * another connection commits (a clerk running `board ingest` while the server runs).
 */
export function generation(db: Db): string {
  let read = readers.get(db);
  if (!read) {
    const changes = db.prepare('SELECT total_changes()').pluck();
    const version = db.prepare('PRAGMA data_version').pluck();
    read = () => `${version.get() as number}:${changes.get() as number}`;
    readers.set(db, read);
  }
  return read();
}

const readers = new WeakMap<Db, () => string>();
