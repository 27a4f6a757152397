import { randomUUID } from 'node:crypto';

import type { ActionCard } from '../cards/models';
import { AdaptiveCardJson, renderCard } from '../cards/render';
import {
  actionCard,
  actionsCard,
  actionUpdateCard,
  chooseBoardCard,
  helpCard,
  levelCard,
  meetingCard,
  noticeCard,
  resultsCard,
  tallyCard,
} from '../cards/views';
import { Answer, answer, INTENT_LABELS, upcoming } from '../src/answers/answer';
import type { Intent } from '../src/answers/intents';
import { visibleLevels } from '../src/answers/visible-levels';
import { localTimeIn } from '../src/clock';
import { formatDate } from '../src/extract/dates';
import type { ActionView } from '../src/library/actions-view';
import { groupProgress, progressText } from '../src/library/group-progress';
import type { Library } from '../src/library/library';
import type { MeetingView } from '../src/library/meetings-view';
import { respond, Response, responseOf, tally } from '../src/library/responses';
import type { Member } from '../src/library/roster';
import { updateAction, UpdateStatus } from '../src/library/updates';
import { muteReminders, unmuteReminders } from '../src/reminders/mutes';
import type { SearchResult } from '../src/search/search';
import { ReviewReplies, type Tell } from './review-replies';

/**
 * Turns what a member typed, or a button they pressed, into the card to show. Everything here
 * is a call on the domain and a card back; sending is the bot's business.
 */
export class Replies {
  private readonly review: ReviewReplies;

  constructor(
    private readonly library: Library,
    tell?: Tell,
  ) {
    this.review = new ReviewReplies(library, tell);
  }

  /** The clerk's review cards for documents just read (after an upload). */
  reviewCards(member: Member, documents: string[], notice = ''): AdaptiveCardJson[] {
    return this.review.cardsFor(member, documents, notice);
  }

  refusal(): AdaptiveCardJson {
    return renderCard(
      'notice',
      noticeCard('Sorry', 'This assistant is only for members of the board. If you should have access, ask the board’s clerk to add you to the roster.'),
    );
  }

  notice(title: string, text: string): AdaptiveCardJson {
    return renderCard('notice', noticeCard(title, text));
  }

  help(member: Member, welcome = false): AdaptiveCardJson {
    const withRef = (list: { ref: string | null }[]) => list.find((a) => a.ref)?.ref ?? undefined;
    const levels = visibleLevels(this.library, member);
    const acronyms = [...this.library.glossary().keys()].filter((k) => /^[A-Z]{3,6}$/.test(k));
    return renderCard(
      'help',
      helpCard(member.name, member.role !== 'member', welcome, {
        actionRef: withRef(this.library.actions(member, { owner: member.name })) ?? withRef(this.library.actions(member)),
        level: (levels.find((l) => l.number === 3) ?? levels[0])?.number,
        acronym: acronyms.includes('LADO') ? 'LADO' : acronyms[0],
      }),
    );
  }

  /**
   * A typed question. Everything goes through `answer()` — the same classifier, entities and
   * answer as `board ask` — and the card is chosen from its intent; the card's fallback text is
   * the answer's text, so a client that cannot draw the card (and a test) reads the same answer.
   * Only the bot's own commands ("mute reminders", "search" on its own) are read here first.
   */
  forText(member: Member, text: string, intent?: Intent): AdaptiveCardJson {
    const q = text.trim().slice(0, 500);
    if (!intent && SEARCH_PROMPT.test(q)) return this.results('', []);
    const mute = intent ? null : /^(un)?mute (?:my )?reminders\b/i.exec(q);
    if (mute) return mute[1] ? this.unmute(member) : this.mute(member, this.library.config.reminders.muteDays);
    const review = intent ? null : this.review.forText(member, q);
    if (review) return review;
    const a = answer(this.library, q, member, { intent });
    return { ...this.cardFor(member, q, a), fallbackText: a.text };
  }

