import { type AdaptiveCardJson, renderCard } from '../../../cards/render';
import { reviewCard } from '../../../cards/review-views';
import { noticeCard } from '../../../cards/views';
import { BoardError } from '../../../src/errors';
import { correctAction } from '../../../src/library/corrections';
import type { Library } from '../../../src/library/library';
import type { Member } from '../../../src/library/roster';
import { documentBoard, documentOfAction } from '../../../src/library/services';
import { decideProposal, proposalsFor } from '../../../src/review/proposals';
import { type DocumentReview, markReviewed, reviewDocuments } from '../../../src/review/review';
import type { Tell } from '../../router';

/**
 * The clerk's review in chat: the review card after an upload or on request ("review"), and its
 * buttons — mark reviewed, not an action, accept or decline a proposal. Corrections of owner and
 * date go through the action's own update form ("Correct").
 */
export class ReviewReplies {
  constructor(
    private readonly library: Library,
    private readonly tell: Tell = () => undefined,
  ) {}

  private boardKeyOf(r: DocumentReview): string {
    return documentBoard(this.library, r.document) ?? '';
  }

  /** Review cards for these documents (those with meetings or actions, or the first if none has). */
  cardsFor(documents: string[], notice = ''): AdaptiveCardJson[] {
    const reviews = documents.flatMap((d) => reviewDocuments(this.library, d));
    const worth = reviews.filter((r) => r.meetings.length || r.actions.length);
    return (worth.length ? worth : reviews.slice(0, 1)).map((r, i) => renderCard('review', reviewCard(r, this.boardKeyOf(r), i === 0 ? notice : '')));
  }

  private card(document: string, notice = ''): AdaptiveCardJson {
    const [r] = reviewDocuments(this.library, document);
    return renderCard('review', reviewCard(r!, this.boardKeyOf(r!), notice));
  }

  /** "review", "review minutes.pdf", "proposals": the clerk's and chair's only. */
  forText(member: Member, text: string): AdaptiveCardJson | null {
    const m = /^review(?:\s+(?:what (?:was|you) read|the papers|documents))?(?:\s+(.+?))?\s*$/i.exec(text.trim());
    const wantsProposals = /^(?:show )?(?:the )?proposals\b/i.test(text.trim());
    // A member's "review …" is a question for the papers, not this.
    if ((!m && !wantsProposals) || member.role === 'member') return null;
    try {
      if (wantsProposals) {
        const ps = proposalsFor(this.library);
        if (!ps.length) return renderCard('notice', noticeCard('Proposals', 'No proposals are waiting.'));
        return this.card(ps[0]!.action ? (this.documentOf(ps[0]!.actionId) ?? '') : '');
      }
      const list = reviewDocuments(this.library, m![1]);
      const first = list.find((r) => !r.reviewed && (r.actions.length || r.meetings.length)) ?? list[0];
      if (!first) return renderCard('notice', noticeCard('Review', 'The library has no documents yet.'));
      const waiting = list.filter((r) => !r.reviewed && (r.actions.length || r.meetings.length)).length;
      return this.card(first.document, waiting > 1 ? `${waiting} documents are waiting for review; here is the newest.` : '');
    } catch (err) {
      if (!(err instanceof BoardError)) throw err;
      return renderCard('notice', noticeCard('Review', err.message));
    }
  }

  private documentOf(actionId: string): string | null {
    return documentOfAction(this.library, actionId);
  }

  /** The review card's buttons; null for a verb that is not ours. */
  forVerb(member: Member, verb: string, data: Record<string, unknown>): AdaptiveCardJson | null {
    if (!['review.mark', 'review.not-action', 'proposal.accept', 'proposal.decline'].includes(verb)) return null;
    const str = (k: string) => (typeof data[k] === 'string' ? (data[k] as string) : '');
    const who = { name: member.name, role: member.role };
    const document = str('document');
    try {
      switch (verb) {
        case 'review.mark':
          markReviewed(this.library, who, document);
          return this.card(document, 'Marked reviewed.');
        case 'review.not-action':
          correctAction(this.library, who, { actionId: str('actionId'), notAnAction: true, why: 'marked on the review card' });
          return this.card(document, 'Taken off the action list.');
        default: {
          const d = decideProposal(this.library, who, Number(str('proposalId')), verb === 'proposal.accept' ? 'accept' : 'decline');
          this.tell(d.tell.person, d.tell.text);
          const notice = `${verb === 'proposal.accept' ? 'Accepted' : 'Declined'}; ${d.tell.person} has been told.`;
          const doc = document || this.documentOf(d.proposal.actionId);
          return doc ? this.card(doc, notice) : renderCard('notice', noticeCard('Proposal', notice));
        }
      }
    } catch (err) {
      if (!(err instanceof BoardError)) throw err;
      return renderCard('notice', noticeCard('Review', err.message));
    }
  }
}
