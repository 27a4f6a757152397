import type { IsoDate } from '../extract/dates';
import { areNameVariants } from '../extract/lexicon/first-names';
import type { PersonName } from '../extract/names';
import { initialsOf } from '../extract/names';
import { editDistance, foldForMatch } from '../util/text';

/** One sighting of a person in one document. */
export interface Mention {
  documentId: number;
  board: string | null;
  context: string;
  name: PersonName;
  title: string | null;
  organisation: string | null;
  date: IsoDate | null;
}

export interface Seen {
  title: string | null;
  organisation: string | null;
  date: IsoDate | null;
  documentId: number;
  board: string | null;
  context: string;
}

export interface Person {
  key: string;
  name: string;
  given: string | null;
  family: string | null;
  initials: string[];
  seen: Seen[];
}

export interface PeopleIndex {
  people: Person[];
  /** The person a name written in a given document refers to. */
  resolve(name: PersonName, documentId: number | null, board: string | null): Person | null;
}

const WEIGHT: Record<string, number> = { chair: 3, present: 3, 'in-attendance': 3, apologies: 3, 'not-present': 3, member: 3, deputy: 1, named: 1 };

const fold = (s: string | null | undefined) => foldForMatch(s ?? '');

function isFull(n: PersonName): boolean {
  return !!n.given && n.given.length > 1 && !!n.family;
}

/** Given names that may be the same person: "Clare"/"Claire", "Nicky"/"Nicola". */
export function sameGivenName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || areNameVariants(x, y)) return true;
  return Math.min(x.length, y.length) >= 4 && x[0] === y[0] && editDistance(x, y, 1) <= 1;
}

/**
 * Decides which mentions are one real person. Full names with the same surname merge when their
 * given names are spellings or short forms of each other (Clare/Claire, Nicky/Nicola) and they
 * were never listed side by side as two people. "Mrs Booth" and "Councillor Cain" join the one
 * full-named person with that surname, looking first in the same document, then the same board,
 * then everywhere; with no such person they stand as themselves ("Councillor Rowson").
 * A shared surname alone never merges: Paul, Sonia and Cathie Turner stay three.
 */
