import type { IsoDate } from '../extract/dates';
import { ROLE_ACRONYMS } from '../extract/lexicon/words';
import { rankOfTitle } from '../extract/names';
import { remembered } from '../util/memo';
import { squash } from '../util/text';
import type { Person, Seen } from './people';

const QUALIFIERS = /^(?:interim|acting|independent|joint|temporary|the|co-)\s+/i;
const SYNONYMS: [RegExp, string][] = [
  [/\b(?:chairman|chairwoman|chairperson)\b/g, 'chair'],
  [/\bheadteacher\b/g, 'head teacher'],
  [/\bchildrens\b/g, "children's"],
  // "Designated Officer (LADO)": the bracketed acronym names the same post.
  [/\s*\([a-z]{2,8}\)$/, ''],
];

/** The comparable form of a role: "Interim Independent Chairman" -> "chair". */
export function normaliseRole(role: string): string {
  let r = squash(role)
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[.,;:]+$/, '');
  const acronym = ROLE_ACRONYMS.get(r.toUpperCase());
  if (acronym) return acronym;
  for (let i = 0; i < 3; i++) r = r.replace(QUALIFIERS, '');
  for (const [re, to] of SYNONYMS) r = r.replace(re, to);
  return r.trim();
}

/**
 * The roles a title says someone holds: "Interim Principal Social Worker / Head of Safeguarding"
 * holds both; "Independent Chair" is also "Chair"; "Cabinet Secretary for X and Lead Member for Y"
 * holds both posts.
 */
export function rolesOf(title: string | null): string[] {
  if (!title) return [];
  const out = new Set<string>();
  for (const piece of title.split(/\s*(?:\/|;|\s+and\s+(?=(?:lead|head|director|chair|deputy|assistant|cabinet)\b))\s*/i)) {
    const t = squash(piece).replace(/^\((.*)\)$/, '$1');
    if (!t) continue;
    out.add(t.replace(QUALIFIERS, (m) => (/independent/i.test(m) ? m : '')).trim());
    const rank = rankOfTitle(t);
    if (rank) out.add(rank);
    const core = normaliseRole(t);
    if (core === 'chair' || core === 'vice-chair' || core === 'clerk') out.add(core.charAt(0).toUpperCase() + core.slice(1));
  }
  return [...out].filter(Boolean);
}

export function roleMatches(ownerRole: string, personRole: string): boolean {
  return normaliseRole(ownerRole) === normaliseRole(personRole);
}

/** Everyone seen holding each role, built once per resolution rather than per action. */
export type RoleIndex = Map<string, { person: Person; seen: Seen }[]>;

export function indexRoles(people: Person[]): RoleIndex {
  const index: RoleIndex = new Map();
  for (const person of people) {
    for (const seen of person.seen) {
      for (const r of rolesOf(seen.title)) {
        const key = normaliseRole(r);
        index.set(key, [...(index.get(key) ?? []), { person, seen }]);
      }
    }
  }
  return index;
}

/** Date.parse of an ISO date, remembered: a library has a few hundred meeting dates, seen thousands of times. */
const timeOf = remembered((date: string) => Date.parse(date));

/**
 * Who held a role for a board at a date: someone seen with that role in the same document is the
 * answer; otherwise the holder seen on that board nearest to the date. Nobody on the board -> null,
 * so the role stays as written rather than reaching a stranger.
 */
export function roleHolder(role: string, index: RoleIndex, at: { board: string | null; date: IsoDate | null; documentId: number }): Person | null {
  let best: { p: Person; score: number } | null = null;
  // A role's holders are seen in every paper that names them: the dates are read once, not once per sighting.
  const atTime = at.date ? Date.parse(at.date) : 0;
  for (const { person, seen: s } of index.get(normaliseRole(role)) ?? []) {
    const sameDoc = s.documentId === at.documentId;
    const sameBoard = at.board !== null && s.board === at.board;
    if (!sameDoc && !sameBoard) continue;
    const days = at.date && s.date ? Math.abs(atTime - timeOf(s.date)) / 86400000 : 365;
    const score = (sameDoc ? 10000 : 0) - days;
    if (!best || score > best.score) best = { p: person, score };
  }
  return best?.p ?? null;
}
