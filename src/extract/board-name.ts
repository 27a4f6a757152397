import { isMostlyUpper, titleCase } from '../util/text';

const APOS = "['’]";
const BODY = String.raw`(?:Local\s+)?(?:Safeguarding\s+(?:Children(?:${APOS}s)?\s+|Adults\s+)?(?:(?:Executive|Assurance|Strategic)\s+)?(?:Board|Partnership)|Children(?:${APOS}s)?\s+Safeguarding\s+(?:(?:Assurance|Executive)\s+)?(?:Board|Partnership)|Children(?:${APOS}s)?\s+Services\s+Improvement\s+Board|Improvement\s+Board|Scrutiny\s+Committee|Scrutiny\s+Panel|Partnership\s+Board|Children(?:${APOS}s)?\s+Trust\s+Board|Corporate\s+Parenting\s+(?:Board|Panel|Committee)|Health\s+and\s+Wellbeing\s+Board|Safeguarding\s+Partnership|(?:Child|Public)\s+Protection\s+Committee|Children(?:${APOS}s)?\s+(?:and|&)\s+Young\s+People(?:${APOS}s)?\s+(?:Trust\s+)?(?:Board|Partnership)|Children(?:${APOS}s)?\s+Partnership(?:\s+Board)?)`;
// A place and a body's own words before its kind: "Dunmore Public Protection Chief Officers Group and Child Protection Committee".
// Place names built on "of" keep it: "Carse of Balloch", "Vale of Glamorgan", "Isle of Wight", "City of York". Only after
// a word that makes such a name, so that "Chair of Blackpool Safeguarding Children Board" stays the board's name alone.
const PLACE_OF = String.raw`(?:Isles?|Vale|Carse|City|County|Borough|Forest|Kingdom|Mull|Howe|Rhins?|Sound|Port|Vales)\s+of\s+(?:the\s+)?`;
const PREFIX = String.raw`(?:(?:${PLACE_OF})?(?:[A-Z][A-Za-z'’-]+|and|&)\s+){0,9}`;
const BOARD_RE = new RegExp(`\\b${PREFIX}${BODY}\\b`, 'g');
const BODY_WORD = /board|partnership|committee|panel/i;
// A match that starts with the body's name, built once (matches() asks it of every name it finds).
const BODY_START = new RegExp(String.raw`^${BODY}`);
// Every match of BOARD_RE holds one of BODY's names: a line without one is settled by this quicker search, which does
// not try BOARD_RE's words of prefix at every word of the line.
const BODY_ANYWHERE = new RegExp(BODY);
const ACRONYMS = new Set(['NHS', 'LSCB', 'SEND', 'CCG', 'CSE']);

/** "RESILIENT COMMUNITIES AND CHILDREN'S SCRUTINY COMMITTEE" -> "Resilient Communities and Children's Scrutiny Committee". */
export function tidyBoardName(raw: string): string {
  // A title line run on into the board's name (a PDF joins them): "… Partnership Minutes of the Strategic Board".
  let name = raw
    .replace(/^(?:the|of|and)\s+/i, '')
    .replace(/\s+(?:minutes|notes|agenda)\s+(?:of|from|for)\b.*$/i, '')
    .replace(/\s+(?:meeting|minutes)$/i, '')
    .trim();
  if (name === name.toUpperCase()) name = titleCase(name, ACRONYMS);
  return name.replace(/’/g, "'").replace(/\bChildrens\b/g, "Children's");
}

/** The comparison key of a board name: case, apostrophes and "the" do not matter. */
export function boardKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/\bthe\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The board a document belongs to: a board name in its first lines if there is one, otherwise
 * the board it names most often ("Blackpool Safeguarding Children Board").
 */
