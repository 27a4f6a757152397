import type { ExtractedAction } from '../model';

/*
 * Some trackers keep one row per owner: an action shared by three agencies is written three times, with the same number
 * and words, each row with its own owner and its own status ("Complete", "Complete", "Overdue"). Each row is then an
 * action of its own (one owner can be done while another is not), though they share a number: the owner tells them apart.
 */

const key = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const ownersOf = (a: ExtractedAction) => a.owners.map((o) => o.written).join(' / ');

/** Marks the rows of a table that repeat a numbered action for another owner, so that each is kept as its own action. */
export function markOwnerRows(actions: ExtractedAction[]): void {
  const groups = new Map<string, ExtractedAction[]>();
  for (const a of actions) {
    if (!a.ref || a.form !== 'table' || !a.owners.length) continue;
    const k = `${a.ref}\n${key(a.text)}`;
    groups.set(k, [...(groups.get(k) ?? []), a]);
  }
  for (const rows of groups.values()) {
    // Only rows that differ by owner: the same row read twice (two renditions of one table) is one action.
    const owners = new Set(rows.map(ownersOf));
    if (rows.length < 2 || owners.size !== rows.length) continue;
    for (const a of rows) a.share = ownersOf(a);
  }
}
