import type { Block } from '../ingest/document';
import { squash } from '../util/text';
import { appendixSpan } from './attendance-pointer';
import { mayBeSamePerson, parsePersonName, type PersonName } from './names';

// "All members listed in Appendix A were present except: …", "All Panel members (see Annex 1) were present, apart from
// …": attendance BY EXCEPTION, the membership only in the appendix and the line naming those who did not come.
const BY_EXCEPTION =
  /^(?:all|the)\s+(?:(?:other|voting|core|full|[A-Z][a-z]+)\s+)?members\b[^.:;]{0,40}?\b(appendix|annex|annexe|schedule|attachment)\s*([A-Z0-9]{1,3})?\b\)?\s*(?:were|was)\s+(?:in\s+attendance|present),?\s*(?:except|apart\s+from|other\s+than|save\s+for|with\s+the\s+exception\s+of)\s*(?:for\s+)?[:,–—-]?\s*(.*)$/i;
// "(apologies)" after an excepted person repeats what the line says; a bracket about something else is kept.
const APOLOGY_NOTE = /\s*\((?:apologies|apology|apols?\.?|sent apologies)\)/gi;

/** The people a by-exception line names: "Dr A Bee, Designated Doctor (apologies); Mr C Dee (apologies)". */
function exceptedNames(rest: string): PersonName[] {
  const text = rest.replace(APOLOGY_NOTE, '').replace(/\.$/, '');
  const pieces = text.includes(';') ? text.split(';') : text.split(/,\s*|\s+and\s+/);
  return pieces.map((p) => parsePersonName(p.split(/,|\(/)[0]!.trim())).filter((n): n is PersonName => n !== null);
}

/** The person a membership row is about: its first cell that reads as a name ("Mrs Ann Bee (Chair)"). */
function rowName(cells: string[]): PersonName | null {
  for (const c of cells) {
    const n = parsePersonName(c.replace(/\([^)]*\)/g, '').trim());
    if (n?.family) return n;
  }
  return null;
}

/**
 * Minutes that record attendance by exception against a membership appendix: the blocks with the appendix's rows, less
 * the members the line excepts, put where the line was as those present, and the excepted as the apologies (every member
 * not named in the "except" sentence came). Null when no such line heads the paper or its appendix cannot be found.
 */
export function exceptionAttendance(blocks: Block[]): Block[] | null {
  const at = blocks.findIndex((b, i) => i < 40 && b.type !== 'row' && BY_EXCEPTION.test(squash(b.text)));
  if (at < 0) return null;
  const m = BY_EXCEPTION.exec(squash(blocks[at]!.text))!;
  const span = appendixSpan(blocks, at, m[1]!, m[2] ?? null);
  if (!span) return null;
  const rows = blocks.slice(span.start + 1, span.end);
  if (!rows.some((b) => b.type === 'row')) return null;
  const rest = m[3]!.trim();
  const excepted = exceptedNames(rest);
  const kept = rows.filter((b) => {
    const n = b.type === 'row' ? rowName(b.cells ?? []) : null;
    return !n || !excepted.some((x) => mayBeSamePerson(x, n));
  });
  const present: Block = { type: 'paragraph', text: 'Present:' };
  const apologies: Block[] = rest && !/^(?:none|nil)\.?$/i.test(rest) ? [{ type: 'paragraph', text: `Apologies: ${rest.replace(APOLOGY_NOTE, '')}` }] : [];
  return [...blocks.slice(0, at), present, ...kept, ...apologies, ...blocks.slice(at + 1, span.start), ...blocks.slice(span.end)];
}
