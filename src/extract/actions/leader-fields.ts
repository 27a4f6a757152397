import { squash } from '../../util/text';
import type { ExtractedAction } from '../model';
import { parseOwners } from '../owners';
import { ActionContext, dueOfWords, makeAction } from './context';

/*
 * Typed minutes set an action line out as columns with dot leaders, as a contents page does:
 * "ACTION: Read the case files ........ FW / KW ........ April CPC". The leaders part the task, its owners and when, so
 * the fields are read by their place on the line, not by the words around them.
 */

// A run of three or more dots (or an ellipsis character repeated, or underscores) between two fields.
const LEADER = /\s*(?:\.{3,}|…{2,}|_{3,})\s*/;

/** An action line whose fields dot leaders set apart: task, owners and, when there is a third field, when. Null otherwise. */
export function leaderFieldsAction(raw: string, ctx: ActionContext): ExtractedAction | null {
  const parts = squash(raw)
    .split(LEADER)
    .map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !p)) return null;
  const [task, who, when] = parts as [string, string, string | undefined];
  if (task.length < 6 || who.length > 60) return null;
  // The owners' field is an owner's place: initials nobody in the attendance has are still an owner's.
  const owners = parseOwners(who, { attendance: ctx.attendance, date: ctx.meetingDate, ownerSlot: true });
  if (!owners?.length || !owners.every((o) => o.kind !== 'organisation' || /^[A-Z]/.test(o.written))) return null;
  const due = when ? dueOfWords(when, ctx) : null;
  return makeAction('inline', { text: task, passage: raw, owners, ...(due ? { due } : {}) }, ctx);
}
