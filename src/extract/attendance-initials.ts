import type { Block } from '../ingest/document';
import type { AttendanceEntry } from './model';
import { ownerKey } from './people-tables';

/**
 * Notes that list who came by initials only ("Present: FH (chair), KU, GY"; "Apologies: DJ, SU") give the names once, in a
 * "Key to initials" at the foot: each initials-only entry takes the name, post and agency the key gives those initials.
 * An entry the key does not explain stays as its initials. Returns the entries (the same array, entries replaced).
 */
export function namedByKey(entries: AttendanceEntry[], blocks: Block[]): AttendanceEntry[] {
  if (!entries.some((e) => !e.name.family && e.initials)) return entries;
  // Someone the lists already name is not also the initials beside them: those are another person's with the same
  // letters ("MS" in the apologies while Maggie Smallridge (MS) is present), whom the key does not name.
  const listed = new Set(entries.filter((e) => e.name.family).map((e) => e.name.display.toLowerCase()));
  const key = ownerKey(blocks).filter((k) => k.initials && k.name.family && !listed.has(k.name.display.toLowerCase()));
  if (!key.length) return entries;
  return entries.map((e) => {
    if (e.name.family || !e.initials) return e;
    const found = key.filter((k) => k.initials === e.initials);
    if (found.length !== 1) return e;
    const k = found[0]!;
    // The list's own note ("(chair)", "(note)") says what the person did at this meeting; the key says who they are.
    const title = e.title ? (k.title ? `${k.title}; ${e.title}` : e.title) : k.title;
    return { ...e, name: k.name, title, organisation: e.organisation ?? k.organisation };
  });
}
