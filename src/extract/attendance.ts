import type { Block } from '../ingest/document';
import { squash } from '../util/text';
import { isActionTableHeader, isBusinessTableHeader } from './actions/tables';
import { agencyColumns, groupedPeople, isPeopleList } from './attendance-groups';
import { AttendanceKey, keyAbove, keyedMark } from './attendance-key';
import type { IsoDate } from './dates';
import { FIRST_NAMES } from './lexicon/first-names';
import type { AttendanceEntry, AttendanceRole } from './model';
import { HONORIFIC_LEAD, initialsOf, isOrgLike, isTitleLike, mayBeSamePerson, parsePersonName, PersonName } from './names';

// Welsh (yn bresennol, ymddiheuriadau) and Gaelic (leisgeulan) headings are the same lists.
// How a person took part in a hybrid meeting ("in person", "online", "by phone"): every way of joining is being present.
const MODE = String.raw`(?:in\s+the\s+room|in\s+person|face[\s-]to[\s-]face|virtually|remotely|online|on-?line|via\s+(?:ms\s+|microsoft\s+)?(?:teams|zoom|video(?:\s+link)?|telephone|phone|video\s*conference)|by\s+(?:video(?:\s+link)?|phone|telephone|teams|zoom)|on\s+(?:teams|zoom|line|the\s+phone))`;
const SECTION_WORDS = String.raw`(?:(?:board|committee|voting|co-?opted|governors?|members?|councillors?|officers?|those|others?|trustees?|partners?)\s+){0,2}present(?:\s+${MODE})?|(?:(?:members?|those|others|participants)\s+)?(?:attending|attended|joining|joined|participating)\s+${MODE}|(?:membership\s+and\s+)?attendance|who\s+was\s+there|who\s+attended|attendees(?:\s+and\s+apologies|\s*[✓√✔]?\s*or\s*[x✗])?|attended|attending|(?:(?:those|members|others|officers|advisers|advisors|also)\s+)?in attendance(?:\s+for\s+(?:specific\s+)?(?:agenda\s+)?(?:items?|minutes?)(?:\s+[\d.]+[a-z]?(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|\s*[-–]\s*)[\d.]+[a-z]?)*)?)?|also present|also attending|also attended|officers|observers?|guests?|(?:session\s+|workshop\s+|meeting\s+)?participants|those\s+taking\s+part|facilitators?|facilitated\s+by|sederunt|clerk|clerk to the (?:board|committee|governors|panel|group)|minute[- ]?taker|minutes taken by|notes taken by|apologies(?: for absence)?(?: received)?(?: from)?|apologies received from|not present|absent|absent without apologies|members absent|leisgeulan|yn bresennol|hefyd yn bresennol|ymddiheuriadau`;
// A heading may be numbered ("1. Present", "49 APOLOGIES FOR ABSENCE") and end in ":", ":-", "-" or nothing.
// "Present (panel members):", "Apologies (for information):": a bracketed qualifier may follow the heading.
// "Attendees at the 9 December meeting:", "Present at the meeting:": the meeting may be named after the heading.
// "1.2 Present:": a numbered paragraph of the first item may open the list.
const SECTION = new RegExp(
  String.raw`^(?:\d{1,3}(?:\.\d{1,2})?[.)]?\s+)?(${SECTION_WORDS})(?:\s*\([^)]{1,40}\))?(?:\s+at\s+the\s+(?:[\w ]{1,30}\s)?meeting)?\s*(?:(?:[:\-–]+)\s*(.*))?$`,
  'i',
);
const SECTION_NO_COLON = new RegExp(String.raw`^(?:\d{1,3}[.)]?\s+)?(present|apologies(?: for absence)?|attendees|in attendance)\s+(.+)$`, 'i');
const DEPUTY = /^(?:deputy|deputising|deputised by|represented by|rep(?:resentative)?|substitute(?:d by)?|sub|in place of|on behalf of)\s*:?\s*(.+)$/i;
// "Substitute: DI Ann Bee (AB)", "Apologies – represented by Jo Dee", "Sent deputy: Al Roe": a mark cell naming who came.
const MARK_SUBSTITUTE =
  /(?:^|[;,]\s*|\s[-–—]\s*|\s)(?:substitute(?:d\s+by)?|sub|deputy|deputised\s+by|represented\s+by|rep(?:resentative)?|sent\s+(?:a\s+)?(?:deputy|substitute)|in\s+(?:his|her|their)\s+place)\s*[:\-–]?\s*((?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]+(?:\s*\([^()]{1,20}\))?\.?)$/i;
const COUNCILLORS_LIST = /^(?:county\s+)?councillors:?$/i;
/** Attendance grids mark each person: a tick, "Apols", or the Y / N / A / D of a year-long grid. */
const MARK_PRESENT = /^(?:√|✓|✔|y|yes|present(?:\s+as\s+(?:substitute|deputy|reserve))?|attended(?:\s+virtually)?|attending|virtual|remote|p)$/i;
const MARK_IN_ATTENDANCE = /^(?:in attendance|also present)$/i;
const MARK_APOLOGIES = /^(?:apols?\.?|apologies|apology|a)$/i;
const MARK_ABSENT = /^(?:x|✗|✘|n|no|absent|d|did not attend|not present|not attended|not in attendance)$/i;

/** "P R E S E N T:-" is "PRESENT:-". */
function unspace(text: string): string {
  return /^(?:[A-Z] ){3,}[A-Z]/.test(text) ? text.replace(/^((?:[A-Z] )+[A-Z])/, (m) => m.replace(/ /g, '')) : text;
}

export function sectionRole(raw: string): { role: AttendanceRole; rest: string } | null {
  // "Apologies and substitutions" lists who sent apologies, with who came in their place; "Not in attendance" is absent.
  let text = unspace(squash(raw))
    .replace(/^(apologies(?:\s+for\s+absence)?)\s+(?:and|&)\s+(?:substitutions?|substitutes|deputies|deputations|representation)\b/i, '$1')
    .replace(/^(?:not\s+in\s+attendance|did\s+not\s+attend|non-attendance)\b/i, 'not present')
    // Notes of a call: "On the call: …", "Sent apologies: …".
    .replace(/^(?:on\s+the\s+(?:call|line)|(?:also\s+)?joined(?:\s+the\s+call)?)(?=\s*:)/i, 'present')
    .replace(/^sent\s+(?:their\s+)?apologies(?=\s*:)/i, 'apologies')
    // "Unable to attend: …", "Regrets: …": the apologies by another name.
    .replace(/^(?:(?:were\s+)?unable\s+to\s+attend|could\s+not\s+attend|not\s+able\s+to\s+attend|regrets)(?=\s*:)/i, 'apologies')
    // "Apols: A, B": the notes' short word, as a heading only before its colon ("Apols" alone in a table is a mark).
    .replace(/^apols?\.?(?=\s*:)/i, 'apologies');
  // A bilingual heading ("Yn bresennol / Present:"): either language names the list.
  const sides = /^([^/:]{2,40}?)\s+\/\s+(.+)$/.exec(text);
  if (sides && !SECTION.test(text) && SECTION.test(sides[2]!)) text = sides[2]!;
  let m = SECTION.exec(text);
  if (!m) {
    // "Apologies Dr A Brown, Cllr C Dee": a heading without a colon, followed by names (or "None").
    const n = SECTION_NO_COLON.exec(text);
    if (!n || !(/^(?:none|nil|none received)\.?$/i.test(n[2]!) || lineEntries(n[2]!).length)) return null;
    m = n;
  }
  const word = m[1]!.toLowerCase();
  let role: AttendanceRole = 'present';
  if (word.startsWith('apolog') || word === 'leisgeulan' || word === 'ymddiheuriadau') role = 'apologies';
  else if (/not present|absent/.test(word)) role = 'not-present';
  else if (/in attendance|officers|also|hefyd|clerk|minute|notes|observer|guest|facilitat/.test(word)) role = 'in-attendance';
  const rest = (m[2] ?? '').trim();
  return { role, rest: /^(?:none|nil|none received|none provided)\.?$/i.test(rest) ? '' : rest };
}

const WITH_OFFICERS = /,?\s+with\s+([A-Z][^,;:]{2,80}?)\s+from\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4}\.?$/;

// A list's label opening a sentence after another list's full stop.
const RUN_ON_LIST =
  /(?<=[.]\s{1,3})((?:guests?|observers?|officers|in\s+attendance|also\s+present|present|apologies(?:\s+for\s+absence)?(?:\s+received)?|not\s+present|absent)\s*:\s*\S.*)$/i;

const NOTE_TAKER = /^(?:notes|minutes|notes\s+by|minutes\s+by|minuted\s+by|note[- ]?taker)\s*:\s*(\S.{2,120})$/i;

const GROUP_LABEL = /^((?:[A-Z][\w-]*\s+){0,3}(?:members|officers|representatives|advisers|advisors|partners|attendees))\s*:\s*(\S.*)$/i;

/** A short line that groups the people under it ("Highland Council:", "Voting Members:", "Board Members"). */
function subHeading(text: string): AttendanceRole | 'same' | null {
  const words = text.split(' ');
  if (words.length > 6 || /^(?:\d|item\b)/i.test(text)) return null;
  const colon = /:-?$/.test(text);
  if (!colon && !/\b(?:members?|officers|representatives?|others|in addition|advisers|advisors)$/i.test(text)) return null;
  if (!colon && parsePersonName(text)) return null;
  if (/apolog/i.test(text)) return 'apologies';
  if (/\bin attendance\b|\balso present\b|\bin addition\b|\bnon-members\b|\bofficers\b|\bothers\b/i.test(text)) return 'in-attendance';
  return 'same';
}

export interface AttendanceResult {
  entries: AttendanceEntry[];
  /** Index of the first block after the attendance lists. */
  end: number;
}

/** What each column of an attendance table holds, from its header row ("Name | Initials | Role"). */
type AttendanceColumn = 'name' | 'given' | 'initials' | 'title' | 'org' | 'mark' | 'deputy' | 'call';
const ATTENDANCE_HEADER: [AttendanceColumn, RegExp][] = [
  [
    'name',
    /^(?:names?|name\(s\)|members?|member\(s\)|full name|name \(original name\)|attendees?|board members?|surname|last name|family name|representatives?|representative\(s\)|(?:member|attendee) name|(?:members?|member\(s\)|attendees|representatives?|representative\(s\)|people|names?|name\(s\))\s+(?:present|attending|in attendance))$/,
  ],
  ['given', /^(?:forenames?|first names?|given names?|christian names?)$/],
  ['initials', /^(?:initials?|init\.?)$/],
  // "Seat | Member | Attended": a membership table by seat, each row a place on the committee and who holds it.
  [
    'title',
    /^(?:title|role|roles|position|post|job title|designation|seat|role\s*\/\s*organi[sz]ation|title\s*\/\s*organi[sz]ation|role and organi[sz]ation)$/,
  ],
  ['org', /^(?:organi[sz]ations?|agency|agencies|partner agency|partner|service|sector|representing|employer|agency\s*\/\s*organi[sz]ation)$/],
  [
    'mark',
    /^(?:attending|attended|attendance|present|apologies|present\s*\/\s*apologies|apologies\s*\/\s*present|present\?|\/?x|✓|√|attendees\s*✓?\s*or\s*x|signature|signed|sign(?:ature)?\s+here)$/,
  ],
  // "Deputy attending", "Substitute present": the column naming who came in the member's place.
  [
    'deputy',
    /^(?:represented by|deputy|deputised by|deputising|substitute|substituted by|sent|in place|nominated deputy|(?:deputy|substitute|representative)\s+(?:attending|attended|present|sent))$/,
  ],
  // A call's attendance report (Teams: Name | First join | Last leave | In-meeting duration | Role): when each person
  // joined and left, and how to reach them, say nothing of who they are; everyone on it was there.
  [
    'call',
    /^(?:first join|last leave|join time|leave time|joined at|left at|(?:in-meeting |attendance |total )?duration(?: \((?:minutes|mins)\))?|time in meeting|e-?mail|user e-?mail|participant id(?: \(upn\))?|upn|guest|in waiting room)$/,
  ],
];

const VACANT = /^(?:vacant|vacancy|(?:post\s+|seat\s+)?to\s+be\s+(?:appointed|confirmed|filled)|tbc|tba)\b/i;

const GRID_DATE = /^\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})$/;

/** The columns of an attendance header row, or null when the row is not one. */
export function attendanceHeader(cells: string[]): AttendanceColumn[] | null {
  const cols: AttendanceColumn[] = [];
  let named = false;
  // "Designation | Name | Initials | 17.01.12": a grid for one meeting heads its marks with the meeting's date (a year's
  // grid, with a date for each meeting, is read by attendance-grid.ts).
  const dated = cells.filter((c) => GRID_DATE.test(squash(c))).length === 1;
  for (const raw of cells) {
    const c = squash(raw).toLowerCase().replace(/[:*]/g, '').trim();
    if (!c || (dated && GRID_DATE.test(c))) {
      cols.push('mark');
      continue;
    }
    // A bilingual heading ("Enw / Name"): either language names the column.
    const sides = c.split(/\s+\/\s+/);
    const hit = ATTENDANCE_HEADER.find(([, re]) => re.test(c) || (sides.length === 2 && sides.some((x) => re.test(x))));
    if (!hit) return null;
    if (hit[0] === 'name') named = true;
    cols.push(hit[0]);
  }
  // The role a call report gives (Organizer / Presenter / Attendee) is the platform's, not anyone's post.
  if (cols.includes('call')) for (const [k, c] of cols.entries()) if (c === 'title' && /^role$/i.test(squash(cells[k]!))) cols[k] = 'call';
  // "Present | Designation", "In attendance | Organisation": the list's own heading over its names, the other columns
  // saying what each person is (not a mark per person).
  const first = cells.findIndex((c) => c.trim());
  if (
    !named &&
    first >= 0 &&
    listHeading(cells) &&
    cols.every((c, k) => k === first || !cells[k]!.trim() || ['title', 'org', 'initials', 'deputy'].includes(c))
  ) {
    cols[first] = 'name';
    named = true;
  }
  return named && cells.filter((c) => c.trim()).length >= 2 ? cols : null;
}

/**
 * "Post | Name | Attendance": a header naming both the people and a column that marks each one present or absent is
 * an attendance table whatever heading sits above it ("Membership", the committee's name, none at all).
 */
export function isMarkedAttendanceHeader(cells: string[]): boolean {
  const cols = attendanceHeader(cells);
  // (A "Signature" column alone is no sign: approval boxes have one too. A sign-in sheet is read under an attendance heading.)
  return !!cols && cols.some((c, k) => c === 'mark' && !!cells[k]!.trim() && !SIGNATURE_HEADER.test(squash(cells[k]!))) && !listHeading(cells);
}

/** The list a table's first header cell names when it heads the names column ("Present | Designation"), or null. */
function listHeading(cells: string[]): AttendanceRole | null {
  const filled = cells.filter((c) => c.trim());
  if (filled.length < 2) return null;
  const head = sectionRole(filled[0]!);
  return head && !head.rest && filled.slice(1).every((c) => !sectionRole(c)) ? head.role : null;
}

/**
 * Reads the Present / In Attendance / Apologies / Not Present lists that follow a meeting header,
 * in the layouts boards use: "Name, Title, Organisation" lines; a name line followed by its title
 * or organisation line; tab-separated columns; tables with a header row (Name | Initials | Role);
 * grids with two people to a row and a mark (tick, Apols, X) for each; "Councillors" followed by
 * surnames; inline runs ("Mr D Lowry (Chair), Mr A Pike, …"); and groups under sub-headings.
 */
