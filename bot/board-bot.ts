import type { Logger } from 'pino';

import type { AdaptiveCardJson } from '../cards/render';
import { renderCard } from '../cards/render';
import { resultsCard } from '../cards/views';
import { refuse } from '../src/app/services';
import type { ServerConfig } from '../src/config';
import type { Library } from '../src/library/library';
import type { Member } from '../src/library/roster';
import { forgetConversation, saveConversation } from './conversations';
import { type DownloadPolicy, downloadPolicy } from './download';
import { registerFeatures } from './features';
import { helpFor, refusalCard } from './features/help';
import { ExportFiles } from './features/review/export-file';
import { ReviewReplies } from './features/review/review-replies';
import { isFileUpload } from './features/review/upload';
import { type Deliver, teamsDeliver, tellMember, UploadReader } from './features/review/upload-review';
import { Identities, tenantOf } from './identity';
import { type Channel, notice, Router } from './router';
import { activitySchema, cardDataSchema, CHECKED_BY_SERVER, executeSchema, problemOf, queryInvokeSchema, verbSchema } from './schemas';
import {
  ActivityTypes,
  AdaptiveCardInvokeResponse,
  AdaptiveCardInvokeValue,
  CardFactory,
  FileConsentCardResponse,
  MessageFactory,
  MessagingExtensionQuery,
  MessagingExtensionResponse,
  TeamsActivityHandler,
  TurnContext,
} from './teams-sdk';

/**
 * The assistant in Teams: identifies who is asking, refuses anyone who is not a member (or from
 * another tenant), and hands the rest to the router, where each feature declared its intents and
 * verbs. Buttons arrive two ways — Action.Execute invokes and Action.Submit messages — and both go
 * to the same verbs. This is the only file that turns Teams activities into routes.
 */
export class BoardBot extends TeamsActivityHandler {
  private readonly identities: Identities;
  private readonly router: Router;
  readonly uploads: UploadReader;
  private readonly exports: ExportFiles;

  constructor(
    private readonly library: Library,
    private readonly config: ServerConfig,
    private readonly log: Logger,
    /** Where uploads may be fetched from; the configured hosts unless a test stands in a local server. */
    private readonly download: DownloadPolicy = downloadPolicy(config.uploadHosts),
    deliver: Deliver = teamsDeliver(config, library, log),
  ) {
    super();
    this.identities = new Identities(library, config);
    const tell = tellMember(library, deliver, log);
    this.router = registerFeatures(new Router(library, tell, log));
    const review = new ReviewReplies(library, tell);
    this.uploads = new UploadReader(library, this.download, log, { reviewCards: (member, documents) => review.cardsFor(member, documents) }, deliver);
    this.exports = new ExportFiles(library, config, log);

    this.onMessage(async (ctx, next) => {
      const member = await this.admit(ctx);
      if (member) {
        await saveConversation(this.library, ctx, member.name);
        const value = ctx.activity.value as Record<string, unknown> | undefined;
        if (value && typeof value === 'object' && value['verb'] !== undefined) {
          const data = cardDataSchema.safeParse(value);
          const verb = verbSchema.safeParse(value['verb']);
          if (!data.success || !verb.success) await this.replaceOrSend(ctx, this.unreadable());
          else await this.replaceOrSend(ctx, await this.router.forVerb(member, verb.data, data.data, this.channel(ctx, member)));
        } else if (isFileUpload(ctx.activity)) {
          await this.uploads.start(ctx, member);
        } else {
          const text = TurnContext.removeRecipientMention(ctx.activity) ?? ctx.activity.text ?? '';
          await send(ctx, await this.router.forText(member, text, this.channel(ctx, member)));
        }
      }
      await next();
    });

    this.onInstallationUpdateAdd(async (ctx, next) => {
      const member = await this.identities.member(ctx);
      if (member && this.tenantAllowed(ctx)) {
        await saveConversation(this.library, ctx, member.name);
        await this.welcome(ctx, () => helpFor(this.library, member, true));
      }
      await next();
    });

    this.onInstallationUpdateRemove(async (ctx, next) => {
      await forgetConversation(this.library, ctx);
      await next();
    });

    this.onMembersAdded(async (ctx, next) => {
      const botAdded = (ctx.activity.membersAdded ?? []).some((m) => m.id === ctx.activity.recipient?.id);
      if (botAdded && ctx.activity.conversation?.conversationType !== 'personal') {
        await this.welcome(ctx, () => notice('Hello', 'I am the board assistant. Members can ask me about their actions and meetings in a personal chat.'));
      } else if (botAdded && this.tenantAllowed(ctx)) {
        // A personal install can arrive as this event alone: greet the member here too, once.
        const member = await this.identities.member(ctx);
        if (member) {
          await saveConversation(this.library, ctx, member.name);
          await this.welcome(ctx, () => helpFor(this.library, member, true));
        }
      }
      await next();
    });
  }

