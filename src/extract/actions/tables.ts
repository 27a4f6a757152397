import type { Block } from '../../ingest/document';
import { remembered } from '../../util/memo';
import { splitSentences, squash } from '../../util/text';
import { findDates, type IsoDate, makeIso } from '../dates';
import { type Due, type DueContext, findDueInProse, readDueCell } from '../due';
import type { ExtractedAction, OwnerMention } from '../model';
import { isTitleLike, parsePersonName } from '../names';
import { type OwnerContext, parseOwners } from '../owners';
import { revisedCellText, revisedDueColumn } from '../revised-due';
import { readProgress, readRag, StatusReading } from '../status';
import { ActionContext, dueContext, makeAction } from './context';
import { letteredTasks } from './lettered-cells';
import { ownerColumnRank } from './owner-columns';
import { registerHeader } from './register-headers';
import { type RowTask, rowTasks } from './row-tasks';
import { ownerLedCell } from './statements';
import { contentColumns, fitsColumn, headerLike, isOwnerCell, valueCellCount } from './table-content';

// 'revised': a moved deadline beside the first one ("Target date | Revised date"); when filled it is the due date.
export type Column = 'ref' | 'item' | 'action' | 'owner' | 'due' | 'revised' | 'status' | 'rag' | 'raised' | 'meeting' | 'discussion' | 'type';

