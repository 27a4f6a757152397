import { notice, type Router } from '../../router';
import type { VerbDeclarations } from '../verbs';
import { REVIEW_VERBS, ReviewReplies } from './review-replies';

/**
 * Uploads, review & export: the clerk's review of what was read (its card and buttons), members'
 * proposals, and the action log sent as a file. Reading an upload is the bot's (upload-review.ts):
 * it happens after the turn.
 */
export const VERBS = {
  'review.show': ['review-add', 'review-merge'],
  'review.mark': ['review'],
  'review.not-action': ['review'],
  'review.add': ['review'],
  'review.add.save': ['review-add'],
  'review.merge': ['review'],
  'review.merge.save': ['review-merge'],
  'proposal.accept': ['review'],
  'proposal.decline': ['review'],
  'export.log': ['review'],
} as const satisfies VerbDeclarations;

export function register(router: Router): void {
  const review = new ReviewReplies(router.library, router.tell);
  // "review", "review minutes.pdf", "proposals": the clerk's and the chair's; a member's "review …" is a question for the papers.
  router.command(/^(?:review|(?:show )?(?:the )?proposals)\b/i, (t, _m, text) => review.forText(t.member, text));
  for (const verb of REVIEW_VERBS)
    router.verb(verb, async (t, data) => (await review.forVerb(t.member, verb, data.raw)) ?? notice('Review', 'That button is not one of mine.'));
  router.verb('export.log', (t, data) =>
    t.channel ? t.channel.offerExport(data.str('board')) : notice('Action log', 'Download the action log from the Review view above.'),
  );
}
