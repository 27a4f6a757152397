import type { Block } from '../../ingest/document';
import { splitSentences, squash } from '../../util/text';
import { findDates } from '../dates';
import { readDueCell } from '../due';
import type { ExtractedAction, OwnerMention } from '../model';
import { parseOwners } from '../owners';
import { readProgress, readRag, StatusReading } from '../status';
import { ActionContext, makeAction } from './context';

type Column = 'ref' | 'item' | 'action' | 'owner' | 'due' | 'status' | 'rag' | 'raised' | 'meeting' | 'discussion';

const HEADERS: [Column, RegExp][] = [
  ['rag', /^(?:rag|rag rating|rag status|rating|r\/a\/g)$/],
  ['ref', /^(?:no|number|ref|ref no|reference|action no|action number|action ref|action id|id|#|log no)$/],
  ['item', /^(?:item|item no|minute|minute no|minute ref|agenda item|page|page no|section)$/],
  ['raised', /^(?:date of rec|date of recommendation|date raised|date agreed|date added|raised|date opened|date)$/],
  ['meeting', /^(?:meeting|meeting date|date of meeting|source)$/],
  [
    'action',
    /^(?:actions?|action required|action agreed|agreed actions?|action points?|recommendations?|description|task|tasks|what|detail|action description|action\/decision)$/,
  ],
  [
    'owner',
    /^(?:by whom|owner|owners|lead|leads|lead officers?|lead\(s\)|responsible officers?|responsible|responsibility|action by|who|assigned to|responsible person|person responsible|lead person|action owner)$/,
  ],
  ['due', /^(?:by when|due|due date|target date|target|deadline|timescales?|to be completed by|when|completion date|date due|due by|target completion)$/],
  ['discussion', /^(?:discussion|minutes?|notes of discussion|discussion and actions|summary of discussion|key points|narrative|matters discussed)$/],
  ['status', /^(?:status|progress|update|updates|comments?|progress update|latest update|update\/comments|outcome|notes|position)$/],
];

function columnOf(cell: string): Column | null {
  const key = squash(cell).toLowerCase().replace(/[.:*]/g, '').trim();
  for (const [col, re] of HEADERS) if (re.test(key)) return col;
  return null;
}

/** Whether a row is the header of an action table (its rows are read by findTableActions). */
export function isActionTableHeader(cells: string[]): boolean {
  return headerMap(cells) !== null;
}

/** A header row names an action column and at least one of owner, due date, status or number. */
function headerMap(cells: string[]): Map<Column, number> | null {
  const map = new Map<Column, number>();
  cells.forEach((c, i) => {
    const col = columnOf(c);
    if (col && !map.has(col)) map.set(col, i);
  });
  if (!map.has('action')) return null;
  // "Item | Discussion | Action": minutes as a table, the action column holding owners' initials.
  if (!['owner', 'due', 'status', 'rag', 'discussion'].some((c) => map.has(c as Column))) return null;
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
  for (const b of blocks) {
    if (b.type !== 'row' || !b.cells) {
      // Anything between rows ends the table; a table that goes on repeats its header row.
      map = null;
      continue;
    }
    const header = headerMap(b.cells);
    if (header) {
      map = header;
      width = b.cells.length;
      continue;
    }
    if (!map) continue;
    if (b.cells.length < width - 1) {
      // A row of a different shape is the next table (a report's "Report to: …" header).
      map = null;
      continue;
    }
    const action = rowAction(b, map, ctx);
    if (action) out.push(action);
  }
  return out;
}

function cell(b: Block, map: Map<Column, number>, col: Column): string {
  const i = map.get(col);
  return i === undefined ? '' : squash(b.cells![i] ?? '');
}

function rowAction(b: Block, map: Map<Column, number>, base: ActionContext): ExtractedAction | null {
  const actionCell = cell(b, map, 'action');
  if (/^[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*$/.test(actionCell)) return initialsColumnAction(b, map, actionCell, base);
  if (map.has('discussion') && !map.has('owner') && !map.has('due')) return null;
  const rawText = actionCell;
  const others = [...map.entries()].filter(([c]) => c !== 'action').map(([c]) => cell(b, map, c));
  // A section label spanning the row ("Priority 2: …") is not an action.
  if (!rawText || (others.every((o) => !o) && /^(?:priority|section|theme|objective|outcome|area)\b/i.test(rawText))) return null;
  if (rawText.length < 6) return null;
  const numbered = /^(\d{1,3}(?:\.\d{1,2})?)[.)]\s+(.*)$/.exec(rawText);
  const text = numbered ? numbered[2]! : rawText;
  const meetingCell = cell(b, map, 'meeting');
  const meetingDate = (meetingCell && findDates(meetingCell).find((d) => d.iso)?.iso) || base.meetingDate;
  const ctx: ActionContext = { ...base, meetingDate, item: cell(b, map, 'item') || base.item };
  const refCell = cell(b, map, 'ref').replace(/^(?:no\.?|action)\s*/i, '');
  const ownerCell = cell(b, map, 'owner');
  const owners: OwnerMention[] = ownerCell
    ? (parseOwners(ownerCell, { attendance: ctx.attendance, date: meetingDate }) ?? [{ written: ownerCell, kind: 'role', person: null }])
    : [];
  const statusCell = cell(b, map, 'status');
  const ragCell = cell(b, map, 'rag');
  const dueCell = cell(b, map, 'due');
  const { rag, reading: ragReading } = readRag(ragCell);
  const progressReading = statusCell ? readProgress(statusCell) : null;
  let reading: StatusReading | null = null;
  if (progressReading?.status === 'done') reading = progressReading;
  else if (ragReading?.status === 'done') reading = ragReading;
  else reading = progressReading ?? ragReading ?? (/^(?:ongoing|on-going|continuous|rolling)$/i.test(dueCell) ? { status: 'open', state: 'ongoing' } : null);
  const action = makeAction(
    'table',
    {
      ref: refCell && /^\d/.test(refCell) ? refCell : null,
      text,
      passage: b.cells!.filter(Boolean).join(' | '),
      progress: statusCell || null,
      owners,
      due: readDueCell(dueCell, { meetingDate, nextMeeting: ctx.nextMeeting }),
      reading,
    },
    ctx,
  );
  action.rag = rag;
  return action;
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
