import { FIRST_NAMES } from '../../extract/lexicon/first-names';
import { HONORIFIC_LEAD } from '../../extract/lexicon/words';
import { isMostlyUpper } from '../../util/text';

const ALWAYS_NEW = new RegExp(
  [
    '^[\\u00b7\\u2022\\u25aa\\u25e6\\u25cf]\\s', // bullets (a dash may be a wrapped aside: see below)
    '^<\\/?AI\\d', // committee-system item markers
    '^(?:Action|ACTION)(?:\\s+(?:No\\.?\\s*)?\\d+)?\\s*:', // "Action 135:", "Action:" (not "See Action 193.")
    '^(?:RESOLVED|Resolved\\s*[:-]|Minutes\\s*:|Decision\\s*:)',
    '^(?:Present|Apologies|In [Aa]ttendance|Not [Pp]resent|Absent|Also [Pp]resent|Officers [Pp]resent)\\b',
    '^(?:Officers?|Co-opted(?: [Mm]embers?)?|(?:Voting |Elected )?Members|Councillors|Advisers?|Substitutes?)(?: in attendance| present)?\\s*:',
    '^(?:County |Borough |City )?Councillors\\s+[A-Z]', // "County Councillors A, B and C": a list of members begins
    '^Item\\s+\\d+\\s*[–—:-]',
    // A field of the paper's header ("Chair: …", "Date: …") after a line that happened to fill the measure.
    '^(?:Chair(?:man|person)?|Convener|Vice[- ]Chair|Date|Time|Venue|Location|Place|Minute[- ]taker|Note[- ]taker|Notes|Secretary|Clerk|Observers?|Guests?|Date of (?:the )?next meeting|Next meeting)\\s*:',
    "^\\d{1,2}[a-z]?[.)]?\\s+[A-Z][A-Z']{2,}", // "3 ACTION TRACKER"
    '^\\d{1,2}[a-z]\\)', // "3b)"
  ].join('|'),
);
const COMMA_ENTRY = /^(\p{Lu}[\p{Ll}'’]+)\s+\p{Lu}[\p{L}'’-]+,/u;
const DASHED_ENTRY = /^(\p{Lu}[\p{Ll}'’]+)(?:\s+\p{Lu}[\p{L}'’-]*){1,3}(\s+\([A-Z][A-Za-z]{1,4}\))?\s+[–—-]\s/u;
const JOINING_END = /(?:\b(?:and|or|of|the|a|an|to|with|by|from|for|at|in|on|as|that|which|who|&)|[,(/-])$/i;

/**
 * Whether a line that geometry says might be a wrap is really the start of something new: a bullet,
 * an action, an attendance heading, an agenda item, or an entry "Firstname Surname, Title …" after
 * a line that reads as complete. Wrapped prose and real line breaks look alike in a PDF; these cues
 * keep lists and action trackers apart.
 */
export function beginsNewLine(prev: string, next: string): boolean {
  if (ALWAYS_NEW.test(next)) return true;
  // A title in capitals ends where lower-case text begins: "STRATHMORE CHILD PROTECTION COMMITTEE" over "Minute of …".
  if (/[A-Z]{2,}\s+[A-Z]{2,}/.test(prev) && isMostlyUpper(prev) && /\p{Ll}{2,}/u.test(next) && !isMostlyUpper(next)) return true;
  if (JOINING_END.test(prev.trim())) return false;
  const complete = /[.:;)]$/.test(prev.trim());
  if (complete && /^\d{1,2}[.)]?\s+\S/.test(next)) return true;
  // The items of one list share their mark: a dash under a "•" item that filled its line is the item's own aside
  // ("• Update the register (Kim) – 31/05/21" wrapped before the dash), not a new item.
  const mark = /^([-\u2013*\u00b7\u2022\u25aa\u25e6\u25cf])\s/.exec(prev.trim())?.[1];
  if (complete && /^[-\u2013*]\s/.test(next) && (!mark || mark === next[0])) return true;
  // "Name Surname, Post …" — and, after an entry that ended, "Mr Conor Mallon – Designated Nurse (CM)" or a rank before
  // the name: one attendee a line. A given name the lexicon knows, or a title or rank before it, says it is a person.
  // Initials in brackets before the dash ("Rhodri Jenkins (RJ) – Director …") say so even after a line that ran on, and
  // so does an entry after an entry: the list puts one attendee on each line.
  const { titled, comma, dashed } = entryOf(next);
  const entry = comma ?? (complete || dashed?.[2] || entryOf(prev).dashed ? dashed : null);
  return !!entry && ((complete && titled) || (entry === dashed && !!dashed[2]) || FIRST_NAMES.has(entry[1]!.toLowerCase()));
}

/** An attendee's line read past any title before the name (the titles the name parser knows). */
function entryOf(line: string): { titled: boolean; comma: RegExpExecArray | null; dashed: RegExpExecArray | null } {
  const title = HONORIFIC_LEAD.exec(line);
  const rest = title ? line.slice(title[0].length) : line;
  return { titled: !!title, comma: COMMA_ENTRY.exec(rest), dashed: DASHED_ENTRY.exec(rest) };
}
