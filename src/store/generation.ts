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

const memos = new WeakMap<Db, Map<string, { at: string; value: unknown }>>();

/**
 * `compute()`'s value, reused until the data (or `variant`, such as today's date) changes. For views that read the whole library
 * (every action with its sightings, owners and events) but are asked for on every chat turn.
 */
export function memoByGeneration<T>(db: Db, key: string, compute: () => T, variant = ''): T {
  let byKey = memos.get(db);
  if (!byKey) memos.set(db, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit && hit.at === `${generation(db)}|${variant}`) return hit.value as T;
  const value = compute();
  // Stamped after: compute() may itself have written (derived tables refreshed on first read).
  // One entry per key, so a new variant (tomorrow's date) replaces yesterday's, never piles up.
  byKey.set(key, { at: `${generation(db)}|${variant}`, value });
  return value;
}