export function buildPeople(mentions: Mention[]): PeopleIndex {
  const full = mentions.filter((m) => isFull(m.name));
  const partial = mentions.filter((m) => !isFull(m.name));

  // Given names listed side by side in one document's attendance or members list are different people.
  const together = new Set<string>();
  const byDocFamily = new Map<string, Set<string>>();
  for (const m of full.filter((x) => (WEIGHT[x.context] ?? 1) > 1)) {
    const k = `${m.documentId}|${fold(m.name.family)}`;
    const set = byDocFamily.get(k) ?? new Set<string>();
    set.add(fold(m.name.given));
    byDocFamily.set(k, set);
  }
  for (const set of byDocFamily.values()) {
    const arr = [...set];
    for (const a of arr) for (const b of arr) if (a !== b) together.add(`${a}|${b}`);
  }

  // Cluster given names within each surname.
  const clusters = new Map<string, { family: string; givens: string[]; mentions: Mention[] }[]>();
  for (const m of full) {
    const family = fold(m.name.family);
    const list = clusters.get(family) ?? [];
    const given = fold(m.name.given);
    let cluster = list.find((c) => c.givens.some((g) => sameGivenName(g, given) && (g === given || !together.has(`${g}|${given}`))));
    if (!cluster) {
      cluster = { family, givens: [], mentions: [] };
      list.push(cluster);
    }
    if (!cluster.givens.includes(given)) cluster.givens.push(given);
    cluster.mentions.push(m);
    clusters.set(family, list);
  }

  const people: Person[] = [];
  const byKey = new Map<string, Person>();
  const fullByFamily = new Map<string, Person[]>();
  for (const [family, list] of clusters) {
    for (const c of list) {
      const best = canonical(c.mentions);
      const p = makePerson(best, c.mentions);
      people.push(p);
      byKey.set(p.key, p);
      fullByFamily.set(family, [...(fullByFamily.get(family) ?? []), p]);
    }
  }
  const docsOf = new Map<Person, Set<number>>();
  const boardsOf = new Map<Person, Set<string>>();
  for (const p of people) {
    docsOf.set(p, new Set(p.seen.map((s) => s.documentId)));
    boardsOf.set(p, new Set(p.seen.map((s) => s.board).filter((b): b is string => !!b)));
  }

  const matchPartial = (name: PersonName, documentId: number | null, board: string | null): Person | null => {
    const family = fold(name.family);
    const given = name.given ? fold(name.given) : null;
    let candidates: Person[];
    if (family) {
      candidates = fullByFamily.get(family) ?? [];
      if (given) candidates = candidates.filter((p) => (given.length === 1 ? fold(p.given).startsWith(given) : sameGivenName(fold(p.given), given)));
    } else if (given) {
      candidates = people.filter((p) => p.given && sameGivenName(fold(p.given), given) && fold(p.given) === given);
    } else return null;
    for (const scope of [
      // Standalone people (first-name-only mentions) join `people` after these sets were built.
      (p: Person) => documentId !== null && (docsOf.get(p)?.has(documentId) ?? p.seen.some((s) => s.documentId === documentId)),
      (p: Person) => board !== null && (boardsOf.get(p)?.has(board) ?? p.seen.some((s) => s.board === board)),
      () => !!family,
    ]) {
      const hits = candidates.filter(scope);
      if (hits.length === 1) return hits[0]!;
      if (hits.length > 1) return null;
    }
    return null;
  };

  // Partial names that match nobody become people in their own right.
  const standalone = new Map<string, Mention[]>();
  for (const m of partial) {
    const hit = matchPartial(m.name, m.documentId, m.board);
    if (hit) {
      hit.seen.push(seenOf(m));
      continue;
    }
    const key = fold(m.name.display);
    standalone.set(key, [...(standalone.get(key) ?? []), m]);
  }
  for (const ms of standalone.values()) {
    const p = makePerson(canonical(ms), ms);
    if (byKey.has(p.key)) {
      byKey.get(p.key)!.seen.push(...p.seen);
      continue;
    }
    people.push(p);
    byKey.set(p.key, p);
  }

  const resolve = (name: PersonName, documentId: number | null, board: string | null): Person | null => {
    if (isFull(name)) {
      const family = fold(name.family);
      const given = fold(name.given);
      const list = (fullByFamily.get(family) ?? []).filter((p) => p.given && sameGivenName(fold(p.given), given));
      if (list.length === 1) return list[0]!;
      const exact = list.filter((p) => fold(p.given) === given);
      if (exact.length === 1) return exact[0]!;
      return byKey.get(fold(name.display)) ?? null;
    }
    return matchPartial(name, documentId, board) ?? byKey.get(fold(name.display)) ?? null;
  };

  people.sort((a, b) => (fold(a.family) || fold(a.name)).localeCompare(fold(b.family) || fold(b.name)) || a.name.localeCompare(b.name));
  return { people, resolve };
}

/** The form of a name to show: the one attendance lists use most, then the fullest. */
function canonical(ms: Mention[]): PersonName {
  const score = new Map<string, { name: PersonName; score: number }>();
  for (const m of ms) {
    const k = m.name.display;
    const s = score.get(k) ?? { name: m.name, score: 0 };
    s.score += WEIGHT[m.context] ?? 1;
    score.set(k, s);
  }
  return [...score.values()].sort(
    (a, b) => b.score - a.score || (b.name.given?.length ?? 0) - (a.name.given?.length ?? 0) || a.name.display.localeCompare(b.name.display),
  )[0]!.name;
}

function seenOf(m: Mention): Seen {
  return { title: m.title, organisation: m.organisation, date: m.date, documentId: m.documentId, board: m.board, context: m.context };
}

function makePerson(name: PersonName, ms: Mention[]): Person {
  return {
    key: fold(name.display),
    name: name.display,
    given: name.given && name.given.length > 1 ? name.given : null,
    family: name.family,
    initials: initialsOf(name),
    seen: ms.map(seenOf),
  };
}
