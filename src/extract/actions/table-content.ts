import { remembered } from '../../util/memo';
import { squash } from '../../util/text';
import { findDates } from '../dates';
import { readDueCell } from '../due';
import { parseOwners } from '../owners';
import { readProgress, readRag } from '../status';
import type { Column } from './tables';

/**
 * What a table's cells say when its header does not: a column of owners ("Head of Early Help", "JB/PT", "All"), of due
 * dates ("March 2025", "Q3", "next meeting"), of statuses ("Complete", "Amber"), of short numbers ("2.3", "A4"), and of
 * tasks ("Publish the neglect strategy", "To train …", "JB to circulate …"). An action table is told by its rows: a task
 * column beside an owner or a due column over most of them. Attendance lists, agendas, risk registers and dashboards have
 * owners or dates but no column of tasks.
 */

const TASK = 1;
const OWNER = 2;
const DUE = 4;
const STATUS = 8;
const REF = 16;
const TEXT = 32;
const PROGRESS = 64;
const RAG = 128;

// Hand-written rather than a tagger: a cell is asked only whether it opens with a task's verb, for every row of every
// paper, and a word list answers that in a lookup. Verbs an agenda opens with ("To note", "To receive") are left out.
const TASK_VERBS = new Set(
  (
    'add agree align analyse analyze appoint arrange ask assess assure audit book brief bring build cascade chase check circulate clarify ' +
    'collate collect commission communicate complete confirm consider consult contact continue convene coordinate co-ordinate create ' +
    'deliver design develop discuss disseminate distribute draft email e-mail embed engage ensure escalate establish evaluate explore ' +
    'extend facilitate feed finalise finalize find follow forward gather hold identify implement improve include increase inform ' +
    'introduce investigate invite issue launch liaise link look maintain map meet monitor notify obtain organise organize pilot plan ' +
    'prepare present produce progress promote provide publish raise re-circulate recirculate recruit redesign refresh reinforce renew ' +
    'report request re-send resend research respond revise review revisit roll run schedule scope secure seek send set share sign speak ' +
    'strengthen submit support take test track train undertake update upload use work write ' +
    'attend capture challenge change close compile conduct define determine devise do draw enable encourage explain get give ' +
    'highlight host keep make measure nominate offer outline pass pick prioritise prioritize put re-audit reconvene record refer ' +
    'relaunch re-launch remind replace reply resolve return see simplify source standardise start streamline summarise survey tell ' +
    'trial upskill validate verify visit widen'
  ).split(' '),
);
// "To agree the minutes", "To note the report": an agenda's wording, not a task.
const AGENDA_VERBS = /^(?:note|receive|approve|agree|consider|discuss|ratify|endorse|welcome|confirm|accept)$/i;

function taskLike(text: string): boolean {
  const words = text
    .replace(/^(?:\(?[a-z0-9]{1,3}[.)]|[•▪·*-])\s+/i, '')
    .split(/\s+/)
    .slice(0, 6);
  if (words.length < 2) return false;
  let k = 0;
  // "JB to circulate …", "All to share …", "Police and Health to map …": an owner, then the task.
  const to = words.findIndex((w, i) => i > 0 && i <= 3 && w.toLowerCase() === 'to');
  if (to > 0 && /^[A-Z]/.test(words[0]!) && TASK_VERBS.has(words[to + 1]?.toLowerCase() ?? '')) return true;
  const agendaStyle = words[0]!.toLowerCase() === 'to';
  if (agendaStyle) k = 1;
  const verb = words[k]?.toLowerCase().replace(/[,:]$/, '') ?? '';
  if (!TASK_VERBS.has(verb) || (agendaStyle && AGENDA_VERBS.test(verb))) return false;
  // "Review of the threshold", "Update from Police", "Report on …": an agenda's title, a noun. "Lead Nurse": a post.
  const next = words[k + 1] ?? '';
  return !!next && !/^(?:of|from|on|and|&|group|panel|meeting)$/i.test(next) && !/^[A-Z][a-z]/.test(next);
}

const DUE_WORDS =
  /^(?:(?:by\s+|before\s+)?(?:the\s+)?next\s+(?:\w+\s+)?meeting|ongoing|on-going|tbc|tba|asap|immediately|immediate|annually|quarterly|monthly|termly|weekly|by\s+end\s+of\s+\w+|end\s+of\s+\w+(?:\s+\d{4})?|(?:spring|summer|autumn|winter)(?:\s+term)?(?:\s+\d{4})?|q[1-4](?:\s*\d{2,4}(?:[/-]\d{2,4})?)?|quarter\s+[1-4].*|[1-4](?:st|nd|rd|th)\s+quarter.*)$/i;