export function parseAttendance(blocks: Block[], start: number, date: IsoDate | null, firstRole: AttendanceRole | null = null): AttendanceResult {
  const entries: AttendanceEntry[] = [];
  let role: AttendanceRole | null = firstRole;
  let councillors = false;
  let current: AttendanceEntry | null = null;
  let i = start;
  let seenSection = firstRole !== null;
  let columns: AttendanceColumn[] | null = null;
  let ticks: boolean | null = null;
  // Mark columns headed by the lists ("Present | Apologies"): the list each names, read from the header row.
  let tickRoles: (AttendanceRole | null)[] | null = null;
  // The grid's key above its header row ("Key: ✓ present; A apologies; …"), if the paper gives one.
  let key: AttendanceKey | null = null;
  let lastAdded = -1;

  // Entries from bare name lines in a row: their titles may follow as a run of their own.
  let run: AttendanceEntry[] = [];
  // Where the list under the current heading starts in `entries`.
  let listStart = 0;
  const add = (name: PersonName, title: string | null, org: string | null, raw: string, deputy: PersonName | null, as: AttendanceRole = role!) => {
    current = { name, title, organisation: org, date, role: as, deputy, raw, initials: bracketInitials(name) };
    lastAdded = i;
    applyAnnotation(current);
    entries.push(current);
    run = title || org ? [] : [...run, current];
    return current;
  };
  // A second table or list with no heading of its own, after a list of those present: minutes list
  // who came first and who sent apologies next, so a list whose heading was lost is the apologies.
  const nextList = () => {
    if (role === 'present' || role === 'in-attendance' || role === 'chair') role = 'apologies';
    listStart = entries.length;
    run = [];
  };

  // Columns that are the lists themselves ("Present | Apologies"): each cell of a row is a person on that list.
  let byColumn: (AttendanceRole | null)[] | null = null;
  let byColumnHeader: string[] = [];
  // Columns headed by agencies ("Council | Police | Health"): each cell below lists people from its column's agency.
  let agencyCols: string[] | null = null;
  for (; i < blocks.length; i++) {
    let b = blocks[i]!;
    if (b.type === 'marker') break;
    let text = squash(b.text);
    // "A (Chair), B, C and D, with E and F (notes) from the Business Unit.": those with the members are officers in
    // attendance, given a line of their own.
    const officersTail = b.type !== 'row' && (seenSection || sectionRole(text)) && role !== 'apologies' ? WITH_OFFICERS.exec(text) : null;
    if (officersTail && (text.slice(0, officersTail.index).match(/,/g) ?? []).length >= 2) {
      text = text.slice(0, officersTail.index).trim();
      b = { ...b, text };
      blocks.splice(i, 1, b, { type: 'paragraph', text: `In attendance: ${officersTail[1]!}`, ...(b.page !== undefined ? { page: b.page } : {}) });
    }
    const roleHeader = b.type === 'row' ? roleColumns(b.cells ?? []) : null;
    if (roleHeader) {
      byColumn = roleHeader;
      byColumnHeader = b.cells ?? [];
      seenSection = true;
      role = roleHeader.find(Boolean)!;
      continue;
    }
    // "Police Scotland: | DI S McAlpine, Public Protection": an agency label and its person split into two cells.
    const labelled = b.type === 'row' ? (b.cells ?? []).filter(Boolean) : [];
    if (labelled.length === 2 && /^[A-Z][^:()]{1,50}:$/.test(labelled[0]!) && !rowSection(b.cells ?? [])) {
      const listed = lineEntries(labelled[1]!, true);
      if (seenSection && listed.length && !parsePersonName(labelled[0]!.replace(/:$/, ''))) {
        for (const e of listed) add(e.name, e.title, e.organisation ?? labelled[0]!.replace(/:$/, ''), text, e.deputy);
        run = [];
        continue;
      }
    }
    if (byColumn && b.type === 'row' && b.cells) {
      const cells = b.cells;
      // A cell may hold several people ("Dr A Bee, Lead Paediatrician; C Dee, Nurse Consultant"), all from the row's agency.
      const label = rowLabel(byColumnHeader, cells);
      const people = cells.flatMap((c, k) => (c.trim() && byColumn![k] ? cellPeople(c, label).map((e) => ({ e, as: byColumn![k]! })) : []));
      if (people.length) {
        for (const p of people) add(p.e.name, p.e.title, p.e.organisation, text, p.e.deputy, p.as);
        continue;
      }
      // The agency's row with nobody in it ("Children's Reporter | | |") keeps the table going.
      if (label && cells.filter((c) => c.trim()).length === 1) continue;
    }
    byColumn = null;
    const section = b.type === 'row' ? rowSection(b.cells ?? []) : sectionRole(text);
    // "Notes: Zoe Hirst, Democratic Services" among the lists: whoever took the notes was there (once, if listed already).
    // Above the lists the line is one of the header's fields, and a "Notes:" line that names nobody is no list.
    const taker = !section && seenSection && b.type !== 'row' ? NOTE_TAKER.exec(text) : null;
    const takers = taker ? lineEntries(taker[1]!, true).filter((e) => e.name.family) : [];
    if (takers.length) {
      for (const e of takers)
        if (!entries.some((x) => x.name.display === e.name.display)) add(e.name, e.title, e.organisation, text, e.deputy, 'in-attendance');
      current = null;
      continue;
    }
    // "Officers: A, Business Manager; B (minutes). Guest: Dr C, Paediatrician (item 4).": a second list run on after the
    // first one's full stop is read as a line of its own.
    const runOn = section && b.type !== 'row' ? RUN_ON_LIST.exec(section.rest) : null;
    if (section && runOn) {
      section.rest = section.rest.slice(0, runOn.index).trim();
      // The line itself loses the run-on list too, so that reading these blocks again (the lists are read more than once)
      // does not split it off a second time.
      b = { ...b, text: text.slice(0, text.length - runOn[1]!.length).trim() };
      blocks.splice(i, 1, b, { ...b, type: 'paragraph', text: runOn[1]!, cells: undefined });
    }
    if (section) {
      // "In attendance:" heading the only list is the list of those present.
      role = section.role === 'in-attendance' && !seenSection ? 'present' : section.role;
      seenSection = true;
      councillors = false;
      current = null;
      run = [];
      // A section row inside one table (merged across its columns: "Apologies" between the rows) keeps the table's columns.
      const sameTable = columns && blocks[i - 1]?.type === 'row' && blocks[i + 1]?.type === 'row' && blocks[i + 1]!.cells?.length === columns.length;
      if (!sameTable) {
        columns = b.type === 'row' ? attendanceHeader(b.cells ?? []) : null;
        tickRoles = columns ? tickColumnRoles(b.cells ?? [], columns) : null;
      }
      listStart = entries.length;
      // "Present: Voting Members: Cllr A - in the chair, …": a group heading may follow the list's own.
      const first = section.rest.replace(/^(?:[A-Z][\w-]*\s+){0,3}(?:members|officers|representatives|advisers|advisors)\s*:\s*/i, '');
      const wrapped = joinWrapped(blocks, i, first);
      const rest = wrapped.text;
      i = wrapped.end;
      const listed = lineEntries(rest, true);
      for (const e of listed) add(e.name, e.title, e.organisation, rest, e.deputy);
      // "Present: FH (chair), KU, GY": people by their initials alone (a key elsewhere may name them: attendance-initials.ts).
      if (!listed.length) for (const c of initialsList(rest)) add({ ...initialsName(c.code), annotation: c.note }, null, null, rest, null).initials = c.code;
      // A web copy run on past its list: "… Nadia Rowe (NR) – Service Manager – CSC (Item 2.1) Subject Discussion and
      // Agreed … TB and LC are looking at …". What follows the last person's bracketed note is the minutes, given back.
      const last = current as AttendanceEntry | null;
      const detail = last ? [last.title, last.organisation].filter(Boolean).join(' ') : '';
      const spill =
        listed.length && detail.split(' ').length > 20 ? /^([^()]{0,120}\([^()]{1,40}\))\s+(\S.{80,})$/.exec(last!.organisation ?? last!.title ?? '') : null;
      if (last && spill && i === wrapped.end) {
        if (last.organisation?.endsWith(spill[2]!)) last.organisation = spill[1]!;
        else last.title = spill[1]!;
        blocks.splice(i + 1, 0, { ...b, type: 'paragraph', text: spill[2]!, cells: undefined });
      }
      continue;
    }
    if (!seenSection) continue;
    // "Attendance is taken from the Teams report downloaded after the meeting.": a note between the heading and the
    // table it introduces, not the end of the lists.
    const over = blocks[i + 1];
    if (b.type !== 'row' && entries.length === listStart && text.length < 300 && over?.type === 'row' && attendanceHeader(over.cells ?? [])) continue;
    // A numbered list of people ("1. Ms Ann Bee (AB) – Chair; …", "2. …"): the number counts the people under the heading,
    // so the line is the person; "1. Welcome" after the lists is no person, and "3. Jo Dee's report" breaks the count.
    // A text copy sets the number apart by a tab ("1. | Ms Ann Bee (AB) – Chair"): the row is the numbered line.
    const numbered = b.type === 'row' && !columns ? (b.cells ?? []).map(squash).filter(Boolean) : [];
    const counted = listNumber(
      numbered.length >= 2 ? `${numbered[0]} ${numbered.slice(1).join(', ')}` : b.type !== 'row' ? text : '',
      entries.length - listStart,
    );
    if (counted) {
      b = { ...b, type: 'paragraph', text: counted, cells: undefined };
      text = counted;
    }
    // A table's agency row read as a line of its own ("Health" between the rows of "Name | Post | Present"): it heads
    // the rows below and is nobody.
    if (
      b.type !== 'row' &&
      columns &&
      blocks[i - 1]?.type === 'row' &&
      blocks[i + 1]?.type === 'row' &&
      text.split(' ').length <= 6 &&
      !/[,;:]/.test(text) &&
      !personCell(text)
    ) {
      current = null;
      continue;
    }
    // "Apologies were noted from A (…) and B (…).": a sentence of the minutes, read as apologies by completeAttendance.
    // Under the Apologies heading, "Dr Ann Bee, GP Federation – apologies sent by practice manager" is a person's line
    // with a note of how the apology came.
    if (b.type !== 'row' && APOLOGY_SENTENCE.test(text) && !(role === 'apologies' && leadsWithPerson(text))) break;
    if (b.type === 'row' && b.cells) {
      // The header of an action or minutes table: the business has begun.
      if (isBusinessTableHeader(b.cells)) break;
      const header = attendanceHeader(b.cells);
      if (header) {
        // A header row again on the same page starts another table (a header repeated at a page break does not).
        const prev = blocks[i - 1];
        if (entries.length > listStart && (prev?.page === undefined || prev.page === b.page)) nextList();
        columns = header;
        tickRoles = tickColumnRoles(b.cells, header);
        ticks = null;
        key = keyAbove(blocks, i);
        continue;
      }
      // Rows of people after a wide gap in a plain-text copy are the next table (its heading lost).
      if (b.afterBreak && !columns && blocks[i - 1]?.type === 'row' && entries.length > listStart) nextList();
      if (agencyCols) {
        const cols = agencyCols;
        const found = b.cells.flatMap((c, k) => (c.trim() ? groupedPeople(cols[k] ?? '', lineEntries(c, true)) : []));
        if (found.length) {
          for (const p of found) add(p.name, p.title, p.organisation, text, p.deputy);
          run = [];
          continue;
        }
        agencyCols = null;
      }
      if (ticks === null) {
        ticks = tableUsesTicks(blocks, i);
        if (!columns && !key) key = keyAbove(blocks, i, true);
      }
      const rowCells = tickRoles && columns ? tickRow(b.cells, tickRoles) : b.cells;
      let people = rowPeople(rowCells, columns);
      // A row short of the header's cells lost its leading empty ones (a text copy trims the tab before a blank initials
      // cell): its cells are the header's last ones.
      if (!people.length && columns && b.cells.length < columns.length)
        people = rowPeople([...Array<string>(columns.length - b.cells.length).fill(''), ...b.cells], columns);
      // "NHS (second seat) | Vacant | –": a seat nobody holds is nobody, and no one's detail.
      if (!people.length && columns && VACANT.test(squash(b.cells[columns.indexOf('name')] ?? ''))) continue;
      const initialsOnly = !people.length && columns ? rowInitialsOnly(b.cells, columns) : null;
      if (initialsOnly) {
        add(initialsName(initialsOnly.initials), initialsOnly.title, null, text, null).initials = initialsOnly.initials;
        continue;
      }
      const below = blocks[i + 1];
      const labels = !people.length && !columns && below?.type === 'row' ? agencyColumns(b.cells, (c) => !!sectionRole(c) || isActionTableHeader([c])) : null;
      if (labels && below!.cells!.some((c) => personCell(squash(c)))) {
        agencyCols = labels;
        continue;
      }
      if (!people.length) {
        const cells = b.cells.filter(Boolean);
        // An agency's row heads the people below; it is not the last one's detail.
        if (columns && isAgencyRow(b.cells, columns)) {
          current = null;
          continue;
        }
        // A row of the table with no name: the rest of the previous person's cell, or a stray heading.
        const wraps = current !== null && lastAdded === i - 1 && !isBusinessTableHeader(b.cells) && !/^\d/.test(cells[0] ?? '');
        if (cells.length && cells.every((c) => c.split(' ').length <= 12) && (wraps || cells.every((c) => markRole(c) || c.length <= 3))) {
          if (current) {
            for (const c of cells) {
              if (markRole(c)) setMark(current, c, role!);
              else attach(current, c);
            }
          }
          continue;
        }
        if (!cells.length || (cells.length === 1 && subHeading(cells[0]!))) continue;
        break; // a table that is not a list of people: the business has begun
      }
      // A mark read by the grid's key, or a deputy named in the mark's cell ("D – Sue Platt").
      const keyed = people.length === 1 && columns ? keyedMark(markCell(rowCells, columns), key) : null;
      for (const p of people) {
        // A mark in a table read without its header is read by the key too ("D deputy attended": the member sent apologies).
        const ownKey = !keyed && key && p.mark ? keyedMark(p.mark, key) : null;
        const as = keyed
          ? keyed.role
          : ownKey
            ? ownKey.role
            : p.mark
              ? (markRole(p.mark) ?? role!)
              : ticks && columnsHaveMark(columns, b.cells)
                ? 'not-present'
                : role!;
        // "Apologies – Ann Bee (AB), Named Midwife, deputised": the note after an absence mark names who came instead.
        const stoodIn = !keyed && p.mark && markRole(p.mark) !== 'present' ? markDeputy(p.mark) : null;
        const e = add(p.name, p.title, p.organisation, text, keyed?.deputy ?? p.deputy ?? stoodIn, as === 'present' && role !== 'present' ? role! : as);
        if (p.initials) e.initials = p.initials;
      }
      run = [];
      continue;
    }
    // Tables read column by column (a PDF's text layer): a column's heading on its own line. A names
    // column heading again, under people already listed, starts the next table.
    if (COLUMN_HEADING.test(text)) {
      // ("Members" over bullets is a group of the same list: a column's heading heads no bullets.)
      if (/^(?:names?|members?)$/i.test(text) && entries.length > listStart && blocks[i + 1]?.type !== 'list-item') nextList();
      continue;
    }
    const sub = subHeading(text);
    // "Religious Representatives:" alone on its line heads a group even if its words could be a name.
    if (sub && (!parseEntry(text) || /:-?$/.test(text))) {
      if (sub !== 'same') role = sub;
      current = null;
      run = [];
      continue;
    }
    // "Health" / "Local Authorities" over the people from that agency: a group label, not a person nor the last one's detail.
    // Only among "Name, title" lines (or first under the heading): in a column of titles an agency is someone's detail.
    // Where each person's line carries its own detail ("Tom Hale, Principal Social Worker"), any short line between them
    // that is neither a person nor a post heads the next group ("NHS Kelbrook Integrated Care Board", "Business Unit").
    const grouping =
      agencyLabel(text) || (groupLine(text) && (entries.length === listStart || detailedPersonLine(blocks[i - 1])) && detailedPersonLine(blocks[i + 1]));
    const between = (b: Block | undefined) => personLine(b) || detailedPersonLine(b);
    // "Chief officers' nominees" over bulleted people: a plain line heading bullets (first under the heading, or after
    // the last group's bullets) labels the group, whatever its words (a post's words among them).
    const overBullets =
      b.type !== 'list-item' &&
      blocks[i + 1]?.type === 'list-item' &&
      (entries.length === listStart || blocks[i - 1]?.type === 'list-item') &&
      text.length <= 60 &&
      text.split(' ').length <= 6 &&
      !/[,;:()\d]/.test(text) &&
      !personLine(b);
    if ((grouping || overBullets) && between(blocks[i + 1]) && (entries.length === listStart || between(blocks[i - 1]))) {
      current = null;
      run = [];
      continue;
    }
    // "Chair: Frances Hope" heading the members listed under "Attendance".
    // "In the Chair: Iain Cormack." after the table: a member already listed chaired.
    const chairName = /^(?:chair(?:man|person)?|conven[eo]r|in\s+the\s+chair|chaired\s+by)\s*[:\-–]\s*\S/i.test(text) ? chairInLine(text) : null;
    const listedChair = chairName ? entries.find((e) => e.role !== 'apologies' && e.role !== 'not-present' && mayBeSamePerson(e.name, chairName)) : undefined;
    if (listedChair) {
      listedChair.title = withPost(listedChair.title, 'Chair');
      continue;
    }
    if (chairName) {
      // "Chair: Maureen Oakes, Independent Scrutineer": the post is hers too (an action owned by it is the chair's).
      const post = chairPostInLine(text, chairName);
      add(chairName, post ? `${post.title}, Chair` : 'Chair', post?.organisation ?? null, text, null, role === 'apologies' ? 'present' : role!);
      continue;
    }
    // "NHS Kilbarron: Dr Graeme Lennox, Associate Medical Director": people grouped by agency, the agency as a label.
    // ("Councillors: A. Bee, C. Dee" is a plural honorific, read with the list below.)
    const agency = GROUP_LABEL.test(text) || PLURAL_LABEL.test(text) ? null : /^([A-Z][^:()]{1,50}?)\s*:\s+(\S.*)$/.exec(text);
    if (agency && !parsePersonName(agency[1]!) && agency[1]!.split(' ').length <= 6) {
      const young = YOUTH_LABEL.test(agency[1]!) ? youngPeople(agency[2]!, true) : [];
      const listed = young.length ? young : lineEntries(agency[2]!, true);
      if (listed.length) {
        // "Notes: Anil Mistry": who took the notes attended; the label is their part, not an agency.
        const notes = /^(?:notes|minutes|note[- ]?taker|secretariat)$/i.test(agency[1]!);
        for (const e of listed)
          add(
            e.name,
            notes ? (e.title ?? 'Notes') : e.title,
            notes ? e.organisation : (e.organisation ?? agency[1]!),
            text,
            e.deputy,
            notes ? 'in-attendance' : role!,
          );
        run = [];
        continue;
      }
    }
    // "Members: Neil Oakes (…), Bina Mistry (…)": a group's label with its people on the same line.
    const grouped = GROUP_LABEL.exec(text);
    if (grouped) {
      const sub = subHeading(`${grouped[1]!}:`);
      if (sub && sub !== 'same') role = sub;
      const wrapped = joinWrapped(blocks, i, grouped[2]!);
      const listed = lineEntries(wrapped.text, true);
      if (listed.length) {
        for (const e of listed) add(e.name, e.title, e.organisation, wrapped.text, e.deputy);
        i = wrapped.end;
        run = [];
        continue;
      }
    }
    // Columns of "Name (Organisation)" interleaved line by line: the names, in order, and an
    // "Apologies:" among them turns the rest into apologies.
    // (A list with commas between people is read as a list.)
    // (A list with commas or semicolons between people is read as a list: "A (Org); B (Org); Cllr C." keeps C.)
    const bracketed = /[,;]/.test(text.replace(/\([^()]*\)/g, '')) ? [] : bracketRun(text);
    if (bracketed.length >= 2) {
      for (const p of bracketed) {
        if (p.apologiesBefore) role = 'apologies';
        add(p.name, null, p.organisation, text, null);
      }
      if (/\bapologies\s*:?\s*$/i.test(text)) role = 'apologies';
      run = [];
      continue;
    }
    // A list wrapped inside a bracket: "…, Cllr Oonagh Moss" / "(OM), Don Kemp (DK)" — the bracket is hers.
    // (`current` is set inside `add`, which the compiler's narrowing does not see.)
    const previous = current as AttendanceEntry | null;
    const closing = previous ? /^\(([^()]{1,40})\)\s*[,;]?\s*(.*)$/.exec(text) : null;
    if (previous && closing) {
      const note = closing[1]!.trim();
      if (/^[A-Z](?:[A-Z]|[a-z](?=[A-Z]|$)){1,4}$/.test(note) && !previous.initials) previous.initials = note;
      else attach(previous, note);
      for (const e of lineEntries(closing[2]!)) add(e.name, e.title, e.organisation, text, e.deputy);
      continue;
    }
    // A broken bullet or line: ", Chief Executive, Aberlour …" finishes the previous person's entry.
    if (current && /^[,;]\s*\S/.test(text) && text.split(' ').length <= 60) {
      attach(current, text.replace(/^[,;]\s*/, ''));
      continue;
    }
    // A long run of names ("Mr D Lowry (Chair), Mr A Pike, …") is a list, however long.
    // "Michael Egan and Hilary Stott" alone on its line: an "and" list needs no commas.
    const listy = text.includes(',') || text.includes(';') || LIST_AND.test(text);
    const wrapped = listy ? joinWrapped(blocks, i, text) : { text, end: i };
    // The first line under a heading is read as if it followed the heading on its line.
    const several = listy ? lineEntries(wrapped.text, seenSection && entries.length === listStart && !current) : [];
    if (several.length > 1) {
      for (const e of several) add(e.name, e.title, e.organisation, wrapped.text, e.deputy);
      i = wrapped.end;
      run = [];
      continue;
    }
    // Tables read column by column (a PDF's text layer): the column headings, page numbers and
    // placeholders between the columns are not people.
    if (/^\d{1,3}$/.test(text) || /^[-–]$/.test(text)) continue;
    if (isInitials(text)) {
      let j = i;
      const codes: string[] = [];
      for (; j < blocks.length && blocks[j]!.type !== 'row' && blocks[j]!.type !== 'marker'; j++) {
        const t = squash(blocks[j]!.text);
        if (isInitials(t)) codes.push(t);
        else if (!/^[-–]$/.test(t)) break;
      }
      const added = placeInitials(codes, entries, listStart);
      if (added.length) {
        const last = entries[entries.length - 1];
        if (last && last.name.family && entries.length > listStart) nextList();
        run = [];
        for (const code of added) add(initialsName(code), null, null, code, null).initials = code;
      }
      i = j - 1;
      continue;
    }
    if (endsAttendance(text)) break;
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
      // More lines than names: some titles wrapped. Only the first line surely belongs to the first name.
      const column = detailColumn(blocks, i);
      if (column.length > run.length && column.length >= 3) {
        attach(run[0]!, column[0]!);
        i += column.length - 1;
        run = [];
        continue;
      }
    }
    run = [];
    // "Why we met" over a paragraph of prose heads the business: a person's detail reads as a post or an agency.
    const prose = blocks[i + 1] && blocks[i + 1]!.type !== 'row' && endsAttendance(squash(blocks[i + 1]!.text));
    if (prose && !/,/.test(text) && !isTitleLike(text) && !isOrgLike(text)) break;
    if (current && text.split(' ').length <= 14) {
      // The wrapped end of a grid row keeps its mark: "Lead Officer, EY / Apols".
      const marked = /^(.*?)\s*\/\s*([^/\s]+)$/.exec(text);
      if (marked && markRole(marked[2]!)) {
        if (marked[1]) attach(current, marked[1]);
        setMark(current, marked[2]!, role!);
      } else attach(current, text);
      continue;
    }
    break;
  }
  markChair(entries);
  return { entries, end: i };
}