const HEADERS: [Column, RegExp][] = [
  ['rag', /^(?:b?rag|colou?r|rag colou?r|b?rag rating|b?rag status|rating|r\/a\/g|b\/r\/a\/g)$/],
  ['ref', /^(?:no|number|ref|ref no|reference|action no|action number|action ref|action id|id|#|log no)$/],
  [
    'item',
    /^(?:item|item no|minute|minute no|minute ref|agenda item|page|page no|section|subject|topic|item\/details|item and details|agenda item and details)$/,
  ],
  ['raised', /^(?:date of rec|date of recommendation|date raised|date agreed|date added|raised|date opened|date)$/],
  // "Board date": the meeting of the board that set the action, as "Meeting date" is.
  ['meeting', /^(?:meeting|meeting date|date of meeting|source|(?:board|committee|group)(?: meeting)? date)$/],
  [
    'action',
    // "Title": a task list exported from SharePoint or Planner names each task in its Title column; "Card Name" a Trello board's.
    /^(?:actions?|action required|action agreed|agreed actions?|action points?|recommendations?|description|task|tasks|what|detail|action description|action\/decision|title|task title|task name|item name|card name|card title)$/,
  ],
  [
    'owner',
    // "Members": the people a Trello card is assigned to.
    /^(?:by whom|owner|owners|lead|leads|lead officers?|lead\(s\)|responsible officers?|responsible|responsibility|action by|who|assigned to|responsible person|person responsible|lead person|action owner|(?:action |task )?holders?|person|people|assignees?|assigned|members)$/,
  ],
  // "Response by": a council's action sheet gives the date the officer is to answer by.
  [
    'due',
    /^(?:by when|due|due date|target date|target|deadline|timescales?|to be completed by|when|completion date|date due|due by|target completion|response by|respond by|reply by|report back by|timeline|end date|finish date|due on)$/,
  ],
  [
    'discussion',
    /^(?:discussion|minutes?|notes of discussion|discussion and actions|summary of discussion|key points|narrative|matters discussed|discussion and agreed|discussion and agreed actions|discussion\/agreed|discussion and decisions?|discussion and outcomes?|summary)$/,
  ],
  // "Done": a log's column marked "Y 17/2", "part" or left blank. "List Name": the list of a Trello board a card sits in
  // ("In progress", "Done") is where it stands.
  [
    'status',
    /^(?:status|progress|list|list name|update|updates|comments?|progress update|latest update|update\/comments|outcome|notes|position|done\??|complete\??|completed\??|open\/closed|open or closed|(?:%|percent|percentage)\s*(?:complete|completed|done|achieved)|completion\s*%)$/,
  ],
  // A log of decisions and actions says which each row is ("D" / "A", "Decision" / "Action").
  ['type', /^(?:type|entry type|record type|log type|row type|d\/a|a\/d|decision or action|action or decision)$/],
];

// Every row of every table is tried as a header, cell by cell, and the same cells are asked again by
// each reader: the answer for a recent cell text is remembered.
const columnOf = remembered(readColumn);
// A whole cell may also be a header in the clerk's own words; a run of words in flattened text must be the usual ones.
const cellColumn = remembered((cell: string) => columnOf(cell) ?? compoundColumn(cell) ?? keywordColumn(cell));

/**
 * "Action – by whom – by when", "Action / lead / timescale": one column headed as the action with who and when after it
 * holds the task, and the owner and date are written in the task's words. It is the action column.
 */
function compoundColumn(cell: string): Column | null {
  const parts = headerKey(cell)
    .split(/\s+[–—-]\s+|\s*[/,;&]\s*|\s+and\s+/)
    .filter(Boolean);
  if (parts.length < 2 || parts.length > 4) return null;
  const cols = parts.map((p) => columnOf(p) ?? keywordColumn(p));
  return cols[0] === 'action' && cols.slice(1).every((c) => c === 'owner' || c === 'due') ? 'action' : null;
}

function headerKey(cell: string): string {
  // "Progress (1-4)", "Target date (dd/mm/yy)": a note on the header is not its name. "Open / closed" is "open/closed".
  return squash(cell)
    .toLowerCase()
    .replace(/\s*\([^()]{1,20}\)\s*$/, '')
    .replace(/[.:*]/g, '')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

function readColumn(cell: string): Column | null {
  const key = headerKey(cell);
  for (const [col, re] of HEADERS) if (re.test(key)) return col;
  return bilingualColumn(key);
}

/**
 * A bilingual header gives the column's name in both languages ("Erbyn / By", "Arweinydd / Lead"): when exactly one side
 * names a column, that is the column. Two sides that both name one ("Who / When") are not a pair of languages.
 */
function bilingualColumn(key: string): Column | null {
  const sides = key.split('/');
  if (sides.length !== 2 || sides.some((x) => !x.trim())) return null;
  const cols = sides.map((x) => {
    const side = x.trim();
    for (const [col, re] of HEADERS) if (re.test(side)) return col;
    return side === 'by' ? 'due' : null;
  });
  const named = cols.filter((c): c is Column => c !== null);
  if (named.length !== 1) return null;
  // The other side is another language's word for it, not an English header of its own ("Decision / Outcome").
  const other = sides[cols.indexOf(named[0]!) === 0 ? 1 : 0]!.trim();
  return NOT_ACTION_HEADER.test(other) || KEYWORD_HEADERS.some(([, re]) => re.test(other)) ? null : named[0]!;
}

function keywordColumn(cell: string): Column | null {
  const key = headerKey(cell);
  if (key.split(' ').length > 4) return null;
  // "Due Complete" (a Trello export's tick) says whether it is done: no date, and not the column of dates beside it.
  if (DONE_FLAG_HEADER.test(key)) return null;
  const col = KEYWORD_HEADERS.find(([, re]) => re.test(key))?.[0] ?? null;
  // "Last Activity Date", "Activity date": a date, whatever its words; never the column of tasks.
  return col === 'action' && /\bdate\b/.test(key) ? null : col;
}

// A column that only ticks an action off ("Due Complete" true / false in a Trello export).
const DONE_FLAG_HEADER = /^due\s+complete(?:d)?$/;

/**
 * Headers clerks word their own way ("Agreed action", "Lead officer/agency", "Date for completion", "Progress to date"):
 * a short header is its column's kind by the word that says it, tried in this order ("By whom / by when" is who).
 */
const KEYWORD_HEADERS: [Column, RegExp][] = [
  ['owner', /\b(?:who|whom|owners?|leads?|responsib\w*|accountable)\b/],
  ['due', /\b(?:when|due|deadline|timescales?|time\s?frame|completion|target)\b/],
  ['status', /\b(?:status|progress|updates?|rag|commentary|position)\b/],
  [
    'action',
    /\b(?:actions?|recommendations?|tasks?|next steps|activit(?:y|ies)|deliverables?)\b|^what (?:we|will we|is to be|needs to be) (?:will )?(?:do|done|deliver)\b/,
  ],
];

/** The date in a row's "Date Agreed" column. */
function agreedOn(b: Block, map: Map<Column, number>): IsoDate | null {
  const raised = cell(b, map, 'raised');
  return raised ? (findDates(raised).find((d) => d.iso)?.iso ?? null) : null;
}

/** The minutes' closing business: never the rest of an action, nor a row of the action log. */
export const CLOSING_ITEM =
  /^(?:\d{1,3}[.)]?\s+)?(?:date\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+meeting|next\s+meeting|any\s+other\s+business|aob|aocb|future\s+meeting\s+dates)\b/i;
/** "Date of next meeting: 19 September" in any cell (a due cell says "Next meeting" with nothing after it). */
const NEXT_MEETING_GIVEN = /^(?:date\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+meeting|next\s+meeting)\s*:\s*\S/i;

function closingRow(cells: string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  return (!!filled[0] && CLOSING_ITEM.test(filled[0])) || filled.some((c) => NEXT_MEETING_GIVEN.test(c));
}

/** "7. AOB | The Chair reminded members … | Return the forms | All | 30/04": any other business can still give someone a task. */
function otherBusinessAction(b: Block, map: Map<Column, number>, ctx: ActionContext): boolean {
  const cells = b.cells ?? [];
  if (!/^(?:\d{1,3}[.)]?\s+)?(?:any\s+other\s+business|aob|aocb)\b/i.test(cells.find((c) => c.trim())?.trim() ?? '')) return false;
  if (cells.some((c) => NEXT_MEETING_GIVEN.test(c.trim()))) return false;
  const action = map.get('action');
  if (action === undefined || !cell(b, map, 'action')) return false;
  // The first column is the item's title, unless it is the minute itself ("Minute | Action by").
  if (action === 0 && map.get('discussion') !== 0) return false;
  // An action cell that carries its owner in its words ("ER to invite SR to the forum – 23 May") is a task as much.
  return !!cell(b, map, 'owner') || !!cell(b, map, 'due') || (carriesOwners(map) && ownerLedCell(cell(b, map, 'action'), ctx) !== null);
}

/** No column says who, when or how far: the action cell carries them in its words. */
function carriesOwners(map: Map<Column, number>): boolean {
  return !(['owner', 'due', 'status', 'rag'] as Column[]).some((c) => map.has(c)) && map.get('action') !== map.get('discussion');
}

/** Whether a row is the header of an action table (its rows are read by findTableActions). */
export function isActionTableHeader(cells: string[]): boolean {
  return headerMap(cells) !== null;
}

/**
 * The header of minutes typed as a table ("No | Item | Action by", "Item | Discussion | Lead"): every cell names a column
 * of business, one of them the item or its discussion and one who acts, what or when. No action column need be named, as
 * the item's text holds the actions; a list of people above it has ended.
 */
export function isBusinessTableHeader(cells: string[]): boolean {
  if (isActionTableHeader(cells)) return true;
  const cols = cells.map(squash).filter(Boolean).map(readColumn);
  return (
    cols.length >= 2 &&
    cols.every(Boolean) &&
    cols.some((c) => c === 'item' || c === 'discussion') &&
    cols.some((c) => c === 'owner' || c === 'action' || c === 'due')
  );
}

/**
 * Minutes laid out as a table (Item | Summary of Discussion | Action Required): where the header
 * has a discussion column, its index and the item column's (the first column when unnamed).
 */
export function discussionColumns(cells: string[]): { discussion: number; action: number | null; item: number; others: number[] } | null {
  const map = new Map<Column, number>();
  cells.forEach((c, i) => {
    const col = cellColumn(c);
    if (col && !map.has(col)) map.set(col, i);
  });
  const discussion = map.get('discussion');
  if (discussion === undefined) return null;
  const item = map.get('item') ?? map.get('ref') ?? (discussion > 0 ? 0 : -1);
  const others = (['owner', 'due', 'status'] as Column[]).map((c) => map.get(c)).filter((i): i is number => i !== undefined);
  return { discussion, action: map.get('action') ?? null, item, others };
}

// A column headed "Status" or "Progress" says where an action stands; "Update" or "Comments" beside it is its history.
// Of a "Progress" and a "Status" column, "Status" says where the action stands and "Progress" tells the story.
// "Complete (Y/N)" beside "Latest position": the flag says whether it is done, the position only tells the story.
// "% Complete" beside "Progress to date": the share done says where it stands (a "Status" column still says it first).
const PERCENT_HEADER = /^(?:(?:%|percent|percentage)\s*(?:complete|completed|done|achieved)|completion\s*%)$/;
const STATUS_RANK = (key: string) =>
  /^(?:status|rag status|current status|(?:complete|completed|done)\??\s*\(y\/n\)|open\/closed|open or closed)$/.test(key)
    ? 2
    : key === 'progress' || PERCENT_HEADER.test(key) || /^list(?: name)?$/.test(key)
      ? 1
      : 0;

/** A header row names an action column and at least one of owner, due date, status or number. */
function headerMap(cells: string[]): Map<Column, number> | null {
  const map = new Map<Column, number>();
  // Every row of a table is asked whether it is a header: each cell's key is worked out once.
  const keys = cells.map((c) =>
    squash(c)
      .toLowerCase()
      .replace(/[.:*]/g, '')
      .replace(/\s*\/\s*/g, '/')
      .trim(),
  );
  cells.forEach((c, i) => {
    const col = cellColumn(c);
    if (col && !map.has(col)) map.set(col, i);
    else if (col === 'status' && STATUS_RANK(keys[i]!) > STATUS_RANK(keys[map.get('status')!] ?? '')) map.set(col, i);
    else if (col === 'owner' && ownerColumnRank(keys[i]!) > ownerColumnRank(keys[map.get('owner')!] ?? '')) map.set(col, i);
    // "Timescale: Start | Finish": the date an action is due by is when it finishes, not when it starts.
    else if (col === 'due' && /\b(?:start|begin|from)\b/.test(keys[map.get('due')!] ?? '') && !/\b(?:start|begin|from)\b/.test(keys[i]!)) map.set(col, i);
    // "Learning / recommendation | Action": a column headed by the word "action" outranks one whose words only suggest it.
    else if (col === 'action' && /\bactions?\b/.test(keys[i]!) && !/\bactions?\b/.test(keys[map.get('action')!] ?? '')) map.set(col, i);
    // "Title | Task": an export's Title may hold the task's code; a column headed as the task is the task.
    else if (col === 'action' && /^(?:task )?title$/.test(keys[map.get('action')!] ?? '') && !/title/.test(keys[i]!)) map.set(col, i);
  });
  // "Action | Lead | By": "By" after someone responsible is when; alone, it is who.
  const by = keys.indexOf('by');
  if (by >= 0 && !map.has('due') && map.has('owner')) map.set('due', by);
  else if (by >= 0 && !map.has('owner')) map.set('owner', by);
  // "No. | Recommendation | Responsibility | Date": with no other date column, the one "Date" is when it is due.
  const dateOnly = keys.indexOf('date');
  const notesCol = keys.findIndex((k) => /^(?:notes|note|comments|minute|minutes|record)$/.test(k));
  // Only in a table that is already an action log (someone responsible, or a status): a register of decisions has a date too.
  // "Item | Notes | Action by | Date": minutes as a table with someone to act and a date beside them.
  const actsLike = map.has('action') || ((map.has('discussion') || notesCol >= 0) && map.has('owner'));
  if (!map.has('due') && dateOnly >= 0 && map.get('raised') === dateOnly && actsLike && ['owner', 'status', 'rag'].some((c) => map.has(c as Column))) {
    map.delete('raised');
    map.set('due', dateOnly);
  }
  // "Item | Notes | Action by": minutes as a table whose notes column holds what was agreed.
  if (!map.has('action') && !map.has('discussion') && map.has('owner') && notesCol >= 0) {
    map.set('discussion', notesCol);
    if (map.get('status') === notesCol) map.delete('status');
  }
  // "Name | Person | Status | Timeline": a task board's export names each task in its Name column; with someone to do it
  // and a date or a status beside it, the name is the task (a list of people has no one else answerable).
  const named = keys.findIndex((k) => /^(?:name|item|task)$/.test(k));
  if (!map.has('action') && !map.has('discussion') && named >= 0 && map.has('owner') && map.get('owner') !== named && (map.has('due') || map.has('status'))) {
    if (map.get('item') === named) map.delete('item');
    map.set('action', named);
  }
  // "Item | Discussion and Agreed | Responsible Person | Timescale": the discussion holds the action
  // wherever the row names someone responsible or a timescale.
  if (!map.has('action') && map.has('discussion') && (map.has('owner') || map.has('due'))) map.set('action', map.get('discussion')!);
  if (!map.has('action')) return null;
  // "Agency | Named lead": the body beside the person who owns the action (see bodyOwner).
  const body = keys.findIndex((k, i) => i !== map.get('owner') && AGENCY_HEADER.test(k));
  if (body >= 0 && map.has('owner') && ![...map.values()].includes(body)) bodyColumns.set(map, body);
  const revised = revisedDueColumn(cells);
  if (revised !== null && map.has('due') && ![...map.values()].includes(revised)) map.set('revised', revised);
  // "Item | Discussion | Action": minutes as a table, the action column holding owners' initials.
  if (!['owner', 'due', 'status', 'rag', 'discussion'].some((c) => map.has(c as Column))) return null;
  // A row of the log whose values hold header words ("In Progress", "Item", "…/Executive Actions") also holds a task, a
  // number or a date: it is one of the table's rows.
  if (valueCellCount(cells, isHeaderWord) >= 2) return null;
  return map;
}

/**
 * Actions in tables: action logs (No | Item | Action | By when | By whom), recommendation trackers
 * (Date | Recommendation | Target date | Responsible officer | Update | RAG) and business plans
 * (Actions | Leads | Timescale | Update). A table's header row decides what each column means;
 * the same header repeated on a new page is recognised again.
 */
export function findTableActions(blocks: Block[], ctx: ActionContext): ExtractedAction[] {
  const out: ExtractedAction[] = [];
  let map: Map<Column, number> | null = null;
  let width = 0;
  let legend: Map<string, string> | null = null;
  let lastRow = false;
  // The cells of the row the last action came from: a row that carries on its cells is read with them.
  let lastCells: string[] | null = null;
  // Under "Completed actions" / on a "Closed actions" sheet every row is done; "Open actions" undoes it.
  let section: 'done' | 'open' | null = null;
  const done = (a: ExtractedAction) => {
    if (section === 'done' && a.status !== 'done') Object.assign(a, { status: 'done', state: 'completed' });
    return a;
  };
  const rows = rejoinBrokenRows(blocks);
  // The last table read, while it may still go on after a page break without its header.
  let prev: { map: Map<Column, number>; width: number; gap: number } | null = null;
  // Rows of a run already found to be no action table, and the header rows of one read by its content.
  let skipUntil = 0;
  let headerLeft = 0;
  // "Type: D = decision; A = action": the codes a typed log's key gives, and which codes of the table in hand are no action.
  const typeKey = typeKeyOf(blocks);
  // A RAG key given as rows of its own ("B | Blue – complete"), on a sheet of its own or under the plan: read for every table.
  const keyRows = keyRowsLegend(blocks);
  // A key written under the table it explains ("Status key (cell colour): green = complete; …").
  let keyBelow: Map<string, string> | null = null;
  let types: Set<string> | null = null;
  // A table whose dates show they are written month first ("11/30/2023"), as a US-set export writes them.
  let monthFirst = false;
  // A table whose owner column writes people surname first ("Ahmed, Zara;Lowe, Peter").
  let surnameFirst = false;
  // The last full row of the table: what a cell merged down from it says.
  let lastAligned: string[] | null = null;
  for (let i = 0; i < rows.length; i++) {
    const b = rows[i]!;
    if (map && (prev?.map !== map || prev.gap)) prev = { map, width, gap: 0 };
    else if (prev && b.type !== 'row' && (++prev.gap > 8 || (b.type === 'heading' && (b.level ?? 9) <= 2))) prev = null;
    if (headerLeft > 0) {
      headerLeft--;
      continue;
    }
    if (b.type !== 'row') lastRow = false;
    // A label spanning the table ("Completed actions", "Priority 1 – Neglect", merged across its cells) is not a row of it.
    const label = sectionLabel(b);
    if (label !== null) {
      const kind = sectionKind(label);
      if (kind) section = kind === 'done' ? 'done' : null;
      lastRow = false;
      // A label between rows goes on with the same table; one above a table opens it.
      if (map || kind) continue;
    }
    if (b.type === 'paragraph' || b.type === 'heading') legend = statusLegend(b.text) ?? legend;
    if (b.type === 'paragraph' || b.type === 'heading') {
      const flat = flattenedTable(b.text);
      if (flat) out.push(...flat.rows.map((r) => makeAction('table', { ref: r.ref, text: r.text, passage: `${r.ref} ${r.text}`, owners: [] }, ctx)));
    }
    // A key written in a row of its own ("| | | Key: 1 Fully achieved, 2 Partly achieved …").
    const only = b.type === 'row' ? (b.cells ?? []).filter((c) => c.trim()) : [];
    // A bilingual key line ("Colour: Gwyrdd / Green = … / complete; …") a reader parted at its slashes, above the table.
    const keyLine = only.length === 1 ? only[0]! : !map && only.length > 2 ? only.join(' / ') : null;
    if (keyLine) {
      const key = statusLegend(keyLine);
      if (key) {
        legend = key;
        continue;
      }
    }
    if (b.type !== 'row' || !b.cells) {
      // Anything between rows ends the table; a table that goes on repeats its header row.
      map = null;
      section = null;
      continue;
    }
    const header = headerMap(b.cells);
    if (header) {
      // "| | Lead | | Timescale |" over "Ref | Action | Agency | Officer | Start | Finish": the words of a group header go
      // with each column under them ("Lead Officer", "Timescale Finish").
      const grouped = groupedHeader(rows[i - 1], b.cells);
      const cells = grouped ?? b.cells;
      map = withContent((grouped && headerMap(grouped)) || header, cells, rows, i);
      noteHistoryColumns(map, cells);
      if (PERCENT_HEADER.test(headerKey(cells[map.get('status') ?? -1] ?? ''))) {
        const story = cells.findIndex((c, k) => k !== map!.get('status') && cellColumn(c) === 'status');
        percentColumns.set(map, story >= 0 ? story : null);
      }
      width = b.cells.length;
      types = typeCodes(rows, i + 1, width, map, typeKey);
      monthFirst = writtenMonthFirst(rows, i + 1);
      surnameFirst = ownersSurnameFirst(rows, i + 1, map);
      keyBelow = keyUnder(rows, i + 1);
      lastAligned = null;
      if (isSchedule(b.cells, map)) {
        map = null;
        skipUntil = runEnd(rows, i + 1);
      }
      continue;
    }
    if (!map) {
      // A group row above the table's first row ("Priority 1 – Neglect") opens no table of its own.
      if (i < skipUntil || label !== null) continue;
      // A group row over the header row ("| | Lead | | Timescale |"): the header row below opens the table and reads it.
      const below = rows[i + 1];
      if (below?.type === 'row' && headerMap(below.cells ?? []) && groupedHeader(b, below.cells ?? [])) continue;
      // Rows of the last table's width after a note between them ("Recommendation 2: …" written across a plan) go on with
      // the columns its header named before they are profiled afresh: the header said which of two owner-like columns is who.
      const found: ContentTable | null = continuation(rows, i, prev) ?? contentTableAt(rows, i);
      if (!found) {
        // A run read and found not to be an action table is not read again from each of its rows; a title row
        // (one long cell) above a table is not the table.
        if (b.cells.filter((c) => c.trim()).length >= 2) skipUntil = runEnd(rows, i);
        continue;
      }
      map = found.map;
      width = found.width;
      types = typeCodes(rows, i + found.headerRows, width, map, typeKey);
      monthFirst = writtenMonthFirst(rows, i + found.headerRows);
      surnameFirst = ownersSurnameFirst(rows, i + found.headerRows, map);
      if (found.headerRows) {
        headerLeft = found.headerRows - 1;
        continue;
      }
    }
    // "Date of next meeting: …" (in a bilingual paper, after its Welsh words) closes the minutes, not a row of the log.
    if (closingRow(b.cells) && !otherBusinessAction(b, map, ctx)) {
      map = null;
      continue;
    }
    // A row short of the header's cells whose cells fit the columns better moved right: its first cells were merged down
    // from the row above ("14.03.18 | 18/04 | …" then "18/05 | …" under the same meeting date).
    const aligned: string[] | null =
      b.cells.length < width && b.cells.filter((c) => squash(c)).length >= 2 ? alignShortRow(b.cells, map, width, lastAligned) : null;
    if (aligned) {
      const action = rowAction({ ...b, cells: aligned, text: aligned.filter(Boolean).join(' | ') }, map, ctx, legend ?? keyBelow ?? keyRows);
      lastRow = !!action;
      lastCells = action ? aligned : null;
      lastAligned = aligned;
      if (action) out.push(done(action));
      continue;
    }
    if (b.cells.length === width) lastAligned = b.cells;
    // A Word table saved as text drops a row's empty last cells ("3. Budget<tab>Discussed …" with no action): a row that opens
    // with its item's number is still a row of this table.
    if (b.cells.length < width - 1 && b.cells.length >= 2 && ITEM_NUMBER_CELL.test(b.cells[0]!.trim())) {
      const cells = [...b.cells, ...Array<string>(width - b.cells.length).fill('')];
      const found = rowActions({ ...b, cells }, map, ctx, legend ?? keyBelow ?? keyRows, { recordTypes: types, monthFirst, surnameFirst });
      lastRow = found.length > 0;
      lastCells = found.length ? cells : null;
      out.push(...found.map(done));
      continue;
    }
    if (b.cells.length < width - 1) {
      // A row of a different shape is the next table (a report's "Report to: …" header).
      map = null;
      continue;
    }
    // A cell wrapped onto a row of its own ("| | including the protocol | | |"): the words carry on the row above.
    const last = out[out.length - 1];
    if (last && lastRow && continuesRow(b, map, last)) {
      last.text = squash(`${last.text} ${cell(b, map, 'action')}`);
      last.passage = squash(`${last.passage} ${cell(b, map, 'action')}`);
      continue;
    }
    // A log typed with each action over two lines: a row with no number of its own whose action words carry on
    // the row above ("Develop a dashboard of children missing | Head of" / "from home and care | Performance").
    if (last && lastRow && lastCells && continuesCells(b, map, lastCells)) {
      const joined: string[] = lastCells.map((c, i) => squash(`${c} ${b.cells![i] ?? ''}`));
      const again = rowAction({ ...b, cells: joined, text: joined.filter(Boolean).join(' | ') }, map, ctx, legend ?? keyBelow ?? keyRows, {
        recordTypes: types,
        monthFirst,
        surnameFirst,
      });
      if (again) {
        out[out.length - 1] = done(again);
        lastCells = joined;
        continue;
      }
    }
    const row = mergedDown(b, map, width, lastRow ? lastCells : null);
    const found = rowActions(row, map, ctx, legend ?? keyBelow ?? keyRows, { recordTypes: types, monthFirst, surnameFirst });
    lastRow = found.length > 0;
    lastCells = found.length ? row.cells! : null;
    out.push(...found.map(done));
  }
  return withoutHeadingRows(out);
}

// A plan's own words for what it will do: "Activity", "Milestone", "Key deliverables", "Planned activity".
const SCHEDULE_ITEM = /^(?:(?:key|planned|main|next)\s+)?(?:activit(?:y|ies)|milestones?|deliverables?|stages?|events?)$/;

/**
 * A project's schedule ("Activity | Planned date", "Milestone | Date"): what the project will do by when, with nobody
 * answerable and no progress column, is its timetable, not actions members took on. An action table names who, or
 * tracks how each stands.
 */
function isSchedule(cells: string[], map: Map<Column, number>): boolean {
  const action = map.get('action');
  if (action === undefined || map.has('owner') || map.has('status') || map.has('rag')) return false;
  return SCHEDULE_ITEM.test(headerKey(cells[action] ?? ''));
}

interface ContentTable {
  map: Map<Column, number>;
  width: number;
  /** Rows of header words above the body (0 when the table has none, as on a page that carries a table on). */
  headerRows: number;
}

// Header words of tables that are not action logs: a risk register, an attendance list, an agenda, a dashboard, a register of
// decisions. A header that names one of these decides the table, whatever its cells look like.
const NOT_ACTION_HEADER =
  /^(?:risks?|risk description|likelihood|impact|probability|mitigations?|controls?|score|risk score|residual|inherent|decisions?|decision made|resolution|present|apologies|attended|attendance|name|full name|e-?mail|tel|telephone|phone|contact|time|presenter|presented by|paper|papers|duration|indicator|kpi|actual|baseline|trend|venue|location)$/;

const MAX_PROFILE_ROWS = 12;
// A table told by its rows is asked about by both readers of a minutes item (this one and the loose-rows reader): each run's answer is kept.
const contentTables = new WeakMap<Block, ContentTable | null>();

/** The index after the run of rows of one width from i (group rows that fill one cell go on with it). */
function runEnd(rows: Block[], i: number): number {
  const width = rows[i]!.cells?.length ?? 0;
  let j = i;
  while (j < rows.length && rows[j]!.type === 'row' && (sameWidth(rows[j]!, width) || sectionLabel(rows[j]!) !== null)) j++;
  return Math.max(j, i + 1);
}

/**
 * A status key in the few paragraphs right under the table whose rows start at i. Labels written across the table
 * ("Recommendation 2: …") come between its rows, so the table ends at a new header or after a few blocks that are not rows.
 */
function keyUnder(rows: Block[], i: number): Map<string, string> | null {
  let between = 0;
  for (let j = i; j < Math.min(rows.length, i + 400); j++) {
    const b = rows[j]!;
    if (b.type === 'row') {
      // A key in a row of its own, as a spreadsheet writes it under the table.
      const filled = (b.cells ?? []).filter((c) => c.trim());
      const key = filled.length === 1 ? statusLegend(filled[0]!) : null;
      if (key) return key;
      if (headerMap(b.cells ?? [])) return null;
      between = 0;
      continue;
    }
    const key = b.type === 'paragraph' || b.type === 'heading' ? statusLegend(b.text) : null;
    if (key) return key;
    if (++between > 3) return null;
  }
  return null;
}

function sameWidth(b: Block, width: number): boolean {
  const n = b.cells?.length ?? 0;
  return n === width || n === width - 1;
}

/** The body rows of the run from i: up to a dozen, enough to tell what each column holds. */
function bodyRows(rows: Block[], i: number, width: number): string[][] {
  const body: string[][] = [];
  for (let j = i; j < rows.length && body.length < MAX_PROFILE_ROWS; j++) {
    const b = rows[j]!;
    if (b.type !== 'row' || !b.cells) break;
    if (sectionLabel(b) !== null) continue;
    if (!sameWidth(b, width) || headerMap(b.cells)) break;
    body.push(b.cells);
  }
  return body;
}

/**
 * An action table told by its rows, from row i: a header the header words do not decide ("Agreed | Officer | Completion",
 * over one row or two) or none at all (a table pasted without its header), read by what its columns hold. Header words
 * that are known decide their columns; the cells decide the rest.
 */
function contentTableAt(rows: Block[], i: number): ContentTable | null {
  const first = rows[i]!;
  if (contentTables.has(first)) return contentTables.get(first)!;
  const found = readContentTable(rows, i);
  contentTables.set(first, found);
  return found;
}

const isHeaderWord = (c: string) => cellColumn(c) !== null;
/**
 * Header cells that close their column to a reading by its cells: words of a known kind, and a date the header words do
 * not call due but history ("Date closed", "Date raised"): those are not deadlines.
 */
const HISTORY_DATE =
  /\bdate\s+(?:closed|completed|raised|opened|added|agreed|logged|created|set|signed off)\b|\b(?:closed|completed|raised|opened|added|agreed|logged|created|set)\s+(?:on|date)\b|\b(?:closure|closing)\s+date\b|^(?:closed|raised|opened)$/i;
const closedColumns = (header: string[]) => header.flatMap((c, k) => (cellColumn(c) || HISTORY_DATE.test(c) ? [k] : []));

function readContentTable(rows: Block[], i: number): ContentTable | null {
  const cells = rows[i]!.cells ?? [];
  const width = cells.length;
  if (width < 2 || cells.filter((c) => c.trim()).length < 2) return null;
  let headerRows = 0;
  let header: string[] | null = null;
  if (headerLike(cells, isHeaderWord)) {
    headerRows = 1;
    header = cells;
    // "Agreed | Responsible | Target" over "action | officer | date": a header written over two rows.
    const next = rows[i + 1];
    if (next?.type === 'row' && next.cells?.length === width && headerLike(next.cells, isHeaderWord, true)) {
      headerRows = 2;
      header = cells.map((c, k) => squash(`${c} ${next.cells![k] ?? ''}`));
    }
  }
  // Two columns with no header are a form's labels and values more often than a list of tasks.
  if (width < 3 && !header) return null;
  const body = bodyRows(rows, i + headerRows, width);
  if (body.length < 2) return null;
  let known = new Map<Column, number>();
  if (header) {
    const whole = headerMap(header);
    if (whole) known = whole;
    else
      header.forEach((c, k) => {
        const col = cellColumn(c);
        if (col && !known.has(col)) known.set(col, k);
      });
    // "Name | Action | Date": where a header word names the action, the other words do not make it another kind of table.
    if (!known.has('action') && header.some((c) => NOT_ACTION_HEADER.test(headerKey(c)))) return null;
    // "Agreement | Parties | Information owner | Review due": a register of what the board keeps, its rows no tasks.
    if (!known.has('action') && registerHeader(header.map(headerKey))) return null;
  }
  // "Item | Action | Date": with an action column and no other date, the one plain "Date" is when it is due.
  const date = known.get('raised');
  if (date !== undefined && known.has('action') && !known.has('due') && headerKey(header![date]!) === 'date') {
    known.delete('raised');
    known.set('due', date);
  }
  // Columns whose header word is known ("Subject" beside "Item") are not read by their cells.
  const closed = header ? closedColumns(header) : [];
  const map = contentColumns(body, width, known, closed);
  // "Name | Action | Date": as in a header that names its columns, the one plain "Date" of an action log is when it is due.
  const raised = map?.get('raised');
  if (map && raised !== undefined && !map.has('due') && headerKey(header![raised]!) === 'date') {
    map.delete('raised');
    map.set('due', raised);
  }
  if (map && header && isSchedule(header, map)) return null;
  return map ? { map, width, headerRows } : null;
}

/**
 * A header that names the action but not every other column ("Action | Officer | Completion"): the columns whose header
 * words are not known are read by their cells.
 */
function withContent(header: Map<Column, number>, cells: string[], rows: Block[], i: number): Map<Column, number> {
  if (header.has('owner') && header.has('due')) return header;
  const taken = new Set(header.values());
  const unknown = cells.some((c, k) => c.trim() && !taken.has(k) && cellColumn(c) === null && !NOT_ACTION_HEADER.test(headerKey(c)));
  if (!unknown) return header;
  // Columns whose header word is known but not one this map keeps (a second date) stay out of the reading.
  const known = new Map(header);
  const body = bodyRows(rows, i + 1, cells.length);
  const filled = contentColumns(body, cells.length, known, closedColumns(cells));
  if (!filled) return header;
  for (const [col, k] of filled) if (!header.has(col)) header.set(col, k);
  return header;
}

/**
 * Rows of the last table's width after a page break or a note, with no header of their own: the same table carried on,
 * when its action column still holds an action's words and its owner column someone.
 */
function continuation(rows: Block[], i: number, prev: { map: Map<Column, number>; width: number } | null): ContentTable | null {
  if (!prev || !sameWidth(rows[i]!, prev.width) || headerLike(rows[i]!.cells!, isHeaderWord)) return null;
  const body = bodyRows(rows, i, prev.width);
  if (!body.length) return null;
  const action = prev.map.get('action')!;
  const owner = prev.map.get('owner');
  const words = (c: string | undefined) =>
    squash(c ?? '')
      .split(' ')
      .filter(Boolean).length;
  const actions = body.filter((r) => words(r[action]) >= 3 && !isOwnerCell(r[action]!)).length;
  const owners = owner === undefined ? 0 : body.filter((r) => words(r[owner]) > 0 && words(r[owner]) <= 10).length;
  return actions >= Math.max(1, body.length * 0.6) && (owner === undefined || owners >= body.length * 0.5)
    ? { map: prev.map, width: prev.width, headerRows: 0 }
    : null;
}

/**
 * A row with fewer cells than its header (a cell merged down over several rows is given once, on the first; a text copy
 * of the table leaves a tab out): the cells are placed where they fit the columns best, the missing first cells taken
 * from the row above. Null when they fit best where they stand (the cells lost were the last ones).
 */
function alignShortRow(cells: string[], map: Map<Column, number>, width: number, above: string[] | null): string[] | null {
  const byIndex = new Map([...map.entries()].map(([col, k]) => [k, col]));
  const fit = (shift: number) =>
    cells.reduce((n, c, j) => {
      const col = byIndex.get(j + shift);
      return n + (col && squash(c) && fitsColumn(c, col) ? 1 : 0);
    }, 0);
  let best = 0;
  let bestFit = fit(0);
  for (let shift = 1; shift <= width - cells.length; shift++) {
    const f = fit(shift);
    if (f > bestFit) [best, bestFit] = [shift, f];
  }
  // Most of the row must fit where it goes: a short row of the next table is no row of this one.
  if (!best || bestFit < 3 || bestFit < cells.filter((c) => squash(c)).length - 1) return null;
  const merged = Array.from({ length: best }, (_, k) => above?.[k] ?? '');
  return [...merged, ...cells, ...Array<string>(width - cells.length - best).fill('')];
}

/**
 * The header row with the group header above it joined on: each group word spans its own column and the empty ones after
 * it (a merged cell as text or Word gives it). Null when the row above is no group header: a row of the same width, with
 * fewer words than the header, each a short label, and not a header of its own.
 */
function groupedHeader(above: Block | undefined, cells: string[]): string[] | null {
  const top = above?.type === 'row' ? (above.cells ?? []) : [];
  const merged = mergedGroups(top, cells);
  if (merged) return merged;
  if (!top.length || top.length > cells.length || headerMap(top)) return null;
  const filled = top.map((c) => squash(c));
  const count = filled.filter(Boolean).length;
  if (!count || count >= cells.filter((c) => squash(c)).length || filled.some((c) => c.split(' ').length > 3 || /\d/.test(c))) return null;
  if (top.length < cells.length) return groupedByWords(filled.filter(Boolean), cells);
  let group = '';
  return cells.map((c, k) => {
    if (filled[k]) group = filled[k]!;
    // A group over one column only is that column's own header written above it. Where the group's span is not known
    // (a merged cell saved as one filled cell and empty ones), a header that names its own column ("Status" after
    // "Timescale" over Start and Finish) is past the group's end.
    const own = cellColumn(squash(c));
    const past = own !== null && cellColumn(`${group} ${squash(c)}`) !== own;
    return group && squash(c) && !past && !squash(c).toLowerCase().startsWith(group.toLowerCase()) ? `${group} ${squash(c)}` : squash(c);
  });
}

/**
 * A two-row header saved from merged cells: the top row repeats a group's word over each column it spans
 * ("Responsibility | Responsibility", "Timescale | Timescale") and a cell merged down both rows repeats its word in both
 * ("Ref" over "Ref"). Each column under a group whose own word names no column takes the group's word ("Timescale End").
 */
function mergedGroups(top: string[], cells: string[]): string[] | null {
  if (top.length !== cells.length || top.length < 3) return null;
  const t = top.map((c) => squash(c));
  const c = cells.map((x) => squash(x));
  // A title merged across the whole sheet is one value, not groups; a group is named in a few words.
  if (new Set(t.filter(Boolean)).size < 2) return null;
  const spans = t.map((w, k) => !!w && w !== c[k] && (t[k - 1] === w || t[k + 1] === w) && w.split(' ').length <= 4 && !/\d/.test(w));
  if (!spans.some(Boolean) || t.some((w, k) => !spans[k] && w && w !== c[k])) return null;
  // A cell that names its column alone ("Update May 2023" under "Progress reported") keeps its own name.
  return c.map((w, k) => (spans[k] && w && cellColumn(w) === null ? `${t[k]} ${w}` : w));
}

/**
 * A group header whose empty cells were lost (a text copy trims them): each group word, in order, goes with the run of
 * header cells it makes into a column's name ("Lead" + "Officer") where the cell alone names none ("Officer").
 */
function groupedByWords(groups: string[], cells: string[]): string[] | null {
  const out = cells.map((c) => squash(c));
  const fits = (group: string, j: number) => !!out[j] && cellColumn(out[j]!) === null && cellColumn(`${group} ${out[j]}`) !== null;
  // "Start", "Finish" are times and "Agency", "Officer" people: such a word goes under the group of its kind.
  const kindOf = (word: string): Column | null =>
    /\b(?:start|finish|end|begin|date|month|year|quarter)\b/i.test(word)
      ? 'due'
      : /\b(?:agency|officer|name|person|organisation|service|partner)\b/i.test(word)
        ? 'owner'
        : null;
  let g = 0;
  let joined = 0;
  out.forEach((c, j) => {
    const want = kindOf(c);
    const at = groups.findIndex((group, h) => h >= g && fits(group, j) && (!want || cellColumn(group) === want));
    if (at < 0) return;
    g = at;
    out[j] = `${groups[at]} ${c}`;
    joined++;
  });
  return joined ? out : null;
}

/** Columns a header names beyond the one each kind keeps: an update for each meeting, the date an action was closed. */
interface HistoryColumns {
  /** "Update May 2023 | Update July 2023 | …": one progress column per meeting, oldest first. */
  updates: number[];
  /** "Date closed": a date there says the action is done. */
  closed: number | null;
}

const historyColumns = new WeakMap<Map<Column, number>, HistoryColumns>();
// Tables whose status column is the share done ("% Complete"), with the column that tells the story beside it, if any.
const percentColumns = new WeakMap<Map<Column, number>, number | null>();

// "Agency | Named lead", "Lead agency | Lead officer": the column of a log that names the body beside the person who owns
// the action. The person owns it; a row with no person is the body's ("Health", "All agencies").
const bodyColumns = new WeakMap<Map<Column, number>, number>();
const AGENCY_HEADER = /^(?:lead\s+|responsible\s+|owning\s+)?(?:agency|agencies|organi[sz]ation|service|partner(?:\s+agency)?)$/;

/** The body a row names in its agency column, where the table has one beside its owner column. */
function bodyOwner(b: Block, map: Map<Column, number>): string {
  const at = bodyColumns.get(map);
  return at === undefined || at === map.get('owner') ? '' : squash(b.cells?.[at] ?? '');
}
const DATED_HEADER = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|\d{1,2}[/.]\d{1,2}|(?:19|20)\d{2})/i;
const CLOSED_HEADER =
  /^(?:date\s+(?:closed|completed|actioned|signed off)|closed(?:\s+(?:on|date))?|closure\s+date|date\s+of\s+closure|completed\s+(?:at|on)|due\s+complete(?:d)?)$/;

