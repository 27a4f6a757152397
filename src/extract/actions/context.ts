import { squash } from '../../util/text';
import type { IsoDate } from '../dates';
import { Due, DueContext, findDueInProse, readDueCell } from '../due';
import type { ActionForm, AttendanceEntry, ExtractedAction, OwnerMention } from '../model';
import { parseOwners } from '../owners';
import { readProgress, StatusReading } from '../status';

export interface ActionContext {
  meetingDate: IsoDate | null;
  nextMeeting: IsoDate | null;
  item: string | null;
  /** The item's heading ("Matters arising"), where the minutes give one. */
  itemTitle?: string | null;
  /** Later meetings the papers list, so "the March meeting" is that meeting's day. */
  meetings?: IsoDate[];
  attendance: AttendanceEntry[];
  /** A paper with no meeting of its own (a tracker) is dated above its table: due dates without a year count from it. */
  asOf?: IsoDate | null;
  /** The width the paper's prose is hard-wrapped at (a plain-text copy), if it is: see line-width.ts. */
  wrapWidth?: number | null;
  /** The financial year a plan's title names (its quarters are that year's). */
  financialYear?: number | null;
  /** The financial year the paper's own title names ("Business Plan 2024/25"), not a cell of its table. */
  planYear?: number | null;
}

/** The dates a due date is read against: the meeting's, or the paper's own date when it records no meeting. */
export function dueContext(ctx: ActionContext): DueContext {
  return {
    meetingDate: ctx.meetingDate ?? ctx.asOf ?? null,
    nextMeeting: ctx.nextMeeting,
    meetings: ctx.meetings ?? [],
    financialYear: ctx.financialYear ?? null,
    planYear: ctx.planYear ?? null,
  };
}

const OWNER_VERB =
  /\s+(?:(?:is|are|was|were)\s+)?(?:to|will|would|should|must|shall|(?:has\s+|have\s+|had\s+)?agreed\s+to|(?:is|are|was|were|be)\s+(?:invited|asked|requested|tasked|expected|encouraged|instructed)\s+to|invited\s+to|asked\s+to|requested\s+to|undertook\s+to|offered\s+to|volunteered\s+to|committed\s+to|needs?\s+to)\s+(?!be\b|the\b|a\b|an\b|their\b|his\b|her\b|its\b|all\b|this\b|that\b|these\b|those\b|each\b|every\b|any\b|[A-Z0-9])[a-z]/g;

/** The owner named at the start of an action's wording: "Sally Harris, …, to liaise with …". */
export function ownersOfStatement(statement: string, ctx: ActionContext): OwnerMention[] {
  for (const m of statement.matchAll(OWNER_VERB)) {
    // "RESOLVED – That the Head of Service be asked to …": the resolution's words are not the owner.
    const subject = statement
      .slice(0, m.index!)
      .replace(/^(?:action\s*:?\s*)/i, '')
      .replace(/^\(?[a-h0-9]{1,2}[.)]?\s+(?=that\b)/i, '')
      .replace(/^that\s+/i, '');
    if (!subject.trim() || subject.split(' ').length > 24) break;
    const owners = agencyPerson(subject, ctx) ?? parseOwners(subject, { attendance: ctx.attendance, date: ctx.meetingDate });
    if (owners) return owners;
  }
  return [];
}