/**
 * A list of people run on across lines ("… Dr Sunita" / "Rao (SR), Gareth Ellis (GE), … Bridget Connolly" /
 * "(BC), Liam …"): the lines after `at` that continue `text` are joined to it. A line continues the list when
 * the previous one ended mid-list (a comma, "and", a dash), or it starts inside an entry (a bracket, a
 * lower-case word, or one word and its bracket).
 */
function joinWrapped(blocks: Block[], at: number, text: string): { text: string; end: number } {
  let out = text;
  let end = at;
  let line = text;
  if (!out) return { text: out, end };
  for (let k = at + 1; k < blocks.length && k <= at + 12; k++) {
    const b = blocks[k]!;
    if (b.type === 'row' || b.type === 'marker') break;
    const t = squash(b.text);
    if (!t || sectionRole(t) || NOTE_TAKER.test(t) || /^\d{1,2}[a-z]?[.)]?\s/.test(t)) break;
    // A bracket left open ("Kwame Asante (Head of Safeguarding and Quality" / "Assurance), Rebecca Hollis …") goes on.
    const midList = /(?:[,;&–-]|\band)$/.test(out) || (out.match(/\(/g) ?? []).length > (out.match(/\)/g) ?? []).length;
    const insideEntry = /^[(a-z]/.test(t) || (/^[A-Z][\w'’-]+\s+\(/.test(t) && /\(/.test(out) && !/\)$/.test(out));
    // "Young people: Owain and Seren": a line led by a label and a colon starts a list of its own.
    if (!midList && !insideEntry && (LABEL_LEAD.test(t) || !wrapsMidEntry(line, t))) break;
    if (t.split(' ').length > 60) break;
    out = `${out} ${t}`;
    line = t;
    end = k;
  }
  return { text: out, end };
}

const LIST_AND = /\s(?:and|&)\s/;
const LABEL_LEAD = /^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*:\s+\S/;

/**
 * A paragraph of "Name, Title; Name, Title" wrapped at the page's width breaks anywhere: after "Director of", after a
 * rank ("Insp. Dean" / "Whitby, Police; …"), inside a title ("Children's Social" / "Care; Mark Tolley …"). The next
 * line goes on with the entry when the line before was a long line of the list and ended open (a joining word or an
 * honorific), or when the next line's first piece, up to its first separator, is not a person but a fragment.
 */
function wrapsMidEntry(line: string, next: string): boolean {
  if (line.length < 50 || /[.:!?]$/.test(line) || !/[;,]/.test(line) || endsAttendance(next)) return false;
  const lastWord = /(\S+)$/.exec(line)![1]!;
  if (OPEN_END.test(lastWord) || HONORIFIC_LEAD.test(`${lastWord} `)) return true;
  // "… Bryony Lake, Trevor" / "Mountford and Gail Sefton": a line with no comma ends its first piece at "and".
  const sep = /[;,]|\s(?:and|&)\s/.exec(next);
  if (!sep) return false;
  const first = next.slice(0, sep.index).trim();
  return !!first && first.split(' ').length <= 4 && !parseEntry(first) && !sectionRole(first);
}

const OPEN_END = /^(?:of|and|for|the|to|in|with|&|on|at)$/i;

/** A column's heading on a line of its own, where a table's text came out column by column. */
const COLUMN_HEADING = /^(?:names?|members?|initials?|roles?|titles?|organi[sz]ations?|agency|agencies|role\s*\/\s*organi[sz]ation)$/i;

/** "AB", "LGS", "AFi", "SGe", "CR/MS": a person written as initials. */
function isInitials(text: string): boolean {
  return /^[A-Z](?:[A-Z]|[a-z](?=[A-Z]|$)){1,3}(?:\/[A-Z]{2,4})?$/.test(text) && (text.match(/[A-Z]/g) ?? []).length >= 2;
}

/** "FH (chair), KU, GY, AV (note)": two sets of initials or more, each perhaps with a note in brackets; else none. */
function initialsList(text: string): { code: string; note: string | null }[] {
  const pieces = text
    .replace(/\.$/, '')
    .split(/\s*[,;]\s*|\s+(?:and|&)\s+/)
    .filter(Boolean);
  // "F.H.", "K.U.": initials with stops are the same initials.
  const out = pieces.map((p) => /^((?:[A-Z]\.\s?){1,3}[A-Z]\.?|[A-Z][A-Za-z]{1,4})(?:\s*\(([^()]{1,30})\))?$/.exec(p.trim()));
  const code = (m: RegExpExecArray) => m[1]!.replace(/[.\s]/g, '');
  if (out.length < 2 || !out.every((m) => m && isInitials(code(m)))) return [];
  return out.map((m) => ({ code: code(m!), note: m![2]?.trim() ?? null }));
}

/** A person known only by initials (an initials column with no name beside it). */
function initialsName(code: string): PersonName {
  return { honorific: null, given: null, middle: [], family: null, display: code, annotation: null, confident: false };
}

/** The capitals of initials as written ("AFi" -> "AF"), to compare with a name's initials. */
function initialsFit(code: string, e: AttendanceEntry): boolean {
  const caps = code.replace(/[^A-Z/]/g, '');
  if (e.initials) return e.initials.replace(/[^A-Z/]/g, '') === caps;
  return initialsOf(e.name).includes(caps);
}

/**
 * A run of initials in a list read column by column. Matching the names still without initials
 * one for one, it is their initials column. Otherwise each code that fits a named person is theirs;
 * when most fit nobody, the run is people of its own known only by initials (returned to be added),
 * as are the few that fit nobody in a column that is otherwise the earlier people's.
 */
function placeInitials(codes: string[], entries: AttendanceEntry[], listStart: number): string[] {
  const pending = entries.slice(listStart).filter((e) => !e.initials && e.name.family);
  if (codes.length === pending.length) {
    codes.forEach((c, k) => (pending[k]!.initials = c));
    return [];
  }
  const named = entries.filter((e) => e.name.family);
  const fits = codes.map((c) => named.find((e) => !e.initials && initialsFit(c, e)) ?? named.find((e) => initialsFit(c, e)) ?? null);
  const fitting = fits.filter(Boolean).length;
  if (pending.length || fitting * 2 > codes.length) {
    fits.forEach((e, k) => {
      if (e && !e.initials) e.initials = codes[k]!;
    });
    return pending.length ? [] : codes.filter((_c, k) => !fits[k]);
  }
  return codes;
}

/** The run of title or organisation lines from `start`, up to the next name, heading or initials. */
function detailColumn(blocks: Block[], start: number): string[] {
  const out: string[] = [];
  for (let k = start; k < blocks.length; k++) {
    const b = blocks[k]!;
    const t = squash(b.text);
    if (b.type === 'row' || b.type === 'marker' || sectionRole(t) || isInitials(t) || COLUMN_HEADING.test(t) || endsAttendance(t)) break;
    // Past the names, only a name the lexicon knows starts the next list ("Berkshire Women's Aid" is an agency).
    const e = parseEntry(t);
    if (e && (e.name.confident || e.name.honorific)) break;
    out.push(t);
  }
  return out;
}

/** A row of an attendance table with an initials cell but no name ("| NH | Head of Probation"). */
function rowInitialsOnly(cells: string[], columns: AttendanceColumn[]): { initials: string; title: string | null } | null {
  const at = (col: AttendanceColumn) => columns.map((c, k) => (c === col ? squash(cells[k] ?? '') : '')).filter(Boolean);
  if (at('name').length || !columns.includes('initials')) return null;
  const code = at('initials')[0];
  if (!code || !isInitials(code)) return null;
  return { initials: code, title: [...at('title'), ...at('org')].join(', ') || null };
}

/**
 * A table whose columns are the lists ("Present | Apologies", "Present | In attendance | Apologies"): each column's
 * role, or null when the row is not such a header.
 */
function roleColumns(cells: string[]): (AttendanceRole | null)[] | null {
  const roles = cells.map((c) => (c.trim() ? sectionRole(c) : null));
  const named = roles.filter((r): r is NonNullable<typeof r> => r !== null);
  // "Agency | Attending | Apologies | Substitute": beside the lists, a column may say whose agency each row is (read as
  // each person's organisation) or who came in a member's place (a substitute is present).
  const other = cells.map((c, k) => (c.trim() && !roles[k] ? columnKind(c) : null));
  const described = cells.filter((c, k) => c.trim() && !roles[k]).length;
  // "Apologies received from | Substitute attending": one list beside the column of who came in each member's place.
  const withSubstitutes = named.length === 1 && named[0]!.role === 'apologies' && other.includes('deputy');
  if ((named.length < 2 && !withSubstitutes) || other.filter(Boolean).length !== described || named.some((r) => r.rest)) return null;
  if (other.filter((o) => o === 'org' || o === 'title').length > 1) return null;
  if (new Set(named.map((r) => r.role)).size < 2 && !withSubstitutes) return null;
  return roles.map((r, k) => r?.role ?? (other[k] === 'deputy' ? 'present' : null));
}

/** What a column beside the lists holds: the agency or post of the row, or those who substituted for a member. */
function columnKind(cell: string): 'org' | 'title' | 'deputy' | null {
  const c = squash(cell).toLowerCase().replace(/[:*]/g, '').trim();
  if (/^(?:substitutes?|substituted by|deputies|deputy|deputising|represented by|in place of apologies)(?:\s+(?:attending|attended|present|sent))?$/.test(c))
    return 'deputy';
  const hit = ATTENDANCE_HEADER.find(([col, re]) => (col === 'org' || col === 'title') && re.test(c));
  return hit ? (hit[0] as 'org' | 'title') : null;
}

/** The text of a role-column table's agency or post column in this row ("NHS Glenaird"), for its people. */
function rowLabel(header: string[], cells: string[]): string {
  return header.map((h, k) => (columnKind(h) === 'org' || columnKind(h) === 'title' ? squash(cells[k] ?? '') : '')).find(Boolean) ?? '';
}

/** A one-cell heading inside a table ("Board Members", "Apologies"), or a list read as a row (see sectionRow). */
export function rowSection(cells: string[]): { role: AttendanceRole; rest: string } | null {
  const filled = cells.filter(Boolean);
  const byColumn = roleColumns(cells);
  if (byColumn) return { role: byColumn.find(Boolean)!, rest: '' };
  // A table headed "Present | Designation" starts the list of those present, and its header row gives the columns.
  const heading = listHeading(cells);
  if (heading && attendanceHeader(cells)) return { role: heading, rest: '' };
  if (filled.length === 2) {
    // A bilingual heading split at its slash into two cells ("Yn bresennol | Present"): both name the same list.
    const [a, b] = filled.map((c) => sectionRole(c));
    // "Ymddiheuriadau | Apologies: A; B": the English side may carry the list.
    if (a && b && a.role === b.role && !a.rest) return b;
  }
  return filled.length === 1 ? sectionRole(filled[0]!) : sectionRow(cells);
}

/**
 * "Present: Cllr A Bee (Chair) / Mr C Dee / Dr E Eff" split into cells at its slashes: the heading and the
 * first person in the first cell, the rest of the list in the others.
 */
export function sectionRow(cells: string[]): { role: AttendanceRole; rest: string } | null {
  const filled = cells.filter(Boolean);
  if (filled.length < 2) return null;
  // "Present | A Bee (Chair); C Dee; E Eff": the list's heading in the row's first cell, its people in the next.
  const bare = filled.length === 2 && /^[^:]{3,40}:?$/.test(filled[0]!.trim()) ? sectionRole(filled[0]!) : null;
  if (bare && !bare.rest && lineEntries(filled[1]!, true).length) return { role: bare.role, rest: filled[1]! };
  if (!/^[^:]{3,40}:\s*\S/.test(filled[0]!)) return null;
  const head = sectionRole(filled[0]!);
  return head && head.rest ? { role: head.role, rest: [head.rest, ...filled.slice(1)].join(' / ') } : null;
}

const TICK = /^(?:x|✓|√|✔|✗|✘|y|yes|•|\*)$/i;

/**
 * "Member | Initials | Present | Apologies | Deputy attending": mark columns each headed by a list, the mark (an X, a
 * tick) saying which list by the column it sits in, not by what it is. The role each column names, or null when the
 * header has fewer than two such columns (a single "Present" column is a column of marks read as they are written). A
 * sign-in sheet's one "Signature" column counts too: a signature means present, an empty cell absent.
 */
export function tickColumnRoles(cells: string[], columns: AttendanceColumn[]): (AttendanceRole | null)[] | null {
  const roles = columns.map((c, k) => {
    if (c !== 'mark' || !cells[k]!.trim()) return null;
    const r = sectionRole(squash(cells[k]!).replace(/[:?]$/, ''));
    return r && !r.rest ? r.role : null;
  });
  if (new Set(roles.filter(Boolean)).size >= 2) return roles;
  // A sign-in sheet's "Signature" column: whoever signed was there (see tickRow).
  const signed = columns.map((c, k) => (c === 'mark' && SIGNATURE_HEADER.test(squash(cells[k]!)) ? 'present' : null));
  return signed.filter(Boolean).length === 1 ? signed : null;
}

const SIGNATURE_HEADER = /^(?:signature|signed|sign(?:ature)?\s+here)$/i;

/**
 * A row of a tick-column table rewritten with the mark as the word its column means ("X" under Apologies is
 * "Apologies"); a row with no mark in any of those columns was absent (the member neither came nor sent apologies).
 */
function tickRow(cells: string[], roles: (AttendanceRole | null)[]): string[] {
  const out = [...cells];
  const signatures = roles.filter(Boolean).length === 1;
  let marked = false;
  for (const [k, r] of roles.entries()) {
    const c = squash(out[k] ?? '');
    if (!r || !c) continue;
    // In a column of signatures anything written that is not a mark ("(signed)", a scrawl typed as the name) is one.
    if (TICK.test(c) || (signatures && !markRole(c))) out[k] = ROLE_WORD[r];
    marked = true;
  }
  const first = roles.findIndex(Boolean);
  if (!marked && first >= 0) {
    while (out.length <= first) out.push('');
    out[first] = ROLE_WORD['not-present'];
  }
  return out;
}

const ROLE_WORD: Record<AttendanceRole, string> = {
  present: 'Present',
  apologies: 'Apologies',
  'not-present': 'Absent',
  'in-attendance': 'In attendance',
  chair: 'Present',
};

/** The text in a row's mark column (the first one filled). */
function markCell(cells: string[], columns: AttendanceColumn[]): string {
  return columns.map((c, k) => (c === 'mark' ? squash(cells[k] ?? '') : '')).find(Boolean) ?? '';
}

function markRole(cell: string): AttendanceRole | null {
  // "Present (Chair)", "Apologies (represented by DI A Bee (AB))": the note beside the mark does not change it.
  let c = cell.trim().replace(/\s*\((?:[^()]|\([^()]*\)){1,80}\)$/, '');
  // "Apologies – Mr C Dee attended on her behalf", "Apologies, sent substitute": the mark, then a note after it.
  const noted = /^([^,;–—(]{1,20}?)\s*(?:[,;]|\s[–—-]\s)\s*(\S.*)$/.exec(c);
  const head = noted ? markRole(noted[1]!) : null;
  // "No – apologies", "No – sent apologies": the note says which absence it was, the finer mark ("no apologies
  // received" says the opposite).
  const apologised = !!noted && /\bapolog/i.test(noted[2]!) && !/\b(?:no|without)\s+apolog/i.test(noted[2]!);
  if (head) return head === 'not-present' && apologised ? 'apologies' : head;
  // "✗ apologies", "x – apols": a symbol with the word that says which absence it was; the word is the finer mark.
  const worded = /^([√✓✔✗✘xX])(?:\s*[-–—:]\s*|\s+)(\S.*)$/.exec(c);
  if (worded && markRole(worded[2]!)) c = worded[2]!;
  if (MARK_PRESENT.test(c)) return 'present';
  if (MARK_IN_ATTENDANCE.test(c)) return 'in-attendance';
  if (MARK_APOLOGIES.test(c)) return 'apologies';
  if (MARK_ABSENT.test(c)) return 'not-present';
  return null;
}

/**
 * The mark of a membership table that names each member's nominated deputy ("Agency | Member | Nominated deputy |
 * Attended"): "Member" (the member came, the deputy did not), "Deputy" (the deputy came in the member's place), "Member
 * and deputy" (both), "Apologies – no deputy" (neither). The mark to read for the member, and whether the deputy came;
 * null for any other mark (a tick, "Present", "Apologies (represented by …)" are read as in any table).
 */
function whichCame(cell: string): { mark: string; deputy: boolean } | null {
  const c = squash(cell).toLowerCase().replace(/[.]$/, '');
  if (/^(?:the\s+)?member(?:\s+only)?$/.test(c)) return { mark: 'Present', deputy: false };
  if (/^(?:(?:nominated\s+)?deputy|substitute)(?:\s+only|\s+attended|\s+present)?$/.test(c)) return { mark: 'Apologies', deputy: true };
  if (/^(?:member|both)\s*(?:and|&|\+)\s*(?:deputy|substitute)$|^both$/.test(c)) return { mark: 'Present', deputy: true };
  if (markRole(c) && /\bno\s+(?:deputy|substitute)\b/.test(c)) return { mark: cell, deputy: false };
  return null;
}

/**
 * Who came in the member's place, as the note beside an absence mark names them: "Apologies (represented by DI A Bee
 * (AB))", "Apologies – Mr C Dee attended on her behalf", "Apologies; deputy: E Eff, Named Nurse".
 */
function markDeputy(cell: string): PersonName | null {
  const note = squash(cell)
    .replace(/^[^(,;–—]*?(?:\(|[,;]|\s[–—-]\s)\s*/, '')
    .replace(/\)$/, '')
    .trim();
  const by = /\b(?:represented|deputi[sz]ed|substituted|covered)\s+by\s+(.+)$/i.exec(note) ?? DEPUTY.exec(note);
  const who = by ? by[1]! : (/^(.{3,60}?)\s+(?:attended|attending|came|deputi[sz]ed|deputi[sz]ing|substituted|substituting)\b/i.exec(note)?.[1] ?? null);
  if (!who) return null;
  const name = parsePersonName(who.split(/\s*,\s*(?![^()]*\))/)[0]!.replace(/\s*\([^()]*\)\s*$/, ''));
  return name?.family ? name : null;
}

function setMark(entry: AttendanceEntry, cell: string, sectionRoleNow: AttendanceRole): void {
  const r = markRole(cell);
  if (r && !(r === 'present' && sectionRoleNow !== 'present')) entry.role = r;
}

/** Whether the attendance table starting here marks those present with a tick (so an unmarked person was absent). */
function tableUsesTicks(blocks: Block[], from: number): boolean {
  for (let k = from; k < blocks.length && blocks[k]!.type === 'row'; k++) {
    if ((blocks[k]!.cells ?? []).some((c) => /^(?:√|✓|✔)$/.test(c.trim()))) return true;
  }
  return false;
}

/** Whether this row has a place for a mark (a header's mark column, or a grid with marks elsewhere). */
function columnsHaveMark(columns: AttendanceColumn[] | null, _cells: string[]): boolean {
  return !columns || columns.includes('mark');
}

interface RowPerson extends ParsedEntry {
  initials: string | null;
  mark: string | null;
}

/**
 * The people in one row of an attendance table. With a header row the columns say what each
 * cell is; without one, a row may hold two or three people side by side ("Name / Org / mark /
 * Name / Org / mark"): a new person starts at each cell that is a person's name.
 */
function rowPeople(cells: string[], columns: AttendanceColumn[] | null): RowPerson[] {
  const out: RowPerson[] = [];
  // A header naming only its first column ("Name | /X | /X") over rows of two or three people side by side.
  const sideBySide = !!columns && cells.some((c, k) => k > 0 && (k >= columns.length || columns[k] === 'mark') && c.trim() && personCell(squash(c)));
  if (columns && columns.filter((c) => c === 'name').length === 1 && !sideBySide) {
    const at = (col: AttendanceColumn) => columns.map((c, k) => (c === col ? squash(cells[k] ?? '') : '')).filter(Boolean);
    // "Castellano | Ines | Executive Director": a name split over Surname and Forename columns.
    const nameCell = at('given')[0] && at('name')[0] ? `${at('given')[0]!} ${at('name')[0]!}` : at('name')[0];
    if (!nameCell) return [];
    if (isAgencyRow(cells, columns)) return [];
    // "Police Scotland | DCI A Petrie, PPU; DS L Baxter": the agency's row lists everyone who came from it.
    const listed = lineEntries(nameCell, true);
    if (isPeopleList(listed)) return groupedPeople([...at('org'), ...at('title')].join(', '), listed).map(asRowPerson);
    const e = parseEntry(nameCell);
    if (!e) return [];
    const titleOrg = [...at('title'), ...at('org')].join(', ');
    // Separate title and organisation columns say which is which, commas inside a cell notwithstanding.
    const split =
      at('title').length && at('org').length && !e.title && !e.organisation
        ? { title: at('title').join(', '), organisation: at('org').join(', ') }
        : titleOrg
          ? splitTitleOrg([
              ...(e.title ? [e.title] : []),
              ...(e.organisation ? [e.organisation] : []),
              ...titleOrg.split(/\s*,\s*(?![^()]*\))|\s+[–—-]\s+/).filter(Boolean),
            ])
          : e;
    const deputyCell = at('deputy')[0];
    // "Attended / substitute | Substitute: DI Ann Bee (AB)": the mark cell names who came in the member's place, so the
    // member sent apologies and the substitute was there; "Apologies (represented by …)" names a stand-in after the mark.
    const stoodIn = at('mark')
      .map((m) => MARK_SUBSTITUTE.exec(m)?.[1])
      .map((n) => (n ? parsePersonName(n.replace(/[.;]$/, '')) : null))
      .find((n) => n?.family);
    // "Member | Nominated deputy | Attended: Deputy": beside a deputy column the mark may say which of the two came.
    const which = deputyCell ? whichCame(at('mark')[0] ?? '') : null;
    const marked = which ? which.mark : stoodIn ? 'apologies' : (at('mark').find((m) => markRole(m)) ?? null);
    const noted = marked && markRole(marked) !== 'present' ? markDeputy(marked) : null;
    // "No – DC Amy Vearnals attended": a member who sent someone in their place gave apologies, not a bare absence.
    const mark = noted && marked && markRole(marked) === 'not-present' ? 'apologies' : marked;
    // "Simon Roper, Team Manager": the deputy's post after the comma is not part of the name.
    const listedDeputy = deputyCell ? parsePersonName(deputyCell.replace(/^(?:by|deputy|rep(?:resented by)?)\s*:?\s*/i, '').split(/\s*,\s*/)[0]!) : null;
    const deputy = which && !which.deputy ? null : (stoodIn ?? listedDeputy ?? noted ?? e.deputy);
    const initials = at('initials')[0] ?? null;
    // "Present (Chair)" in the attendance column says who chaired.
    if (mark && (CHAIR_NOTE.test(mark) || CHAIR_DETAIL.test(mark))) split.title = withPost(split.title, 'Chair');
    return [
      {
        ...e,
        deputy,
        title: split.title,
        organisation: split.organisation,
        initials: initials && /^[A-Z][A-Za-z]{1,4}$/.test(initials) ? initials : null,
        mark,
      },
    ];
  }
  // No header: "NHS Corrie Vale | Dr M Sinclair, Lead Paediatrician; C Mathieson, Nurse Consultant" is an agency and its people.
  const two = columns ? [] : cells.map(squash).filter(Boolean);
  // A list printed in newspaper columns (a Word two-column section): each cell holds a run of people, read down the
  // first column then the next.
  const runs = two.map((c) => lineEntries(c, true));
  if (runs.length >= 2 && runs.every((r) => r.length >= 3)) return runs.flat().map(asRowPerson);
  if (two.length === 2 && !personCell(two[0]!) && !parsePersonName(two[0]!.replace(/:$/, ''))) {
    const listed = lineEntries(two[1]!, true);
    if (isPeopleList(listed)) return groupedPeople(two[0]!, listed).map(asRowPerson);
  }
  let cur: RowPerson | null = null;
  const filled = cells.length === 2 ? cells.filter((c) => c.trim()).length : 0;
  for (const raw of cells) {
    const cell = squash(raw);
    if (!cell) continue;
    const found = personCell(cell);
    // "Gwendolyn Price | Jobcentre Plus": in a two-cell row the second cell is the first person's detail unless it is
    // surely a name (a given name we know, an honorific).
    const name: ParsedEntry | null = found && cur && filled === 2 && !found.name.confident && !found.name.honorific ? null : found;
    if (name) {
      cur = { name: name.name, title: null, organisation: null, deputy: name.deputy, initials: null, mark: null };
      if (name.title || name.organisation) Object.assign(cur, { title: name.title, organisation: name.organisation });
      out.push(cur);
      continue;
    }
    if (!cur) {
      if (out.length === 0 && /^\d/.test(cell)) return []; // "1. | Welcome …": the minutes as a table
      continue;
    }
    if (markRole(cell)) cur.mark = cell;
    else if (/^[A-Z][A-Za-z]{1,3}$/.test(cell) && !cur.initials && !cur.title && !cur.organisation) cur.initials = cell;
    else {
      const parts = [cur.title, cur.organisation, cell].filter((x): x is string => !!x);
      const split = splitTitleOrg(parts.length === 1 ? cell.split(/\s*,\s*(?![^()]*\))/) : parts);
      cur.title = split.title;
      cur.organisation = split.organisation;
    }
  }
  return out;
}

/**
 * A row of a headed people table that names only an agency ("Police | | ", "LSCB" alone in the names column): it heads
 * the rows below and is nobody.
 */
function isAgencyRow(cells: string[], columns: AttendanceColumn[]): boolean {
  const filled = cells.map(squash).filter(Boolean);
  const nameAt = columns.indexOf('name');
  return (
    columns.length >= 2 && filled.length === 1 && nameAt >= 0 && squash(cells[nameAt] ?? '') === filled[0] && !personCell(filled[0]!) && !markRole(filled[0]!)
  );
}

/** The people in one cell of a role-column table, the row's agency or post given to each who lacks one. */
function cellPeople(cell: string, label: string): ParsedEntry[] {
  // Read as a line under no heading: "DS A Bee, Public Protection" is one person and her unit, not two names.
  const listed = lineEntries(cell);
  const people = listed.length ? listed : [parseEntry(cell)].filter((e): e is ParsedEntry => !!e);
  return label ? groupedPeople(label, people) : people;
}

const asRowPerson = (e: ParsedEntry): RowPerson => ({ ...e, initials: bracketInitials(e.name), mark: null });

/** A cell that names a person (possibly with their title after a comma); a job or agency is not one. */
function personCell(cell: string): ParsedEntry | null {
  const e = parseEntry(cell);
  if (!e) return null;
  if (!e.name.confident && !e.name.honorific && cell.split(/[,(]/)[0]!.trim().split(' ').length < 2) return null;
  if (isOrgLike(cell) && !e.name.confident) return null;
  return e;
}

/** A short line naming an agency or a sector ("Health", "Local Authorities", "Regional Safeguarding Team"). */
function agencyLabel(text: string): boolean {
  return text.length <= 40 && text.split(' ').length <= 4 && !/[,;:()\d]/.test(text) && isOrgLike(text) && !parsePersonName(text)?.confident;
}

/** A short line with no punctuation that is neither a person nor a post: perhaps the name of a group of people. */
function groupLine(text: string): boolean {
  return text.length <= 60 && text.split(' ').length <= 7 && !/[,;:()\d–—]|\s-\s/.test(text) && !parseEntry(text) && !isTitleLike(text);
}

/** A person's line with their detail after a comma or a dash: a list written this way keeps group labels apart. */
function detailedPersonLine(b: Block | undefined): boolean {
  if (!b || b.type === 'row' || b.text.length > 200 || !/,|\s[–—-]\s/.test(b.text)) return false;
  const e = parseEntry(b.text);
  // An unfamiliar given name counts when a post follows it ("Danny Whittle, Business Manager").
  return !!e?.name.family && (e.name.confident || !!e.name.honorific || isTitleLike(e.title ?? e.organisation ?? ''));
}

/** Whether a block is a line giving one person ("Dr Rhian Powell, Designated Doctor, …"). */
function personLine(b: Block | undefined): boolean {
  if (!b || b.type === 'row' || b.text.length > 200) return false;
  const e = parseEntry(b.text);
  return !!e && (e.name.confident || !!e.name.honorific);
}

/**
 * Everyone who could take on an action at the meeting: the lists, and each deputy who came in a member's place (an action
 * log writes the deputy's initials, "KO", as it writes anyone's), unless the lists name them already.
 */
export function withDeputies(entries: AttendanceEntry[]): AttendanceEntry[] {
  const named = new Set(entries.map((e) => e.name.display));
  const deputies = entries
    .filter((e) => e.deputy?.family && !named.has(e.deputy.display))
    .map((e): AttendanceEntry => {
      const name = e.deputy!;
      const initials = bracketInitials(name) ?? initialsWrittenAfter(name, e.raw);
      return { name, title: null, organisation: e.organisation, date: e.date, role: 'present', deputy: null, raw: e.raw, initials };
    });
  return deputies.length ? [...entries, ...deputies] : entries;
}

/** "Jacquie Hellowell (JH)": initials given in brackets after the name are that person's. */
function bracketInitials(name: PersonName): string | null {
  for (const part of (name.annotation ?? '').split(/;\s*/)) if (initialsShaped(part.trim())) return part.trim();
  return null;
}

// "AB", "LGS", "AFi", "BMcL": capitals, perhaps with a lower-case letter to tell two people apart.
const initialsShaped = (a: string) => /^[A-Z](?:[A-Z]|[a-z](?=[A-Z]|$)){1,4}$/.test(a) && (a.match(/[A-Z]/g) ?? []).length >= 2;

/**
 * "Apologies – Siân Tomos (STo), Named Midwife, deputised": the line gives the deputy's initials in brackets after their
 * name even where the name was read without them; the minutes then write the deputy's actions with those initials.
 */
function initialsWrittenAfter(name: PersonName, raw: string): string | null {
  const at = raw.indexOf(name.display);
  const m = at >= 0 ? /^\s*\(([A-Za-z]{2,5})\)/.exec(raw.slice(at + name.display.length)) : null;
  return m && initialsShaped(m[1]!) ? m[1]! : null;
}

/**
 * Several people on one line: "Mr D Lowry (Chair), Mr A Pike (Substitute), Mrs C Hale"
 * or "A Brown; B Cole and C Dean". Returns one entry for a line that is a single person.
 */
export function lineEntries(written: string, afterHeading = false): ParsedEntry[] {
  // "Jane Roe (JR) [ICB] – Chair": square brackets after a name say what round ones do (the agency, a key's code).
  const raw = written.includes('[') ? written.replace(/\[([^[\]()]{1,40})\]/g, '($1)') : written;
  const byAgency = agencySentences(raw, afterHeading);
  if (byAgency) return byAgency;
  // "Supt Gwyn Harries – apologies; represented by Insp Carys Daniel": the member's absence, then who came instead.
  const absent = absenceTail(raw);
  if (absent) {
    const entries = lineEntries(absent.head, afterHeading);
    const last = entries[entries.length - 1];
    if (last) Object.assign(last, noteAbsence(last, absent));
    return entries;
  }
  // "Morven Craig – Chief Nurse; Catherine Wylie attended instead", "Jon Hale (Probation) – Tracey Owen attended on his
  // behalf": the entry's tail names who came in the member's place; the member keeps their entry, the deputy is theirs.
  const stoodIn = STOOD_IN_TAIL.exec(raw);
  const deputy = stoodIn ? parsePersonName(stoodIn[1]!) : null;
  if (stoodIn && deputy?.family) {
    const entries = lineEntries(raw.slice(0, stoodIn.index), afterHeading);
    if (entries.length) entries[entries.length - 1]!.deputy = deputy;
    return entries;
  }
  const text = spreadHonorific(raw);
  const byInitials = initialsRun(text);
  if (byInitials) return byInitials;
  const byHonorific = honorificRun(text);
  if (byHonorific) return byHonorific;
  // "Jo Roe (JR) – Officer (Item 3.1) Sam Poe (SP) – Manager (Item 3.2)": entries run on after a bracket.
  const runOn = text.split(/(?<=\))\s+(?=(?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][\w'’-]+\s+\()/);
  if (runOn.length >= 2) {
    const each = runOn.map((p) => parseEntry(p));
    if (each.every(Boolean)) return each as ParsedEntry[];
  }
  const pieces = splitInline(text, afterHeading);
  if (pieces.length < 2 && (text.match(/,/g) ?? []).length >= 3) {
    const run = runOnEntries(text);
    if (run.length >= 3) return run;
  }
  if (pieces.length < 2) {
    const e = pieces[0] ? parseEntry(pieces[0]) : null;
    return e ? [e] : [];
  }
  const out: ParsedEntry[] = [];
  for (const piece of pieces) {
    const e = parseEntry(piece);
    if (e) out.push(e);
    else out.push(...youngPeople(piece));
  }
  return out;
}

// "Gwili Council – A Bee, Director; C Dee, Head of Service. Teifi Police – DCI E Eff.": sentences that each name an
// agency, a dash, then its people.
// "Yarrowmuir: Professor A Bee; C Dee. Umberdale: E Eff.": a joint meeting's apologies by board, a colon after each.
const AGENCY_LEAD = /^([A-Z][^–—;:,()]{2,80}?)(\s+[–—-]\s+|:\s+)(\S.*)$/;

/** A list written agency by agency, a sentence each: its people with their agency, or null when it is not one. */
function agencySentences(raw: string, afterHeading: boolean): ParsedEntry[] | null {
  let sentences = squash(raw)
    .split(/(?<=[a-z)’'])\.\s+(?=[A-Z])/)
    .map((t) => t.replace(/\.$/, ''))
    .filter(Boolean);
  // "Police - DI A Bee, DS C Dee; CSC - E Eff (Social Worker); Health - G Aitch": agencies a semicolon apart, each with a
  // dash before its people (the notes of a panel written in haste). Every piece must be such, three at least.
  const groups =
    sentences.length < 2
      ? squash(raw)
          .replace(/\.$/, '')
          .split(/\s*;\s*(?![^()]*\))/)
      : [];
  const semicolons = groups.length >= 3 && groups.every((g) => /^[A-Z][^–—;:,()]{1,60}?\s[–—-]\s\S/.test(g));
  if (semicolons) sentences = groups;
  if (sentences.length < 2) return null;
  const out: ParsedEntry[] = [];
  for (const sentence of sentences) {
    const m = AGENCY_LEAD.exec(sentence);
    const agency = m?.[1]!.trim();
    // After a colon one word may name the body (a place: "Umberdale:"); after a dash it could be a person's surname,
    // unless every piece of the line is an agency and its people ("Police - …; Health - …").
    const oneWord = !!m && (m[2]!.startsWith(':') || semicolons) && !!agency && /^[A-Z][A-Za-z'’-]{1,}$/.test(agency) && !FIRST_NAMES.has(agency.toLowerCase());
    if (!m || !agency || parsePersonName(agency)?.confident || !(isOrgLike(agency) || agency.split(' ').length >= 2 || oneWord)) return null;
    if (semicolons && isTitleLike(agency)) return null;
    const people = lineEntries(m[3]!, afterHeading);
    if (!people.length || people.some((p) => !p.name.family)) return null;
    out.push(...groupedPeople(agency, people));
  }
  return out;
}

// The bodies that speak for children in care and care leavers at the boards that answer to them.
const YOUTH_BODY =
  /^(?:(?:the\s+)?(?:children\s+in\s+care|care\s+leavers?|care\s+experienced(?:\s+young\s+people)?|youth|young\s+people'?s?|young\s+persons'?)\s+(?:council|forum|panel|parliament|voice|group)|young\s+(?:person|people)|care\s+leavers?|youth\s+(?:representatives?|ambassadors?))$/i;
const GIVEN_WORD = /^[A-Z][a-z'’-]+$/;
// A label saying those after it are children or young people, named by first name alone.
const YOUTH_LABEL =
  /^(?:(?:children\s+and\s+)?young\s+(?:people|persons?)|care\s+leavers?|youth\s+(?:representatives?|ambassadors?)|children\s+in\s+care(?:\s+council)?)$/i;

/**
 * "Jay and Amira (Children in Care Council)": children and young people are named by their first name alone, with the
 * council or forum they speak for. Each first name is someone present; nowhere else is one word taken for a person.
 */
function youngPeople(piece: string, labelled = false): ParsedEntry[] {
  // Under a label saying they are young people ("Young people: Cai and Lowri (Voices from Care)"), the bracket may name
  // any group, or be missing.
  const m = /^(.+?)\s*\(([^()]{3,60})\)\.?$/.exec(squash(piece)) ?? (labelled ? ([piece, squash(piece).replace(/\.$/, ''), ''] as const) : null);
  if (!m || !(labelled || YOUTH_BODY.test(m[2]!.trim()))) return [];
  const names = m[1]!.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
  if (!names.length || names.length > 6 || !names.every((n) => GIVEN_WORD.test(n))) return [];
  const person = (given: string): PersonName => ({ honorific: null, given, middle: [], family: null, display: given, annotation: null, confident: true });
  return names.map((n) => ({ name: person(n), title: null, organisation: m[2]!.trim() || null, deputy: null }));
}

// One person in a list under a plural honorific: initials or a given name, a surname, perhaps brackets ("(Chair)", a
// council's "(Chair) (Abbey Ward) (as substitute for Councillor X)"); a
// list item ends at a comma, "and", "&", a semicolon, a full stop or the end (so "Head of Service" is never one).
const LISTED = String.raw`(?:[A-Z]\.?\s*){0,2}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s*\([^()]{1,50}\)){0,3}(?=\s*(?:[,;.&]|\band\b|$))`;
const PLURAL_HONORIFIC = /\b(?:(?:County\s+)?Councillors|Cllrs\.?|Aldermen|Messrs\.?|Drs\.?)(?:\s*:\s*|\s+)(?=[A-Z])/;
const PLURAL_LIST = new RegExp(
  String.raw`\b((?:County\s+)?Councillors|Cllrs\.?|Aldermen|Messrs\.?|Drs\.?)(?:\s*:\s*|\s+)(${LISTED}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)${LISTED})*)`,
  'g',
);
// Where each listed person starts: the list's start and each separator outside a bracket.
const LIST_JOINT = /(^|,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?=[A-Z])(?![^()]*\))/g;
const PLURAL_LABEL = /^(?:County\s+)?(?:Councillors|Cllrs)\.?\s*:\s*\S/;
const SINGULAR: Record<string, string> = { councillors: 'Councillor', cllrs: 'Cllr', aldermen: 'Alderman', messrs: 'Mr', drs: 'Dr' };

/**
 * "Councillors P. Amos, S. Begum and T. Hart", "Cllrs Moss and Pryce (Vice-Chair)": a plural honorific is each listed
 * person's, so every one is written with it ("Councillor P. Amos, Councillor S. Begum and Councillor T. Hart").
 */
export function spreadHonorific(text: string): string {
  if (!PLURAL_HONORIFIC.test(text)) return text;
  return text.replace(PLURAL_LIST, (_all, plural: string, list: string) => {
    const county = /^county/i.test(plural) ? 'County ' : '';
    const one = `${county}${
      SINGULAR[
        plural
          .replace(/^county\s+/i, '')
          .replace(/\.$/, '')
          .toLowerCase()
      ]!
    }`;
    return list.replace(LIST_JOINT, `$1${one} `);
  });
}

const INITIALS_ENTRY = new RegExp(
  String.raw`((?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof|Rev|Det|Ch|Supt|DCI|DI|DS|ACC|Insp|PC)\.?\s+)*)([A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+\(([A-Z]{2,4})\)`,
  'g',
);

/**
 * "Imogen Raikes (IR) Independent Chair Daniel Oduro (DO) Director of … Cllr Patricia Sands (PS) Lead Member": a list
 * run together with no separators (a web copy), each person marked by their initials in brackets. A person starts at a
 * name before "(XX)": the two words before the bracket, or three when the first is a given name we know, with any
 * honorifics before them; what runs on to the next person is their title. Three such people at least, or null.
 */
function initialsRun(text: string): ParsedEntry[] | null {
  if ((text.match(/\([A-Z]{2,4}\)/g) ?? []).length < 3 || /[,;]\s*(?:[A-Z][a-z]*\.?\s+)?[A-Z][\w’-]+\s+[A-Z][\w’-]+\s+\([A-Z]{2,4}\)/.test(text)) return null;
  const starts: number[] = [];
  for (const m of text.matchAll(INITIALS_ENTRY)) {
    const words = m[2]!.split(/\s+/);
    const skip = words.length === 3 && !FIRST_NAMES.has(words[0]!.toLowerCase()) && !m[1] ? words[0]!.length + 1 : 0;
    starts.push(m.index! + (m[1] ? 0 : skip));
  }
  if (starts.length < 3) return null;
  const out: ParsedEntry[] = [];
  for (let k = 0; k < starts.length; k++) {
    const piece = text.slice(starts[k], starts[k + 1] ?? text.length).trim();
    const e = parseEntry(piece);
    if (!e) return null;
    out.push(e);
  }
  return out;
}

// Where a person starts in a run whose line breaks were lost: an honorific after a word (not after a comma or "and").
const RUN_ON_HONORIFIC =
  /(?<=[\w)'’])\s+(?=(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Cllr|Councillor|DS|DI|DCI|DC|PC|Sgt|Insp|Supt|Det)\.?\s+\p{Lu})(?<!\b(?:and|&)\s+)/gu;

/**
 * "Mrs Ann Bee, Southern Trust Mr Carl Dee, Education Authority DS Eve Eff, PSNI": a list printed one person a line
 * (or in newspaper columns) whose line breaks were lost, each person starting with an honorific. Split before each
 * honorific that follows a word; three people at least, each one a person, or null.
 */
function honorificRun(text: string): ParsedEntry[] | null {
  const pieces = text.split(RUN_ON_HONORIFIC);
  if (pieces.length < 3) return null;
  const out: ParsedEntry[] = [];
  for (const piece of pieces) {
    const e = parseEntry(piece);
    if (!e?.name.family || !e.name.honorific) return null;
    out.push(e);
  }
  return out;
}

// A Scottish committee's chair is its Convener.
const CHAIR_TITLE =
  /^(?:independent\s+)?(?:(?:[a-z]?SC[BP]|LSAB|board|partnership)\s+)?(?:independent\s+)?(?:co-?\s?)?(?:chair|chairman|chairwoman|chairperson|convener|convenor)(?:\s+of\s+the\s+(?:board|committee|meeting))?$|(?:^|[;,]\s*|\s[–-]\s*)chair$/i;
const bodyLike = (text: string) => isOrgLike(text) || /\s[A-Z]{2,8}$/.test(text.trim());
// "(chairing)", "(presiding)": the participle says the same as "(Chair)" for this meeting; so does "Director, Council –
// chairing" at the end of a person's detail line.
// "(Panel Chair)", "(Independent Chair)": a word naming the body or the kind of chair may come first; a vice-chair did not chair.
const CHAIR_NOTE =
  /\((?:(?!vice\b|deputy\b|depute\b)[A-Za-z]+\s+){0,2}(?:co-?\s?)?(?:chair(?:man|woman|person|ing)?|convener|convenor|convening|presiding)\)|\([^()]*\bin the chair\)/i;
const CHAIR_DETAIL = /\s[–—-]\s*(?:chairing|presiding|in the chair)$/i;

/**
 * The person who chaired is recorded as the chair, apart from the other members present:
 * "David Sanders, Independent Chair", "Councillor Rowson (in the Chair)", "Mr B A, Director (chair)".
 */
export function markChair(entries: AttendanceEntry[]): void {
  const present = entries.filter((e) => e.role === 'present');
  // A title holding several roles ("Independent Scrutineer and Chair", "Chair, Head of Service") names each; "Chair,
  // Child Protection Committees Scotland" chairs another body.
  const roles = (title: string) => {
    const parts = title.split(/;\s*|\s+(?:and|&)\s+|\s*\/\s*/);
    const comma = title.split(/\s*,\s*/);
    return comma.length > 1 && isTitleLike(comma[1]!) ? [...parts, comma[0]!] : parts;
  };
  const chairTitled = present.find(
    (e) =>
      e.title !== null &&
      (CHAIR_TITLE.test(e.title.trim()) ||
        // "Chair (Clanside Community Forum)": the bracket says whom the chair comes from, not another post.
        roles(e.title).some((t) => CHAIR_TITLE.test(t.trim()) || CHAIR_TITLE.test(t.replace(/\s*\([^()]*\)$/, '').trim()) || /^in the chair$/i.test(t.trim()))),
  );
  const chairNoted = present.find(
    (e) =>
      (CHAIR_NOTE.test(e.raw) && CHAIR_NOTE.test(`${e.title ?? ''} ${e.organisation ?? ''} (${e.name.annotation ?? ''})`)) ||
      CHAIR_DETAIL.test(`${e.title ?? ''} ${e.organisation ?? ''}`.trim()),
  );
  // "(Chair)" beside a name says who chaired this meeting; a title may be a standing role elsewhere.
  const chair =
    chairNoted && chairTitled && !/\b(?:in the chair|chair(?:man|woman|person)?)\b/i.test(chairTitled.name.annotation ?? '')
      ? chairNoted
      : (chairTitled ?? chairNoted);
  // "Independent Chair, Hollinwood LSCB": a chair's title then the body; only when no one else is marked as the chair.
  const chairOfBody = present.filter(
    (e) => e.title !== null && CHAIR_TITLE.test(e.title.split(/\s*,\s*/)[0]!.trim()) && bodyLike(e.title.split(/\s*,\s*/)[1] ?? ''),
  );
  if (chair) chair.role = 'chair';
  else if (chairOfBody.length === 1) chairOfBody[0]!.role = 'chair';
}

const APOLOGY_SENTENCE =
  /\b(?:apolog(?:y|ies)(?:\s+for\s+(?:absence|lateness))?|apologies)\s+(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+)?(?:received|submitted|intimated|noted|given|tendered|recorded|sent|offered)(?:\s+and\s+(?:accepted|noted|approved))?\s+(?:from|on\s+behalf\s+of|by|for)\s+(.+)$/i;

const SENTENCE_END = /(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Cllr|Cllrs|Insp|Supt|Sgt|Det|Prof|Rev|St))\.\s.*$/;

/** A line that starts with a person (known given name or honorific) before a comma or a dash. */
function leadsWithPerson(text: string): boolean {
  const e = parseEntry(text.split(/\s*,\s*|\s+[–—-]\s+/)[0]!);
  return !!e?.name.family && (e.name.confident || !!e.name.honorific);
}

/**
 * Apologies written as a sentence, wherever in the minutes: "Apologies for absence were received
 * from Dr M Brown (NHS Trust), Cllr S Green and Ms T White." Returns the people named.
 */
export function apologiesInSentence(text: string): PersonName[] {
  const m = APOLOGY_SENTENCE.exec(squash(text));
  if (!m) return [];
  // The sentence ends at a full stop that does not close an initial or an honorific ("E. Quarry", "Dr. Lee").
  const list = spreadHonorific(m[1]!.replace(SENTENCE_END, '')).replace(/\.$/, '');
  const out: PersonName[] = [];
  for (const piece of list.split(/\s*[,;]\s*(?![^()]*\))|\s+and\s+(?![^()]*\))/)) {
    // "… from Councillor A Bee and from C Dee (Designated Nurse)": each person may carry the "from" again.
    const name = parsePersonName(
      piece
        .replace(/\s*\([^)]*\)\s*$/, '')
        .replace(/^(?:and|&)\s+/i, '')
        .replace(/^from\s+/i, ''),
    );
    if (name) out.push(name);
  }
  return out;
}

const SENTENCE_NAME = String.raw`(?:(?:Cllr|Councillor|Dr|Prof|Mr|Mrs|Ms|Miss|DI|DCI|DS|Supt|Det\s+Supt|Ch\s+Supt)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]+){0,2}`;
const DEPUTY_SENTENCE = new RegExp(
  // "Catherine Wylie, Senior Nurse, was attending for Morven Craig": the deputy's post may sit between commas.
  String.raw`(?:^|[.;]\s+)(${SENTENCE_NAME})(?:,\s+[^,.;]{3,60},)?\s+(?:(?:attended|was\s+present|was\s+attending|joined\s+the\s+meeting)\s+` +
    String.raw`(?:as\s+(?:a\s+|the\s+)?(?:deputy|substitute)\s+for|on\s+behalf\s+of|in\s+place\s+of|for)|deputi[sz]ed\s+for|substituted\s+for)\s+` +
    String.raw`(${SENTENCE_NAME})\b`,
  'g',
);

const BUSINESS_WORD = /\b(?:item|items|agenda|paper|report|minute|session|part|presentation|discussion|update)\b/i;

/** "Helen Voss attended as deputy for Martin Kemp", "Cllr A Bee deputised for Cllr C Dee": who came in whose place. */
export function deputiesInSentence(text: string): { deputy: PersonName; for: PersonName }[] {
  const t = squash(text);
  if (!/deput|substitut|on behalf of|in place of|(?:attended|attending|present) for/i.test(t)) return [];
  const out: { deputy: PersonName; for: PersonName }[] = [];
  for (const m of t.matchAll(DEPUTY_SENTENCE)) {
    const deputy = parsePersonName(m[1]!);
    const member = parsePersonName(m[2]!);
    // A bare "attended for" may name an item or a topic ("attended for Agenda Item"): only a sure name is a member.
    const bare = /\b(?:attended|attending|present)\s+for\s/.test(m[0]);
    const sure = (n: PersonName) => n.confident || !!n.honorific || (!BUSINESS_WORD.test(n.display) && !isOrgLike(n.display) && !isTitleLike(n.display));
    if (deputy?.family && member?.family && (!bare || sure(member))) out.push({ deputy, for: member });
  }
  return out;
}

/** "Chaired by: Owen Pryor", "Mr D Millar in the Chair", "Mrs D Lewis (in the Chair)", "Chair: Jo Bloggs". */
export function chairInLine(text: string): PersonName | null {
  let t = squash(text);
  // A bilingual label ("Cadeirydd / Chair: …"): the side in English names the line.
  const sides = /^([^/:]{2,40}?)\s+\/\s+(.+)$/.exec(t);
  if (sides && /^(?:chair(?:man|person)?|conven[eo]r)\s*:/i.test(sides[2]!)) t = sides[2]!;
  // "1.1 Nerys Pritchard, Director …, chaired the meeting": a numbered paragraph of the first item.
  // "In the absence of Professor Vass, Moira Jardine chaired the meeting": whose absence is said first, then who chaired.
  t = t.replace(/^\d{1,2}\.\d{1,2}\s+/, '').replace(/^In\s+(?:the\s+absence\s+of\s+[^,.;]{3,60}|[^,.;]{2,60}\s+absence),\s+(?=[A-Z])/, '');
  const m =
    // "Chair for this meeting: Helen Quayle, …": a chair that rotates is named for the one meeting.
    /^(?:chaired\s+by|(?:chair(?:man|person)?|conven[eo]r)(?:\s+(?:for|of|at)\s+(?:this|the|today['’]s)\s+(?:meeting|session))?|in\s+the\s+chair)\s*[:\-–]\s*(.{3,80}?)(?:\s*,\s*[A-Z].*|\s+[-–]\s+.*)?$/i.exec(
      t,
    ) ??
    // "The Chair, Dr Nadia Pelham, welcomed members": the chair named in apposition.
    /^[Tt]he\s+(?:[Cc]hair(?:man|person)?|[Cc]onven[eo]r),\s+((?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]+),\s+[a-z]/.exec(t) ??
    // "The Vice Chair, Moira Jardine, chaired the meeting": a post in apposition before the name that chaired.
    /^[Tt]he\s+(?:[Vv]ice[- ]?[Cc]hair(?:man|person)?|[Dd]eput[ey]\s+[Cc]onven[eo]r),\s+((?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]+),\s+(?:chaired|took\s+the\s+chair)\b/.exec(
      t,
    ) ??
    /^the\s+meeting\s+was\s+chaired\s+by\s+(.{3,60}?)\.?$/i.exec(t) ??
    /^(.{3,60}?)\s*\(?\s*(?:[-–]\s*)?in\s+the\s+chair\s*\)?\.?$/i.exec(t) ??
    // "Kirsty Boyd chaired." (a Teams meeting's note): the verb alone ends the sentence.
    // "Board meeting chaired by Prof A Bee, Independent Chair": a heading that says who chaired.
    new RegExp(
      String.raw`^(?:[A-Z][\w'’-]*\s+){0,4}(?:meeting|board|committee|group|panel|forum|partnership|executive)\s+(?:was\s+)?chaired\s+by\s+(${SENTENCE_NAME})(?=\s*(?:[,.;(]|$))`,
      'i',
    ).exec(t) ??
    // "Nerys Pritchard, Director of Social Services, Gwili Council, chaired the meeting": the chair's post in apposition.
    new RegExp(String.raw`^(${SENTENCE_NAME}),\s+[^.;]{3,120}?,\s+(?:chaired|took\s+the\s+chair\s+(?:for|of))\s+the\s+meeting\b`).exec(t) ??
    // "Moira Jardine (Vice Chair) chaired the meeting": her bracket between the name and the verb.
    /^((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})(?:\s*\([^()]{1,40}\))?\s+(?:(?:[Cc]haired|took\s+the\s+chair\s+(?:for|of))\s+the\s+meeting\b|(?:[Cc]haired|took\s+the\s+chair)(?=\s*[.;]|$))/.exec(
      t,
    );
  if (!m) return null;
  return parsePersonName(m[1]!.replace(/\s*\([^)]*\)\s*$/, '').replace(/[,\s]+$/, ''));
}

/**
 * "Chair: Maureen Oakes – Independent Scrutineer", "Chair: Prof A Bee, Independent Chair, Wexcombe SCP": the post the chair
 * line writes after the name (and the body after the post's comma), so that actions owned by that post are the chair's.
 */
export function chairPostInLine(text: string, chair: PersonName): { title: string; organisation: string | null } | null {
  const m = /^(?:chair(?:man|person)?|conven[eo]r|chaired\s+by)\s*[:\-–]\s*(.{3,80}?)(?:\s*,\s*|\s+[-–]\s+)([A-Z].{2,120}?)\.?$/i.exec(squash(text));
  if (!m || parsePersonName(m[1]!)?.display !== chair.display) return null;
  const [title, ...rest] = m[2]!.split(/\s*,\s*/);
  return title && isTitleLike(title) ? { title, organisation: rest.join(', ') || null } : null;
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
  const next = after ? squash(after.text) : '';
  if (after && !sectionRole(next) && !endsAttendance(next) && !parseEntry(next) && !isInitials(next) && !COLUMN_HEADING.test(next)) return null;
  return out;
}

/** The person's line of a numbered list, when its number is the next in the list (`listed` people so far), else null. */
function listNumber(text: string, listed: number): string | null {
  const m = /^(\d{1,2})[.)]?\s+(\S.*)$/.exec(text);
  if (!m || Number(m[1]) !== listed + 1) return null;
  const e = parseEntry(m[2]!);
  return e?.name.family && (e.name.confident || e.title || e.organisation) ? m[2]! : null;
}

/** Prose that starts the business of the meeting, or an agenda item heading. */
function endsAttendance(text: string): boolean {
  if (/^\d{1,2}[a-z]?[.)]?(?:\s+\S|$)/.test(text)) return true;
  // A label on its own line ("ACTION", "Agenda") is the business, never someone's job title.
  if (/^(?:actions?|agenda|minutes|business|notes|items?|matters arising)\s*:?$/i.test(text)) return true;
  if (/^(?:item|agenda item|minute)\s+\d/i.test(text)) return true;
  // "Next Board: 10 March 2021", "Date of next meeting: …" at the foot of a list.
  if (/^(?:date\s+of\s+(?:the\s+)?)?next\s+(?:meeting|board|committee|group|panel|partnership|executive|sub-?group)\b/i.test(text)) return true;
  if (/^(?:welcome|introductions?|declarations?)\b/i.test(text)) return true;
  const words = text.split(' ').length;
  // A sentence ("The meeting was chaired by …", "Apologies were received from …") is the minutes' prose.
  if (words > 3 && /[.!?]$/.test(text) && /\b(?:was|were|is|are|had|has|have|will|would|attended|joined)\b/i.test(text)) return true;
  return words > 24 || (words > 10 && /[.!?]$/.test(text));
}

const STOOD_IN_TAIL = new RegExp(
  String.raw`\s*(?:[;,]|\s[–—-])\s*((?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|DI|DCI|DS|Insp|Supt)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]+){1,2})\s+` +
    String.raw`(?:(?:attended|attending|came)\s+(?:instead|on\s+(?:his|her|their)\s+behalf|in\s+(?:his|her|their)\s+(?:place|stead)|as\s+(?:a\s+|the\s+|his\s+|her\s+|their\s+)?(?:deputy|substitute))|` +
    String.raw`deputi[sz](?:ed|ing)|substituted|substituting)\.?\s*$`,
);

// "Kwame Asante (Head of Safeguarding and Quality Assurance)": an "and" inside a bracket joins two words of a title.
const AND_OUTSIDE_BRACKETS = /\s+and\s+(?![^()]*\))/;

/**
 * "A Bee and C Dee" is two people; "A Bee – Head of Safeguarding and Quality Assurance" is one: an "and" after the dash
 * that opens a person's detail joins two words of the title.
 */
function andParts(part: string): string[] {
  const dash = part.search(/\s[–—-]\s/);
  const and = part.search(AND_OUTSIDE_BRACKETS);
  return dash >= 0 && and > dash ? [part] : part.split(AND_OUTSIDE_BRACKETS);
}

/** `afterHeading`: the text follows "Apologies:" on its line, so two plain names there are two people. */
function splitInline(text: string, afterHeading = false): string[] {
  // "Cllr A Bee (Chair) / Mr C Dee OBE / Dr E Eff": slashes between people, when each part starts with a name.
  const slashed = text.split(/\s+\/\s+/);
  const bySlash = slashed.length >= 2 && slashed.every((p) => parseEntry(p.split(/\s*,\s*/)[0]!)?.name);
  // "Dr A Bee (Chair; Designated Doctor, Agency)": a semicolon inside a bracket parts two roles of one person, not two people.
  const semis = (bySlash ? slashed : [text]).flatMap((t) => t.split(/;\s*(?![^()]*\))/));
  // "A Bee, Public Protection; C Dee, Head of X": with semicolons between people, a comma parts a person from their details.
  const bySemicolon = semis.length >= 2;
  const pieces = semis.flatMap((p) => {
    // "Jane Doe, Head of X, Org" stays whole; "A, B and C" is three names.
    const commaParts = p
      .split(/,\s*(?![^()]*\))/)
      .map((c) => c.trim())
      .filter(Boolean);
    // "Cllr A Bee - in the chair, Dr C Dee": a part may carry its own " - title".
    const names = commaParts.flatMap(andParts).map((n) => parseEntry(n.split(/\s+[–—-]\s+/)[0]!.trim())?.name ?? null);
    // Two parts are two people only when both read surely as names: "Chief Constable A Bell, Northern Const" is one;
    // "Helena Brightwell, Conrad Lyle" (given and family names, neither a job nor an agency) is two.
    const plain = (n: PersonName) => !!n.given && n.given.length > 1 && !!n.family && !isOrgLike(n.display) && !isTitleLike(n.display);
    const allNames =
      names.every(Boolean) && (names.length >= 3 || names.every((n) => n!.confident || n!.honorific || (afterHeading && !bySemicolon && plain(n!))));
    return allNames ? commaParts.flatMap(andParts) : [p];
  });
  return pieces.map((p) => p.trim().replace(/\.$/, '')).filter(Boolean);
}