/**
 * A tracker with an update column for each meeting ("Update May 2023", "Update Jan 2024") keeps its story left to right:
 * the newest filled update says where the action stands. A log with a "Date closed" column and no status closes an
 * action by dating it there.
 */
function noteHistoryColumns(map: Map<Column, number>, cells: string[]): void {
  const keys = cells.map((c) => headerKey(c));
  const updates = keys.flatMap((k, j) => (cellColumn(cells[j]!) === 'status' && DATED_HEADER.test(k) && !/^(?:status|rag)/.test(k) ? [j] : []));
  const closed = keys.findIndex((k) => CLOSED_HEADER.test(k));
  if (updates.length < 2 && closed < 0) return;
  historyColumns.set(map, { updates: updates.length >= 2 ? updates : [], closed: closed >= 0 ? closed : null });
  // With no status column of its own, the newest update is the status.
  if (updates.length >= 2 && (map.get('status') === undefined || updates.includes(map.get('status')!))) map.set('status', updates[0]!);
}

/** The newest update a row has, where the tracker has one column per meeting and no status column of its own. */
function latestUpdate(b: Block, history: HistoryColumns | undefined): string | null {
  if (!history?.updates.length) return null;
  for (let k = history.updates.length - 1; k >= 0; k--) {
    const text = squash(b.cells![history.updates[k]!] ?? '');
    if (text) return text;
  }
  return null;
}