// "Health (Dr Sinclair)", and in an owner field "Police – DCI Mottram": an agency with the person who will do it.
const AGENCY_PERSON = /^([A-Z][\w&'’ -]{1,40}?)\s*\(([^()]{3,60})\)$/;
const AGENCY_DASH_PERSON = /^([A-Z][\w&'’ -]{1,40}?)\s*[–—]\s+(.{3,60})$/;

/**
 * An agency written with its person: the person owns the action ("Police (DCI Mottram) to check …"). A dash parts them
 * only in an owner field: in prose it parts a title from what follows.
 */
export function agencyPerson(written: string, ctx: ActionContext, field = false): OwnerMention[] | null {
  const text = squash(written);
  const pair = AGENCY_PERSON.exec(text) ?? (field ? AGENCY_DASH_PERSON.exec(text) : null);
  const person = pair ? parseOwners(pair[2]!, { attendance: ctx.attendance, date: ctx.meetingDate }) : null;
  return person?.length && person.every((o) => o.kind === 'person' || o.kind === 'initials') ? person : null;
}

const REASSIGN_TAIL = /\s+would\s+(?:now\s+)?(?:pursue|take\s+(?:this\s+)?forward|take\s+on|lead\s+on|pick\s+up|own)\s+(?:this|the)\s+action/i;
const REASSIGN = new RegExp(`([^.;]*?)${REASSIGN_TAIL.source}`, 'i');

/** "Sonia Turner, Assistant Director, … would pursue this action" hands the action to her. */
export function reassignedTo(progress: string, ctx: ActionContext): OwnerMention[] | null {
  // REASSIGN tries every start position over the whole progress text (slow on long updates); it
  // matches exactly when its tail does, which one quick search tells.
  const m = REASSIGN_TAIL.test(progress) ? REASSIGN.exec(progress) : null;
  if (m) return parseOwners(m[1]!.trim(), { attendance: ctx.attendance, date: ctx.meetingDate });
  // "passed from G.H. to T.A., as …", "the lead passes from the Designated Nurse to the Named Nurse": the new holder owns it.
  const to = PASSED_TO.exec(progress);
  const owners = to ? parseOwners(to[1]!.trim(), { attendance: ctx.attendance, date: ctx.meetingDate }) : null;
  return owners?.length && owners.every((o) => o.kind !== 'organisation' || owners.length === 1) ? owners : null;
}

const PASSED_TO =
  /\b(?:passed|passes|transferred|transfers|reassigned|handed(?:\s+over)?|moved)\s+(?:from\s+(?:the\s+)?[^,;]{1,60}?\s+)?to\s+(?:the\s+)?([A-Z][^,;]{0,60}?)\s*(?=[,;]|\.(?:\s|$)|\s+(?:as|who|with|because|since|from|for|by|now|and\s+(?:is|will|now))\b|$)/;

/**
 * "Chief Social Work Officer and Divisional Commander" read as one role nobody holds is two roles when each half is a
 * post someone at the meeting holds ("Head of Safeguarding and Quality Assurance", one post, has its holder whole).
 */
function splitJoinedRoles(owners: OwnerMention[], ctx: ActionContext): OwnerMention[] {
  return owners.flatMap((o) => {
    if (o.kind !== 'role' || o.person || !/\s(?:and|&)\s/.test(o.written)) return [o];
    const each = o.written.split(/\s+(?:and|&)\s+/).map((part) => parseOwners(part, { attendance: ctx.attendance, date: ctx.meetingDate }));
    return each.every((e) => e && e.length === 1 && e[0]!.kind === 'role' && e[0]!.person) ? each.map((e) => e![0]!) : [o];
  });
}

// "… to the missing persons system [A25 – end of March].": minutes that number each action close its sentence with the
// number and, after a dash, when it is due, in a log's words ("end of March", "17 Feb") that need no "by" before them.
const REF_WHEN = /\[\s*[A-Z]{0,4}\s*\d{1,4}(?:[./-]\d{1,4}){0,2}[a-z]?\s*[–—-]\s*([^[\]]{2,40}?)\s*\]\s*\.?$/;

function refBracketDue(text: string, ctx: ActionContext): Due | null {
  const m = text.endsWith(']') || text.endsWith('].') ? REF_WHEN.exec(text) : null;
  const due = m ? dueOfWords(m[1]!, ctx) : null;
  return due?.due ? due : null;
}

/** When a few words set apart from a task say it is due ("end of March", "by the May meeting"): as a due cell reads them, else as prose does. */
export function dueOfWords(words: string, ctx: ActionContext): Due {
  const dc = dueContext(ctx);
  const cell = readDueCell(words, dc);
  if (cell.due) return cell;
  const prose = findDueInProse(words, dc);
  return prose.due ? prose : cell;
}

export function makeAction(
  form: ActionForm,
  fields: { ref?: string | null; text: string; passage: string; progress?: string | null; owners?: OwnerMention[]; due?: Due; reading?: StatusReading | null },
  ctx: ActionContext,
): ExtractedAction {
  const text = squash(fields.text);
  const progress = fields.progress ? squash(fields.progress) : null;
  let owners = splitJoinedRoles(fields.owners ?? ownersOfStatement(text, ctx), ctx);
  let reading = fields.reading ?? (progress ? readProgress(progress) : null);
  const moved = progress ? reassignedTo(progress, ctx) : null;
  if (moved && moved.length) {
    owners = moved;
    if (!reading || reading.state === 'reassigned') reading = { status: 'open', state: 'reassigned' };
  }
  if (!reading) reading = { status: 'open', state: progress ? 'in progress' : 'not started' };
  const due = fields.due ?? refBracketDue(text, ctx) ?? findDueInProse(progress ? `${text} ${progress}` : text, dueContext(ctx));
  return {
    board: null,
    ref: fields.ref ?? null,
    text,
    owners,
    due: due.due,
    dueText: due.dueText,
    status: reading.status,
    state: reading.state,
    rag: null,
    progress,
    form,
    meetingDate: ctx.meetingDate,
    item: ctx.item,
    passage: squash(fields.passage),
  };
}
