import * as path from 'node:path';

import { type AdaptiveCardJson, renderCard } from '../../../cards/render';
import { type AddTyped, MAX_ACTIONS, reviewAddCard, reviewCard, reviewMergeCard } from '../../../cards/review-views';
import { noticeCard } from '../../../cards/views';
import { documentOfAction } from '../../../src/app/services';
import { BoardError, describeError, ErrorCode } from '../../../src/errors';
import { addMissedAction, correctAction } from '../../../src/library/corrections';
import type { Library } from '../../../src/library/library';
import type { Member } from '../../../src/library/roster';
import { mergeCandidates, ownerNames } from '../../../src/review/candidates';
import { decideProposal, proposalsFor } from '../../../src/review/proposals';
import { type DocumentReview, markReviewed, reviewDocuments } from '../../../src/review/review';
import { afterReading, assertReviewer, proposalsOn, reviewsBoard } from '../../../src/review/scope';
import type { Tell } from '../../router';
import { problemOf, reviewAddSchema, reviewMergeSchema } from '../../schemas';

/**
 * What a review card may weigh: Teams refuses a message over about 28 KB, and actions with long
 * wording and three buttons each reach that before the count limit does.
 */
const CARD_BUDGET = 24_000;

/** The review card with as many actions as fit (doubtful ones come first); the rest are in the tab. */
export function fittedReviewCard(r: DocumentReview, notice = ''): AdaptiveCardJson {
  let max = MAX_ACTIONS;
  let card = renderCard('review', reviewCard(r, r.boardKey ?? '', notice, max));
  while (JSON.stringify(card).length > CARD_BUDGET && max > 5) {
    max -= 5;
    card = renderCard('review', reviewCard(r, r.boardKey ?? '', notice, max));
  }
  return card;
}

/** The buttons of the review card and its forms: every one is answered by forVerb. */
export const REVIEW_VERBS = [
  'review.show',
  'review.mark',
  'review.not-action',
  'review.add',
  'review.add.save',
  'review.merge',
  'review.merge.save',
  'proposal.accept',
  'proposal.decline',
] as const;
const VERBS = new Set<string>(REVIEW_VERBS);

/**
 * The clerk's review in chat: the review card after an upload or on request ("review"), and its
 * buttons — mark reviewed, not an action, add a missed action, merge a duplicate, accept or decline
 * a proposal. Corrections of owner and date go through the action's own update form ("Correct").
 * Every path checks that the clerk or chair sits on the board of what they ask for: another board's
 * papers are refused (and the refusal audited), never shown.
 */
export class ReviewReplies {
  constructor(
    private readonly library: Library,
    private readonly tell: Tell = () => undefined,
  ) {}

  /** Review cards for the documents a clerk's upload just read: those of their boards with meetings or actions. */
  async cardsFor(member: Member, documents: string[], notice = ''): Promise<AdaptiveCardJson[]> {
    const who = await afterReading(this.library, member);
    const reviews: DocumentReview[] = [];
    for (const d of documents) reviews.push(...(await reviewDocuments(this.library, d)));
    const theirs = reviews.filter((r) => reviewsBoard(who, r.boardKey));
    const others = reviews.filter((r) => !theirs.includes(r)).map((r) => r.document);
    const worth = theirs.filter((r) => r.meetings.length || r.actions.length);
    const cards = (worth.length ? worth : theirs.slice(0, 1)).map((r, i) => fittedReviewCard(r, i === 0 ? notice : ''));
    if (others.length)
      cards.push(
        renderCard(
          'notice',
          noticeCard(
            'Review',
            `${others.join(', ')} ${others.length > 1 ? 'were' : 'was'} read as papers of a board you are not clerk or chair of; its own clerk reviews it.`,
          ),
        ),
      );
    return cards;
  }

  private async card(who: Member, document: string, notice = ''): Promise<AdaptiveCardJson> {
    await assertReviewer(this.library, who, 'review.show', { document });
    const [r] = await reviewDocuments(this.library, document);
    return fittedReviewCard(r!, notice);
  }

  private async review(who: Member, document: string): Promise<DocumentReview> {
    await assertReviewer(this.library, who, 'review.show', { document });
    return (await reviewDocuments(this.library, document))[0]!;
  }

  /** "review", "review minutes.pdf", "proposals": the clerk's and chair's only, of their own boards. */
  async forText(member: Member, text: string): Promise<AdaptiveCardJson | null> {
    const m = /^review(?:\s+(?:what (?:was|you) read|the papers|documents))?(?:\s+(.+?))?\s*$/i.exec(text.trim());
    const wantsProposals = /^(?:show )?(?:the )?proposals\b/i.test(text.trim());
    // A member's "review …" is a question for the papers, not this.
    if ((!m && !wantsProposals) || member.role === 'member') return null;
    try {
      if (wantsProposals) {
        const ps = await proposalsOn(this.library, member, await proposalsFor(this.library));
        const doc = ps.length ? await documentOfAction(this.library, ps[0]!.actionId) : null;
        if (!doc) return renderCard('notice', noticeCard('Proposals', 'No proposals are waiting.'));
        return this.card(member, doc);
      }
      // A named document is checked before anything is looked up, so another board's and a missing one read alike.
      if (m![1]) return this.card(member, path.basename(m![1]));
      const list = (await reviewDocuments(this.library)).filter((r) => reviewsBoard(member, r.boardKey));
      const waitingList = list.filter((r) => !r.reviewed && (r.actions.length || r.meetings.length));
      const first = waitingList[0] ?? list[0];
      if (!first) return renderCard('notice', noticeCard('Review', 'Your boards have no documents in the library yet.'));
      return this.card(member, first.document, waitingList.length > 1 ? `${waitingList.length} documents are waiting for review; here is the newest.` : '');
    } catch (err) {
      if (!(err instanceof BoardError)) throw err;
      return renderCard('notice', noticeCard('Review', err.message));
    }
  }