export interface ParsedEntry {
  name: PersonName;
  title: string | null;
  organisation: string | null;
  deputy: PersonName | null;
}

// A member's entry closed by their absence ("– apologies", "(sent apologies)", ", absent") and perhaps who came instead.
const ABSENCE_TAIL =
  /^(.*?\S)\s*(?:\s[–—-]|,|\()\s*((?:sent\s+)?apologies|apols?\.?|absent|did not attend)\)?\s*(?:(?:[;,]|\s[–—-])\s*(?:represented|deputised|substituted|covered)\s+by\s+(.{3,60}?)\)?)?\s*[.;]?$/i;

function absenceTail(raw: string): { head: string; note: string; deputy: PersonName | null } | null {
  const m = ABSENCE_TAIL.exec(squash(raw));
  if (!m) return null;
  // "represented by Tina Feltham, Safeguarding Advisor": the deputy's post after the comma is not part of the name.
  // The optional ")" closing "(apologies – represented by X)" may have taken the one closing X's own "(BL)".
  const who = m[3] && (m[3].match(/\(/g) ?? []).length > (m[3].match(/\)/g) ?? []).length ? `${m[3]})` : m[3];
  return { head: m[1]!, note: m[2]!.toLowerCase(), deputy: who ? parsePersonName(who.split(/\s*,\s*/)[0]!) : null };
}

