import type { Db } from '../store/db';
import { parsePersonName } from '../extract/names';
import { sameGivenName } from './people';
import { foldForMatch } from '../util/text';

export interface PersonRow {
  key: string;
  name: string;
  given: string | null;
  family: string | null;
  initials: string | null;
  titles_json: string;
  organisations_json: string;
  roles_json: string;
  seen_json: string;
}

export type PersonLookup = { kind: 'one'; person: PersonRow } | { kind: 'many'; people: PersonRow[] } | { kind: 'none' };

/**
 * Finds the person a typed name means: "Diane Booth", "Mrs Booth", "Nicky Evans" (Nicola),
 * "Booth" when only one Booth is known. Never stretches to a different given name with the same
 * surname: "Paul Turner" is not "Sonia Turner".
 */
export function findPerson(db: Db, typed: string): PersonLookup {
  const people = db.prepare('SELECT * FROM people').all() as PersonRow[];
  const folded = foldForMatch(typed).replace(/[.,]/g, '');
  const exact = people.filter((p) => foldForMatch(p.name) === folded);
  if (exact.length === 1) return { kind: 'one', person: exact[0]! };
  const name = parsePersonName(typed, { allowSingle: true });
  let hits: PersonRow[] = [];
  if (name?.family && name.given && name.given.length > 1) {
    hits = people.filter((p) => foldForMatch(p.family ?? '') === foldForMatch(name.family!) && p.given && sameGivenName(p.given, name.given!));
    const same = hits.filter((p) => foldForMatch(p.given ?? '') === foldForMatch(name.given!));
    if (same.length === 1) hits = same;
  } else if (name?.family) {
    hits = people.filter((p) => foldForMatch(p.family ?? '') === foldForMatch(name.family!));
  } else if (name?.given) {
    // One word: a surname or a given name.
    const w = foldForMatch(name.given);
    hits = people.filter((p) => foldForMatch(p.family ?? '') === w);
    if (!hits.length) hits = people.filter((p) => foldForMatch(p.given ?? '') === w);
  } else {
    hits = people.filter((p) => foldForMatch(p.family ?? '') === folded);
  }
  if (hits.length === 1) return { kind: 'one', person: hits[0]! };
  if (hits.length > 1) return { kind: 'many', people: hits };
  return { kind: 'none' };
}