  private cardFor(member: Member, q: string, a: Answer): AdaptiveCardJson {
    const mayUpdate = this.mayUpdate(member);
    switch (a.intent) {
      case 'help':
      case 'greeting':
        return this.help(member);
      case 'my-actions':
        return renderCard('actions', actionsCard('Your outstanding actions', a.actions));
      case 'overdue':
        return renderCard('actions', actionsCard('Your overdue actions', a.actions, 'None of your actions is overdue.'));
      case 'overdue-board':
        return renderCard(
          'actions',
          actionsCard('Overdue on the board', a.actions, 'Nothing on the board is overdue.', 0, { canUpdate: mayUpdate, showOwners: true }),
        );
      case 'actions-for':
      case 'my-last-meeting':
        return a.actions.length
          ? renderCard(
              'actions',
              actionsCard(a.text.split('\n')[0]!.replace(/:$/, ''), a.actions, '', 0, { canUpdate: mayUpdate, showOwners: a.intent === 'actions-for' }),
            )
          : this.notice('Actions', a.text);
      case 'action': {
        const act = a.actions[0];
        return act ? renderCard('action', actionCard(act, this.library.history(member, act.id), '', 'Good', mayUpdate(act))) : this.notice('Action', a.text);
      }
      case 'next-meeting':
        return this.meeting(member, a.meeting && a.entities.when ? a.meeting.boardKey : null, a.meeting && a.entities.when ? a.meeting.date : null);
      case 'send-apologies':
      case 'reply-attendance':
        // The meeting the answer chose (the one a month names, else the next), preselected as the member said.
        return this.meeting(
          member,
          a.meeting && a.entities.when ? a.meeting.boardKey : null,
          a.meeting && a.entities.when ? a.meeting.date : null,
          a.reply?.response ?? (a.intent === 'send-apologies' ? 'apologies' : 'attending'),
          '',
          a.reply?.deputy ?? undefined,
        );
      case 'attendance-tally':
        return this.tally(member, null, null);
      case 'level':
      case 'which-level':
        // A which-level card keeps its first line, its matches and, from the level, the caveat and route.
        if (a.level) return renderCard('level', levelCard(a.level, a.intent === 'which-level' ? a.text.split('\n')[0]! : ''));
        return this.answerCard('Guidance', a);
      case 'contact':
        return this.notice('Who to contact', a.text);
      case 'search':
        return this.results(q, a.results.slice(0, 5));
      case 'unclear':
        return renderCard(
          'notice',
          noticeCard(
            'Did you mean…',
            a.text,
            a.alternatives.map((alt) => ({ title: INTENT_LABELS[alt.intent], q, intent: alt.intent })),
          ),
        );
      case 'thanks':
      case 'out-of-scope':
        return this.notice('', a.text);
      default:
        return this.answerCard(titleOf(a.intent), a);
    }
  }

  private answerCard(title: string, a: Answer): AdaptiveCardJson {
    if (!a.results.length) return this.notice(title, a.text);
    return renderCard('results', resultsCard(title, a.results.slice(0, 3), { intro: a.text.split('\n')[0]! }));
  }

  /** Which actions this member may update: their own, or any for the clerk and the chair. */
  private mayUpdate(member: Member): (a: ActionView) => boolean {
    if (member.role !== 'member') return () => true;
    const mine = new Set(this.library.actions(member, { owner: member.name, status: 'all' }).map((x) => x.id));
    return (a) => mine.has(a.id);
  }

