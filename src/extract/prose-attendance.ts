import type { Block } from '../ingest/document';
import { squash } from '../util/text';
import { apologiesInSentence, parseEntry } from './attendance';
import type { IsoDate } from './dates';
import type { AttendanceEntry, AttendanceRole } from './model';

/**
 * Attendance written only as prose, with no Present heading or list: "The meeting was chaired by Cllr A, Cabinet Member
 * for …. Also present were B (Director …), C (…) and D (…). E (Co-ordinator) took the notes. Apologies had been sent by
 * F, G and Cllr H." Kept apart from attendance.ts (the lists) because it reads sentences, not lines.
 */

/** The sentence that opens such a paragraph: who chaired, or who was present. */
const PROSE_START = /^(?:the\s+meeting\s+was\s+chaired\s+by|(?:also|those|others|members)\s+present\s+(?:were|was|included)|present\s+were)\s+\S/i;
const CHAIRED = /^the\s+meeting\s+was\s+chaired\s+by\s+(.+)$/i;
const PRESENT = /^(?:(also|those|others|members)\s+)?present\s+(?:were|was|included)\s*:?\s+(.+)$/i;
const NOTES = /^(.+?)\s+(?:took|was\s+taking|recorded)\s+the\s+(?:notes|minutes)$/i;
// A full stop after an honorific or an initial does not end the sentence.
const SENTENCE_END = /(?<!\b(?:Dr|Mr|Mrs|Ms|Cllr|Supt|Insp|Prof|St|[A-Z]))\.\s+(?=[A-Z])/;
const ITEM_HEAD = /^\d{1,2}(?:\.\d{1,2})?[.)]?\s+[A-Z]/;
const LIST_SPLIT = /\s*[,;]\s*(?![^()]*\))|\s+and\s+(?![^()]*\))/;

/** Whether a line opens attendance written as prose. */
export function isProseAttendance(text: string): boolean {
  return text.length < 2000 && PROSE_START.test(squash(text));
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

function readSentence(sentence: string, entries: AttendanceEntry[], date: IsoDate | null): boolean {
  const add = (raw: string, role: AttendanceRole, title: string | null = null) => {
    const e = parseEntry(raw.replace(/^(?:and|&)\s+/i, ''));
    if (!e || !e.name.family) return;
    entries.push({ name: e.name, title: title ?? e.title, organisation: e.organisation, date, role, deputy: e.deputy, raw: sentence });
  };
  const chaired = CHAIRED.exec(sentence);
  if (chaired) {
    add(chaired[1]!, 'chair');
    return true;
  }
  const present = PRESENT.exec(sentence);
  if (present) {
    for (const piece of present[2]!.split(LIST_SPLIT)) if (piece) add(piece, 'present');
    return true;
  }
  const apologies = /^apolog/i.test(sentence) ? apologiesInSentence(sentence) : [];
  if (apologies.length) {
    for (const name of apologies) entries.push({ name, title: null, organisation: null, date, role: 'apologies', deputy: null, raw: sentence });
    return true;
  }
  const notes = NOTES.exec(sentence);
  if (notes && notes[1]!.split(' ').length <= 12) {
    add(notes[1]!, 'in-attendance');
    return true;
  }
  return false;
}
