import type { Block } from '../ingest/document';
import { squash } from '../util/text';
import { apologiesInSentence, parseEntry, sectionRole } from './attendance';
import { findDates, type IsoDate } from './dates';
import type { AttendanceEntry, AttendanceRole } from './model';

/**
 * Attendance written only as prose, with no Present heading or list: "The meeting was chaired by Cllr A, Cabinet Member
 * for …. Also present were B (Director …), C (…) and D (…). E (Co-ordinator) took the notes. Apologies had been sent by
 * F, G and Cllr H." A council's minutes put the people first and the verb last: "Councillor A presided. Councillors B, C
 * and D were also present, together with the co-opted members Mrs E (…) and Mr F (…). The officers in attendance were
 * G (Role), H (Role). Councillor J, Cabinet Member for …, attended for minute 26." Kept apart from attendance.ts (the
 * lists) because it reads sentences, not lines.
 */

/** The sentence that opens such a paragraph: who chaired, or who was present (read before the sentence is complete). */
const PROSE_START =
  /^(?:the\s+meeting\s+was\s+chaired\s+by|(?:also|those|others|members)\s+present\s+(?:were|was|included)|present\s+were|(?:the\s+)?(?:officers?\s+|others\s+|those\s+)?in\s+attendance\s+(?:were|was|included))\s+\S/i;
const CHAIRED = /^the\s+meeting\s+was\s+chaired\s+by\s+(.+)$/i;
// "Councillor A presided", "Dr B was in the chair": the chair first, the verb closing the sentence.
const PRESIDED = /^(.{3,120}?)\s+(?:presided|was\s+in\s+the\s+chair|took\s+the\s+chair|chaired(?:\s+the\s+meeting)?)$/i;
const PRESENT = /^(?:(also|those|others|members)\s+)?present\s+(?:were|was|included)\s*:?\s+(.+)$/i;
const IN_ATTENDANCE = /^(?:the\s+)?(?:(?:officers?|others|those)\s+)?in\s+attendance\s+(?:were|was|included)\s*:?\s+(.+)$/i;
// "A, B and C were also present, together with the co-opted members D and E": who came, then the verb.
const WERE_PRESENT = /^(.+?)\s+(?:were|was)\s+(?:also\s+)?(?:present|in\s+attendance)(?:\s*,?\s+(?:(?:together|along)\s+with|as\s+well\s+as)\s+(.+))?$/i;
// "Councillors A (Chair), B and C attended", "Councillor D attended for minute 26 at the Committee's invitation".
const ATTENDED = /^(.+?)\s+(?:also\s+)?attended(?:\s+(.+))?$/i;
// What may follow "attended": the meeting, an item (then the person attended for that item only), an invitation.
const ATTENDED_WHOLE =
  /^(?:the\s+(?:meeting|committee|board|group)(?:\s+in\s+person|\s+remotely|\s+virtually|\s+online)?|in\s+person|remotely|virtually|online)$/i;
const ATTENDED_PART =
  /^(?:(?:for|during)\s+(?:part\s+of\s+the\s+meeting|(?:the\s+)?(?:items?|minutes?|agenda\s+items?)\b.*)|at\s+the\s+.{0,40}\binvitation|as\s+an?\s+(?:observer|guest|adviser|advisor)\b.*|to\s+(?:present|introduce|answer)\b.*)$/i;
// "as deputy for X", "on behalf of X": completeAttendance reads who came in whose place.
const ATTENDED_DEPUTY = /^(?:as\s+(?:a\s+|the\s+)?(?:deputy|substitute)\s+for|on\s+behalf\s+of|in\s+place\s+of|deputi[sz]ing\s+for)\s/i;
const ATTENDANCE_VERB = /\b(?:presided|chair|chaired|present|attendance|attended)\b/i;
const NOTES = /^(.+?)\s+(?:took|was\s+taking|recorded)\s+the\s+(?:notes|minutes)$/i;
// A full stop after an honorific or an initial does not end the sentence.
const SENTENCE_END = /(?<!\b(?:Dr|Mr|Mrs|Ms|Cllr|Cllrs|Supt|Insp|Prof|St|[A-Z]))\.\s+(?=[A-Z])/;
const ITEM_HEAD = /^\d{1,2}(?:\.\d{1,2})?[.)]?\s+[A-Z]/;
// Separators kept (the capture) so that a title's own commas and "and" can be put back: "Cabinet Member for Children and
// Families" is one title, not two people.
const LIST_SPLIT = /(\s*[,;]\s*(?![^()]*\))|\s+and\s+(?![^()]*\)))/;

