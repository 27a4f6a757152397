import { z } from 'zod';

/**
 * What may come in at the edge, checked before anything else reads it: a Bot Framework activity
 * on /api/messages and the data a card button sends (Action.Execute, Action.Submit, the tab).
 * A field of the wrong type — an object where a name should be, a number for the text — is refused
 * here with a 400 or a plain card, instead of failing somewhere inside the turn.
 */

const id = z.string().max(512);
const name = z.string().max(512);

const account = z.object({ id: id.optional(), name: name.nullish(), aadObjectId: id.nullish(), role: z.string().max(64).nullish() }).passthrough();

const conversation = z
  .object({ id: id.optional(), name: name.nullish(), conversationType: z.string().max(64).nullish(), tenantId: id.nullish(), isGroup: z.boolean().nullish() })
  .passthrough();

const attachment = z
  .object({ contentType: z.string().max(256), contentUrl: z.string().max(4096).nullish(), name: name.nullish(), content: z.unknown().optional() })
  .passthrough();

const entity = z.object({ type: z.string().max(128), mentioned: account.nullish(), text: z.string().max(4096).nullish() }).passthrough();

/**
 * Turn state set by the server on an activity whose raw body it has checked against activitySchema,
 * so the bot does not parse it a second time (the check costs about as much as answering "my actions").
 */
export const CHECKED_BY_SERVER = Symbol('activity checked by the server');

export const activitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: id.nullish(),
    name: z.string().max(256).nullish(),
    channelId: z.string().max(64).nullish(),
    serviceUrl: z.string().max(2048).nullish(),
    text: z.string().max(28_000).nullish(),
    textFormat: z.string().max(32).nullish(),
    replyToId: id.nullish(),
    from: account.nullish(),
    recipient: account.nullish(),
    conversation: conversation.nullish(),
    attachments: z.array(attachment).max(20).nullish(),
    entities: z.array(entity).max(50).nullish(),
    membersAdded: z.array(account).max(500).nullish(),
    membersRemoved: z.array(account).max(500).nullish(),
    channelData: z.record(z.unknown()).nullish(),
    value: z.unknown().optional(),
  })
  .passthrough();

/** The data a button sends: a flat object of short strings, numbers and flags, nothing nested. */
export const cardDataSchema = z
  .record(z.string().max(64), z.union([z.string().max(5000), z.number().finite(), z.boolean(), z.null()]))
  .refine((o) => Object.keys(o).length <= 40, 'too many fields');

export const verbSchema = z.string().min(1).max(64);

/** An Action.Execute invoke's value: { action: { type, verb, data } }. */
export const executeSchema = z
  .object({ action: z.object({ type: z.string().max(64).optional(), verb: verbSchema, data: cardDataSchema.optional() }).passthrough() })
  .passthrough();

/** The review card's "add a missed action" form, as it comes back. */
export const reviewAddSchema = z.object({
  document: name,
  meetingDate: z.string().max(32).optional(),
  item: z.string().max(200).optional(),
  text: z.string().trim().min(1, 'say what the action is').max(1000),
  owners: z.string().max(1000).optional(),
  due: z.string().max(32).optional(),
  why: z.string().max(1000).optional(),
});

/** The "duplicate of…" form: this action is merged into that one. */
export const reviewMergeSchema = z.object({
  actionId: id.min(1),
  document: name.optional(),
  into: id.min(1, 'choose the action it duplicates'),
  why: z.string().max(1000).optional(),
});

/** A compose-box query: { commandId, parameters: [{ name, value }], queryOptions: { skip, count } }. */
export const queryInvokeSchema = z
  .object({
    commandId: z.string().max(128).nullish(),
    parameters: z
      .array(z.object({ name: z.string().max(128), value: z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]).optional() }).passthrough())
      .max(10)
      .nullish(),
    queryOptions: z
      .object({ skip: z.number().int().min(0).max(1000).nullish(), count: z.number().int().min(0).max(100).nullish() })
      .passthrough()
      .nullish(),
  })
  .passthrough();

/** Where the first problem is, for a 400 (never the value itself: it may be someone's words). */
export function problemOf(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'not valid';
}