export function findBoardName(headerText: string, bodyText: string): string | null {
  // "Minutes of the Partnership Board held on …" names the kind of meeting, not whose: the letterhead
  // above it, or the body of the paper, says which partnership.
  const named = (text: string) => matches(text).filter((n) => !GENERIC_BODY.test(n));
  const header = named(headerText);
  if (header.length) return header[0]!;
  const counts = new Map<string, { name: string; n: number }>();
  for (const name of named(bodyText)) {
    const key = boardKey(name);
    const c = counts.get(key) ?? { name, n: 0 };
    c.n += 1;
    counts.set(key, c);
  }
  let best: { name: string; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.name ?? null;
}

function matches(text: string): string[] {
  const out: string[] = [];
  for (const rawLine of text.split('\n')) {
    // Every name BODY knows ends in one of these words: a line without one is passed over unread.
    if (!BODY_WORD.test(rawLine)) continue;
    // Upper-case headers are title-cased first so that one case-sensitive pattern serves both.
    const line = isMostlyUpper(rawLine) ? titleCase(rawLine, ACRONYMS) : rawLine;
    const flat = line.replace(/\s+/g, ' ');
    if (!BODY_ANYWHERE.test(flat)) continue;
    for (const m of flat.matchAll(BOARD_RE)) {
      // "Chorley, South Ribble & West Lancashire …": a list of places keeps the ones before its commas. The list ends
      // in a comma and a space just before the match, and only then is the pattern tried (from every word before it).
      const before = flat.slice(0, m.index);
      const places = before.endsWith(', ') ? /((?:[A-Z][A-Za-z'-]+\s+){0,2}[A-Z][A-Za-z'-]+,\s+)+$/.exec(before) : null;
      let whole = places && /\s(?:&|and)\s/.test(m[0]) ? `${places[0]}${m[0]}` : m[0];
      // "Safeguarding Children Partnership – Ashby Lees", "… Board for Wyeford": a body with no place before
      // its name has the place after it.
      const after = BODY_START.test(m[0].trim())
        ? /^\s*(?:\([A-Z]{2,7}\)\s*)?(?:[-–—:,]\s*|\s(?:for|of|in)\s+)((?:[A-Z][\w'’-]+)(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'’-]+){0,3})\s*$/.exec(
            flat.slice(m.index + m[0].length),
          )
        : null;
      if (after) whole = `${m[0].trim()} – ${after[1]!}`;
      out.push(tidyBoardName(whole.trim()));
    }
  }
  return out;
}

const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const BODY_NOUN = String.raw`(?:board|committee|sub-committee|subcommittee|sub-group|subgroup|group|partnership|panel|forum|trust|cabinet|council|executive|governing body)`;
// "Board Meeting – Wednesday 8 December 2010" names a kind of meeting, not which board.
const GENERIC_BODY =
  /^(?:the\s+)?(?:(?:full|main|ordinary|extraordinary|special|quarterly|annual|general|business|development)\s+)*(?:board|committee|partnership|partnership board|group|panel|forum|meeting)$/i;

/**
 * The body a meeting header names in the ways committee systems and clerks write it, whatever the
 * body is called: "Safeguarding Sub-Committee - Tuesday, 3rd March, 2026 4.30 pm",
 * "Meeting: 09/03/2026 - Children & Young People's Trust Board (Item 4)", "Meeting Title: … Meeting".
 * These name the meeting's own body, so they win over a board named elsewhere on the page.
 */
/**
 * A committee system's page with its header stacked a line a piece: "<Council>" / "<Committee>" / "Friday, 8 July 2016".
 * The body is the line straight above the meeting's date, whatever board the item's title goes on to name.
 */
export function stackedCommitteeBoard(lines: string[]): string | null {
  const noun = new RegExp(String.raw`\b${BODY_NOUN}$`, 'i');
  for (let k = 1; k < lines.length; k++) {
    const date = lines[k]!.replace(/\s+/g, ' ').trim();
    if (!new RegExp(String.raw`^${WEEKDAY},?\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}(?:,?\s+(?:at\s+)?[\d.:]+\s*(?:am|pm)?)?$`, 'i').test(date))
      continue;
    const body = lines[k - 1]!.replace(/\s+/g, ' ').trim();
    if (noun.test(body) && body.split(' ').length <= 12 && !GENERIC_BODY.test(body) && !/^(?:minutes|agenda|notes|meeting)\b/i.test(body)) {
      return tidyBoardName(body);
    }
  }
  return null;
}

export function committeeHeaderBoard(lines: string[]): string | null {
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    const dash = new RegExp(String.raw`^(.{3,120}?)\s+[-–]\s+${WEEKDAY},?\s+\d`, 'i').exec(line);
    // "Notes of meeting – Thursday …", the Scottish "Note of meeting" / "Minute of meeting": a title saying what kind of
    // record follows names no body.
    if (
      dash &&
      !/^(?:(?:draft|unconfirmed|action)\s+)?(?:agenda|minutes?|notes?|record|issue|meeting)\b/i.test(dash[1]!) &&
      !GENERIC_BODY.test(tidyBoardName(dash[1]!))
    )
      return tidyBoardName(dash[1]!);
    const meeting = /^meeting\s*:\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*[-–]\s*(.+?)(?:\s*\((?:item|minute)\s+[^)]*\))?$/i.exec(line);
    if (meeting) return tidyBoardName(meeting[1]!);
    const labelled = /^(?:meeting\s+title|name\s+of\s+(?:board|committee|group|meeting)|board|committee|group)\s*:\s*(.{3,120})$/i.exec(line);
    if (labelled && new RegExp(String.raw`\b${BODY_NOUN}\b`, 'i').test(labelled[1]!)) return tidyBoardName(labelled[1]!.replace(/\s+meeting$/i, ''));
  }
  return null;
}

