import { TurnContext } from 'botbuilder';
import type { Library } from '../src/library/library';

/** The key a Teams user's conversation is stored under. */
export function userKey(ctx: TurnContext): string {
  return (ctx.activity.from?.aadObjectId ?? ctx.activity.from?.id ?? '').toLowerCase();
}

/**
 * Keeps the latest conversation reference for each user (personal chats only), so reminders can
 * reach them later; refreshed on every message and on install.
 */
export function saveConversation(library: Library, ctx: TurnContext, person: string): void {
  if (ctx.activity.conversation?.conversationType && ctx.activity.conversation.conversationType !== 'personal') return;
  const key = userKey(ctx);
  if (!key) return;
  const reference = TurnContext.getConversationReference(ctx.activity);
  library.db
    .prepare(
      `INSERT INTO conversations (user_key, person, reference_json, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(user_key) DO UPDATE SET person = excluded.person, reference_json = excluded.reference_json, updated_at = excluded.updated_at`,
    )
    .run(key, person, JSON.stringify(reference), library.clock.now().toISOString());
}

/** Forgets a user's conversation when they remove the app. */
export function forgetConversation(library: Library, ctx: TurnContext): void {
  library.db.prepare('DELETE FROM conversations WHERE user_key = ?').run(userKey(ctx));
}