/** The entry with its absence noted on the name (applyAnnotation reads it) and the deputy who came, if any. */
function noteAbsence(e: ParsedEntry, absent: { note: string; deputy: PersonName | null }): Partial<ParsedEntry> {
  const annotation = e.name.annotation ? `${e.name.annotation}; ${absent.note}` : absent.note;
  return { name: { ...e.name, annotation }, deputy: absent.deputy ?? e.deputy };
}

/** "Diane Booth, Director of Children's Services, Blackpool Council" -> name, title, organisation. */
export function parseEntry(raw: string): ParsedEntry | null {
  const absent = absenceTail(raw);
  if (absent) {
    const e = parseEntry(absent.head);
    return e ? { ...e, ...noteAbsence(e, absent) } : null;
  }
  let text = squash(raw).replace(/[.;]$/, '');
  // "(represented by John Roe)" may close the whole entry rather than the name.
  let bracketDeputy: PersonName | null = null;
  const dep = /\s*\((?:deputy|deputised by|represented by|substitute(?:d by)?|sub|rep(?:resentative)?)\s*:?\s*([^)]+)\)\s*$/i.exec(text);
  // ("(Deputy Chair)" names a post, not who deputised: only a person's name in the bracket is a deputy.)
  const closing = !!dep && text.indexOf(',') >= 0 && dep.index > text.indexOf(',');
  const bracketed = closing ? parsePersonName(dep[1]!) : null;
  if (closing && (bracketed?.family || !/^\s*\(\s*[Dd]eputy\s+[A-Z]/.test(dep[0]))) {
    bracketDeputy = bracketed;
    text = text.slice(0, dep.index);
  }
  const tail = STOOD_IN_TAIL.exec(text);
  const tailDeputy = tail ? parsePersonName(tail[1]!) : null;
  if (tail && tailDeputy?.family && !bracketDeputy) {
    bracketDeputy = tailDeputy;
    text = text.slice(0, tail.index);
  }
  // "Tina Moffat, School Nursing Manager (Deborah Dyce attended)": who came in her place.
  const came = /\s*\(([^()]{3,60}?)\s+(?:attended|attending|deputised|deputising|attended instead|came instead)\)\s*$/i.exec(text);
  if (came && !bracketDeputy) {
    bracketDeputy = parsePersonName(came[1]!);
    if (bracketDeputy) text = text.slice(0, came.index);
  }
  // "Mrs H Tranter (DSL) for item 4": the items someone attended for are a note, not part of the name.
  text = text.replace(FOR_ITEMS, '');
  // A dash inside a bracket ("(Democratic Services Officer – minutes)") is the bracket's, as a comma there is.
  const parts = text.split(/\s*,\s*(?![^()]*\))|\s+[–—-]\s+(?![^()]*\))/).filter(Boolean);
  if (!parts.length) return null;
  // "Okafor, Grace (Chair)", "Hartigan, Supt Moira": a list written surname first.
  const inverted = parts.length >= 2 ? surnameFirst(parts[0]!, parts[1]!, parts[2] ?? null) : null;
  if (inverted) parts.splice(0, 2, inverted);
  // "Neil Fitch for Joanne Rigg": the deputy who came, in the member's place; the member is in the apologies.
  const stoodIn = / for /.test(parts[0]!) ? DEPUTY_FOR.exec(parts[0]!) : null;
  const member = stoodIn ? parsePersonName(stoodIn[2]!) : null;
  const standIn = member ? parsePersonName(stoodIn![1]!) : null;
  if (standIn && member && standIn.family && member.family) parts.splice(0, 1, stoodIn![1]!, `standing in for ${member.display}`);
  let name = parsePersonName(parts[0]!);
  // "Head of Children in Care (Mr L. Brandreth)": an officer written role first, the person in the bracket.
  // ("Named Nurse (Acute)": a bracket that names no one is the post's own, and the person may follow after a dash.)
  const roleFirstShape = name ? null : ROLE_FIRST.exec(parts[0]!);
  const roleFirst = roleFirstShape && parsePersonName(roleFirstShape[2]!) ? roleFirstShape : null;
  if (roleFirst) {
    const who = parsePersonName(roleFirst[2]!);
    const role = roleFirst[1]!;
    if (who && (who.honorific || who.confident) && !parsePersonName(role) && (isTitleLike(role) || isOrgLike(role))) {
      const rest = parts.slice(1).filter((p) => !deputyPart(p));
      const said = isTitleLike(role) ? splitTitleOrg([role, ...rest]) : { title: rest.join(', ') || null, organisation: role };
      return { name: who, ...said, deputy: bracketDeputy };
    }
  }
  // "Director of Children's Services – Mrs J. Okafor", "Barnardo's, Dr Ann Lee": the role or agency first, then the person.
  const after = !name && !roleFirst && parts.length >= 2 && (postLike(parts[0]!) || isOrgLike(parts[0]!)) ? parsePersonName(parts[1]!) : null;
  if (after && after.family && (after.honorific || after.confident)) {
    const rest = parts.slice(2).filter((p) => !deputyPart(p));
    const said = isTitleLike(parts[0]!) ? splitTitleOrg([parts[0]!, ...rest]) : { title: rest.join(', ') || null, organisation: parts[0]! };
    return { name: after, ...said, deputy: bracketDeputy };
  }
  // "Head of Public Protection, Wrexley Police – Det Supt Ian Crowther": a post with its agency, then the person after
  // the last dash (the commas belong to the post).
  const dashed = !name && !roleFirst ? DASH_TAIL.exec(text) : null;
  const holder = dashed ? parsePersonName(dashed[2]!) : null;
  const post = dashed ? dashed[1]!.split(/\s*,\s*(?![^()]*\))/).filter(Boolean) : [];
  // After a post ("Independent Scrutineer – Rosamund Achterberg") a plain two- or three-word name is a person even when
  // the lexicon does not know the given name; after an agency only a name it knows (or an honorific) is.
  const plain = !!dashed && /^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}$/.test(dashed[2]!) && !isOrgLike(dashed[2]!) && !isTitleLike(dashed[2]!);
  if (dashed && holder?.family && (holder.honorific || holder.confident || (plain && !!post[0] && postLike(post[0])))) {
    if (post.length && (postLike(post[0]!) || isOrgLike(post[0]!)) && !parsePersonName(post[0]!)?.confident) {
      const said = postLike(post[0]!) ? splitTitleOrg(post) : { title: post.slice(1).join(', ') || null, organisation: post[0]! };
      return { name: holder, ...said, deputy: bracketDeputy };
    }
  }
  if (!name) {
    const lead = leadingName(parts[0]!);
    if (!lead) return null;
    name = lead.name;
    parts.splice(0, 1, lead.rest);
    parts.unshift('');
  }
  let deputy = bracketDeputy ?? deputyFrom(name.annotation);
  const rest: string[] = [];
  for (const p of parts.slice(1).filter(Boolean)) {
    const d = deputyPart(p) ? DEPUTY.exec(p) : null;
    if (d) deputy = parsePersonName(d[1]!) ?? deputy;
    else rest.push(p);
  }
  const said = splitTitleOrg(rest);
  // "Bev Stroud (Head of Safeguarding, Harbury Hospitals Trust)": the job in the bracket when nothing follows the name.
  const { title, organisation } =
    !said.title && !said.organisation && jobInBracket(name.annotation)
      ? splitTitleOrg(name.annotation!.split(/\s*,\s*/))
      : !said.title && !said.organisation
        ? (postsInBracket(name.annotation) ?? said)
        : said;
  return { name, title, organisation, deputy };
}

