import type { Db } from './db';
import type { ConversationRepository } from './repositories';

/** The Teams conversations the assistant may write to, by user. */
export class SqliteConversations implements ConversationRepository {
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

  forget(userKey: string): void {
    this.db.prepare('DELETE FROM conversations WHERE user_key = ?').run(userKey);
  }
}
