import type { Block } from '../../ingest/document';
import { splitSentences, squash } from '../../util/text';
import { type Due, findDueInProse, readDueCell } from '../due';
import type { ExtractedAction, OwnerMention } from '../model';
import { parseOwners } from '../owners';
import { readProgress } from '../status';
import { type ActionContext, agencyPerson, dueContext, makeAction } from './context';
import { ownerFirstAction, whoCell } from './statements';

/*
 * An action recorded as a small form, one labelled field a line: "What: … / Who: … / When: …",
 * "Agreed: … / Lead: X    Timescale: …", "Task: … / Owner: … / Target date: … / Status: …". The task
 * line comes first; the lines right after it that open with an owner, date or status label are its
 * fields, whatever words the template uses for them. The clerk wrote the owner field to say who does
 * it, so it owns the task even when the task's wording names an agency ("Agreed: Police to confirm …"
 * over "Lead: DCI Petrie"). A reader may have run the lines into one block (a PDF's wrapped lines):
 * the fields are found wherever their labels stand.
 */

const TASK_LABEL = 'What|Actions?|Action\\s+agreed|Agreed\\s+actions?|Agreed|Task|Next\\s+step';
const OWNER_LABEL =
  'Who|Lead(?:\\s+(?:officer|agency|person|member))?|Owners?|Owned\\s+by|Responsibility|Responsible(?:\\s+(?:officer|person|agency|lead))?|By\\s+whom|Action\\s+by|Assigned\\s+to|Led\\s+by';
// A bare "Date:" is a field only under a task line (fieldRecord never starts at one).
// "By: May 2012" under the task is its deadline, as "By when:" is.
const DUE_LABEL = 'When|Timescales?|Due(?:\\s+date)?|Deadline|By\\s+when|By|Target(?:\\s+date)?|Date\\s+due|Completion\\s+date|Date';
// A schedule of outstanding actions reports each one's "Position at 20 June 2012:" or "Update:": that is its status.
const STATUS_LABEL =
  'Status|Progress(?:\\s+(?:at|as\\s+at)\\s+[^:]{3,24})?|(?:Current\\s+)?Position(?:\\s+(?:at|as\\s+at)\\s+[^:]{3,24})?|(?:Latest\\s+)?Update';

// "Lead: X    Support: Y": whoever supports the lead is named beside them, but the lead owns the task. The label is a field
// so that the lead's value ends where it starts.
const SUPPORT_LABEL = 'Support(?:ed\\s+by)?|Supporting(?:\\s+(?:officers?|leads?|agenc(?:y|ies)))?|In\\s+support|Contributors?';

const OWNER_LINE = new RegExp(`^(?:${OWNER_LABEL})\\s*:`, 'i');
const TASK_LINE = new RegExp(`^(?:${TASK_LABEL})\\s*:\\s*(\\S.{3,})$`, 'i');
const FIELD_LINE = new RegExp(`^(?:${OWNER_LABEL}|${DUE_LABEL}|${STATUS_LABEL}|${SUPPORT_LABEL})\\s*:`, 'i');
// A label counts where a line or a gap opens it ("… Lead: X    Timescale: …"), written with a capital as labels are.
const FIELD = new RegExp(`(?:^|\\s)(${OWNER_LABEL}|${DUE_LABEL}|${STATUS_LABEL}|${SUPPORT_LABEL})\\s*:\\s*`, 'gi');
const IS_SUPPORT = new RegExp(`^(?:${SUPPORT_LABEL})$`, 'i');
const IS_OWNER = new RegExp(`^(?:${OWNER_LABEL})$`, 'i');
const IS_DUE = new RegExp(`^(?:${DUE_LABEL})$`, 'i');

/** Page furniture between a record's lines (a record across a page break) is passed over. */
const MAX_FIELD_LINES = 4;

export interface FieldRecord {
  action: ExtractedAction;
  /** The index after the record's last line. */
  end: number;
  /** A resolution's clauses, each its own owner's action, where the owner field names one owner for each. */
  actions?: ExtractedAction[];
}

/** The form-like action record that starts at `blocks[i]`, if one does. */
export function fieldRecord(blocks: Block[], i: number, ctx: ActionContext): FieldRecord | null {
  const first = blocks[i]!;
  if (first.type === 'row' || first.type === 'marker') return null;
  const head = squash(first.text);
  const task = TASK_LINE.exec(head);
  if (!task) return null;
  return record(blocks, i, head, task[1]!, ctx);
}

/**
 * "The Committee agreed that the audit findings be shared with team leaders." over "Lead: X    Timescale: …": fields
 * under a sentence with no label of its own make that sentence (its last, where the paragraph has several) the task.
 */
export function fieldsUnderStatement(blocks: Block[], i: number, ctx: ActionContext): FieldRecord | null {
  const b = blocks[i]!;
  const prev = blocks[i - 1];
  if (b.type === 'row' || b.type === 'marker' || !OWNER_LINE.test(squash(b.text))) return null;
  if (!prev || (prev.type !== 'paragraph' && prev.type !== 'list-item')) return null;
  const above = squash(prev.text);
  if (TASK_LINE.test(above) || FIELD_LINE.test(above)) return null;
  const sentence = splitSentences(above).pop()?.trim() ?? '';
  // A title over its lead ("Neglect strategy" / "Lead: …") names no task; a sentence does.
  if (sentence.split(' ').length < 5 || !/[.!]$/.test(sentence)) return null;
  const found = record(blocks, i - 1, sentence, sentence, ctx);
  if (!found || !found.action.owners.length) return null;
  return { ...found, actions: byClause(sentence, found.action, ctx) ?? undefined };
}

