import { parsePersonName } from '../extract/names';
import type { PersonRecord, Store } from '../store/repositories';
import { foldForMatch } from '../util/text';
import { sameGivenName } from './people';

export type PersonRow = PersonRecord;

export type PersonLookup = { kind: 'one'; person: PersonRow } | { kind: 'many'; people: PersonRow[] } | { kind: 'none' };

/**
 * Finds the person a typed name means: "Diane Booth", "Mrs Booth", "Nicky Evans" (Nicola),
 * "Booth" when only one Booth is known. Never stretches to a different given name with the same
 * surname: "Paul Turner" is not "Sonia Turner".
 */
export async function findPerson(store: Store, typed: string): Promise<PersonLookup> {
  const index = await store.memo('person-index', async () => indexPeople(await store.people.all()));
  const folded = foldForMatch(typed).replace(/[.,]/g, '');
  const exact = index.byName.get(folded) ?? [];
  if (exact.length === 1) return { kind: 'one', person: exact[0]! };
  const name = parsePersonName(typed, { allowSingle: true });
  let hits: PersonRow[] = [];
  if (name?.family && name.given && name.given.length > 1) {
    hits = (index.byFamily.get(foldForMatch(name.family)) ?? []).filter((p) => p.given && sameGivenName(p.given, name.given!));
    const same = hits.filter((p) => foldForMatch(p.given ?? '') === foldForMatch(name.given!));
    if (same.length === 1) hits = same;
  } else if (name?.family) {
    hits = index.byFamily.get(foldForMatch(name.family)) ?? [];
  } else if (name?.given) {
    // One word: a surname or a given name.
    const w = foldForMatch(name.given);
    hits = index.byFamily.get(w) ?? [];
    if (!hits.length) hits = index.byGiven.get(w) ?? [];
  } else {
    hits = index.byFamily.get(folded) ?? [];
  }
  if (hits.length === 1) return { kind: 'one', person: hits[0]! };
  if (hits.length > 1) return { kind: 'many', people: hits };
  return { kind: 'none' };
}

interface PersonIndex {
  byName: Map<string, PersonRow[]>;
  byFamily: Map<string, PersonRow[]>;
  byGiven: Map<string, PersonRow[]>;
}

/** People by folded full name, surname and given name: asked on every chat turn, changed rarely. */
function indexPeople(people: PersonRow[]): PersonIndex {
  const index: PersonIndex = { byName: new Map(), byFamily: new Map(), byGiven: new Map() };
  const add = (map: Map<string, PersonRow[]>, key: string, p: PersonRow) => map.set(key, [...(map.get(key) ?? []), p]);
  for (const p of people) {
    add(index.byName, foldForMatch(p.name), p);
    add(index.byFamily, foldForMatch(p.family ?? ''), p);
    add(index.byGiven, foldForMatch(p.given ?? ''), p);
  }
  return index;
}