  /** The review card's buttons and forms; null for a verb that is not ours. */
  async forVerb(member: Member, verb: string, data: Record<string, unknown>): Promise<AdaptiveCardJson | null> {
    if (!VERBS.has(verb)) return null;
    const str = (k: string) => (typeof data[k] === 'string' ? (data[k] as string) : '');
    const who = { name: member.name, role: member.role };
    const document = str('document');
    try {
      switch (verb) {
        case 'review.show':
          return this.card(member, document);
        case 'review.mark':
          await assertReviewer(this.library, member, verb, { document });
          await markReviewed(this.library, who, document);
          return this.card(member, document, 'Marked reviewed.');
        case 'review.not-action':
          await assertReviewer(this.library, member, verb, { actionId: str('actionId') });
          await correctAction(this.library, who, { actionId: str('actionId'), notAnAction: true, why: 'marked on the review card' });
          return this.card(member, document, 'Taken off the action list.');
        case 'review.add':
          return renderCard('review-add', reviewAddCard(await this.review(member, document)));
        case 'review.add.save':
          return this.add(member, data);
        case 'review.merge':
          return this.mergeForm(member, str('actionId'), document);
        case 'review.merge.save':
          return this.merge(member, data);
        default: {
          const proposalId = Number(str('proposalId') || data['proposalId']);
          await assertReviewer(this.library, member, verb, { proposalId });
          const d = await decideProposal(this.library, who, proposalId, verb === 'proposal.accept' ? 'accept' : 'decline');
          this.tell(d.tell.person, d.tell.text);
          const notice = `${verb === 'proposal.accept' ? 'Accepted' : 'Declined'}; ${d.tell.person} has been told.`;
          const doc = document || (await documentOfAction(this.library, d.proposal.actionId));
          return doc ? this.card(member, doc, notice) : renderCard('notice', noticeCard('Proposal', notice));
        }
      }
    } catch (err) {
      if (!(err instanceof BoardError)) throw err;
      return renderCard('notice', noticeCard('Review', err.message));
    }
  }

  /** Adds the action the reading missed; a problem brings the form back with what was typed. */
  private async add(member: Member, data: Record<string, unknown>): Promise<AdaptiveCardJson> {
    const document = typeof data['document'] === 'string' ? data['document'] : '';
    const r = await this.review(member, document);
    const typed: AddTyped = Object.fromEntries(
      ['meetingDate', 'item', 'text', 'owners', 'due', 'why'].filter((k) => typeof data[k] === 'string').map((k) => [k, data[k] as string]),
    );
    const parsed = reviewAddSchema.safeParse(data);
    if (!parsed.success) return renderCard('review-add', reviewAddCard(r, typed, `Not added: ${problemOf(parsed.error)}.`));
    const f = parsed.data;
    // Only a meeting this document records: the form offers no other, and a forged one is not taken.
    const meetingDate = r.meetings.some((m) => m.date === f.meetingDate) ? f.meetingDate! : r.meetings.length ? null : '';
    if (meetingDate === null) return renderCard('review-add', reviewAddCard(r, typed, 'Not added: choose one of the meetings this document records.'));
    try {
      const owners = ownerNames(f.owners ?? '');
      const added = await addMissedAction(this.library, member, {
        board: r.boardKey ?? '',
        meetingDate: meetingDate || null,
        item: f.item?.trim() || null,
        text: f.text,
        owners: owners.length ? owners : undefined,
        due: f.due?.trim() || undefined,
        why: f.why?.trim() || undefined,
      });
      return this.card(member, document, `Added: ${added.text} (${added.owners.map((o) => o.display).join(', ') || 'no owner'}).`);
    } catch (err) {
      if (err instanceof BoardError && err.code !== ErrorCode.Forbidden)
        return renderCard('review-add', reviewAddCard(r, typed, `Not added: ${describeError(err)}.`));
      throw err;
    }
  }

  private async mergeForm(member: Member, actionId: string, document: string, notice = ''): Promise<AdaptiveCardJson> {
    await assertReviewer(this.library, member, 'review.merge', { actionId });
    const candidates = await mergeCandidates(this.library, member, actionId);
    const action = await this.library.action(member, actionId);
    if (!action) throw new BoardError(ErrorCode.NotFound, 'that action is no longer on the action list');
    if (!candidates.length) return renderCard('notice', noticeCard('Duplicate', 'The board has no other action this one could duplicate.'));
    return renderCard('review-merge', reviewMergeCard(action, document, candidates, notice));
  }

  private async merge(member: Member, data: Record<string, unknown>): Promise<AdaptiveCardJson> {
    const parsed = reviewMergeSchema.safeParse(data);
    const actionId = typeof data['actionId'] === 'string' ? data['actionId'] : '';
    const document = typeof data['document'] === 'string' ? data['document'] : '';
    if (!parsed.success) return this.mergeForm(member, actionId, document, `Not merged: ${problemOf(parsed.error)}.`);
    const f = parsed.data;
    await assertReviewer(this.library, member, 'review.merge', { actionId: f.actionId });
    await assertReviewer(this.library, member, 'review.merge', { actionId: f.into });
    const into = await this.library.action(member, f.into);
    await correctAction(this.library, member, { actionId: f.actionId, mergeInto: f.into, why: f.why?.trim() || undefined });
    const notice = `Merged as a duplicate of ${into?.ref ? `action ${into.ref}` : `“${into?.text ?? f.into}”`}.`;
    return document ? this.card(member, document, notice) : renderCard('notice', noticeCard('Duplicate', notice));
  }
}