const PERSON_FIELD = /^(?:in\s+the\s+chair|chair(?:ed\s+by|man|person)?|conven[eo]r|present|clerk|(?:minutes?|notes?)\s+(?:taken\s+)?by)\s*[:\-–]/i;

/**
 * A body named in a header line without one of the usual board names: "Minutes of the Meeting of
 * the Safeguarding Committee of the Governing Body of X School held on …", a line that is the
 * body's name ("Education, Children and Adult Services Committee", "KSCB Board Meeting"), or the
 * words before the date ("INVOLVE Participation Group 22nd February 2017, …").
 */
export function headerBodyName(lines: string[]): string | null {
  const noun = new RegExp(String.raw`\b${BODY_NOUN}$`, 'i');
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    // "In the Chair: Mrs Ann Bee, Southern HSC Trust": a line naming a person names their agency, not the body that met.
    if (PERSON_FIELD.test(line)) continue;
    const of =
      /^(?:draft\s+|unconfirmed\s+)?(?:minutes?|notes)\s+(?:of|from)\s+(?:the\s+|a\s+)?(?:(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?)(.+?)\s+(?:held|meeting|on|at)\b/i.exec(
        line,
      );
    if (of && new RegExp(String.raw`\b${BODY_NOUN}\b`, 'i').test(of[1]!)) return tidyBoardName(of[1]!);
    const named = new RegExp(
      String.raw`^(.{3,100}?\b${BODY_NOUN})(?:\s+(?:meeting|minutes|notes))?(?:\s*[:,-]?\s*(?:minutes|meeting)?\s*[:,]?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{4}).*)?$`,
      'i',
    ).exec(line);
    if (named && noun.test(named[1]!) && !/^(?:minutes|agenda|notes|the meeting|date|venue|time)\b/i.test(named[1]!) && named[1]!.split(' ').length <= 12) {
      return tidyBoardName(named[1]!);
    }
    // "Minutes – Orchard Vale LSCB – 02/02/23": the title before the place is not part of it.
    const placed = PLACE_ACRONYM.exec(line.replace(/^(?:draft\s+|unconfirmed\s+)?(?:minutes|notes|agenda|action\s+notes)\s*[-–—:|]\s*/i, ''));
    if (placed && !/^(?:minutes|notes|agenda|meeting|the|draft|item|action)\b/i.test(placed[1]!)) return `${placed[1]} ${placed[2]}`;
  }
  return null;
}

/** "Westerby LSCB", "Ferncastle SCP – Health Sub-Group": a place and its board's acronym, as letterheads write them. */
const PLACE_ACRONYM = /^([A-Z][\w'’-]+(?:\s+(?:and|&|[A-Z][\w'’-]+)){0,4})\s+([A-Z]{0,3}SC[BP]|LSCP|CPC|CYPP|CYPSP)(?=\s*$|\s*[-–—:,|])/;

/**
 * A board named only by its acronym ("CSCB", "LSCB", "KSCP"): the safeguarding board or
 * partnership acronym the document uses most, when no name is written out.
 */
export function boardAcronym(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\b[A-Z]{0,3}SC[BP]\b/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  let best: string | null = null;
  for (const [k, n] of counts) if (!best || n > counts.get(best)!) best = k;
  return best;
}

const SUBGROUP_NOUN = String.raw`(?:[Ss]ub-?\s?[Gg]roups?|[Ss]ub-?\s?[Cc]ommittees?|[Ss]ub-?\s?[Pp]anel|[Gg]roup|[Pp]anel|[Ff]orum|[Ee]xecutive|[Nn]etwork)`;
const SUBGROUP_LINE = new RegExp(
  String.raw`^(?:the\s+)?((?:[A-Z][\w'’&-]*|[A-Z]{2,6}|and|&|of|for|in|on|the)(?:\s+(?:[A-Z][\w'’&-]*|[A-Z]{2,6}|and|&|of|for|in|on|the)){0,9}\s+${SUBGROUP_NOUN})$`,
);

// Words that make "<word> Board" the board itself or its meeting ("Partnership Board", "Strategic Board"), not a board of its own.
const BOARD_LEVEL = /^(?:strategic|main|full|partnership|safeguarding|local|statutory|leadership|executive|annual|extraordinary|special|the)$/i;

/**
 * "Children's Board" under "Dulas Regional Safeguarding Board": a board of a regional board, named in one or two words
 * the parent's name does not use. Returned in the shape of SUBGROUP_LINE's match.
 */
