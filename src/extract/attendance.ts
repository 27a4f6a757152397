import type { Block } from '../ingest/document';
import type { IsoDate } from './dates';
import type { AttendanceEntry, AttendanceRole } from './model';
import { isOrgLike, isTitleLike, parsePersonName, PersonName } from './names';
import { squash } from '../util/text';

const SECTION = /^(present|members present|board members present|attendees|attending|in attendance|also present|also in attendance|officers present|officers in attendance|officers|apologies(?: for absence)?(?: received)?(?: from)?|apologies received from|not present|absent|absent without apologies|members absent)\s*(?:[:\-–]\s*(.*))?$/i;
const DEPUTY = /^(?:deputy|deputising|deputised by|represented by|rep(?:resentative)?|substitute(?:d by)?|sub|in place of|on behalf of)\s*:?\s*(.+)$/i;
const COUNCILLORS_LIST = /^(?:county\s+)?councillors:?$/i;

export function sectionRole(text: string): { role: AttendanceRole; rest: string } | null {
  const m = SECTION.exec(squash(text));
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  let role: AttendanceRole = 'present';
  if (word.startsWith('apolog')) role = 'apologies';
  else if (/not present|absent/.test(word)) role = 'not-present';
  else if (/attendance|officers|also/.test(word)) role = 'in-attendance';
  return { role, rest: (m[2] ?? '').trim() };
}

export interface AttendanceResult {
  entries: AttendanceEntry[];
  /** Index of the first block after the attendance lists. */
  end: number;
}

/**
 * Reads the Present / In Attendance / Apologies / Not Present lists that follow a meeting header,
 * in the layouts boards use: "Name, Title, Organisation" lines; a name line followed by its title
 * or organisation line; tab-separated columns; "Councillors" followed by surnames; or inline runs.
 */
export function parseAttendance(blocks: Block[], start: number, date: IsoDate | null): AttendanceResult {
  const entries: AttendanceEntry[] = [];
  let role: AttendanceRole | null = null;
  let councillors = false;
  let current: AttendanceEntry | null = null;
  let i = start;
  let seenSection = false;

  // Entries from bare name lines in a row: their titles may follow as a run of their own.
  let run: AttendanceEntry[] = [];
  const add = (name: PersonName, title: string | null, org: string | null, raw: string, deputy: PersonName | null) => {
    current = { name, title, organisation: org, date, role: role!, deputy, raw };
    applyAnnotation(current);
    entries.push(current);
    run = title || org ? [] : [...run, current];
  };

  for (; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === 'marker') break;
    const text = squash(b.text);
    const section = b.type === 'row' ? null : sectionRole(text);
    if (section) {
      role = section.role;
      seenSection = true;
      councillors = false;
      current = null;
      run = [];
      if (section.rest) {
        for (const piece of splitInline(section.rest)) {
          const e = parseEntry(piece);
          if (e) add(e.name, e.title, e.organisation, piece, e.deputy);
        }
      }
      continue;
    }
    if (!seenSection) continue;
    if (endsAttendance(text)) break;
    if (b.type === 'row' && b.cells) {
      const cells = b.cells.filter(Boolean);
      const e = parseEntry(cells.join(', '));
      if (!e) break; // a table that is not a list of people: the business has begun
      add(e.name, e.title, e.organisation, text, e.deputy);
      continue;
    }
    if (COUNCILLORS_LIST.test(text)) {
      councillors = true;
      continue;
    }
    if (councillors && /^(?:(?:Mrs|Mr|Ms|Miss|Dr)\s+)?[A-Z](?:[\w'-]*)(?:\s+[A-Z][\w'-]+)?$/.test(text)) {
      const name = parsePersonName(`Councillor ${text}`, { allowSingle: true });
      if (name) {
        add(name, null, null, text, null);
        continue;
      }
    }
    const e = parseEntry(text);
    if (e) {
      add(e.name, e.title, e.organisation, text, e.deputy);
      continue;
    }
    // Names and titles flattened into two runs: "A / B / C" then "Chair / Director … / Head …".
    if (run.length >= 2) {
      const details = followingDetails(blocks, i, run.length);
      if (details) {
        details.forEach((t, k) => attach(run[k]!, t));
        i += details.length - 1;
        run = [];
        continue;
      }
    }
    run = [];
    if (current && text.split(' ').length <= 14) {
      attach(current, text);
      continue;
    }
    break;
  }
  markChair(entries);
  return { entries, end: i };
}

const CHAIR_TITLE = /^(?:independent\s+)?(?:chair|chairman|chairwoman|chairperson)(?:\s+of\s+the\s+(?:board|committee|meeting))?$|(?:^|;\s*)chair$/i;

/**
 * The person who chaired is recorded as the chair, apart from the other members present:
 * "David Sanders, Independent Chair", "Councillor Rowson (in the Chair)".
 */
function markChair(entries: AttendanceEntry[]): void {
  const chair = entries.find((e) => e.role === 'present' && e.title !== null && e.title.split(/;\s*/).some((t) => CHAIR_TITLE.test(t.trim())));
  if (chair) chair.role = 'chair';
}