  /** Conversations already welcomed by this process: Teams announces one install with two events, and a channel must not be greeted twice. */
  private readonly welcomed = new Set<string>();

  private async welcome(ctx: TurnContext, card: () => AdaptiveCardJson | Promise<AdaptiveCardJson>): Promise<void> {
    const id = ctx.activity.conversation?.id ?? '';
    if (this.welcomed.has(id)) return;
    this.welcomed.add(id);
    await send(ctx, await card());
  }

  /** Every activity is checked against the schema first: one with odd types gets a plain answer, and nothing else reads it. */
  override async run(ctx: TurnContext): Promise<void> {
    if (ctx.turnState.get(CHECKED_BY_SERVER) === true) return super.run(ctx);
    const checked = activitySchema.safeParse(ctx.activity);
    if (checked.success) return super.run(ctx);
    this.log.warn(
      { problem: problemOf(checked.error), type: typeof ctx.activity.type === 'string' ? ctx.activity.type.slice(0, 40) : null },
      'refused an activity that failed the schema',
    );
    if (ctx.activity.type === 'invoke') await ctx.sendActivity({ type: 'invokeResponse', value: { status: 400, body: { error: 'not a valid activity' } } });
    else if (ctx.activity.type === 'message') await send(ctx, this.unreadable());
  }

  private unreadable(): AdaptiveCardJson {
    return notice('Sorry', 'I could not read that. If you pressed a button, ask me again for a fresh card.');
  }

  /** Checks the tenant and the member; tells anyone else politely that this is not for them. */
  private async admit(ctx: TurnContext): Promise<Member | null> {
    if (!this.tenantAllowed(ctx)) {
      this.log.warn({ tenant: tenantOf(ctx) }, 'refused an activity from a tenant that is not allowed');
      await this.refused(ctx, 'tenant not allowed');
      await ctx.sendActivity('This assistant is not available in your organisation.');
      return null;
    }
    const member = await this.identities.member(ctx);
    if (!member) {
      this.log.info({ user: ctx.activity.from?.aadObjectId ?? ctx.activity.from?.id }, 'refused a user who is not a member');
      await this.refused(ctx, 'not a member');
      await send(ctx, refusalCard());
    }
    return member;
  }

  /** Audits a refusal at the door: who Teams says it was, what they sent (never its text), why. */
  private async refused(ctx: TurnContext, reason: string): Promise<void> {
    const from = ctx.activity.from;
    const who = `${String(from?.name ?? '').slice(0, 100)} <${String(from?.aadObjectId ?? from?.id ?? 'unknown').slice(0, 100)}>`;
    const what = ctx.activity.type === 'invoke' ? `invoke ${String(ctx.activity.name ?? '')}` : String(ctx.activity.type ?? 'activity');
    await refuse(this.library, { actor: who, what: what.slice(0, 60), target: `tenant ${tenantOf(ctx) ?? 'none'}`, reason });
  }

  private tenantAllowed(ctx: TurnContext): boolean {
    if (!this.config.allowedTenants.length) return this.config.mode === 'development';
    const tenant = tenantOf(ctx);
    return tenant !== null && this.config.allowedTenants.includes(tenant);
  }

