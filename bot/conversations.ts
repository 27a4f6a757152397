import { TurnContext } from 'botbuilder';

import type { Library } from '../src/library/library';
import { memoByGeneration } from '../src/store/generation';

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
  // Without the message id the reference is the same from one message to the next, so a chat turn
  // writes nothing unless the user, their conversation or Teams' service address changed.
  const { activityId: _drop, ...reference } = TurnContext.getConversationReference(ctx.activity);
  const json = JSON.stringify(reference);
  const known = memoByGeneration(library.db, 'conversations', () => new Map<string, string>());
  if (known.get(key) === `${person}\n${json}`) return;
  const stored = library.db.prepare('SELECT person, reference_json FROM conversations WHERE user_key = ?').get(key) as
    { person: string; reference_json: string } | undefined;
  if (stored && stored.person === person && stored.reference_json === json) {
    known.set(key, `${person}\n${json}`);
    return;
  }
  library.db
    .prepare(
      `INSERT INTO conversations (user_key, person, reference_json, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(user_key) DO UPDATE SET person = excluded.person, reference_json = excluded.reference_json, updated_at = excluded.updated_at`,
    )
    .run(key, person, json, library.clock.now().toISOString());
}

/** Forgets a user's conversation when they remove the app. */
export function forgetConversation(library: Library, ctx: TurnContext): void {
  library.db.prepare('DELETE FROM conversations WHERE user_key = ?').run(userKey(ctx));
}