// "10.30" is a time of day; "07.03.16" is a date written with dots.
const TIME = /^\d{1,2}[:.]\d{2}\b(?![./-]\d)|\b\d+\s*(?:mins?|minutes)\b/i;
// A short due cell that names a month without its year ("June meeting", "March Board") reads as a date once the table's year
// is known; asked only what kind of cell it is, any year will do. A longer one is a story ("Launched in May – complete").
const SOME_YEAR = { meetingDate: '2001-01-01', nextMeeting: null };
const STATUS_WORDS =
  /^(?:open|closed|complete|completed|done|ongoing|on-going|in progress|on track|off track|not started|not yet started|started|overdue|delayed|achieved|partly achieved|partially achieved|fully achieved|not achieved|superseded|on hold|pending|deferred|new|red|amber|green|blue|grey|rag|r|a|g|b|[ra]\/g)\.?$/i;
const NO_MEETING = { meetingDate: null, nextMeeting: null };
const REF_CELL = /^(?:[A-Z]{1,4}\s?[/.-]?\s?)?\d{1,3}(?:[./-]\d{1,3}){0,3}[a-z]?[.)]?$/;

function readCellKinds(raw: string): number {
  const text = squash(raw);
  if (!text) return 0;
  const words = text.split(' ').length;
  let kinds = words >= 3 ? TEXT : 0;
  // "12.05.26" is a day and "Q3" a quarter; "2.3" and "A4" are numbers.
  if (REF_CELL.test(text) && text.length <= 12 && !DUE_WORDS.test(text) && !findDates(text).some((d) => d.iso)) return kinds | REF;
  if (taskLike(text)) return kinds | TASK;
  if (text.length <= 40 && !TIME.test(text)) {
    if (STATUS_WORDS.test(text) || readRag(text).rag) kinds |= STATUS;
    if (/^(?:red|amber|green|blue|grey|r|a|g|b|amber\/green|green\/amber)$/i.test(text)) kinds |= RAG;
    if (
      DUE_WORDS.test(text) ||
      findDates(text).some((d) => d.iso || d.month) ||
      readDueCell(text, NO_MEETING).due ||
      (words <= 4 && readDueCell(text, SOME_YEAR).due)
    )
      kinds |= DUE;
  }
  if (!(kinds & (DUE | STATUS)) && words <= 8 && text.length <= 70 && !/\d{3,}/.test(text)) {
    const owners = parseOwners(text, { attendance: [], date: null });
    if (owners?.length || /^(?:all|everyone|all members|all partners)$/i.test(text)) kinds |= OWNER;
  }
  // A progress story ("Draft circulated to the group in May; final due in July") says where the action stands.
  if (!(kinds & (OWNER | DUE | STATUS)) && words >= 2 && readProgress(text)) kinds |= PROGRESS;
  return kinds;
}

/** The kinds a cell's words read as, remembered: every row of every table is asked once for its header and once here. */
const cellKinds = remembered(readCellKinds);

export const isOwnerCell = (text: string) => (cellKinds(text) & OWNER) !== 0;

/**
 * A row that reads as a table's header rather than one of its rows: short labels ("Agreed | Officer | Completion"), no
 * task, date, number or status among them.
 */