  /** Action.Execute: the card returned replaces the one pressed, for this user. */
  protected override async onAdaptiveCardInvoke(ctx: TurnContext, invoke: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const member = await this.admitQuietly(ctx);
    const checked = executeSchema.safeParse(invoke);
    const verb = checked.success ? checked.data.action.verb : '';
    const data = checked.success ? (checked.data.action.data ?? {}) : {};
    const card = !member ? refusalCard() : !checked.success ? this.unreadable() : await this.router.forVerb(member, verb, data, this.channel(ctx, member));
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card as unknown as Record<string, unknown> };
  }

  /** What only a chat can do for a feature: offer a file (the action log) through Teams' consent card. */
  private channel(ctx: TurnContext, member: Member): Channel {
    return { offerExport: (board) => this.exports.offer(ctx, member, board) };
  }

  /** The clerk allowed the action log into their OneDrive: upload it and send the file card. */
  protected override async handleTeamsFileConsentAccept(ctx: TurnContext, response: FileConsentCardResponse): Promise<void> {
    await this.exports.accepted(ctx, await this.admitQuietly(ctx), response);
  }

  protected override async handleTeamsFileConsentDecline(ctx: TurnContext): Promise<void> {
    await ctx.sendActivity('The action log was not sent.');
  }

  /** The compose-box search over guidance and minutes. */
  protected override async handleTeamsMessagingExtensionQuery(ctx: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    const member = await this.admitQuietly(ctx);
    if (!member) return { composeExtension: { type: 'message', text: 'This search is only for members of the board.' } };
    if (!queryInvokeSchema.safeParse(query).success) return { composeExtension: { type: 'message', text: 'I could not read that search.' } };
    const text = String(query.parameters?.find((p) => p.name !== 'initialRun')?.value ?? query.parameters?.[0]?.value ?? '').slice(0, 500);
    const count = Math.min(Math.max(Number(query.queryOptions?.count ?? 10), 1), 25);
    const skip = Math.max(Number(query.queryOptions?.skip ?? 0), 0);
    const results = text.trim() ? (await this.library.search(member, text, { limit: Math.min(50, skip + count) })).slice(skip, skip + count) : [];
    const attachments = results.map((r) => {
      const title = shortHeading(r.heading || r.title);
      const card = CardFactory.adaptiveCard(renderCard('results', resultsCard(title, [r])));
      const plain = r.snippet.replace(/\*\*/g, '');
      return { ...card, preview: CardFactory.thumbnailCard(title, `${plain.slice(0, 200)} — ${r.document}`) };
    });
    return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
  }

  private async admitQuietly(ctx: TurnContext): Promise<Member | null> {
    if (!this.tenantAllowed(ctx)) {
      await this.refused(ctx, 'tenant not allowed');
      return null;
    }
    const member = await this.identities.member(ctx);
    if (!member) await this.refused(ctx, 'not a member');
    return member;
  }

  /** Action.Submit arrives as a message: update the card it came from, or send a new one. */
  private async replaceOrSend(ctx: TurnContext, card: AdaptiveCardJson): Promise<void> {
    const replyTo = ctx.activity.replyToId;
    if (replyTo) {
      try {
        await ctx.updateActivity({ ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), id: replyTo, type: ActivityTypes.Message });
        return;
      } catch (err) {
        this.log.debug({ err: (err as Error).message }, 'could not update the card in place; sending a new one');
      }
    }
    await send(ctx, card);
  }
}

/**
 * A result's title in a narrow list: the last parts of its heading path ("Level 2 – Early Help › How to get support"),
 * since every passage of a guide starts with the guide's long name and the titles would all look alike.
 */
function shortHeading(heading: string): string {
  const parts = heading.split(/\s*›\s*/).filter(Boolean);
  return parts.length > 2 ? parts.slice(-2).join(' › ') : heading;
}

async function send(ctx: TurnContext, card: AdaptiveCardJson): Promise<void> {
  await ctx.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
}
