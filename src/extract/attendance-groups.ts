import { squash } from '../util/text';
import type { ParsedEntry } from './attendance';
import { isTitleLike, parsePersonName } from './names';

/**
 * Attendance tables turned the other way: each row an agency (or a post) with the people who came from it in one cell —
 * a Scottish "Sederunt" (Agency | Member(s) present), a partnership's "Partner | Representatives". The label cell is
 * not a person; the people cell is a list ("Fiona Lennox, Chief Social Work Officer; Ruaridh Bain, Service Manager").
 * Each person keeps their own title, and the row's label becomes their agency (or their post, when it reads as one and
 * they have none of their own).
 */
export function groupedPeople(label: string, people: ParsedEntry[]): ParsedEntry[] {
  const tag = squash(label).replace(/[:\s]+$/, '');
  if (!tag || parsePersonName(tag)) return people;
  const post = isTitleLike(tag);
  return people.map((p) => {
    if (post) return p.title ? p : { ...p, title: tag };
    if (!p.organisation) return { ...p, organisation: tag };
    // "Carol Mathieson, Nurse Consultant" read the post as her agency: a post it is, and the row's label her agency.
    return !p.title && isTitleLike(p.organisation) ? { ...p, title: p.organisation, organisation: tag } : p;
  });
}

/**
 * Whether a cell is a list of several people rather than one person with a long title: two entries or more, each a
 * name the lexicon knows or one written with an honorific (a run of job words never reads as two confident names).
 */
export function isPeopleList(entries: ParsedEntry[]): boolean {
  return entries.length >= 2 && entries.every((e) => !!e.name.family && (e.name.confident || !!e.name.honorific));
}

/**
 * A header row naming an agency over each column ("Council | Police | Health"), the people from each listed under it:
 * every filled cell a short label, none a person. The labels by column, or null. Whether the rows below hold people
 * is for the caller to see.
 */
export function agencyColumns(cells: string[], isHeading: (cell: string) => boolean): string[] | null {
  const labels = cells.map(squash);
  const filled = labels.filter(Boolean);
  if (filled.length < 2) return null;
  const label = (c: string) => c.split(' ').length <= 6 && !/[\d;:]/.test(c) && !parsePersonName(c) && !isHeading(c);
  return filled.every(label) ? labels : null;
}