function closedOn(b: Block, history: HistoryColumns | undefined): boolean {
  if (history?.closed == null) return false;
  const text = squash(b.cells![history.closed] ?? '');
  // "true": an export's tick ("Due Complete"), as a spreadsheet's checkbox writes it.
  return !!text && (findDates(text).some((d) => d.iso) || /^(?:yes|y|true|closed|complete|completed|done|[✓✔☑✅])$/i.test(text));
}

/** A cell that only says the action is done. */
const DONE_CELL = /^(?:complete|completed|done|closed|actioned)\.?$/i;
const ITEM_NUMBER_CELL = /^\d{1,3}(?:\.\d{1,2})*\.?(?:\s|$)/;

/**
 * A Word table saved as text breaks a row wherever a cell held a line break: "2. Review<TAB>OB summarised the" /
 * "learning for schools.<TAB>Share the briefing with all" / "schools<TAB>OB<TAB>28/05/2027". A numbered row short of the
 * header's cells takes the rows after it that start mid-cell (no number, no empty first cell) until it has as many cells
 * as the header: each break joins the last cell with the next line's first. Tables read from Word or PDF never break so.
 */
function rejoinBrokenRows(blocks: Block[]): Block[] {
  let width = 0;
  let out: Block[] | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type !== 'row' || !b.cells) {
      width = 0;
      out?.push(b);
      continue;
    }
    if (headerMap(b.cells)) width = b.cells.length;
    let cells = b.cells;
    let j = i + 1;
    if (width && cells.length < width && ITEM_NUMBER_CELL.test(cells[0]!.trim())) {
      for (; j < blocks.length; j++) {
        const next = blocks[j]!;
        const more = next.type === 'row' ? (next.cells ?? []) : [];
        const first = (more[0] ?? '').trim();
        if (!first || ITEM_NUMBER_CELL.test(first) || cells.length + more.length - 1 > width || headerMap(more) || closingRow(more)) break;
        cells = [...cells.slice(0, -1), squash(`${cells[cells.length - 1]!} ${first}`), ...more.slice(1)];
      }
    }
    if (j === i + 1) {
      out?.push(b);
      continue;
    }
    out ??= blocks.slice(0, i);
    out.push({ ...b, cells, text: cells.join(' | ') });
    i = j - 1;
  }
  return out ?? blocks;
}

