import { splitSentences } from '../../util/text';
import type { ExtractedAction, OwnerMention } from '../model';
import { parseOwners } from '../owners';
import { ActionContext, makeAction, ownersOfStatement } from './context';
import { agreedThat } from './statements';

/**
 * Minutes that number an agreed action inside the paragraph that records the decision, instead of on a line of its own:
 * "… (Agreed action 13/41: Mr A and Mrs B)" closing the sentence, "(Agreed action 13/44)" with the owners in the
 * sentence, "…; this is Agreed action 13/42 and is to be reported in January" mid-sentence, or "Agreed action 13/43: the
 * Support Officer to …" opening it. The sentence that carries the number is the action, whoever the paragraph's other
 * sentences name. An earlier action reported on ("Agreed action 13/33 (X to …) has been completed") is the matters
 * arising reader's, not this one's.
 */
const REF = String.raw`(?:agreed|panel|board)\s+action\s+(?:no\.?\s*)?(\d{1,4}(?:[/.]\d{1,4})?[a-z]?)`;
const OPENING = new RegExp(String.raw`^${REF}\s*[:–—-]\s*(.{8,})$`, 'i');
const CLOSING = new RegExp(String.raw`^(.{12,}?)\s*\(\s*${REF}\s*(?:[:–—-]\s*([^()]{2,80}))?\)\s*\.?$`, 'i');
const INSIDE = new RegExp(String.raw`^(.{12,}?)[;,]\s+(?:this|which)\s+is\s+${REF}\b(.*)$`, 'i');
const ANY_REF = new RegExp(REF, 'i');
// "The Panel AGREED that …", "Members agreed to …", "It was further AGREED that …": the body's words, not the task's.
const AGREED_LEAD = /^(?:(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|it\s+was(?:\s+(?:further|also))?)\s+agreed\s+(?:that\s+|to\s+)?/i;
// "…, with Mrs A and Mr B leading its planning": who leads what the body agreed to do.
const WITH_LEADING = /,?\s+with\s+(.{3,80}?)\s+(?:leading|to\s+lead)\b/i;

function owners(written: string, ctx: ActionContext): OwnerMention[] {
  return parseOwners(written, { attendance: ctx.attendance, date: ctx.meetingDate }) ?? [];
}

// "The Panel AGREED to align …, and Mr X will send …": the clause that names who does it, else the whole decision.
function task(decision: string, ctx: ActionContext): { text: string; owners: OwnerMention[] } {
  const clauses = decision.split(/,\s+and\s+|;\s+/);
  for (let k = clauses.length - 1; k > 0; k--) {
    const found = ownersOfStatement(clauses[k]!, ctx);
    if (found.length) return { text: clauses[k]!, owners: found };
  }
  const text = decision.replace(AGREED_LEAD, '');
  // "The Panel AGREED that the Chair write to …": the subjunctive's subject.
  const agreed = agreedThat(decision.replace(/\bAGREED\b/, 'agreed'), ctx);
  if (agreed?.owners.length) return { text, owners: agreed.owners };
  const led = WITH_LEADING.exec(text);
  if (led) return { text, owners: owners(led[1]!, ctx) };
  return { text, owners: ownersOfStatement(text, ctx) };
}

function one(sentence: string, ctx: ActionContext): ExtractedAction | null {
  const open = OPENING.exec(sentence);
  if (open) return makeAction('inline', { ref: open[1]!, text: open[2]!, passage: sentence }, ctx);
  const close = CLOSING.exec(sentence);
  if (close) {
    const named = close[3] ? owners(close[3], ctx) : [];
    const t = task(close[1]!, ctx);
    return makeAction('inline', { ref: close[2]!, text: t.text, passage: sentence, owners: named.length ? named : t.owners }, ctx);
  }
  const inside = INSIDE.exec(sentence);
  if (inside) {
    const t = task(inside[1]!, ctx);
    // "… and is to be reported at the January meeting": when, told after the number.
    const action = makeAction('inline', { ref: inside[2]!, text: t.text, passage: sentence, owners: t.owners }, ctx);
    if (!action.due) {
      const later = makeAction('inline', { text: `${t.text} ${inside[3]!}`, passage: sentence, owners: t.owners }, ctx);
      action.due = later.due;
      action.dueText = later.dueText;
    }
    return action;
  }
  return null;
}

/** The numbered decisions of a paragraph and what is left of it once they are taken out (null when it has none). */
export function numberedDecisions(text: string, ctx: ActionContext): { actions: ExtractedAction[]; rest: string } | null {
  if (!ANY_REF.test(text)) return null;
  const actions: ExtractedAction[] = [];
  const rest: string[] = [];
  for (const sentence of splitSentences(text)) {
    const action = ANY_REF.test(sentence) ? one(sentence.trim(), ctx) : null;
    if (action) actions.push(action);
    else rest.push(sentence);
  }
  return actions.length ? { actions, rest: rest.join(' ') } : null;
}