  /** A button pressed on one of our cards (Action.Execute verb, or Action.Submit data.verb). */
  forVerb(member: Member, verb: string, data: Record<string, unknown>): AdaptiveCardJson {
    const str = (k: string) => (typeof data[k] === 'string' ? (data[k] as string) : data[k] === undefined || data[k] === null ? '' : String(data[k]));
    switch (verb) {
      case 'actions.mine':
        return renderCard('actions', actionsCard('Your outstanding actions', this.library.actions(member, { owner: member.name })));
      case 'action.view':
        return this.action(member, str('actionId'));
      case 'action.edit':
        return this.editAction(member, str('actionId'));
      case 'action.save':
        return this.saveAction(member, data);
      case 'meeting.next':
        return this.meeting(member, null, null);
      case 'meeting.apologies':
        return this.meeting(member, null, null, 'apologies');
      case 'meeting.open':
        return this.meeting(member, str('board') || null, str('date') || null);
      case 'meeting.apologies.open':
        return this.meeting(member, str('board') || null, str('date') || null, 'apologies');
      case 'attendance.respond': {
        const r = respond(this.library, member, {
          boardKey: str('board'),
          date: str('date'),
          response: str('response') as Response,
          deputy: str('deputy'),
          reason: str('reason'),
        });
        // A refused reply comes back as the member left it (a deputy without a name stays "deputy"), with the reason to fix.
        if (!r.ok)
          return this.meeting(
            member,
            str('board') || null,
            str('date') || null,
            (str('response') || undefined) as Response | undefined,
            r.message,
            str('deputy') || undefined,
          );
        return this.meetingCardFor(member, r.meeting, r.message);
      }
      case 'reminders.mute': {
        const days = Math.trunc(Number(data['days']));
        return this.mute(member, Number.isFinite(days) && days >= 1 && days <= 90 ? days : this.library.config.reminders.muteDays);
      }
      case 'search.run': {
        const query = str('query').trim().slice(0, 200);
        return this.results(query, query ? this.library.search(member, query, { limit: 5 }) : []);
      }
      case 'ask.as': {
        // A button on an unsure answer: the same question, answered as the intent the member chose.
        const chosen = str('intent') as Intent;
        return chosen in INTENT_LABELS && chosen !== 'unclear' ? this.forText(member, str('q'), chosen) : this.forText(member, str('q'));
      }
      case 'tally.refresh':
        return this.tally(member, str('board') || null, str('date') || null);
      default:
        return this.review.forVerb(member, verb, data) ?? this.notice('Sorry', 'I don’t recognise that button. Ask me for help to see what I can do.');
    }
  }

  private action(member: Member, id: string): AdaptiveCardJson {
    const a = this.library.action(member, id);
    return a
      ? renderCard('action', this.withProgress(actionCard(a, this.library.history(member, a.id)), a, member))
      : this.notice('Action', 'That action is no longer in the library.');
  }

  /** The clerk and chair see how far a group action has got: "7 of 23 done (…)". */
  private withProgress(card: ActionCard, a: ActionView, member?: Member): ActionCard {
    const g = member && member.role !== 'member' ? groupProgress(this.library.store, a) : null;
    return g ? { ...card, statusLine: `${card.statusLine}; ${progressText(g)}` } : card;
  }

  private editAction(member: Member, id: string): AdaptiveCardJson {
    const a = this.library.action(member, id);
    if (!a) return this.notice('Action', 'That action is no longer in the library.');
    const privileged = member.role !== 'member';
    const mine = this.library.actions(member, { owner: member.name, status: 'all' }).some((x) => x.id === id);
    if (!privileged && !mine)
      return renderCard(
        'action',
        actionCard(a, this.library.history(member, a.id), 'Only its owners, the clerk or the chair can update this action.', 'Attention', false),
      );
    return renderCard('action-update', actionUpdateCard(a, privileged));
  }

  private saveAction(member: Member, data: Record<string, unknown>): AdaptiveCardJson {
    const text = (k: string) => (typeof data[k] === 'string' ? (data[k] as string).trim() : '');
    const privileged = member.role !== 'member';
    const id = text('actionId');
    const current = this.library.action(member, id);
    const owners =
      privileged && text('owners')
        ? text('owners')
            .split(/\s*[,;]\s*/)
            .filter(Boolean)
        : undefined;
    const ownersChanged = owners && current && owners.join('|') !== current.owners.map((o) => o.display).join('|');
    const due = privileged && text('due') && text('due') !== (current?.due ?? '') ? text('due') : undefined;
    const result = updateAction(this.library, member, {
      actionId: id,
      expectedVersion: Number(data['version']),
      submissionId: text('sid') || randomUUID(),
      status: (text('status') || undefined) as UpdateStatus | undefined,
      note: text('note') || undefined,
      proposedDue: text('proposedDue') || undefined,
      due,
      owners: ownersChanged ? owners : undefined,
    });
    if (!result.action) return this.notice('Action', result.message);
    if (result.outcome === 'invalid') return renderCard('action-update', actionUpdateCard(result.action, privileged, result.message));
    const colour = result.outcome === 'recorded' || result.outcome === 'duplicate' ? 'Good' : 'Attention';
    return renderCard(
      'action',
      this.withProgress(actionCard(result.action, this.library.history(member, result.action.id), result.message, colour), result.action, member),
    );
  }