/** Exactly `n` lines of titles or organisations from `start`, none of them a name or a new list. */
function followingDetails(blocks: Block[], start: number, n: number): string[] | null {
  const out: string[] = [];
  for (let k = start; k < blocks.length && out.length < n; k++) {
    const t = squash(blocks[k]!.text);
    if (blocks[k]!.type === 'marker' || sectionRole(t) || parseEntry(t) || endsAttendance(t)) return null;
    out.push(t);
  }
  if (out.length !== n) return null;
  const after = blocks[start + n];
  if (after && !sectionRole(squash(after.text)) && !endsAttendance(squash(after.text)) && !parseEntry(squash(after.text))) return null;
  return out;
}

/** Prose that starts the business of the meeting, or an agenda item heading. */
function endsAttendance(text: string): boolean {
  if (/^\d{1,2}[a-z]?[.)]?(?:\s+\S|$)/.test(text)) return true;
  if (/^(?:item|agenda item|minute)\s+\d/i.test(text)) return true;
  if (/^(?:welcome|introductions?|declarations?)\b/i.test(text)) return true;
  const words = text.split(' ').length;
  return words > 24 || (words > 10 && /[.!?]$/.test(text));
}

function splitInline(text: string): string[] {
  const pieces = text.split(/;\s*/).flatMap((p) => {
    // "Jane Doe, Head of X, Org" stays whole; "A, B and C" is three names.
    const commaParts = p.split(/,\s*(?![^()]*\))/);
    const allNames = commaParts.every((c) => c.split(/\s+and\s+/).every((n) => parsePersonName(n.trim()) !== null));
    return allNames ? commaParts.flatMap((c) => c.split(/\s+and\s+/)) : [p];
  });
  return pieces.map((p) => p.trim().replace(/\.$/, '')).filter(Boolean);
}

interface ParsedEntry {
  name: PersonName;
  title: string | null;
  organisation: string | null;
  deputy: PersonName | null;
}

/** "Diane Booth, Director of Children's Services, Blackpool Council" -> name, title, organisation. */
export function parseEntry(raw: string): ParsedEntry | null {
  let text = squash(raw).replace(/[.;]$/, '');
  // "(represented by John Roe)" may close the whole entry rather than the name.
  let bracketDeputy: PersonName | null = null;
  const dep = /\s*\((?:deputy|deputised by|represented by|substitute(?:d by)?|sub|rep(?:resentative)?)\s*:?\s*([^)]+)\)\s*$/i.exec(text);
  if (dep && text.indexOf(',') >= 0 && dep.index > text.indexOf(',')) {
    bracketDeputy = parsePersonName(dep[1]!);
    text = text.slice(0, dep.index);
  }
  const parts = text.split(/\s*,\s*(?![^()]*\))|\s+[–—-]\s+/).filter(Boolean);
  if (!parts.length) return null;
  const name = parsePersonName(parts[0]!);
  if (!name) return null;
  let deputy = bracketDeputy ?? deputyFrom(name.annotation);
  const rest: string[] = [];
  for (const p of parts.slice(1)) {
    const d = DEPUTY.exec(p);
    if (d) deputy = parsePersonName(d[1]!) ?? deputy;
    else rest.push(p);
  }
  const { title, organisation } = splitTitleOrg(rest);
  return { name, title, organisation, deputy };
}

/** The parts after a name: titles first, then the organisation (the trailing organisation-like parts). */
export function splitTitleOrg(parts: string[]): { title: string | null; organisation: string | null } {
  if (!parts.length) return { title: null, organisation: null };
  let orgStart = parts.length;
  while (orgStart > 0 && isOrgLike(parts[orgStart - 1]!) && (orgStart > 1 || !isTitleLike(parts[0]!))) orgStart--;
  if (orgStart === 0 && parts.length > 1) orgStart = 1;
  const title = parts.slice(0, orgStart).join(', ') || null;
  const organisation = parts.slice(orgStart).join(', ') || null;
  return { title, organisation };
}

function deputyFrom(annotation: string | null): PersonName | null {
  if (!annotation) return null;
  const d = DEPUTY.exec(annotation);
  return d ? parsePersonName(d[1]!) : null;
}

function attach(entry: AttendanceEntry, text: string): void {
  const d = DEPUTY.exec(text.replace(/^\(|\)$/g, ''));
  if (d) {
    entry.deputy = parsePersonName(d[1]!) ?? entry.deputy;
    return;
  }
  const parts = text.split(/\s*,\s*(?![^()]*\))/).filter(Boolean);
  if (parts.length > 1 && !entry.title && !entry.organisation) {
    const split = splitTitleOrg(parts);
    entry.title = split.title;
    entry.organisation = split.organisation;
    return;
  }
  if (!entry.title && isTitleLike(text)) entry.title = text;
  else if (!entry.organisation && !isTitleLike(text)) entry.organisation = text;
  else if (!entry.title) entry.title = text;
  else entry.organisation = entry.organisation ? `${entry.organisation}, ${text}` : text;
}

/** "(Clerk)", "(in the Chair)", "(Chair)" say what role the person held at this meeting. */
function applyAnnotation(entry: AttendanceEntry): void {
  const a = entry.name.annotation?.toLowerCase();
  if (!a) return;
  if (/\bchair/.test(a) && !/vice/.test(a)) entry.title = entry.title ? `${entry.title}; Chair` : 'Chair';
  else if (/vice[- ]chair/.test(a)) entry.title = entry.title ? `${entry.title}; Vice-Chair` : 'Vice-Chair';
  else if (/clerk|minute/.test(a)) entry.title = entry.title ? `${entry.title}; Clerk` : 'Clerk';
}
