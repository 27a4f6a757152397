/**
 * Header lines that do or do not name the meeting's body, beyond what board-name.ts reads from the words themselves.
 *
 * - A line saying who holds a post ("Chairperson: Mrs A Bee, Northfield Health Trust") names that person's employer,
 *   never the board: it is left out before the board is looked for.
 * - A committee under its organisation's letterhead ("<X> NHS Foundation Trust" over "Safeguarding Committee (a
 *   committee of the Trust Board)") is the committee's meeting: its minutes are the committee's, not the trust's.
 */

import { isMostlyUpper, titleCase } from '../util/text';

const PERSON_LINE =
  /^(?:(?:independent\s+|co-?|vice[\s-])?chair(?:person|man|woman)?s?|convene[ro]r|clerk|secretary|minute[\s-]?taker|minutes?(?:\s+taken)?\s+by|notes?(?:\s+taken)?\s+by|presenter|facilitator|venue|location)\s*[:–-]\s/i;

/** The header lines that may name the body: those saying who holds a post are dropped. */
export function bodyLines(lines: string[]): string[] {
  return lines.filter((l) => !PERSON_LINE.test(l.replace(/\s+/g, ' ').trim()));
}

// An organisation that has committees of its own rather than being a safeguarding board itself.
const ORGANISATION =
  /\b(?:NHS(?:\s+Foundation)?\s+Trust|Foundation\s+Trust|Health\s+(?:and\s+Social\s+Care\s+)?Trust|Health\s+Board|Hospitals?(?:\s+Trust)?|Council|College|University|Academy\s+Trust|School)$/i;
const COMMITTEE =
  /^((?:[A-Z][\w'’&-]*|and|&|of|for|the)(?:\s+(?:[A-Z][\w'’&-]*|and|&|of|for|the)){0,7}\s+(?:Sub-?\s?)?(?:Committee|Group|Panel|Forum))(?:\s*\(([^()]{3,80})\))?$/;

/**
 * "Safeguarding Committee (a committee of the Trust Board)" under the organisation's name, or with a note saying whose
 * committee it is: the committee is the body that met.
 */
export function committeeOfOrganisation(lines: string[]): string | null {
  // A letterhead in capitals is read in title case, as its words would be written in a sentence.
  const raw = lines.map((l) => l.replace(/\s+/g, ' ').trim());
  const flat = raw.map((l) => (isMostlyUpper(l) ? titleCase(l) : l));
  for (let k = 0; k < Math.min(flat.length, 6); k++) {
    const m = COMMITTEE.exec(flat[k]!);
    if (!m || /^(?:minutes|notes|agenda|meeting)\b/i.test(m[1]!)) continue;
    const noted = !!m[2] && /^(?:a|the)\s+(?:sub-?\s?)?committee\s+(?:of|to|reporting\s+to)\b|^reporting\s+to\b/i.test(m[2]);
    const underOrg = k > 0 && ORGANISATION.test(flat[k - 1]!);
    if (noted || (underOrg && !m[2])) return m[1]!;
    // "<Place> Family Support Hub" over "Steering Group": a letterhead that breaks the body's one name over two lines.
    const prev = k > 0 ? flat[k - 1]! : '';
    if (
      !m[2] &&
      m[1]!.split(' ').length <= 3 &&
      /^[A-Z][\w'’ &-]{2,80}$/.test(prev) &&
      prev.split(' ').length <= 8 &&
      !STANDS_ALONE.test(prev) &&
      isMostlyUpper(raw[k - 1]!) === isMostlyUpper(raw[k]!)
    )
      return `${prev} ${m[1]!}`;
  }
  return null;
}

// A line already naming a body (a board, partnership, trust) has sub-groups under it, not the rest of its name.
const STANDS_ALONE = /\b(?:board|partnership|committee|trust|council|group|panel|forum|network|service|authority|minutes|notes|agenda)$/i;
