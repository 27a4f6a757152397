import type { Db } from './db';
import type { ConversationRepository, StoredConversation } from './repositories';
import type { Sync } from './sync';

/** The Teams conversations the assistant may write to, by user. */
export class SqliteConversations implements Sync<ConversationRepository> {
  constructor(private readonly db: Db) {}

  reachable(): { user_key: string; person: string }[] {
    return this.db.prepare('SELECT user_key, person FROM conversations WHERE person IS NOT NULL ORDER BY updated_at').all() as {
      user_key: string;
      person: string;
    }[];
  }

  reference(userKey: string): string | null {
    return (this.db.prepare('SELECT reference_json FROM conversations WHERE user_key = ?').pluck().get(userKey) as string | undefined) ?? null;
  }

  stored(userKey: string): StoredConversation | null {
    const row = this.db.prepare('SELECT person, reference_json FROM conversations WHERE user_key = ?').get(userKey) as
      { person: string | null; reference_json: string } | undefined;
    return row ? { person: row.person, referenceJson: row.reference_json } : null;
  }

  save(userKey: string, person: string, referenceJson: string, at: string): void {
    this.db
      .prepare(
        `INSERT INTO conversations (user_key, person, reference_json, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(user_key) DO UPDATE SET person = excluded.person, reference_json = excluded.reference_json, updated_at = excluded.updated_at`,
      )
      .run(userKey, person, referenceJson, at);
  }

  latestOf(person: string): string | null {
    const row = this.db.prepare('SELECT reference_json FROM conversations WHERE person = ? ORDER BY updated_at DESC LIMIT 1').get(person) as
      { reference_json: string } | undefined;
    return row?.reference_json ?? null;
  }

  forget(userKey: string): void {
    this.db.prepare('DELETE FROM conversations WHERE user_key = ?').run(userKey);
  }
}
