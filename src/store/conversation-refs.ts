import type { Db } from './db';

/** What is stored for one Teams user's personal chat: who they are in the papers and how to reach them. */
export interface StoredConversation {
  person: string | null;
  referenceJson: string;
}

export function storedConversation(db: Db, userKey: string): StoredConversation | null {
  const row = db.prepare('SELECT person, reference_json FROM conversations WHERE user_key = ?').get(userKey) as
    { person: string | null; reference_json: string } | undefined;
  return row ? { person: row.person, referenceJson: row.reference_json } : null;
}

export function storeConversation(db: Db, userKey: string, person: string, referenceJson: string, at: string): void {
  db.prepare(
    `INSERT INTO conversations (user_key, person, reference_json, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(user_key) DO UPDATE SET person = excluded.person, reference_json = excluded.reference_json, updated_at = excluded.updated_at`,
  ).run(userKey, person, referenceJson, at);
}

export function deleteConversation(db: Db, userKey: string): void {
  db.prepare('DELETE FROM conversations WHERE user_key = ?').run(userKey);
}

/** The reference of a person's most recently used chat, as JSON, or null if they have none. */
export function latestConversationOf(db: Db, person: string): string | null {
  const row = db.prepare('SELECT reference_json FROM conversations WHERE person = ? ORDER BY updated_at DESC LIMIT 1').get(person) as
    { reference_json: string } | undefined;
  return row?.reference_json ?? null;
}