export function headerLike(cells: string[], isHeaderWord: (cell: string) => boolean, secondRow = false): boolean {
  const filled = cells.map((c) => squash(c)).filter(Boolean);
  if (filled.length < 2) return false;
  // The second row of a header goes on with the words above it ("Agreed" over "action"): it need not start with a capital.
  const opens = secondRow ? /^[A-Za-z#(]/ : /^[A-Z#(]/;
  return filled.every((c) => isHeaderWord(c) || (c.length <= 40 && c.split(' ').length <= 5 && opens.test(c) && !(cellKinds(c) & (TASK | DUE | REF | STATUS))));
}

/**
 * Cells a header never holds but a row of the table does: a task written out, an item's number, a day's date. A row of a
 * log whose values happen to contain header words ("In Progress", "Item", a SharePoint path ending "…/Actions") holds
 * these as well, so it is a row of the table, not a new header.
 */
export function valueCellCount(cells: string[], isHeaderWord: (cell: string) => boolean): number {
  return cells.filter((raw) => {
    const c = squash(raw);
    if (!c || isHeaderWord(c)) return false;
    const kinds = cellKinds(c);
    if (kinds & REF) return true;
    if (kinds & TASK && c.split(' ').length >= 4) return true;
    return c.length <= 24 && findDates(c).some((d) => d.iso && d.day !== null);
  }).length;
}

/** Of the columns `open`, the one whose filled cells most often read as `kind`, if it does in most rows. */
function bestColumn(body: string[][], open: number[], kind: number, share: number, filledShare: number): number | null {
  let best: number | null = null;
  let bestRate = 0;
  for (const c of open) {
    const filled = body.filter((r) => squash(r[c] ?? ''));
    if (filled.length < Math.max(1, body.length * filledShare)) continue;
    const rate = filled.filter((r) => cellKinds(r[c]!) & kind).length / filled.length;
    if (rate >= share && rate > bestRate) [best, bestRate] = [c, rate];
  }
  return best;
}

/**
 * The columns of a table's body by what their cells say, for the columns `known` leaves open and `closed` (header words
 * of other kinds) does not hold: task, owner, due, status, ref. Null when no column of tasks is clear, or none of owners or due dates beside it.
 */
export function contentColumns(body: string[][], width: number, known: Map<Column, number>, closed: number[] = []): Map<Column, number> | null {
  const rows = body.filter((r) => r.some((c) => squash(c)));
  if (!rows.length) return null;
  const taken = new Set([...known.values(), ...closed]);
  const open = () => [...Array(width).keys()].filter((c) => !taken.has(c));
  const out = new Map(known);
  const take = (kind: Column, col: number | null) => {
    if (col === null || out.has(kind)) return;
    out.set(kind, col);
    taken.add(col);
  };
  // Tasks in most rows (a row may be a note without one); owners and dates where a cell is filled in most rows.
  take('action', bestColumn(rows, open(), TASK, 0.6, 0.6));
  // Under a header that names who or when ("Issue | Owner | Deadline"), the column of words beside them is what is to be done.
  if (known.has('owner') || known.has('due')) take('action', bestColumn(rows, open(), TEXT, 0.6, 0.6));
  if (!out.has('action')) return null;
  take('owner', bestColumn(rows, open(), OWNER, 0.6, 0.5));
  take('ref', bestColumn(rows, open(), REF, 0.8, 0.6));
  // A date after the task is when it is due; one before it is when it was raised, or a forward plan's month.
  const task = out.get('action')!;
  const dueAfter = bestColumn(
    rows,
    open().filter((c) => c > task),
    DUE,
    0.6,
    0.5,
  );
  // Dates before the tasks and none after ("June 2026 | Present the audit | QA Chair"): a forward plan or a register of what
  // was done when, unless a header word named the action column.
  const before = [...Array(task).keys()].filter((c) => !taken.has(c));
  if (dueAfter === null && !known.has('action') && bestColumn(rows, before, DUE, 0.6, 0.6) !== null) return null;
  take('due', dueAfter);
  // A column of colours is a RAG rating; one of words ("Complete", "On track") a status.
  take('rag', bestColumn(rows, open(), RAG, 0.6, 0.5));
  take('status', bestColumn(rows, open(), STATUS, 0.6, 0.5));
  take(
    'status',
    bestColumn(
      rows,
      open().filter((c) => c > task),
      PROGRESS | STATUS,
      0.5,
      0.4,
    ),
  );
  return out.has('owner') || out.has('due') ? out : null;
}

const COLUMN_KINDS: Partial<Record<Column, number>> = {
  ref: REF,
  action: TASK | TEXT,
  owner: OWNER,
  due: DUE,
  status: STATUS | PROGRESS | RAG,
  rag: RAG | STATUS,
};

/** Whether a cell's words are what a column of that kind holds (a number in the ref column, someone in the owner's). */
export function fitsColumn(text: string, col: Column): boolean {
  const kind = COLUMN_KINDS[col];
  if (col === 'meeting' || col === 'raised') return findDates(squash(text)).some((d) => d.iso) && squash(text).length <= 30;
  // "18/05" in a number column is a log number, whatever date it could also be.
  if (col === 'ref' && REF_CELL.test(squash(text)) && squash(text).length <= 12) return true;
  // "30.03.26" is read as a number first, and "T Breslin" (an initial and a surname) as no one the lexicon knows.
  if (col === 'due' && squash(text).length <= 30 && readDueCell(text, NO_MEETING).due) return true;
  if (col === 'owner' && /^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s*[/&]\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,3})*$/.test(squash(text))) return true;
  return kind !== undefined && (cellKinds(text) & kind) !== 0;
}