const DONE_SECTION =
  /^(?:(?:completed|closed|done|finished|achieved|archived)(?:\s+(?:actions?|items?|recommendations?))?|actions?\s+(?:completed|closed|done)(?:\s+since\b.*)?)\b/i;
const OPEN_SECTION = /^(?:open|outstanding|current|live|ongoing|new|active)\s+(?:actions?|items?|recommendations?)\b/i;

/**
 * The words of a line that labels part of a table rather than being one of its rows: a short
 * paragraph or heading, or a row whose cells all repeat one text (a merged cell as a spreadsheet gives it).
 */
function sectionLabel(b: Block): string | null {
  if (b.type === 'row') {
    const cells = (b.cells ?? []).map((c) => squash(c));
    const filled = cells.filter(Boolean);
    // Merged across the table (a reader repeats the text in each cell), or written in the first cell alone with the
    // rest left empty ("Priority 2 – Exploitation | | | |", a spreadsheet's "Sub-group actions" row).
    const spanning = filled.length >= 2 && filled.every((c) => c === filled[0]);
    const firstOnly = filled.length === 1 && !!cells[0] && !/[.;:]$/.test(cells[0]) && !statusLegend(cells[0]) && !CLOSING_ITEM.test(cells[0]);
    if ((spanning || firstOnly) && filled[0]!.length <= 80) return filled[0]!;
    // "1 | Outcome 1: children are … | (the same, merged across)": the group's number in its own cell, its words spanning the rest.
    const words = filled.slice(1);
    const numbered =
      words.length >= 2 && /^[A-Za-z]?\d{1,3}[.)]?$/.test(filled[0]!) && squash(cells[0] ?? '') === filled[0] && words.every((c) => c === words[0]);
    return numbered && words[0]!.length <= 200 ? `${filled[0]} ${words[0]}` : null;
  }
  if (b.type !== 'paragraph' && b.type !== 'heading') return null;
  const t = squash(b.text);
  return t.length <= 60 && t.split(' ').length <= 8 && !/[.;:]$/.test(t) && !statusLegend(t) ? t : null;
}

function sectionKind(label: string): 'done' | 'open' | null {
  return DONE_SECTION.test(label) ? 'done' : OPEN_SECTION.test(label) ? 'open' : null;
}

