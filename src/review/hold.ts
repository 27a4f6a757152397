import { addDays, type IsoDate } from '../extract/dates';
import type { ActionView } from '../library/actions-view';
import type { Library } from '../library/library';

/**
 * Whether reminders about this action wait for the clerk's review: only when the board asks for a
 * hold (days > 0), only while the document it was read from is unreviewed, and never longer than
 * the hold, so an unreviewed document cannot silence reminders for good.
 */
export function heldForReview(library: Library, a: ActionView, days: number, today: IsoDate = library.today()): boolean {
  if (days <= 0 || !a.document) return false;
  const row = library.store.documents.reviewState(a.document);
  if (!row || row.reviewed) return false;
  return today < addDays(row.ingested_at.slice(0, 10), days);
}
