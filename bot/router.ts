import type { Logger } from 'pino';

import type { AdaptiveCardJson } from '../cards/render';
import { renderCard } from '../cards/render';
import { noticeCard, resultsCard } from '../cards/views';
import { type Answer, understand, type Understanding } from '../src/answers/answer';
import type { Intent } from '../src/answers/intents';
import { BoardError } from '../src/errors';
import type { Library } from '../src/library/library';
import type { Member } from '../src/library/roster';
import type { Verb } from './features/verbs';

export type { Verb } from './features/verbs';

/** Tells a member something outside the conversation they are in (a proposal's outcome). */
export type Tell = (person: string, text: string) => void;

/** What only a chat can do for a handler (the tab has no such channel): offer a file into the member's OneDrive. */
export interface Channel {
  offerExport(board: string): Promise<AdaptiveCardJson>;
}

/** One turn as a feature sees it: who is asking, the library, and a way to ask again as a different intent. */
export interface Turn {
  readonly library: Library;
  readonly member: Member;
  readonly channel: Channel | null;
  readonly tell: Tell;
  /** The same question answered again (the "Did you mean…" buttons). */
  ask(text: string, intent?: Intent): Promise<AdaptiveCardJson>;
}

/** A button's data: text fields read the same way by every handler, whatever type the client sent. */
export class CardData {
  constructor(readonly raw: Record<string, unknown>) {}

  /** A field as text ('' when absent); numbers and flags as Teams may send them are written out. */
  str(key: string): string {
    const v = this.raw[key];
    return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
  }

  /** A field typed by the member, trimmed; only text counts. */
  text(key: string): string {
    const v = this.raw[key];
    return typeof v === 'string' ? v.trim() : '';
  }
}

type Card = AdaptiveCardJson | Promise<AdaptiveCardJson>;
/**
 * A message's handler is given what was understood and calls its intent's domain answer itself (the
 * same function `board ask` uses), so the path of a question runs router → feature → domain → store.
 */
export type MessageHandler = (turn: Turn, u: Understanding) => Card;
export type CommandHandler = (turn: Turn, match: RegExpExecArray, text: string) => Card | null | Promise<AdaptiveCardJson | null>;
export type VerbHandler = (turn: Turn, data: CardData) => Card;

/**
 * The routes of the conversation, declared by each feature next to its handlers (features/*):
 * `command` for the bot's own words read before the question is classified ("mute reminders"),
 * `message` for an intent the classifier found, `verb` for a card button. Errors a member can
 * cause (BoardError) become a notice card here, in one place; anything else is logged and the
 * member is told something went wrong, never what.
 */
export class Router {
  private readonly commands: { pattern: RegExp; handler: CommandHandler }[] = [];
  private readonly messages = new Map<Intent, MessageHandler>();
  private readonly verbs = new Map<Verb, VerbHandler>();

  constructor(
    readonly library: Library,
    readonly tell: Tell = () => undefined,
    private readonly log?: Logger,
  ) {}

  command(pattern: RegExp, handler: CommandHandler): this {
    this.commands.push({ pattern, handler });
    return this;
  }

  message(intents: Intent | Intent[], handler: MessageHandler): this {
    for (const intent of Array.isArray(intents) ? intents : [intents]) {
      if (this.messages.has(intent)) throw new Error(`two handlers for the intent ${intent}`);
      this.messages.set(intent, handler);
    }
    return this;
  }

  verb(verb: Verb, handler: VerbHandler): this {
    if (this.verbs.has(verb)) throw new Error(`two handlers for the verb ${verb}`);
    this.verbs.set(verb, handler);
    return this;
  }

  /** The verbs and intents that have handlers (the verb test and the intent test read these). */
  handledVerbs(): Verb[] {
    return [...this.verbs.keys()];
  }

  handledIntents(): Intent[] {
    return [...this.messages.keys()];
  }

  /**
   * A typed message. The bot's own commands are tried first (unless the intent was chosen on a
   * button); everything else is understood (the same classifier, entities and guidance rules as
   * `board ask`) and handed to the intent's handler, which answers it and draws the card.
   */
  async forText(member: Member, text: string, channel: Channel | null = null, intent?: Intent): Promise<AdaptiveCardJson> {
    const turn = this.turn(member, channel);
    const q = text.trim().slice(0, 500);
    return this.guard(member, async () => {
      if (!intent) {
        for (const { pattern, handler } of this.commands) {
          const m = pattern.exec(q);
          const card = m ? await handler(turn, m, q) : null;
          if (card) return card;
        }
      }
      const u = await understand(this.library, q, { intent });
      const handler = this.messages.get(u.intent);
      if (!handler) throw new Error(`no handler for the intent ${u.intent}`);
      return handler(turn, u);
    });
  }

  /** A button pressed on one of our cards (Action.Execute verb, or Action.Submit data.verb). */
  async forVerb(member: Member, verb: string, data: Record<string, unknown>, channel: Channel | null = null): Promise<AdaptiveCardJson> {
    const handler = this.verbs.get(verb as Verb);
    if (!handler) return notice('Sorry', 'I don’t recognise that button. Ask me for help to see what I can do.');
    return this.guard(member, async () => handler(this.turn(member, channel), new CardData(data)));
  }

  private turn(member: Member, channel: Channel | null): Turn {
    return { library: this.library, member, channel, tell: this.tell, ask: (text, intent) => this.forText(member, text, channel, intent) };
  }

  private async guard(member: Member, run: () => Promise<AdaptiveCardJson>): Promise<AdaptiveCardJson> {
    try {
      return await run();
    } catch (err) {
      return this.failure(err, member);
    }
  }

  /** The one place a failure becomes a card: a member's mistake in their words, anything else as "something went wrong". */
  private failure(err: unknown, member: Member): AdaptiveCardJson {
    if (err instanceof BoardError) return notice('Sorry', err.message);
    this.log?.error({ err: err instanceof Error ? err.message : String(err), role: member.role }, 'a chat turn failed');
    return notice('Sorry', 'Something went wrong on our side; nothing was changed. Please try again.');
  }
}

export function notice(title: string, text: string, choices: Parameters<typeof noticeCard>[2] = []): AdaptiveCardJson {
  return renderCard('notice', noticeCard(title, text, choices));
}

/**
 * A card that answers in the answer's own words: its fallback text is what `board ask` prints, so a
 * client that cannot draw the card (and a test) reads the same answer.
 */
export function answered(a: Answer, card: AdaptiveCardJson): AdaptiveCardJson {
  return { ...card, fallbackText: a.text };
}

/** An answer drawn from the papers: its passages with their sources, or the answer's words alone when none came back. */
export function answerCard(title: string, a: Answer): AdaptiveCardJson {
  if (!a.results.length) return answered(a, notice(title, a.text));
  return answered(a, renderCard('results', resultsCard(title, a.results.slice(0, 3), { intro: a.text.split('\n')[0]! })));
}