/** A row whose number cell is empty and whose action words carry on from the row above (cells of the same action). */
function continuesCells(b: Block, map: Map<Column, number>, prev: string[]): boolean {
  const ref = map.get('ref') ?? map.get('item');
  if (ref === undefined || squash(b.cells![ref] ?? '') || !squash(prev[ref] ?? '')) return false;
  const words = cell(b, map, 'action');
  const before = squash(prev[map.get('action')!] ?? '');
  return !!words && (/^[a-z(]/.test(words) || OPEN_END.test(before));
}

/**
 * "3 | Learning review (Child F) | | |" over "3a …" and "3b …": a row that names what the next rows' actions
 * belong to, with nobody responsible, no date and no progress of its own, heads them and is not an action.
 */
function withoutHeadingRows(actions: ExtractedAction[]): ExtractedAction[] {
  return actions.filter((a, i) => {
    const next = actions[i + 1];
    if (!a.ref || !next?.ref || a.owners.length || a.due || a.progress) return true;
    return !(next.ref.startsWith(a.ref) && /^[a-z.]/i.test(next.ref.slice(a.ref.length)) && next.ref.length > a.ref.length);
  });
}

// Words that cannot end an action's wording: the cell was wrapped after them.
const OPEN_END = /(?:,|;|\b(?:and|or|of|to|for|with|the|a|an|in|on|by|including|from))$/i;

/** A row with nothing but action words, where the row above was an action whose words had not ended. */
function continuesRow(b: Block, map: Map<Column, number>, prev: ExtractedAction): boolean {
  const words = cell(b, map, 'action');
  if (!words) return false;
  const filled = (b.cells ?? []).filter((c, i) => squash(c) && i !== map.get('action'));
  if (filled.length) return false;
  return /^[a-z(]/.test(words) || OPEN_END.test(prev.text);
}

/** What a discussion cell agreed: the words after "Action –", else its last sentence. */
function agreedPart(discussion: string): string {
  const labelled = /\bActions?\s*(?::|[–—]|-(?=\s))\s*(.{6,})$/.exec(discussion);
  if (labelled) return labelled[1]!;
  // "… has been published on the website. Completed.": a closing status word is not what was agreed.
  const sentences = splitSentences(discussion).filter((x, k, all) => k < all.length - 1 || !/^(?:completed?|done|closed|ongoing)\.?$/i.test(x));
  return sentences[sentences.length - 1] ?? discussion;
}

function cell(b: Block, map: Map<Column, number>, col: Column): string {
  const i = map.get(col);
  return i === undefined ? '' : squash(b.cells![i] ?? '');
}

/** What a row is read with that the whole table decides: its record types, and whether its dates are month first. */
interface TableReading {
  recordTypes: Set<string> | null;
  monthFirst: boolean;
  /** The owner column writes each person "Surname, Given", a semicolon between people. */
  surnameFirst?: boolean;
}

/**
 * The actions of one row. Where no column says who, when or how far ("Item | Discussion and decisions | Action – by whom –
 * by when"), the action cell carries them in its words, and may hold more than one action: each sentence that opens with
 * its owners is one.
 */
function rowActions(b: Block, map: Map<Column, number>, base: ActionContext, legend: Map<string, string> | null, table: TableReading): ExtractedAction[] {
  if (recordOnly(b, map, table.recordTypes)) return [];
  const actionCell = cell(b, map, 'action');
  const led = carriesOwners(map) && actionCell ? ownerLedCell(actionCell, { ...base, item: cell(b, map, 'item') || base.item }) : null;
  if (led) {
    const passage = b.cells!.filter(Boolean).join(' | ');
    return led.map((a) => Object.assign(a, { form: 'table' as const, passage: squash(passage) }));
  }
  // "a) Add a question … / b) Run two briefings …" beside "a) Front Door Manager / b) Designated Nurse": one task per letter.
  const lettered = letteredTasks(b.cells!, map.get('action')!);
  if (lettered) {
    const read = lettered.flatMap((cells) => rowAction({ ...b, cells, text: cells.filter(Boolean).join(' | ') }, map, base, legend, table) ?? []);
    if (read.length === lettered.length) read.forEach((a, k) => a.ref && (a.ref = `${a.ref}${String.fromCharCode(97 + k)}`));
    return read;
  }
  const tasks = map.has('owner') && map.has('due') ? rowTasks(actionCell, cell(b, map, 'owner'), cell(b, map, 'due')) : null;
  if (tasks) {
    // The board tracks the tasks by the row's number; each is kept apart by a letter after it ("Mar23/3a", "Mar23/3b").
    const read = tasks.flatMap((t) => rowAction(withTask(b, map, t), map, base, legend, table) ?? []);
    if (read.length === tasks.length) read.forEach((a, k) => a.ref && (a.ref = `${a.ref}${String.fromCharCode(97 + k)}`));
    return read;
  }
  const one = rowAction(b, map, base, legend, table);
  return one ? [one] : [];
}

/** The row as it would be with only this one of its tasks in its cells. */
function withTask(b: Block, map: Map<Column, number>, task: RowTask): Block {
  const cells = [...b.cells!];
  cells[map.get('action')!] = task.action;
  cells[map.get('owner')!] = task.owner;
  cells[map.get('due')!] = task.due;
  return { ...b, cells, text: cells.filter(Boolean).join(' | ') };
}

/**
 * A Word table's owner cell merged down over the actions below it prints once, on the first row: in a text or PDF copy
 * the rows under it have an empty owner cell and a task and date of their own. The owner above is theirs, as the merged
 * cell said, while the rows run on with nothing between them (a meeting's or section's row ends the run).
 */
function mergedDown(b: Block, map: Map<Column, number>, width: number, above: string[] | null): Block {
  const at = map.get('owner');
  if (at === undefined || !above || b.cells!.length !== width || squash(b.cells![at] ?? '')) return b;
  // "Agency | Named lead": a row that names its agency and leaves the lead empty is the agency's, not the lead's above.
  if (bodyOwner(b, map)) return b;
  const owner = squash(above[at] ?? '');
  if (!owner || !cell(b, map, 'action') || !cell(b, map, 'due')) return b;
  const cells = [...b.cells!];
  cells[at] = owner;
  return { ...b, cells, text: cells.filter(Boolean).join(' | ') };
}

function rowAction(
  b: Block,
  map: Map<Column, number>,
  base: ActionContext,
  legend: Map<string, string> | null = null,
  table: TableReading = { recordTypes: null, monthFirst: false },
): ExtractedAction | null {
  if (recordOnly(b, map, table.recordTypes)) return null;
  // Dates are read from the row as the day-first reader expects them; the action keeps the row's own words.
  const dated = table.monthFirst ? { ...b, cells: b.cells!.map(dayFirst) } : b;
  const actionCell = cell(b, map, 'action');
  if (/^[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*$/.test(actionCell)) return initialsColumnAction(b, map, actionCell, base);
  if (map.has('discussion') && !map.has('owner') && !map.has('due')) return null;
  const fromDiscussion = map.get('discussion') === map.get('action');
  // Discussion rows with nobody responsible and no timescale are prose (read as such by findProseActions).
  if (fromDiscussion && !cell(b, map, 'owner') && !cell(b, map, 'due')) return null;
  const rawText = fromDiscussion ? agreedPart(actionCell) : actionCell;
  const others = [...map.entries()].filter(([c]) => c !== 'action').map(([c]) => cell(b, map, c));
  // A section label spanning the row ("Priority 2: …") is not an action.
  if (!rawText || (others.every((o) => !o) && /^(?:priority|section|theme|objective|outcome|area)\b/i.test(rawText))) return null;
  if (rawText.length < 6 || noActionRow(rawText, b, map)) return null;
  const numbered = /^(\d{1,3}(?:\.\d{1,2})?)[.)]\s+(.*)$/.exec(rawText);
  const text = numbered ? numbered[2]! : rawText;
  const meetingCell = cell(dated, map, 'meeting');
  const meetingDate = (meetingCell && meetingDayOf(meetingCell)) || base.meetingDate;
  const ctx: ActionContext = { ...base, meetingDate, item: cell(b, map, 'item') || base.item };
  const refCell = cell(b, map, 'ref').replace(/^(?:no\.?|action)\s*/i, '');
  // "GE / HM December 2017", "RJ 30/11/17", "HM – complete": one "Action by" column with no date or status column beside
  // it carries the date or the status after the owners.
  const byCell = map.has('due') || map.has('status') ? null : ownerCellParts(cell(b, map, 'owner'), { ...dueContext(ctx), meetingDate });
  const ownerCell = byCell?.owners ?? (cell(b, map, 'owner') || bodyOwner(b, map));
  const people = table.surnameFirst ? ownerCell.split(/\s*;\s*/).filter(Boolean) : null;
  // A table with no owner column may name the owner in the action's words ("JB to circulate the audit tool").
  const owners: OwnerMention[] | undefined = people
    ? people.flatMap((p) => {
        const turned = ownersOfCell(p.replace(/^(.+?),\s*(.+)$/, '$2 $1'), { attendance: ctx.attendance, date: meetingDate });
        return turned.length === 1 ? [{ ...turned[0]!, written: p }] : turned;
      })
    : ownerCell
      ? ownersOfCell(ownerCell, { attendance: ctx.attendance, date: meetingDate })
      : map.has('owner')
        ? []
        : undefined;
  // A status given by a key ("Progress: 1 Fully achieved … 4 Not started") is read as its words.
  const history = historyColumns.get(map);
  const statusText = (history?.updates.includes(map.get('status')!) ? latestUpdate(b, history) : null) ?? byCell?.status ?? cell(b, map, 'status');
  // "G – Complete. Launched in September": a plan's "RAG and progress" column leads with the rating, the story after it.
  const led = cell(b, map, 'rag') ? null : ratingLed(statusText, legend);
  const rawStatus = led?.rest ?? percentCell(statusText, map) ?? statusText;
  const statusCell = keyedWord(legend, rawStatus) ?? rawStatus;
  const rawRag = led?.code ?? cell(b, map, 'rag');
  const ragCell = keyedWord(legend, rawRag) ?? rawRag;
  const dueCell = byCell?.due ?? revisedCellText(cell(b, map, 'revised')) ?? cell(b, map, 'due');
  const { rag: keyedRag, reading: ragReading0 } = readRag(ragCell);
  // A RAG colour read through the paper's key ("Green – complete") keeps its colour and takes the key's meaning.
  const rag = keyedRag ?? readRag(rawRag).rag;
  const ragReading = ragReading0 ?? (ragCell !== rawRag ? readProgress(ragCell) : null);
  const progressReading = statusCell ? readProgress(statusCell) : null;
  let reading: StatusReading | null = null;
  // A Red or Amber rating says the action is behind: "6 of 11 completed" in the update beside it does not close it. So does
  // a rating whose key gives it an open meaning ("G – on track") where the key has another code for complete, and "On track"
  // or "At risk" written in the RAG column: the update beside it tells the story so far.
  const keyedOpen = ragCell !== rawRag && ragReading?.status === 'open' && !!legend && keyHasDone(legend);
  const saysOpen = OPEN_RATING.test(rawRag.trim()) ? readProgress(rawRag) : null;
  const behind = (rag === 'red' || rag === 'amber' || keyedOpen || !!saysOpen) && !DONE_CELL.test(statusCell.trim());
  if (behind && progressReading?.status === 'done') reading = ragReading ?? saysOpen ?? { status: 'open', state: 'in progress' };
  else if (progressReading?.status === 'done') reading = progressReading;
  else if (ragReading?.status === 'done') reading = ragReading;
  else if (DONE_CELL.test(dueCell) || closedOn(b, history)) reading = { status: 'done', state: 'completed' };
  else reading = progressReading ?? ragReading ?? (/^(?:ongoing|on-going|continuous|rolling)$/i.test(dueCell) ? { status: 'open', state: 'ongoing' } : null);
  const action = makeAction(
    'table',
    {
      // No number column: an item column of action numbers ("4.1.1") numbers the actions.
      ref:
        refCell && /^[A-Za-z/-]{0,8}\d/.test(refCell) && refCell.length <= 20
          ? refCell
          : !map.has('ref') && /^\d{1,3}(?:\.\d{1,3}){1,3}$/.test(cell(b, map, 'item'))
            ? cell(b, map, 'item')
            : null,
      text,
      passage: b.cells!.filter(Boolean).join(' | '),
      progress: (led ? statusText : storied(statusCell, b, map)) || null,
      owners,
      // An empty due cell leaves the date to the action's own words ("to be brought to the meeting on 21 September").
      // An update column tells what happened ("agreed on 1 November"): a date there is history, not a deadline.
      // "Next Board" is the board meeting after the one that agreed the action ("Date Agreed" column), and a due date
      // with no year ("w/c 12 Feb") is the next such after the action was raised, not after the log was last updated.
      due:
        carriedTo(statusCell, ctx) ??
        (dueCell
          ? {
              ...readDueCell(table.monthFirst ? dayFirst(dueCell) : dueCell, {
                ...dueContext(ctx),
                meetingDate: meetingDate ?? agreedOn(dated, map) ?? ctx.asOf ?? null,
              }),
              dueText: dueCell,
            }
          : (statusDue(statusCell, ctx) ?? findDueInProse(text, dueContext(ctx)))),
      reading,
    },
    ctx,
  );
  action.rag = rag;
  return action;
}

/** "1", "0.25" under "% Complete": an export writes the share done as a fraction of one; "100", "25" as the percentage. */
function percentCell(text: string, map: Map<Column, number>): string | null {
  if (!percentColumns.has(map) || !/^\d{1,3}(?:\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  return n <= 1 ? `${Math.round(n * 100)}%` : n <= 100 ? `${n}%` : null;
}

/** "60%" beside "Progress to date": the reader sees both, the share and what has been done. */
function storied(statusCell: string, b: Block, map: Map<Column, number>): string {
  const story = percentColumns.get(map);
  const words = story === undefined || story === null ? '' : squash(b.cells![story] ?? '');
  return words && statusCell ? `${statusCell} – ${words}` : statusCell || words;
}

/**
 * A progress cell that opens with its rating ("G – Complete. …", "Amber: fieldwork finished"): the rating, a RAG word or
 * letter or a code the paper's key explains, and the words after it.
 */
function ratingLed(text: string, legend: Map<string, string> | null): { code: string; rest: string } | null {
  const m = /^([A-Za-z]{1,6})\s*[–—:-]\s*(\S.*)$/.exec(text);
  if (!m) return null;
  const code = m[1]!;
  const rag = readRag(code);
  const known = legend?.has(code.toUpperCase()) || ((rag.rag || rag.reading) && /^(?:[RAGB]|red|amber|green|blue)$/i.test(code));
  return known ? { code, rest: m[2]! } : null;
}

/**
 * The day a meeting column gives: its date, or for a tracker that names only the month ("Sept 2023") that month's first
 * day, so a deadline written against the school or calendar year ("end of spring term", "Feb half term") is the next one
 * after the meeting that agreed it.
 */
function meetingDayOf(text: string): IsoDate | null {
  const dates = findDates(text);
  const day = dates.find((d) => d.iso)?.iso;
  if (day) return day;
  const month = dates.find((d) => d.year !== null && d.month);
  return month ? makeIso(month.year!, month.month, 1) : null;
}

// "Carried forward – June 2011", "Deferred to March", "Revised date: 30/09": a status that moves the action to a new date.
const MOVED_TO =
  /^(?:carried\s+(?:forward|over)|c\/f|rolled\s+(?:forward|over)|deferred|postponed|rescheduled|extended|moved|revised(?:\s+(?:date|deadline|target))?|new\s+(?:date|deadline|target(?:\s+date)?))\s*(?:to|until|till|[–—:-])?\s*(.{3,30}?)\.?$/i;

/** The date a status cell moves the action to: it replaces the date first set in the due column. */
function carriedTo(statusCell: string, ctx: ActionContext): Due | null {
  const m = MOVED_TO.exec(statusCell);
  if (!m) return null;
  const due = readDueCell(m[1]!, dueContext(ctx));
  return due.due ? due : null;
}

// What a typed log calls a row that records rather than asks: a decision, a note, something for information.
const RECORD_TYPE = /^(?:decisions?|decided|resolutions?|resolved|info|information|for information|for info|notes?|noted|for noting)$/i;
// A type that says the row is something to do: "Action", "Mitigating action", "Task".
const TASK_TYPE = /\b(?:actions?|tasks?|to do)\b/i;
// A status saying the row was only recorded ("Noted", "For information"): a decision or an update, with nothing to do.
const RECORD_STATUS = /^(?:noted|for information|for info|information only|for noting|decision|decision made|decision recorded)\.?$/i;
const TYPE_KEY = /\b([A-Z])\s*(?:=|–|-|:)\s*(?:an?\s+)?([Dd]ecisions?|[Ii]nformation|[Nn]ote[ds]?|[Aa]ctions?)\b/g;

/** "Type: D = decision of the Committee; A = action", anywhere in the paper (a line above the log, a key sheet): code → word. */
function typeKeyOf(blocks: Block[]): Map<string, string> {
  const key = new Map<string, string>();
  for (const b of blocks) {
    const text = b.type === 'row' ? (b.cells ?? []).filter((c) => c.trim()).join(' = ') : b.text;
    if (text.length > 400 || !/[=–:-]/.test(text)) continue;
    for (const m of text.matchAll(TYPE_KEY)) if (!key.has(m[1]!)) key.set(m[1]!, m[2]!.toLowerCase());
  }
  return key;
}

/**
 * The codes of a typed log's Type column that mark a row as no action: the words ("Decision", "For information"), the
 * letters the paper's key gives them, and, with no key, "D" and "I" in a column whose other rows say "A".
 */
function typeCodes(rows: Block[], from: number, width: number, map: Map<Column, number>, key: Map<string, string>): Set<string> | null {
  const col = map.get('type');
  if (col === undefined) return null;
  const codes = new Set(typeCells(rows, from, width, col).map((c) => squash(c).toUpperCase()));
  const out = new Set<string>();
  // "Risk | Existing control | Mitigating action": where some types say action, a row whose type says something else (the
  // risk, the issue, the control already in place) is what the actions answer, not one of them.
  const named = [...codes].some((c) => TASK_TYPE.test(key.get(c) ?? c));
  for (const code of codes) {
    const word = key.get(code) ?? code;
    if (RECORD_TYPE.test(word) || (!key.size && codes.has('A') && /^[DI]$/.test(code))) out.add(code);
    else if (named && code && !TASK_TYPE.test(word) && /^[a-z][a-z -]{2,}$/i.test(word)) out.add(code);
  }
  return out;
}

/**
 * The type cells of the table's rows from `from`: every row up to the next header or the end of the run, short ones too (a
 * spreadsheet's "R1.a | Existing control | …" row stops where its last filled cell is).
 */
function typeCells(rows: Block[], from: number, width: number, col: number): string[] {
  const out: string[] = [];
  for (let j = from; j < rows.length && j < from + 400; j++) {
    const r = rows[j]!;
    if (r.type !== 'row' || !r.cells || r.cells.length > width || headerMap(r.cells)) break;
    if (r.cells.length > col) out.push(r.cells[col]!);
  }
  return out;
}

/** A row a log keeps for the record, not to be done: typed as a decision or a note, or whose status says it was only noted. */
function recordOnly(b: Block, map: Map<Column, number>, notActionTypes: Set<string> | null): boolean {
  if (notActionTypes?.has(cell(b, map, 'type').toUpperCase())) return true;
  // A "Record of decisions and actions": a row numbered as a decision ("D2"), or agreed, with nobody to act and no date.
  const nobody = (c: string) => !c || /^[–—-]$/.test(c);
  if (nobody(cell(b, map, 'owner')) && nobody(cell(b, map, 'due'))) {
    if (/^D\d{1,3}$/.test(cell(b, map, 'ref')) || /^(?:agreed|approved|decided|ratified|endorsed)\.?$/i.test(cell(b, map, 'status'))) return true;
  }
  return RECORD_STATUS.test(cell(b, map, 'status')) && !cell(b, map, 'due');
}

const keyHasDone = (legend: Map<string, string>) =>
  [...legend.values()].some((v) => readRag(v).reading?.status === 'done' || readProgress(v)?.status === 'done');

const KEY_CODE = /^(?:[A-Z]{1,2}|[0-9]|red|amber|green|blue|grey|gray|black|purple)$/i;
const KEY_MEANING =
  /^(?:red|amber|green|blue|grey|gray|black|purple)\b|^(?:fully|partly|partially|not|in|on|off|no|completed?|achieved|closed|open|started|progress|ongoing|overdue|delayed|done)\b/i;

/** Rows of two cells, a code and its meaning ("B | Blue – complete", "2 | Partly achieved"), two or more together: a key. */
function keyRowsLegend(blocks: Block[]): Map<string, string> | null {
  let run = new Map<string, string>();
  let best: Map<string, string> | null = null;
  for (const b of blocks) {
    const filled = b.type === 'row' ? (b.cells ?? []).map((c) => squash(c)).filter(Boolean) : [];
    if (filled.length === 2 && KEY_CODE.test(filled[0]!) && filled[1]!.length <= 80 && KEY_MEANING.test(filled[1]!)) {
      run.set(filled[0]!.toUpperCase(), filled[1]!);
      continue;
    }
    if (run.size >= 2 && !best) best = run;
    run = new Map();
  }
  if (run.size >= 2 && !best) best = run;
  return best;
}

const SURNAME_GIVEN = /^[A-Z][\w'’-]+,\s*[A-Z][a-z][\w'’-]*$/;

/**
 * Whether a table's owner column writes people surname first ("Ahmed, Zara", "Ahmed, Zara;Lowe, Peter"), as a SharePoint
 * or Outlook export does: every filled owner cell is such names, and one cell lists two with a semicolon (a comma alone
 * could part two owners, "Police, Health").
 */
function ownersSurnameFirst(rows: Block[], from: number, map: Map<Column, number>): boolean {
  const col = map.get('owner');
  if (col === undefined) return false;
  const cells: string[] = [];
  for (let j = from; j < Math.min(rows.length, from + 300) && rows[j]!.type === 'row'; j++) {
    const c = squash(rows[j]!.cells?.[col] ?? '');
    if (c) cells.push(c);
  }
  const pieces = cells.map((c) => c.split(/\s*;\s*/).filter(Boolean));
  return cells.length >= 2 && pieces.every((p) => p.every((x) => SURNAME_GIVEN.test(x))) && pieces.some((p) => p.length > 1);
}

const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g;

/**
 * Whether the run of rows from `from` writes its dates month first: some date's second part is over 12 ("11/30/2023") and
 * none's first part is. British papers write the day first, and that stays the reading unless the table shows otherwise.
 */
function writtenMonthFirst(rows: Block[], from: number): boolean {
  let monthFirst = false;
  // The table's own rows: up to the first block that is not a row, and no further than a long log runs.
  for (let j = from; j < Math.min(rows.length, from + 300) && rows[j]!.type === 'row'; j++) {
    for (const c of rows[j]!.cells ?? []) {
      if (!c.includes('/')) continue;
      for (const m of c.matchAll(SLASH_DATE)) {
        const [a, b] = [Number(m[1]), Number(m[2])];
        if (a > 12 && b <= 12) return false;
        if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst = true;
      }
    }
  }
  return monthFirst;
}

/** "11/30/2023" as the day-first reader expects it: "30/11/2023". */
const dayFirst = (c: string) => (c.includes('/') ? c.replace(SLASH_DATE, (_, a: string, b: string, y: string) => `${b}/${a}/${y}`) : c);

// "No further actions", "Item 6 – practice review update: no further actions", "Totals: 11 actions", "Total – 9": a row that
// says there is nothing to do, or counts the rows above it.
const NOTHING_TO_DO = /\bno\s+(?:further\s+|new\s+|other\s+)?actions?(?:\s+(?:arising|agreed|required|this\s+\w+))?\.?$|^(?:sub-?)?totals?\b\s*[:–—-]?/i;

/** A row of the table that is no action: nothing to do, or a count, with nobody responsible and no date. */
function noActionRow(text: string, b: Block, map: Map<Column, number>): boolean {
  // "Yes", "No – not needed": an answer in a column whose header only mentions an action plan ("Action plan attached").
  if (/^(?:yes|no|n\/a|not applicable)(?:\s*[–—:,-]\s*[^.]{0,30})?$/i.test(text)) return true;
  return NOTHING_TO_DO.test(text) && !cell(b, map, 'owner') && !cell(b, map, 'due');
}

const OPEN_RATING = /^(?:on track|off track|at risk|not started|not yet started|in progress|delayed|overdue|ongoing|on-going)$/i;

/** "Open – July", "On track - end of May": a log with no date column writes the date after the status word. */
function statusDue(statusCell: string, ctx: ActionContext): Due | null {
  const m = /^([A-Za-z][A-Za-z ]{1,20}?)\s+[–—-]\s+(.{3,30})$/.exec(statusCell);
  // "Complete – published 1 November", "Done – attending December meeting": what happened, not a date the action is due.
  if (
    !m ||
    !(
      /^(?:open|ongoing|on-going|on track|in progress|not started|new|overdue|on hold|pending|amber|green|red)$/i.test(m[1]!) ||
      readProgress(m[1]!)?.status === 'open'
    )
  )
    return null;
  const due = readDueCell(m[2]!, dueContext(ctx));
  return due.due ? due : null;
}

const CELL_STATUS = /\s*(?:[–—-]\s*|\s)\(?(complete|completed|done|closed|ongoing|open|in progress|carried forward)\)?\.?$/i;
const DATE_START = /^(?:\d|(?:by|end|w\/c|wc|mid|early|late)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b)/i;

/** An owner cell's owners, and the date or status written after them ("GE / HM December 2017", "HM – complete"). */
function ownerCellParts(text: string, ctx: DueContext): { owners: string; due: string | null; status: string | null } | null {
  if (!text) return null;
  const status = CELL_STATUS.exec(text);
  if (status && status.index > 0) return { owners: text.slice(0, status.index).trim(), due: null, status: status[1]! };
  const words = text.split(' ');
  // The longest tail of up to four words that reads as a date, after at least one word of owners.
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const tail = words.slice(words.length - k).join(' ');
    if (!DATE_START.test(tail) || !readDueCell(tail, ctx).due) continue;
    const owners = words
      .slice(0, words.length - k)
      .join(' ')
      .replace(/[\s,;–—-]+$/, '');
    if (owners && !/\d/.test(owners)) return { owners, due: tail, status: null };
  }
  return null;
}

/**
 * The owners an Owner cell names. Words the lexicon has no reading for are still owners, since the column says so:
 * a team of its own ("Business Support") as one; "Licensing / LADO" as one for each side of the slash.
 */
function ownersOfCell(text: string, ctx: OwnerContext): OwnerMention[] {
  // "TBC", "n/a", "-": nobody yet.
  if (/^(?:tbc|tba|tbd|n\/?a|none|unassigned|to be (?:confirmed|agreed)|[-–?])\.?$/i.test(text)) return [];
  // "EA CPSS (Mr Breen)", "Education (Alison Rennie)": an agency, and in brackets the person who will do it. A post with its
  // holder ("Named GP (Dr S. Okafor)") is the post's; a person with their agency ("Sue Pattinson (Ellerby Homes)") is theirs.
  const inBracket = /^([^()]{2,60}?)\s*\(([^()]{3,60})\)$/.exec(text);
  const agency = inBracket && !isTitleLike(inBracket[1]!) && !parsePersonName(inBracket[1]!);
  const person = agency ? parseOwners(inBracket[2]!, ctx) : null;
  if (person?.length && person.every((o) => o.kind === 'person')) return person;
  const read = parseOwners(text, ctx);
  if (read) return read;
  const parts = text.split(/\s*(?:\/|&|;|\+)\s*/).filter(Boolean);
  if (parts.length < 2) return [{ written: text, kind: 'role', person: null }];
  return parts.map((p) => parseOwners(p, ctx)?.[0] ?? { written: p, kind: 'role' as const, person: null });
}

/** A minutes table whose action column holds the owner's initials: the discussion is the action. */
function initialsColumnAction(b: Block, map: Map<Column, number>, initials: string, ctx: ActionContext): ExtractedAction | null {
  const text = [cell(b, map, 'discussion'), cell(b, map, 'item')].find((t) => t.length > 20);
  if (!text) return null;
  const sentences = splitSentences(text);
  const owners = parseOwners(initials, { attendance: ctx.attendance, date: ctx.meetingDate }) ?? [];
  const itemCtx = { ...ctx, item: cell(b, map, 'ref') || cell(b, map, 'item') || ctx.item };
  return makeAction('initials', { text: sentences[sentences.length - 1] ?? text, passage: b.cells!.filter(Boolean).join(' | '), owners }, itemCtx);
}

/**
 * An action log pasted as one run of text (a web copy that lost the table): its header words in a
 * row ("Item Action Responsible Officer Comments"), then each row starting with its number
 * ("4.1.1 … 4.4.1 … 5.1.4 …", numbers rising). The cells within a row cannot be told apart any
 * more, so each row is one action's wording with nobody named.
 */
export function flattenedTable(text: string): { rows: { ref: string; text: string }[] } | null {
  if (text.length < 120 || !mayBeFlattenedTable(text)) return null;
  // Run-together copies glue a row number to the word before it ("Comments4.1.1", "ficer:Item").
  const words = text
    .replace(/([a-z:;,)])(?=\d{1,3}(?:\.\d{1,3}){1,3}\s)/g, '$1 ')
    .replace(/:(?=[A-Z])/g, ': ')
    .split(/\s+/);
  for (let i = 0; i < Math.min(words.length, 400); i++) {
    const cols: Column[] = [];
    let j = i;
    while (j < words.length) {
      const len = [3, 2, 1].find((n) => j + n <= words.length && columnOf(words.slice(j, j + n).join(' ')) !== null);
      if (!len) break;
      cols.push(columnOf(words.slice(j, j + len).join(' '))!);
      j += len;
    }
    if (cols.length < 3 || !cols.includes('action') || !cols.some((c) => c === 'owner' || c === 'due' || c === 'status')) continue;
    // The last header word may be glued to the first row's number ("Comments4.1.1").
    const rest = words.slice(j).join(' ');
    const glued = /^(\d{1,3}(?:\.\d{1,3}){1,3})\s/.test(rest)
      ? rest
      : words
          .slice(j - 1)
          .join(' ')
          .replace(/^[A-Za-z]+(?=\d)/, '');
    const rows = splitNumberedRows(glued);
    if (rows.length >= 2) return { rows };
  }
  return null;
}

const ROW_NUMBER = /\d{1,3}(?:\.\d{1,3}){1,3}\s/g;
const ACTION_HEADER_WORD = /\b(?:actions?|recommendations?|description|tasks?|what|detail)\b/i;

/**
 * The cheap test first: every paragraph of every paper is asked whether it is a flattened action
 * log, and almost none is. One needs an action column's header word and two numbered rows; the
 * header search below is only for text that has both.
 */
function mayBeFlattenedTable(text: string): boolean {
  // Row numbers first: a digit is quicker to look for than six header words, and most text has none.
  let rows = 0;
  for (const _ of text.matchAll(ROW_NUMBER)) if (++rows >= 2) break;
  return rows >= 2 && ACTION_HEADER_WORD.test(text);
}

function splitNumberedRows(text: string): { ref: string; text: string }[] {
  const starts = [...text.matchAll(/(?:^|\s|(?<=[a-z]))(\d{1,3}(?:\.\d{1,3}){1,3})\s+(?=[A-Z])/g)];
  const rows: { ref: string; text: string; at: number; end: number }[] = [];
  const key = (ref: string) => ref.split('.').map(Number);
  const after = (a: string, b: string) => {
    const [x, y] = [key(a), key(b)];
    for (let k = 0; k < Math.max(x.length, y.length); k++) if ((x[k] ?? 0) !== (y[k] ?? 0)) return (x[k] ?? 0) > (y[k] ?? 0);
    return false;
  };
  for (const m of starts) {
    const prev = rows[rows.length - 1];
    if (prev && !after(m[1]!, prev.ref)) continue;
    if (!prev && m.index! > 0 && text.slice(0, m.index!).trim()) continue;
    rows.push({ ref: m[1]!, text: '', at: m.index! + m[0].length, end: text.length });
    if (prev) prev.end = m.index!;
  }
  return rows.map((r) => ({ ref: r.ref, text: squash(text.slice(r.at, r.end)) })).filter((r) => r.text.length >= 6);
}

/** A cell's meaning by the paper's key; a bilingual cell ("Gwyrdd / Green") by either of its sides. */
function keyedWord(legend: Map<string, string> | null | undefined, raw: string): string | undefined {
  if (!legend) return undefined;
  const whole = legend.get(raw.replace(/[.)]$/, '').toUpperCase());
  if (whole !== undefined || !raw.includes(' / ')) return whole;
  return raw
    .split(' / ')
    .map((side) => legend.get(side.trim().replace(/[.)]$/, '').toUpperCase()))
    .find((v) => v !== undefined);
}

