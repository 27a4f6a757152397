import type { ActionView } from '../library/actions-view';
import type { Library } from '../library/library';
import type { Member } from '../library/roster';
import { canSeeBoard } from '../library/scope';
import { similarity, words } from './review';

/** How many actions the "duplicate of…" form offers: a card has a size limit, and the likeliest come first. */
const MAX_CANDIDATES = 30;

/**
 * The actions an action might duplicate: the same board's, most alike in wording first (the same
 * word-set measure the review uses to flag "possible duplicate"), open before done.
 */
export async function mergeCandidates(library: Library, who: Member, actionId: string): Promise<ActionView[]> {
  const all = await library.actions(who, { status: 'all' });
  const self = all.find((a) => a.id === actionId);
  if (!self) return [];
  const mine = words(self.text);
  return all
    .filter((a) => a.id !== self.id && a.board === self.board && canSeeBoard(who, a.board))
    .map((a) => ({ a, score: similarity(mine, words(a.text)) }))
    .sort((x, y) => y.score - x.score || Number(x.a.status === 'done') - Number(y.a.status === 'done') || (x.a.ref ?? '').localeCompare(y.a.ref ?? ''))
    .slice(0, MAX_CANDIDATES)
    .map((x) => x.a);
}

/** "Bob Smith, All Members" → names; empty pieces dropped. */
export function ownerNames(typed: string): string[] {
  return typed
    .split(/[,;]/)
    .map((n) => n.trim())
    .filter(Boolean);
}
