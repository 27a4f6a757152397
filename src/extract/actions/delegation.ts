import { squash } from '../../util/text';
import { Due, readDueCell, saysWhen } from '../due';
import type { OwnerMention } from '../model';
import { isAllMembersGroup, parseOwners } from '../owners';
import { ActionContext, dueContext } from './context';

/**
 * Minutes that state a task and then hand it over in a few words: "… before it is published – EB to action by 30 June",
 * "… through each agency's bulletin. GT to action.", "HL and CD to take forward by end of Q2.", "… so the calendar can be
 * planned – all members, ongoing." The hand-over names who (and maybe when); the task is the clause or sentence before it.
 */

// The verbs that hand a task over without saying it again: "to action", "to take (this) forward", "to progress".
// "Mrs X will find out.", "KL will look into it.": a follow-up that names no task of its own takes the question before it.
const HANDOVER =
  /^(.{2,60}?)\s+(?:to|will|would)\s+(?:action|take\s+(?:this\s+|it\s+)?forward|progress|follow\s+(?:this\s+|it\s+)?up|pick\s+(?:this\s+|it\s+)?up|find\s+out|look\s+into\s+(?:this|it)|check)(?:\s+(.{2,40}?))?\s*\.?$/;
// "all members, ongoing", "EB, by 30 June": owners, then after a comma when.
const OWNERS_COMMA_WHEN = /^(.{2,40}?),\s*(.{2,30}?)\s*\.?$/;
const NO_DATE = /^(?:ongoing|on-going|asap|as soon as possible|immediately)$/i;
// A task stated before its hand-over dash: long enough to be one, and not itself a hand-over.
const DASHED = /^(.{12,}?)\s+[–—-]\s+([^–—]{2,80})$/;

export interface Handover {
  owners: OwnerMention[];
  due: Due | null;
}

/** Who a hand-over names (people, initials, posts or all members), and when, or null if the words are not one. */
export function handover(words: string, ctx: ActionContext): Handover | null {
  const text = squash(words).replace(/\.$/, '');
  const verb = HANDOVER.exec(text);
  if (verb) {
    const owners = ownersNamed(verb[1]!, ctx);
    if (!owners) return null;
    if (!verb[2]) return { owners, due: null };
    if (!/^(?:by|before|in|at|for|during|end|within)\b/i.test(verb[2])) return null;
    const due = readDueCell(verb[2].replace(/^by\s+/i, ''), dueContext(ctx));
    return { owners, due: due.due ? due : null };
  }
  const comma = OWNERS_COMMA_WHEN.exec(text);
  if (!comma) return null;
  // Without a verb only people or everyone hand over: "Executive Group, 13 October 2020" under a title is a dateline.
  const owners = ownersNamed(comma[1]!, ctx);
  if (!owners || owners.some((o) => o.kind === 'role')) return null;
  if (NO_DATE.test(comma[2]!)) return { owners, due: null };
  const due = readDueCell(comma[2]!.replace(/^by\s+/i, ''), dueContext(ctx));
  return due.due || saysWhen(comma[2]!) ? { owners, due: due.due ? due : null } : null;
}

/** "<task> – EB to action by 30 June": the task before the dash and its hand-over after it, or null. */
export function dashedHandover(sentence: string, ctx: ActionContext): (Handover & { task: string }) | null {
  const m = DASHED.exec(squash(sentence).replace(/\.$/, ''));
  // The task is a clause, not a title: a few words at least.
  const h = m && m[1]!.split(' ').length >= 4 ? handover(m[2]!, ctx) : null;
  return h ? { ...h, task: m![1]! } : null;
}

function ownersNamed(written: string, ctx: ActionContext): OwnerMention[] | null {
  if (isAllMembersGroup(written)) return [{ written, kind: 'group', person: null }];
  // A hand-over names people: a capital or initials first ("the report to action" is not one).
  if (!/^[A-Z]/.test(written)) return null;
  const owners = parseOwners(written, { attendance: ctx.attendance, date: ctx.meetingDate });
  return owners?.length && owners.every((o) => o.kind === 'person' || o.kind === 'initials' || o.kind === 'role') ? owners : null;
}