/**
 * A key to a tracker's status codes: "Progress: 1 Fully achieved, 2 Partly achieved, 3 In progress,
 * 4 Not started" or "C = Complete, O = Open". Two or more codes make a key.
 */
export function statusLegend(text: string): Map<string, string> | null {
  // A key is short: a long text is never one, and the search below would read all of it for nothing.
  return text.length >= 400 ? null : legendRemembered(text);
}

/**
 * Both table readers ask about every paragraph of a document: the second asks again what the first did. The keys
 * found are only read (get), never changed, so one Map can serve both readers.
 */
const legendRemembered = remembered((text: string) => readLegend(text));

function readLegend(text: string): Map<string, string> | null {
  const found = new Map<string, string>();
  const re =
    /(?:^|[\s,;:(])([0-9](?=\s*(?:[=–:)-]\s*)?[A-Za-z])|[A-Z](?=\s*[=–:-]))\s*(?:=|-|–|:|\))?\s*((?:fully|partly|partially|not|in|on|off|no|completed?|achieved|closed|open|started|progress|track|ongoing|overdue|delayed|done|complete)(?:\s+(?:achieved|started|progress|track|yet\s+started|complete|completed))?)\b/gi;
  for (const m of text.matchAll(re)) found.set(m[1]!.toUpperCase(), m[2]!);
  // A RAG key: "Red – not started, Amber – in progress, Green – complete".
  const colours =
    /\b(red|amber|green|blue|grey|gray|black|purple)\s*(?:=|-|–|:|\()\s*(?:[^;,/=()]{1,30}\s\/\s)?((?:fully|partly|partially|not|in|on|off|no|completed?|achieved|closed|open|started|progress|track|ongoing|overdue|delayed|done|complete)(?:\s+(?:achieved|started|progress|track|yet\s+started|complete|completed))?)\b/gi;
  for (const m of text.matchAll(colours)) found.set(m[1]!.toUpperCase(), m[2]!);
  return found.size >= 2 && text.length < 400 ? found : null;
}

