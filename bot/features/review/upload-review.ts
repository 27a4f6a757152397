import type { Logger } from 'pino';

import { type AdaptiveCardJson, renderCard } from '../../../cards/render';
import { noticeCard } from '../../../cards/views';
import { conversationOf } from '../../../src/app/services';
import type { ServerConfig } from '../../../src/config';
import { memberMessage } from '../../../src/errors';
import type { IngestReport } from '../../../src/library/ingest';
import type { Library } from '../../../src/library/library';
import type { Member } from '../../../src/library/roster';
import type { DownloadPolicy } from '../../download';
import { TeamsMessenger } from '../../proactive';
import { type Activity, CardFactory, type ConversationReference, MessageFactory, TurnContext } from '../../teams-sdk';
import { handleUpload } from './upload';

/** Sends an activity to a stored conversation, outside the turn that asked for it. */
export type Deliver = (reference: Partial<ConversationReference>, activity: Record<string, unknown>) => Promise<void>;

/** The production delivery: the same signed Bot Connector call the reminders use. */
export function teamsDeliver(config: ServerConfig, library: Library, log: Logger): Deliver {
  const messenger = new TeamsMessenger(config, { now: () => library.clock.now().getTime() });
  return async (reference, activity) => {
    const r = await messenger.send(reference as never, activity);
    if (!r.ok) log.warn({ status: r.status, error: r.error }, 'a proactive message did not go');
  };
}

export function cardActivity(card: AdaptiveCardJson): Record<string, unknown> {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card)) as unknown as Record<string, unknown>;
}

const FILE_INFO = 'application/vnd.microsoft.teams.file.download.info';

/**
 * The clerk's upload, answered at once: "Reading 3 files…" goes back in the turn (Teams wants a
 * reply within 15 s; a PDF may take a minute), the reading happens after the turn, and the summary
 * and the review card follow as proactive messages. A failure names the file and the reason.
 */
export class UploadReader {
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly library: Library,
    private readonly policy: DownloadPolicy,
    private readonly log: Logger,
    private readonly replies: { reviewCards(member: Member, documents: string[]): Promise<AdaptiveCardJson[]> },
    private readonly deliver: Deliver,
  ) {}

  async start(ctx: TurnContext, member: Member): Promise<void> {
    if (member.role !== 'clerk') {
      // Refused inside the turn, without reading anything.
      await ctx.sendActivity(
        MessageFactory.attachment(CardFactory.adaptiveCard(await handleUpload(this.library, this.policy, ctx.activity, member, this.log))),
      );
      return;
    }
    const files = (ctx.activity.attachments ?? []).filter((a) => a.contentType === FILE_INFO);
    const n = Math.min(files.length, 10);
    await ctx.sendActivity(`Reading ${n} file${n === 1 ? '' : 's'}… I'll send what I found when I'm done.`);
    const reference = TurnContext.getConversationReference(ctx.activity);
    const activity: Partial<Activity> = { attachments: ctx.activity.attachments };
    const task = this.read(reference, activity, member).finally(() => this.running.delete(task));
    this.running.add(task);
  }

  private async read(reference: Partial<ConversationReference>, activity: Partial<Activity>, member: Member): Promise<void> {
    const reports: IngestReport[] = [];
    let cards: AdaptiveCardJson[];
    try {
      const summary = await handleUpload(this.library, this.policy, activity, member, this.log, (r) => reports.push(r));
      const read = reports.flatMap((r) => r.documents.map((d) => d.file));
      cards = [summary, ...(read.length ? await this.replies.reviewCards(member, read) : [])];
    } catch (err) {
      this.log.error({ err: (err as Error).message }, 'reading an upload failed');
      cards = [
        renderCard(
          'notice',
          noticeCard('Not added', `Something went wrong reading those files (${memberMessage(err)}). Nothing was half-added; please send them again.`),
        ),
      ];
    }
    for (const card of cards) {
      try {
        await this.deliver(reference, cardActivity(card));
      } catch (err) {
        this.log.warn({ err: (err as Error).message }, 'could not send the upload review');
      }
    }
  }

  /** Resolves when every upload being read has been answered (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running]);
  }
}

/** Tells a member something proactively, in their stored personal chat (if they have one). */
export function tellMember(library: Library, deliver: Deliver, log: Logger): (person: string, text: string) => void {
  const tell = async (person: string, text: string) => {
    const reference = await conversationOf(library, person);
    if (!reference) {
      log.info({ person }, 'no conversation to tell a member a proposal’s outcome');
      return;
    }
    await deliver(JSON.parse(reference) as Partial<ConversationReference>, cardActivity(renderCard('notice', noticeCard('Your proposal', text))));
  };
  // Told after the decision is recorded and answered: the clerk's turn does not wait for it, and a failure is only logged.
  return (person, text) =>
    void tell(person, text).catch((err: unknown) => log.warn({ err: (err as Error).message }, 'could not tell a member a proposal’s outcome'));
}