  private meeting(member: Member, boardKey: string | null, date: string | null, preselect?: Response, notice = '', deputy?: string): AdaptiveCardJson {
    const next = upcoming(this.library, member);
    let m: MeetingView | undefined;
    if (boardKey && date) m = this.library.meetings(member).find((x) => x.boardKey === boardKey && x.date === date);
    else if (next.length > 1) return renderCard('choose-board', chooseBoardCard(next, preselect === 'apologies' ? 'meeting.apologies.open' : 'meeting.open'));
    else m = next[0];
    if (!m) return this.notice('Next meeting', notice || 'No future meeting date is known from the papers yet.');
    return this.meetingCardFor(member, m, notice, preselect, deputy);
  }

  private meetingCardFor(member: Member, m: MeetingView, notice: string, preselect?: Response, deputy?: string): AdaptiveCardJson {
    const mine = responseOf(this.library.store, m.boardKey, m.date, member.name);
    const card = meetingCard(m, this.library.today(), mine, notice);
    // What the member said ("I'll send Helen instead") fills the form; they still press Send.
    if (preselect && (!mine || preselect !== mine.response)) card.response = preselect;
    if (deputy && card.response === 'deputy') card.deputy = deputy;
    return renderCard('meeting', card);
  }

  private tally(member: Member, boardKey: string | null, date: string | null): AdaptiveCardJson {
    if (member.role === 'member')
      return this.notice('Attendance', 'Only the clerk and the chair can see who is coming. Ask me "when is the next meeting?" to reply yourself.');
    const next = upcoming(this.library, member);
    if (!(boardKey && date) && next.length > 1)
      return renderCard('choose-board', chooseBoardCard(next, 'tally.refresh', 'More than one board has a meeting coming up. Which attendance do you want?'));
    const m = boardKey && date ? this.library.meetings(member).find((x) => x.boardKey === boardKey && x.date === date) : next[0];
    if (!m) return this.notice('Attendance', 'No future meeting date is known from the papers yet.');
    return renderCard('tally', tallyCard(tally(this.library, m), localTimeIn(this.library.clock, this.library.config.timeZone)));
  }

  private mute(member: Member, days: number): AdaptiveCardJson {
    const until = muteReminders(this.library.store, member.name, this.library.today(), days, this.library.clock.now().toISOString());
    return this.notice(
      'Reminders muted',
      `I won't remind you about actions until after ${formatDate(until)}. Meeting invitations still come. Say “unmute reminders” to have them back sooner.`,
    );
  }

  private unmute(member: Member): AdaptiveCardJson {
    const was = unmuteReminders(this.library.store, member.name, this.library.clock.now().toISOString());
    return this.notice('Reminders', was ? 'Action reminders are back on.' : 'Your action reminders were not muted.');
  }

  /** Results with a search box above them; with no query yet, a prompt. */
  private results(query: string, results: SearchResult[]): AdaptiveCardJson {
    if (!query) {
      return renderCard(
        'results',
        resultsCard('Search the board’s papers', [], {
          query: '',
          emptyText: '',
          intro:
            'Minutes, decisions, action logs and the threshold guidance. Try a topic (“missing from home”), a level (“level 3”) or an abbreviation (“MASH”).',
        }),
      );
    }
    return renderCard('results', resultsCard(results.length ? 'From the board’s papers' : 'Nothing found', results, { query }));
  }

  /** The levels card for a level number, used by the compose-box search for "level 3". */
  level(member: Member, n: number): AdaptiveCardJson | null {
    const l = visibleLevels(this.library, member).find((x) => x.number === n);
    return l ? renderCard('level', levelCard(l)) : null;
  }
}

/** The command menu's "Search guidance", or "search" on its own: nothing to search for yet. */
const SEARCH_PROMPT = /^(?:search|find|look up)(?:\s+(?:the\s+)?(?:guidance|papers|minutes|documents))?\s*[.?!]*$/i;

function titleOf(intent: string): string {
  const titles: Record<string, string> = {
    apologies: 'Apologies',
    attended: 'Attendance',
    'my-attendance': 'Your attendance',
    'agency-attendance': 'Agency attendance',
    decision: 'Decisions',
    define: 'Meaning',
  };
  return titles[intent] ?? 'Answer';
}
