import type { Block } from '../ingest/document';
import { squash } from '../util/text';
import { findDates, type IsoDate } from './dates';

// An e-mail's header lines as a mail program prints them in a saved or pasted message.
const FIELD = /^(From|Sent|Date|To|Cc|Subject)\s*:\s*(.*)$/i;
// A subject that carries a meeting's notes: "Notes of the call – …", "Minutes: … meeting", "Actions from today's catch-up".
const NOTES_SUBJECT =
  /\b(?:notes?|minutes|actions?|summary|write[- ]?up)\s+(?:of|from|for)\s+(?:the\s+|today'?s\s+|this\s+\w+'?s\s+|our\s+)?(?:call|meeting|catch[- ]?up|check[- ]?in|teams|zoom|session|huddle)\b|\b(?:call|meeting|catch[- ]?up|check[- ]?in)\s+(?:notes|minutes)\b/i;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function written(iso: IsoDate): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

const NEXT_CALL = /^(?:date\s+of\s+)?next\s+(?:call|catch[- ]?up|check[- ]?in|huddle)\s*:/i;

export interface EmailNotes {
  /** The header rewritten as a minutes header: the subject as the title, then the meeting's date. */
  blocks: Block[];
  /** The group the notes went to, as the To line names it ("Ravensholt SCP Executive"). */
  to: string | null;
  date: IsoDate;
}

/**
 * Notes of a meeting or call sent round by e-mail ("From / Sent / To / Subject: Notes of the call – Executive check-in,
 * Tuesday 7 April"): the message records a meeting of the group it is addressed to. The subject is its title and its
 * day (the year from when it was sent, when the subject gives none); the sent date is the meeting's when the subject has
 * no day ("thanks for joining this morning"). The header is rewritten as minutes write theirs, so the minutes reader
 * reads the rest (who was on the call, what was agreed) as it reads any minutes.
 */
export function emailNotes(blocks: Block[]): EmailNotes | null {
  const fields = new Map<string, { at: number; value: string }>();
  const taken = new Set<number>();
  // A printed message's running lines ("OFFICIAL", "Page 1 of 2") may come first: they are not the message's header.
  for (let i = 0; i < Math.min(blocks.length, 14); i++) {
    if (blocks[i]!.running) continue;
    const m = blocks[i]!.type === 'row' ? null : FIELD.exec(squash(blocks[i]!.text));
    if (!m) break;
    fields.set(m[1]!.toLowerCase(), { at: i, value: m[2]!.trim() });
    taken.add(i);
  }
  const subject = fields.get('subject')?.value ?? '';
  const sent = fields.get('sent') ?? fields.get('date');
  if (!fields.has('from') || !sent || !NOTES_SUBJECT.test(subject)) return null;
  const sentOn = findDates(sent.value).find((d) => d.iso)?.iso;
  if (!sentOn) return null;
  // The subject's day counts back from the sent date: notes go out on the day or soon after.
  const yearBack = `${Number(sentOn.slice(0, 4)) - 1}${sentOn.slice(4)}` as IsoDate;
  const day = findDates(subject, { yearFrom: yearBack }).find((d) => d.iso && d.iso <= sentOn)?.iso ?? sentOn;
  const to =
    fields
      .get('to')
      ?.value.replace(/<[^>]*>/g, '')
      .trim() || null;
  const title = subject.replace(/^(?:re|fw|fwd)\s*:\s*/i, '');
  const header: Block[] = [
    { type: 'paragraph', text: title },
    ...(to ? [{ type: 'paragraph' as const, text: to }] : []),
    { type: 'paragraph', text: `Date: ${written(day)}` },
  ];
  // A call's notes call their next meeting the next call ("Next call: Tuesday 14 April").
  const body = blocks
    .filter((_b, k) => !taken.has(k))
    .map((b) => (b.type !== 'row' && NEXT_CALL.test(squash(b.text)) ? { ...b, text: squash(b.text).replace(NEXT_CALL, 'Next meeting:') } : b));
  return { blocks: [...header, ...body], to, date: day };
}