/** Whether a line opens attendance written as prose. */
export function isProseAttendance(text: string): boolean {
  const t = squash(text);
  if (t.length >= 2000) return false;
  if (PROSE_START.test(t)) return true;
  // The people first, the verb last: only a whole first sentence says so.
  const first = t.split(SENTENCE_END)[0]!.replace(/[.!?]$/, '');
  // Most lines name no attendance verb: only those are parsed (this runs on every early line of every paper).
  if (!ATTENDANCE_VERB.test(first)) return false;
  const read = readSentence(first, [], null);
  return read === 'people';
}

/**
 * Reads the attendance sentences from `start` up to the first sentence that is not about attendance (or an item heading):
 * the chair, those present, who took the notes and the apologies. `end` is the first block of the business.
 */
export function proseAttendance(blocks: Block[], start: number, date: IsoDate | null): { entries: AttendanceEntry[]; end: number } {
  const entries: AttendanceEntry[] = [];
  let pending = '';
  let end = start;
  for (let k = start; k < Math.min(blocks.length, start + 12); k++) {
    const b = blocks[k]!;
    if (b.type === 'row' || ITEM_HEAD.test(b.text.trim())) break;
    // A list under its own label ("Apologies:" then names) is read as the list it is, by the caller.
    if (k > start && !pending && sectionRole(b.text)) break;
    const text = pending ? `${pending} ${squash(b.text)}` : squash(b.text);
    const sentences = text.split(SENTENCE_END).map((s) => s.trim());
    const whole = /[.!?]$/.test(text);
    pending = whole ? '' : sentences.pop()!;
    let stop = false;
    for (const s of sentences) {
      if (!readSentence(s.replace(/[.!?]$/, ''), entries, date)) {
        stop = true;
        break;
      }
    }
    if (stop) break;
    end = k + 1;
  }
  return { entries, end };
}

/**
 * A dated line run into the attendance sentences that follow it ("Minutes of the meeting held on 11 October 2016 at
 * 10.00 am. Councillor A presided. …", as a PDF prints a header paragraph and the attendance one after the other) is
 * split in two: the header, then the attendance paragraph that proseAttendance reads.
 */
export function splitProseAttendance(blocks: Block[]): Block[] {
  for (let i = 0; i < Math.min(blocks.length, 15); i++) {
    const b = blocks[i]!;
    if (b.type === 'row' || b.text.length >= 2500) continue;
    const sentences = squash(b.text).split(SENTENCE_END);
    for (let k = 1; k < Math.min(sentences.length, 4); k++) {
      const lead = `${sentences.slice(0, k).join('. ')}.`;
      const rest = sentences.slice(k).join('. ');
      if (!findDates(lead).some((d) => d.iso) || !isProseAttendance(rest)) continue;
      const para = (text: string): Block => ({ type: 'paragraph', text, ...(b.page !== undefined ? { page: b.page } : {}) });
      return [...blocks.slice(0, i), para(lead), para(rest), ...blocks.slice(i + 1)];
    }
  }
  return blocks;
}

/** Whether a piece of a list is a person (a known given name or an honorific, and a family name). */
function isPerson(piece: string): boolean {
  const e = parseEntry(piece);
  return !!e?.name.family && (e.name.confident || !!e.name.honorific);
}

/**
 * The people a list names: "A, B and C", "the co-opted members Mrs D (Church in Wales) and Mr E", "Councillor F,
 * Cabinet Member for Children and Families". A piece that is not a person continues the one before it (a title's comma
 * or "and"); the words leading into a name ("the co-opted members") are not part of it. Null when the list does not
 * start with a person.
 */
