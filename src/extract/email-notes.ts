import type { Block } from '../ingest/document';
import { squash } from '../util/text';
import { findDates, type IsoDate } from './dates';

// An e-mail's header lines as a mail program prints them in a saved or pasted message ("When" and "Where" in a meeting
// request).
const FIELD = /^(From|Sent|Date|To|Cc|Bcc|Subject|When|Where|Importance|Attachments)\s*:\s*(.*)$/i;
// Where a forwarded message starts inside another: "---------- Forwarded message ---------", "-----Original Message-----".
const FORWARDED = /^(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:?)$/i;
// A subject naming notes by their kind and day, "MACE action notes - Thurs 3rd Oct", "Minutes – Exec 4 May".
const NOTES_DAY = /\b(?:notes|minutes|action\s+points)\s*[-–—:]\s*\S/i;
// The covering line a forwarder or note taker writes above the notes ("Hi Gemma - notes from yesterday below").
const GREETING = /^(?:hi|hello|dear|morning|good\s+(?:morning|afternoon)|afternoon|all|thanks|thank\s+you|see\s+below|please\s+see)\b/i;
// A subject that carries a meeting's notes: "Notes of the call – …", "Minutes: … meeting", "Actions from today's catch-up".
const NOTES_SUBJECT =
  /\b(?:notes?|minutes|actions?|summary|write[- ]?up)\s+(?:of|from|for)\s+(?:the\s+|today'?s\s+|this\s+\w+'?s\s+|our\s+)?(?:call|meeting|catch[- ]?up|check[- ]?in|teams|zoom|session|huddle)\b|\b(?:call|meeting|catch[- ]?up|check[- ]?in)\s+(?:notes|minutes)\b/i;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function written(iso: IsoDate): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

// "Next call:", "Next MACE:": notes call their next meeting by what the meeting is (an acronym in capitals).
const STARRED = /^\s*\*+\s*(\S.*?\S)\s*\*+\s*$/;
const NEXT_CALL = /^(?:[Dd]ate\s+of\s+)?[Nn]ext\s+(?:[Cc]all|[Cc]atch[- ]?up|[Cc]heck[- ]?in|[Hh]uddle|[Pp]anel|[A-Z]{2,8})\s*:/;

export interface EmailNotes {
  /** The header rewritten as a minutes header: the subject as the title, then the meeting's date. */
  blocks: Block[];
  /** The group the notes went to, as the To line names it ("Ravensholt SCP Executive"). */
  to: string | null;
  date: IsoDate;
  /** A meeting request (a "When:" field): it announces a meeting and records none. */
  request?: boolean;
  /** Forwarded notes headed by their own title: the board is theirs, not the group the message went to. */
  titled?: boolean;
}

/** The header fields from block `from` on (a field per line, or split at its tab into a row), and the blocks they take. */
function headerFields(blocks: Block[], from: number, limit: number): { fields: Map<string, string>; taken: number[] } {
  const fields = new Map<string, string>();
  const taken: number[] = [];
  for (let i = from; i < Math.min(blocks.length, from + limit); i++) {
    const b = blocks[i]!;
    if (b.running) continue;
    const line =
      b.type === 'row'
        ? (b.cells ?? [])
            .map(squash)
            .filter(Boolean)
            .join(' ')
            .replace(/^(\w+:)\s*/, '$1 ')
        : squash(b.text);
    const m = FIELD.exec(line);
    if (!m) break;
    if (!fields.has(m[1]!.toLowerCase())) fields.set(m[1]!.toLowerCase(), m[2]!.trim());
    taken.push(i);
  }
  return { fields, taken };
}

/**
 * Notes of a meeting or call sent round by e-mail ("From / Sent / To / Subject: Notes of the call – Executive check-in,
 * Tuesday 7 April"): the message records a meeting of the group it is addressed to. The subject is its title and its
 * day (the year from when it was sent, when the subject gives none); the sent date is the meeting's when the subject has
 * no day ("thanks for joining this morning"). The header is rewritten as minutes write theirs, so the minutes reader
 * reads the rest (who was on the call, what was agreed) as it reads any minutes.
 */