// "RESOLVED – That (1) the report be noted; (2) …": a resolution's numbered clauses.
const CLAUSE_NUMBER = /\s*\((?:\d{1,2}|[a-h])\)\s+/;
// A clause that only notes, approves or agrees is the decision itself, nobody's task.
const DECISION_CLAUSE = /\bbe\s+(?:noted|approved|received|agreed|endorsed|accepted|adopted)\s*[;.]?\s*(?:and\s*)?$/i;

/**
 * "(1) the Assistant Director provide a breakdown …; (2) the Cabinet Member be asked to meet …" over "ACTION BY: Assistant
 * Director; Cabinet Member": as many owners as clauses that set tasks, in the same order, are one action per clause.
 */
function byClause(sentence: string, action: ExtractedAction, ctx: ActionContext): ExtractedAction[] | null {
  if (action.owners.length < 2 || !CLAUSE_NUMBER.test(sentence)) return null;
  const tasks = sentence
    .split(CLAUSE_NUMBER)
    .slice(1)
    .map((c) => c.trim().replace(/[;,]\s*(?:and\s*)?$/, ''))
    .filter((c) => c.length > 10 && !DECISION_CLAUSE.test(c));
  if (tasks.length !== action.owners.length) return null;
  const dc = dueContext(ctx);
  return tasks.map((text, k) => {
    const due = findDueInProse(text, dc);
    return makeAction('inline', { text, passage: action.passage, owners: [action.owners[k]!], ...(due.due ? { due } : {}) }, ctx);
  });
}

function record(blocks: Block[], i: number, head: string, task: string, ctx: ActionContext): FieldRecord | null {
  const lines = [task];
  let end = i + 1;
  let fieldLines = 0;
  for (let j = i + 1; j < blocks.length && fieldLines < MAX_FIELD_LINES; j++) {
    const b = blocks[j]!;
    if (b.type === 'marker') continue;
    if (b.type === 'row' || !FIELD_LINE.test(squash(b.text))) break;
    lines.push(squash(b.text));
    fieldLines++;
    end = j + 1;
  }
  const fields = splitFields(lines.join(' '));
  // "Action: … Owner: JB." alone on its line is the inline label's (prose.ts); a record has lines of its own or names its owner.
  if (!fieldLines && (/^action/i.test(head) || !fields.owner)) return null;
  if (fields.task.length < 6) return null;
  // "Responsibility: Ms Rafferty to remind all principals …": the owner field is itself the task, its subject the owner;
  // the paragraph above only says why.
  const stated = fields.owner && /\s(?:to|will)\s/.test(fields.owner) ? ownerFirstAction(fields.owner, ctx) : null;
  if (stated?.owners.length) fields.task = fields.owner!;
  const owners = stated?.owners.length ? stated.owners : fields.owner ? fieldOwners(fields.owner, ctx) : null;
  const due = fields.due !== null ? dueOf(fields.due, ctx) : null;
  const reading = fields.status ? readProgress(fields.status) : null;
  const passage = [head, ...lines.slice(1)].join(' ');
  const action = makeAction(
    'inline',
    {
      text: fields.task,
      passage,
      ...(owners && owners.length ? { owners } : {}),
      ...(due ? { due } : {}),
      ...(fields.status ? { progress: fields.status } : {}),
      ...(reading ? { reading } : {}),
    },
    ctx,
  );
  return { action, end };
}

function splitFields(text: string): { task: string; owner: string | null; due: string | null; status: string | null } {
  const found = [...text.matchAll(FIELD)].filter((m) => /^[A-Z]/.test(m[1]!));
  const out = { task: text, owner: null as string | null, due: null as string | null, status: null as string | null };
  if (!found.length) return out;
  out.task = text.slice(0, found[0]!.index).trim().replace(/[;,]$/, '');
  found.forEach((m, k) => {
    const value = text
      .slice(m.index! + m[0].length, k + 1 < found.length ? found[k + 1]!.index : text.length)
      .trim()
      .replace(/[.;,]$/, '');
    const label = m[1]!.replace(/\s+/g, ' ');
    if (IS_SUPPORT.test(label)) return;
    if (IS_OWNER.test(label)) out.owner ??= value;
    else if (IS_DUE.test(label)) out.due ??= value;
    else out.status ??= value;
  });
  return out;
}

function fieldOwners(cell: string, ctx: ActionContext): OwnerMention[] | null {
  return agencyPerson(cell, ctx, true) ?? whoCell(cell, ctx) ?? parseOwners(cell, { attendance: ctx.attendance, date: ctx.meetingDate });
}

/** A date field: the cell as a due date ("31/10/12", "next meeting"), else the date its words give ("by the April meeting"). */
function dueOf(cell: string, ctx: ActionContext): Due {
  const dc = dueContext(ctx);
  const read = readDueCell(cell, dc);
  if (read.due) return read;
  const prose = findDueInProse(cell, dc);
  return prose.due ? prose : read;
}
