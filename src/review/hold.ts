import { addDays, type IsoDate } from '../extract/dates';
import type { ActionView } from '../library/actions-view';
import type { Library } from '../library/library';

/**
 * Whether reminders about this action wait for the clerk's review: only when the board asks for a
 * hold (days > 0), only while the document it was read from is unreviewed, and never longer than
 * the hold, so an unreviewed document cannot silence reminders for good.
 */
export async function heldForReview(library: Library, a: ActionView, days: number, today: IsoDate = library.today()): Promise<boolean> {
  return (await reviewHold(library, [a], days, today))(a);
}

/** The same rule for many actions: each document's review state is read once, then the test is synchronous. */
export async function reviewHold(library: Library, actions: ActionView[], days: number, today: IsoDate = library.today()): Promise<(a: ActionView) => boolean> {
  if (days <= 0) return () => false;
  const held = new Set<string>();
  for (const document of new Set(actions.map((a) => a.document))) {
    if (!document) continue;
    const row = await library.store.documents.reviewState(document);
    if (row && !row.reviewed && today < addDays(row.ingested_at.slice(0, 10), days)) held.add(document);
  }
  return (a) => held.has(a.document);
}
