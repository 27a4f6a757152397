import { forgetConversation as forget, rememberConversation } from '../src/app/services';
import type { Library } from '../src/library/library';
import { TurnContext } from './teams-sdk';

/** The key a Teams user's conversation is stored under. */
export function userKey(ctx: TurnContext): string {
  return (ctx.activity.from?.aadObjectId ?? ctx.activity.from?.id ?? '').toLowerCase();
}

/**
 * Keeps the latest conversation reference for each user (personal chats only), so reminders can
 * reach them later; refreshed on every message and on install.
 */
export async function saveConversation(library: Library, ctx: TurnContext, person: string): Promise<void> {
  if (ctx.activity.conversation?.conversationType && ctx.activity.conversation.conversationType !== 'personal') return;
  const key = userKey(ctx);
  if (!key) return;
  // Without the message id the reference is the same from one message to the next, so a chat turn
  // writes nothing unless the user, their conversation or Teams' service address changed.
  const { activityId: _drop, ...reference } = TurnContext.getConversationReference(ctx.activity);
  await rememberConversation(library, key, person, JSON.stringify(reference));
}

/** Forgets a user's conversation when they remove the app. */
export async function forgetConversation(library: Library, ctx: TurnContext): Promise<void> {
  await forget(library, userKey(ctx));
}