export function emailNotes(blocks: Block[]): EmailNotes | null {
  // A printed message's running lines ("OFFICIAL", "Page 1 of 2") may come first: they are not the message's header.
  const top = headerFields(blocks, 0, 14);
  if (!top.fields.has('from') || !top.fields.has('subject')) return null;
  // An Outlook meeting request printed to text ("When: 05 December 2024 09:30-12:00"): it records no meeting.
  if (top.fields.has('when')) return { blocks, to: null, date: findDates(top.fields.get('when')!).find((d) => d.iso)?.iso ?? ('' as IsoDate), request: true };
  // A forwarded message: the notes are in the last message forwarded, under its own header; the forwarder's covering note
  // and signature above it are not the notes.
  let inner = top;
  let bodyFrom = top.taken[top.taken.length - 1]! + 1;
  for (let i = bodyFrom; i < blocks.length; i++) {
    if (blocks[i]!.type === 'row' || !FORWARDED.test(squash(blocks[i]!.text))) continue;
    const next = headerFields(blocks, i + 1, 10);
    if (!next.fields.has('from')) continue;
    inner = next;
    bodyFrom = next.taken[next.taken.length - 1]! + 1;
  }
  const forwarded = inner !== top;
  const subject = (inner.fields.get('subject') ?? top.fields.get('subject') ?? '').replace(/^(?:(?:re|fw|fwd)\s*:\s*)+/i, '');
  const sentText = inner.fields.get('sent') ?? inner.fields.get('date') ?? top.fields.get('sent') ?? top.fields.get('date');
  if (!sentText || !(NOTES_SUBJECT.test(subject) || NOTES_DAY.test(subject))) return null;
  const sentOn = findDates(sentText).find((d) => d.iso)?.iso;
  if (!sentOn) return null;
  const taken = new Set([...top.taken, ...(forwarded ? Array.from({ length: bodyFrom - top.taken[0]! }, (_x, k) => top.taken[0]! + k) : [])]);
  // The line the note taker wrote above the notes ("Hi Gemma - notes from yesterday below") is theirs, not the notes'.
  if (forwarded)
    for (let i = bodyFrom; i < blocks.length && i < bodyFrom + 3 && blocks[i]!.type !== 'row' && GREETING.test(squash(blocks[i]!.text)); i++) taken.add(i);
  // The subject's day counts back from the sent date: notes go out on the day or soon after.
  const yearBack = `${Number(sentOn.slice(0, 4)) - 1}${sentOn.slice(4)}` as IsoDate;
  const day = findDates(subject, { yearFrom: yearBack }).find((d) => d.iso && d.iso <= sentOn)?.iso ?? sentOn;
  const to =
    top.fields
      .get('to')
      ?.replace(/<[^>]*>/g, '')
      .trim() || null;
  const header: Block[] = [
    { type: 'paragraph', text: subject },
    ...(to ? [{ type: 'paragraph' as const, text: to }] : []),
    { type: 'paragraph', text: `Date: ${written(day)}` },
  ];
  // A call's notes call their next meeting the next call ("Next call: Tuesday 14 April").
  const body = blocks
    .filter((_b, k) => !taken.has(k))
    .map((b) => (b.type !== 'row' && NEXT_CALL.test(squash(b.text)) ? { ...b, text: squash(b.text).replace(NEXT_CALL, 'Next meeting:') } : b))
    // "*** ZELSTON MACE PANEL ***": a title set off by stars in a plain-text message is the title.
    .map((b) => (b.type !== 'row' && STARRED.test(b.text) ? { ...b, text: b.text.replace(STARRED, '$1') } : b));
  // Forwarded notes carry their own title (the board's name): it heads them, the day after it, not the subject.
  const own = forwarded && body[0] && body[0].type !== 'row' && !findDates(body[0].text).length && squash(body[0].text).length <= 120;
  if (own) return { blocks: [body[0]!, header[header.length - 1]!, ...body.slice(1)], to, date: day, titled: true };
  return { blocks: [...header, ...body], to, date: day };
}