function subBoard(rest: string, boardWords: string): [string, string] | null {
  const m = /^([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+Board$/.exec(rest);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  if (words.some((w) => BOARD_LEVEL.test(w) || boardWords.split(' ').includes(boardKey(w)))) return null;
  return [rest, rest];
}

/**
 * A subgroup named under its board in a header: "Marlow Vale Safeguarding Children Partnership" over "Child Sexual
 * Exploitation and Missing Sub-Group", or "Askern Safeguarding Children Board – Executive Group" on one line. Its
 * minutes are the subgroup's, not the board's, so the meeting's body is "<Board> – <Subgroup>". A meeting type of
 * the board itself ("Partnership Board", "Board Meeting") is not a subgroup.
 */
export function subgroupName(lines: string[], board: string): string | null {
  const boardWords = boardKey(board);
  // A bilingual header gives the subgroup in both languages on one line ("Is-grŵp … / Child Practice Review Sub-group",
  // read as a row of two cells from a text copy): each side is read as a line of its own.
  const sides = lines.slice(0, 8).flatMap((raw) => {
    const two = /^([^/|]{2,80}?)\s+[/|]\s+([^/|]{2,80})$/.exec(raw.replace(/\s+/g, ' ').trim());
    return two ? [raw, two[2]!, two[1]!] : [raw];
  });
  for (const raw of sides) {
    const flat = raw.replace(/\s+/g, ' ').trim();
    const line = isMostlyUpper(flat) ? titleCase(flat, ACRONYMS) : flat;
    // What the line says besides the board's own name.
    const at = line.toLowerCase().indexOf(board.toLowerCase());
    // "Neglect Subgroup (QSCP) – monthly meeting": the board in brackets after the subgroup's name.
    let rest = at >= 0 ? line.slice(at + board.length).replace(/^\)?\s*[-–—:,/|]?\s*/, '') : line.replace(/^(?:meeting(?:\s+title)?|group)\s*:\s*/i, '');
    // "MASH Operational Group – Action Notes", "… Subgroup – Highlights from the meeting of 6 May": whatever kind of record
    // the line says it is, it is not the group's name.
    // "Action notes of the Exploitation Sub-group meeting held on …" names it between the record's kind and the meeting.
    rest = rest
      // "– monthly meeting", "– extraordinary meeting": how often or why it met is not part of the name either.
      .replace(
        /\s*[-–—:,]\s*(?:(?:draft|action|decision|key|summary|informal|unconfirmed|confirmed|monthly|bi-?monthly|quarterly|weekly|fortnightly|annual|ordinary|extraordinary|special|regular|scheduled)\s+){0,2}(?:minutes|notes|meeting|agenda|record|highlights)\b.*$/i,
        '',
      )
      // "Neglect Subgroup (QSCP)": the board's acronym in brackets after the subgroup says whose it is.
      .replace(/\s*\([A-Z]{2,7}\)$/, '')
      .replace(/\s+(?:(?:draft|action|decision|key|summary)\s+){0,2}(?:minutes|notes|record)$/i, '')
      // "Notes of an extraordinary meeting of the Executive (safeguarding partners)": the kind of meeting and a note in
      // brackets of who sits on the body are not its name.
      .replace(
        /^(?:(?:draft|unconfirmed|action|key|decision)\s+){0,2}(?:minutes|notes|record)\s+(?:of|from)\s+(?:the\s+|an?\s+)?(?:(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?)?/i,
        '',
      )
      .replace(/\s*\([a-z][^()]{0,40}\)$/, '')
      .replace(/(?:\s*[-–—:,]\s*|\s+)(?:meeting\s+)?(?:held\s+)?(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d).*$/i, '')
      .replace(/\s+meeting$/i, '')
      // What is left of "(QSCP) – monthly meeting" after the board is only how often it meets.
      .replace(/^(?:monthly|bi-?monthly|quarterly|weekly|fortnightly|annual|ordinary|extraordinary|special|regular|scheduled)$/i, '')
      .trim();
    // "Minutes of the Health Subgroup of the <Board>": the subgroup is named before its board.
    if (!rest && at > 0)
      rest = line
        .slice(0, at)
        .replace(/\s+(?:of|for|to)\s+(?:the\s+)?$|\s*\($/i, '')
        .replace(/^(?:draft\s+|unconfirmed\s+)?(?:minutes|notes|record)\s+(?:of|from)\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?/i, '')
        .trim();
    // "… meeting of the Executive": a body named by one capitalised noun names itself where the line says that it met.
    const lone = /^[A-Z][a-z]{3,}$/.test(rest) && new RegExp(`\\bmeeting\\s+of\\s+the\\s+${rest}\\b`).test(line) ? ([rest, rest] as [string, string]) : null;
    const sub = SUBGROUP_LINE.exec(rest) ?? subBoard(rest, boardWords) ?? lone;
    if (!sub || /^(?:minutes|notes|agenda|meeting|date|venue|present|apologies)\b/i.test(sub[1]!)) continue;
    if (boardKey(sub[1]!) === boardWords || boardWords.includes(boardKey(sub[1]!))) continue;
    return `${board} – ${sub[1]!}`;
  }
  return null;
}