function peopleIn(list: string): string[] | null {
  const parts = list.split(LIST_SPLIT);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const piece = parts[i]!.trim().replace(/^(?:and|&)\s+/i, '');
    if (!piece) continue;
    const named = piece.replace(/^(?:[a-z][\w'’-]*\s+){1,6}(?=[A-Z])/, '');
    if (isPerson(named)) out.push(named);
    else if (out.length) out[out.length - 1] += `${parts[i - 1]}${piece}`;
    else return null;
  }
  return out.length ? out : null;
}

/**
 * Reads one sentence into `entries`: 'people' when it names who chaired, was present or attended, 'other' for the
 * apologies, the note taker or a labelled list inside the prose, null when it is not about attendance.
 */
function readSentence(sentence: string, entries: AttendanceEntry[], date: IsoDate | null): 'people' | 'other' | null {
  const add = (raw: string, role: AttendanceRole, title: string | null = null) => {
    const e = parseEntry(raw.replace(/^(?:and|&)\s+/i, ''));
    if (!e || !e.name.family) return;
    entries.push({ name: e.name, title: title ?? e.title, organisation: e.organisation, date, role, deputy: e.deputy, raw: sentence });
  };
  const addAll = (list: string, role: AttendanceRole) => {
    for (const piece of peopleIn(list) ?? []) add(piece, role);
  };
  const chaired = CHAIRED.exec(sentence);
  if (chaired) {
    add(chaired[1]!, 'chair');
    return 'people';
  }
  const present = PRESENT.exec(sentence);
  if (present) {
    for (const piece of present[2]!.split(LIST_SPLIT).filter((_p, k) => k % 2 === 0)) if (piece) add(piece, 'present');
    return 'people';
  }
  const attending = IN_ATTENDANCE.exec(sentence);
  if (attending && peopleIn(attending[1]!)) {
    addAll(attending[1]!, 'in-attendance');
    return 'people';
  }
  const presided = PRESIDED.exec(sentence);
  const presider = presided ? peopleIn(presided[1]!) : null;
  if (presider?.length === 1) {
    add(presider[0]!, 'chair');
    return 'people';
  }
  const were = WERE_PRESENT.exec(sentence);
  if (were && peopleIn(were[1]!)) {
    addAll(were[1]!, 'present');
    if (were[2] && peopleIn(were[2])) addAll(were[2], 'present');
    return 'people';
  }
  const attended = ATTENDED.exec(sentence);
  const tail = attended?.[2]?.trim() ?? '';
  if (attended && peopleIn(attended[1]!)) {
    if (!tail || ATTENDED_WHOLE.test(tail)) addAll(attended[1]!, 'present');
    else if (ATTENDED_PART.test(tail)) addAll(attended[1]!, 'in-attendance');
    else if (!ATTENDED_DEPUTY.test(tail)) return null;
    return 'people';
  }
  const apologies = /^apolog/i.test(sentence) ? apologiesInSentence(sentence) : [];
  if (apologies.length) {
    for (const name of apologies) entries.push({ name, title: null, organisation: null, date, role: 'apologies', deputy: null, raw: sentence });
    return 'other';
  }
  const notes = NOTES.exec(sentence);
  if (notes && notes[1]!.split(' ').length <= 12) {
    add(notes[1]!, 'in-attendance');
    return 'other';
  }
  // "Officers in attendance: A (Role), B (Role)." — a labelled list carried on inside the paragraph.
  const labelled = /:/.test(sentence) ? sectionRole(sentence) : null;
  if (labelled?.rest && peopleIn(labelled.rest)) {
    if (labelled.role === 'apologies') {
      for (const name of apologiesInSentence(`Apologies were received from ${labelled.rest}`))
        entries.push({ name, title: null, organisation: null, date, role: 'apologies', deputy: null, raw: sentence });
    } else addAll(labelled.rest, labelled.role === 'not-present' ? 'not-present' : labelled.role);
    return 'other';
  }
  return null;
}