/** A line made only of header words ("Ref Action Lead Due Status"): the columns in order, or null. */
function headerWords(text: string): Column[] | null {
  if (text.length > 120) return null;
  const words = text.split(/\s+/);
  if (words.length > 12 || columnOf(words[0]!) === null) return null;
  const valid = (cols: Column[]) => cols.length >= 3 && cols.includes('action') && cols.some((c) => c === 'owner' || c === 'due' || c === 'status');
  // Longest header phrases first, but "Action Owner" may be two columns ("Ref Action Owner Due"): try every reading.
  function* readings(j: number): Generator<Column[]> {
    if (j === words.length) {
      yield [];
      return;
    }
    for (const n of [3, 2, 1]) {
      const col = j + n <= words.length ? columnOf(words.slice(j, j + n).join(' ')) : null;
      if (col) for (const rest of readings(j + n)) yield [col, ...rest];
    }
  }
  for (const cols of readings(0)) if (valid(cols)) return cols;
  return null;
}

const FLAT_STATUS =
  /\s+((?:not\s+(?:yet\s+)?started|in\s+progress|on\s+track|partly\s+achieved|fully\s+achieved|completed?|closed|open|ongoing|on-going|done|overdue|delayed|achieved|red|amber|green|blue|[1-5]))$/i;
const FLAT_MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const FLAT_DUE = new RegExp(
  `\\s+((?:end\\s+of\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${FLAT_MONTH}(?:\\s+\\d{4})?|\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}|Q[1-4](?:\\s+\\d{4}(?:\\/\\d{2})?)?|next\\s+meeting|ongoing|tbc)$`,
  'i',
);
// The owner cell: capitalised words, with the small words titles and names use ("Head of Service", "Ann and Sam").
const FLAT_OWNER = /\s+((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|of|for|and|&|\/))*)$/;

/**
 * A tracker whose columns lost their separators, one row per line: a line of header words
 * ("Ref Action Lead Due Status"), then rows that start with their number and end with the cells
 * the header puts after the action ("… Performance Manager Sep 2017 ONGOING"). Read from the right,
 * in the header's order: the status words, the due date, the owner (a role or a name, in
 * capitals); what is left is the action. Hand-written: the cells have no separator to split on.
 * Read over a whole paper or a whole minutes body: numbered rows look like items and would be split apart.
 */
export function flattenedRows(blocks: Block[], ctx: ActionContext): ExtractedAction[] {
  const out: ExtractedAction[] = [];
  let cols: Column[] | null = null;
  let legend: Map<string, string> | null = null;
  for (const b of blocks) {
    if (b.type === 'paragraph' || b.type === 'heading') legend = statusLegend(b.text) ?? legend;
    if (b.type === 'row' || b.type === 'marker') {
      cols = null;
      continue;
    }
    const text = squash(b.text);
    const header = headerWords(text);
    if (header) {
      cols = header;
      continue;
    }
    if (!cols) continue;
    const row = flatRow(text, cols, ctx, legend);
    if (!row) {
      cols = null;
      continue;
    }
    out.push(row);
  }
  return out;
}

function flatRow(line: string, cols: Column[], ctx: ActionContext, legend: Map<string, string> | null): ExtractedAction | null {
  const at = cols.indexOf('action');
  const before = cols.slice(0, at);
  const after = cols.slice(at + 1);
  if (before.some((c) => c !== 'ref' && c !== 'item') || after.some((c) => !['owner', 'due', 'status', 'rag'].includes(c))) return null;
  let rest = line;
  let ref: string | null = null;
  if (before.length) {
    const m = /^(\S*\d\S*?)[.)]?\s+(.*)$/.exec(rest);
    if (!m) return null;
    ref = m[1]!;
    rest = m[2]!;
  }
  const fields: Partial<Record<Column, string>> = {};
  for (const c of [...after].reverse()) {
    const re = c === 'due' ? FLAT_DUE : c === 'owner' ? FLAT_OWNER : FLAT_STATUS;
    const m = re.exec(rest);
    if (!m) continue;
    fields[c] = m[1]!;
    rest = rest.slice(0, m.index);
  }
  if (!Object.keys(fields).length || rest.length < 6 || !/^[A-Z]/.test(rest)) return null;
  let owners: OwnerMention[] | null = null;
  if (fields.owner) {
    // The owner is the end of the capitalised run ("… to the Board Olive Grant"); the rest of it is the action's.
    const words = fields.owner.split(' ');
    for (let k = 0; k < words.length && !owners; k++) {
      const found = parseOwners(words.slice(k).join(' '), { attendance: ctx.attendance, date: ctx.meetingDate });
      if (found && !found.some((o) => o.kind === 'organisation')) {
        owners = found;
        rest = [rest, ...words.slice(0, k)].join(' ');
      }
    }
    // A team the lexicon does not know ("Business Support") still sits where the owner goes.
    if (!owners && words.length >= 2 && words.length <= 4 && !/^(?:the|of|and|for)$/i.test(words[0]!)) {
      owners = [{ written: fields.owner, kind: 'role', person: null }];
    }
    // Not an owner after all ("… to the Board"): the words belong to the action.
    if (!owners) rest = `${rest} ${fields.owner}`;
  }
  const statusWords = fields.status ?? fields.rag ?? '';
  const keyed = legend?.get(statusWords.toUpperCase()) ?? statusWords;
  const reading = keyed ? (readProgress(keyed) ?? readRag(keyed).reading) : null;
  return makeAction(
    'table',
    {
      ref,
      text: rest,
      passage: line,
      owners: owners ?? [],
      progress: statusWords || null,
      due: fields.due ? readDueCell(fields.due, dueContext(ctx)) : findDueInProse(rest, dueContext(ctx)),
      reading,
    },
    ctx,
  );
}