// "Chair of the QA Subgroup", "Vice-Chair of the Audit Committee": a group's chair, a standing post the person holds.
// A board's own chair is not one: "(Chair of the Board)" still says who chairs the meeting.
export const GROUP_CHAIR =
  /^(?:vice[- ]?|co-?)?chair(?:man|woman|person)?\s+of\s+(?:the\s+)?(?!board\b|partnership\b|meeting\b)\S.{0,50}?\b(?:sub-?\s?groups?|sub-?committee|committee|group|panel|forum|network|steering group)$/i;

/**
 * "Ann Roe (Head of Safeguarding, City Hospitals Trust; Chair of QA Subgroup)": posts a semicolon parts, each a job, an
 * agency or a group's chair. The posts are the title ("Head of Safeguarding; Chair of QA Subgroup") so that an action
 * given to either post finds her; the agency is her organisation.
 */
function postsInBracket(annotation: string | null): { title: string; organisation: string | null } | null {
  if (!annotation || annotation.length > 160 || !annotation.includes(';')) return null;
  const parts = annotation.split(/\s*;\s*/).filter(Boolean);
  if (parts.length < 2 || !parts.every((p) => jobInBracket(p) || GROUP_CHAIR.test(p))) return null;
  const titles: string[] = [];
  const orgs: string[] = [];
  for (const p of parts) {
    const one = GROUP_CHAIR.test(p) ? { title: p, organisation: null } : splitTitleOrg(p.split(/\s*,\s*/));
    if (one.title) titles.push(one.title);
    if (one.organisation) orgs.push(one.organisation);
  }
  return titles.length ? { title: titles.join('; '), organisation: orgs.join(', ') || null } : null;
}

/**
 * Whether a part of an entry says who deputised ("Deputy: Ann Bee", "represented by C Dee"), not a post that begins with
 * the word ("Deputy Chief Nurse", "Deputy Head Teacher"): after a bare "Deputy" only a person's name makes it one.
 */
function deputyPart(part: string): boolean {
  const d = DEPUTY.exec(part);
  if (!d) return false;
  return !/^[Dd]eputy\s+[A-Z]/.test(part) || !!parsePersonName(d[1]!)?.family;
}

/** A post, with or without the bracket that says which service it covers ("Named Nurse (Acute)"). */
function postLike(text: string): boolean {
  return isTitleLike(text) || isTitleLike(text.replace(/\s*\([^()]{1,40}\)$/, ''));
}

/** Whether a name's bracket holds a job or an agency, not initials, the chair, a deputy or a note of when they came. */
function jobInBracket(annotation: string | null): boolean {
  if (!annotation || annotation.length > 120 || /^[A-Z][A-Za-z'’-]{0,5}$/.test(annotation)) return false;
  if (/\bchair|\bdeput|\bfor\b|\bitems?\b|\buntil\b|\bleft\b|\barrived\b|\bfrom\b|\bpart\b|\bobserv|;/i.test(annotation)) return false;
  const first = annotation.split(/\s*,\s*/)[0]!;
  return isTitleLike(first) || isOrgLike(first);
}

/**
 * "Okafor" and "Grace (Chair)" -> "Grace Okafor (Chair)": a surname alone, then a known given name (or an honorific and a
 * name, or any name with a job after it) with nothing else but a bracket. A single word is never a whole name.
 */
function surnameFirst(surname: string, rest: string, after: string | null): string | null {
  // Scottish sederunts and many registers write the surname in capitals ("MACLEOD, Fiona", "McINNES, Callum"): it is
  // a surname only before a given name we know or an honorific (an agency's acronym is in capitals too: "NHS, Dr Lee").
  const capitals = CAPITAL_SURNAME.test(surname);
  if (!capitals && (!/^[A-Z][\w'’-]+$/.test(surname) || isOrgLike(surname) || isTitleLike(surname) || /^[A-Z]{2,}$/.test(surname))) return null;
  const m = /^((?:[A-Za-z.]+\s+)*?)([A-Z][a-z'’-]+)((?:\s+[A-Z]\.?)*)(\s*\([^()]*\))?$/.exec(rest.trim());
  if (!m) return null;
  const honorifics = m[1]!;
  if (honorifics && !HONORIFIC_LEAD.test(honorifics)) return null;
  const known = FIRST_NAMES.has(m[2]!.toLowerCase());
  if (capitals && !known && !honorifics) return null;
  // An unfamiliar given name counts when a job or an agency follows it ("Nyberg, Elsa – Head of Safeguarding"), or
  // stands in its bracket (a Teams participant list: "Cameron, Iain (Strathcarron Council)").
  const bracket = m[4]?.trim().slice(1, -1) ?? '';
  const detail = [after, bracket].some((x) => !!x && (isTitleLike(x) || isOrgLike(x)));
  if (!honorifics && !known && !detail) return null;
  return `${honorifics}${m[2]!}${m[3]!} ${capitals ? nameCase(surname) : surname}${m[4] ?? ''}`;
}

// A surname in capitals: "MACLEOD", "McINNES", "O'HARE", "BOWEN-THOMAS" (a vowel, so not an acronym like "NSPCC").
const CAPITAL_SURNAME = /^(?=.*[AEIOUY])(?:Mc|Mac|O['’])?[A-Z]{2,}(?:-[A-Z]{2,})?$/;

/** "MACLEOD" -> "Macleod", "McINNES" -> "McInnes", "O'HARE" -> "O'Hare": a name in capitals as it is usually written. */
export function nameCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’\s])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/^(Ma?c)(\p{Ll})/u, (_m, mc: string, c: string) => (mc === 'Mc' || /^Mac[A-Z]/.test(word) ? mc + c.toUpperCase() : mc + c));
}

const DASH_TAIL = /^(.{3,120}?)\s+[–—-]\s+([^,;–—]{3,50})$/;
const ROLE_FIRST = /^([A-Z][^()]{2,80}?)\s*\(([^()]{3,50})\)$/;
const DEPUTY_FOR = /^(.{3,40}?)\s+for\s+(.{3,40})$/;

const FOR_ITEMS = /\s+\(?(?:for|re:?|during)\s+(?:agenda\s+)?(?:items?|minutes?)\s+[\d.]+[a-z]?(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|\s*[-–]\s*)[\d.]+[a-z]?)*\)?$/i;

/**
 * A name with its title run on after it, the column gap between them lost: "Marcus Appleby (MA) Independent Chair",
 * "Ceri Bowen-Thomas Chair", "Siân Watkins Regional Safeguarding Business Manager". The name is what precedes a
 * bracket, else two words (after any honorific) starting with a known given name; what follows must read as a job or an agency.
 */
function leadingName(text: string): { name: PersonName; rest: string } | null {
  if (text.split(' ').length > 14 || /[.!?]$/.test(text)) return null;
  const bracket = /^(.+?\))\s+([A-Z].*)$/.exec(text);
  if (bracket) {
    const name = parsePersonName(bracket[1]!);
    return name ? { name, rest: bracket[2]! } : null;
  }
  let honorifics = '';
  let body = text;
  for (let m = HONORIFIC_LEAD.exec(body); m; m = HONORIFIC_LEAD.exec(body)) {
    honorifics += m[0];
    body = body.slice(m[0].length);
  }
  const tokens = body.split(' ');
  const rest = tokens.slice(2).join(' ');
  if (tokens.length < 3 || !/^[A-Z]/.test(rest) || !(isTitleLike(rest) || isOrgLike(rest))) return null;
  // Without a bracket to end it, only a name the lexicon knows (or an honorific) is trusted: "Marlow Vale Police" is an agency.
  const name = parsePersonName(`${honorifics}${tokens.slice(0, 2).join(' ')}`);
  return name && name.family && name.confident ? { name, rest } : null;
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
  // "Owen Pritchard – apologies" in a list of members, "(absent)" beside a name: the note says they did not come.
  const notes = a.split(/\s*;\s*/);
  if (entry.role !== 'chair' && notes.some((n) => MARK_APOLOGIES.test(n) || /^sent\s+apologies$/.test(n))) entry.role = 'apologies';
  else if (entry.role !== 'chair' && notes.some((n) => /^(?:absent|did not attend|not present)$/.test(n))) entry.role = 'not-present';
  // "(Vice-Chair, in the Chair)": the vice-chair chaired this meeting.
  // A Scottish committee's "Depute Convener" is its vice-chair.
  // "(…; Chair of QA Subgroup)": a group's chair read as one of the posts in the title is not this meeting's chair.
  const chairNotes = notes.filter((n) => !GROUP_CHAIR.test(n) || !entry.title?.toLowerCase().includes(n));
  const c = chairNotes.join('; ');
  if ((/\bchair|\bconven[eo]r\b/.test(c) && !/vice|\bdeput/.test(c)) || /\bin the chair\b/.test(a)) entry.title = withPost(entry.title, 'Chair');
  else if (/vice[- ]chair|\bdeput[a-z]*\s+(?:chair|conven[eo]r)/.test(c)) entry.title = withPost(entry.title, 'Vice-Chair');
  else if (/clerk|minute/.test(a)) entry.title = withPost(entry.title, 'Clerk');
  // "AV (note)", "(notes)": who took the note of the meeting.
  else if (/^notes?(?:\s+taker)?$/.test(a)) entry.title = withPost(entry.title, 'Notes');
}

/** A title with the post this meeting gave the person added ("Director of Nursing; Chair"). */
const withPost = (title: string | null, post: string) => (title ? `${title}; ${post}` : post);

/**
 * "Jane Roe, Youth Council Tom Hall, Speak Out Amy Lee, Carers": names and organisations run
 * together with the commas only after each name. A new person starts where a part ends in a
 * known given name and a surname; what comes before it is the previous person's organisation.
 */
function runOnEntries(text: string): ParsedEntry[] {
  const parts = text.split(/\s*,\s*/).filter(Boolean);
  const first = parsePersonName(parts[0] ?? '');
  if (!first) return [];
  const people: { name: PersonName; org: string[] }[] = [{ name: first, org: [] }];
  for (const part of parts.slice(1)) {
    const tokens = part.split(' ');
    let at = -1;
    for (const k of [tokens.length - 2, tokens.length - 3]) {
      // A known given name, or any two name-like words after an agency's acronym ("CICC Kelsie Roberts").
      const known = k >= 0 && FIRST_NAMES.has(tokens[k]!.toLowerCase());
      const afterAcronym = k > 0 && k === tokens.length - 2 && /^[A-Z]{2,8}$/.test(tokens[k - 1]!);
      if (k < 0 || !(known || afterAcronym)) continue;
      const name = parsePersonName(tokens.slice(k).join(' '));
      if (name) {
        at = k;
        break;
      }
    }
    if (at < 0) {
      people[people.length - 1]!.org.push(part);
      continue;
    }
    // A person inside what precedes: "Young Carers S/L Thomas Norris MYP" before "Phil McClure".
    const before = tokens.slice(0, at);
    const inner = before.findIndex(
      (t, k) => k > 0 && FIRST_NAMES.has(t.toLowerCase()) && !!before[k + 1] && !!parsePersonName(`${t} ${before[k + 1]!}`) && !isOrgLike(before[k + 1]!),
    );
    if (inner > 0) {
      people[people.length - 1]!.org.push(before.slice(0, inner).join(' '));
      people.push({
        name: parsePersonName(`${before[inner]!} ${before[inner + 1]!}`)!,
        org: before.slice(inner + 2).length ? [before.slice(inner + 2).join(' ')] : [],
      });
    } else if (at > 0) people[people.length - 1]!.org.push(before.join(' '));
    people.push({ name: parsePersonName(tokens.slice(at).join(' '))!, org: [] });
  }
  return people.map((p) => ({ name: p.name, ...splitTitleOrg(p.org), deputy: null }));
}

// Past-tense verbs that show a person taking part in the meeting ("X presented the report", "X declared an interest").
const TOOK_PART =
  /\s+(?:presented|introduced|declared|provided|gave|reported|updated|outlined|informed|explained|summarised|summarized|advised|welcomed|tabled|said|noted|asked|confirmed|commented|highlighted|stated|suggested|queried|described|proposed|seconded|thanked|joined\s+the\s+meeting|arrived)\b/;
const ARRIVES = /\buntil\s+((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:arrives|arrived|joined)\b/;

/**
 * Pages with no attendance list (a committee system's minutes page, a single item's page) still
 * show who took part: "Alan Bedford presented the report", "Councillor Walsh declared an
 * interest", "Jo Roe, Head of Service, and Sam Poe, Director, provided a presentation", "until
 * Cllr Watts arrives". Only sentences in the past tense count: an agenda's "to be provided by" or
 * "will be attending" says who was expected, not who came.
 */
export function participantsInProse(text: string): PersonName[] {
  const out: PersonName[] = [];
  for (const sentence of squash(text).split(/(?<=[.!?])\s+(?=[A-Z0-9])/)) {
    const s = sentence.replace(/^\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+/, '');
    const arrives = ARRIVES.exec(s);
    if (arrives) {
      const name = parsePersonName(arrives[1]!);
      if (name) out.push(name);
    }
    const verb = TOOK_PART.exec(s);
    if (!verb || verb.index > 400) continue;
    const subject = s.slice(0, verb.index).replace(/,\s*$/, '');
    const pieces = subject.split(/\s*,\s*(?![^()]*\))|\s+and\s+(?![^()]*\))/).filter(Boolean);
    const names = pieces.map((p) => subjectName(p.replace(/\s*\([^)]*\)\s*$/, '')));
    // The subject is people, each perhaps followed by their title: "A, Director, B and C".
    if (!names[0]) continue;
    for (const n of names) if (n) out.push(n);
  }
  return out;
}

const PRESENTING_WORD = /presentation|presented|introduced|reported|update|joined|arrived|attendance|attended|was present/i;
// "… was in attendance to take the minutes", "… attended for item 4": someone the lists left out who was there.
const PRESENTED =
  /\s+(?:presented|introduced|reported|gave\s+(?:a|the|an)\s+(?:presentation|update)|joined\s+the\s+meeting|arrived|(?:was|were)\s+(?:also\s+)?(?:in\s+attendance|present)|(?:also\s+)?attended\s+(?:the\s+meeting|for\b|to\b))/;
const PRESENTED_BY =
  /\b(?:[Pp]resentation|[Rr]eport|[Uu]pdate|[Ii]tem)\s+(?:was\s+)?(?:delivered|given|presented|introduced)\s+by\s+((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})/;

/**
 * Those the minutes show presenting, when the list of those present leaves them out: "Presentation delivered by Alison
 * Brown, …", "Dr Lena Hale presented the audit". A full name only: "The Chair introduced …" names nobody new, and
 * someone merely spoken of ("… spoke to Sue Willis") was not necessarily there.
 */
export function presentersInProse(text: string): PersonName[] {
  const out: PersonName[] = [];
  // Asked of every block of the business: most say nothing of anyone presenting.
  if (!PRESENTING_WORD.test(text)) return out;
  for (const sentence of squash(text).split(/(?<=[.!?])\s+(?=[A-Z0-9])/)) {
    const s = sentence.replace(/^[;:•\-–]?\s*\(?\d{0,2}(?:\.\d{1,2})*[.)]?\s*/, '');
    const by = PRESENTED_BY.exec(s);
    const verb = by ? null : PRESENTED.exec(s);
    // "Visual recording of interviews: Pamela Ross reported …": the item's title before a colon is not the subject.
    const raw = by
      ? by[1]!
      : verb && verb.index < 90
        ? s
            .slice(0, verb.index)
            .replace(/^.*:\s*/, '')
            .replace(/,.*$/, '')
            // "Carys Morgan of the Business Unit": the body the person comes from is not part of the name.
            .replace(/\s+(?:of|from)\s+(?:the\s+)?\S.*$/, '')
        : null;
    const name = raw ? subjectName(raw) : null;
    if (name && name.given && name.given.length > 1 && name.confident) out.push(name);
  }
  return out;
}

/** A person named as a sentence's subject: "Alan Bedford", "Cllr Roy Perry", "Councillor Walsh". */
function subjectName(piece: string): PersonName | null {
  const name = parsePersonName(piece, { allowSingle: /^(?:cllr|councillor|mr|mrs|ms|miss|dr)\b/i.test(piece) });
  if (!name || !name.family) return null;
  // The verb right after it makes two capitalised words a person even when the given name is unfamiliar.
  if (name.confident || (name.given && name.given.length > 1)) return name;
  return null;
}

/**
 * "Owen Pryor (RB Westbury Alan Kemp (Met Police) Hanna Moss (Eastholm LSCB) and
 * Northfield)": a table of "Name (Organisation)" cells whose columns were read across, so one line
 * holds several people and the ends of their organisations. A person is two or three capitalised
 * words before "(" starting with a known given name (or after an honorific).
 */
export function bracketRun(text: string): { name: PersonName; organisation: string | null; apologiesBefore: boolean }[] {
  const out: { name: PersonName; organisation: string | null; apologiesBefore: boolean }[] = [];
  const re = /([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,4})\s+\(/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const tokens = m[1]!.split(/\s+/);
    let name: PersonName | null = null;
    let used = 0;
    for (const len of [3, 2]) {
      if (tokens.length < len) continue;
      const cand = tokens.slice(-len);
      const honorific = /^(?:cllr|councillor|mr|mrs|ms|miss|dr)\.?$/i.test(cand[0]!);
      // Three words only after an honorific or from a known given name; otherwise the last two are the name.
      if (len === 3 && !honorific && !FIRST_NAMES.has(cand[0]!.toLowerCase())) continue;
      if (cand.some((t) => /^[A-Z]{2,}$/.test(t)) || isOrgLike(cand.join(' '))) continue;
      name = parsePersonName(cand.join(' '));
      if (name) {
        used = len;
        break;
      }
    }
    if (!name) continue;
    const before = text.slice(0, m.index + m[0].indexOf(tokens.slice(-used).join(' ')));
    // The organisation when its bracket closes before the next person's opens.
    const org = /^([^()]*)\)/.exec(text.slice(m.index + m[0].length));
    out.push({ name, organisation: org?.[1]!.trim() || null, apologiesBefore: /\bapologies\s*:?\s*$/i.test(before.trim()) });
  }
  return out;
}
