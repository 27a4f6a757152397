import type { Block } from '../../ingest/document';
import { splitSentences, squash } from '../../util/text';
import { type Due, findDueInProse, readDueCell, saysWhen } from '../due';
import { runsOn } from '../line-width';
import type { ExtractedAction, OwnerMention } from '../model';
import { isTitleLike, parsePersonName } from '../names';
import { isAllMembersGroup, MIXED_INITIALS_SOURCE, parseOwners } from '../owners';
import { ActionContext, agencyPerson, dueContext, dueOfWords, makeAction, reassignedTo } from './context';

/*
 * The shapes an action statement takes in minutes, beyond an "Action:" label: an owner first
 * ("JH to write to …", "Sam Reid will …", "RB and JC are looking at …"), a task with nobody named
 * ("arrangements would be made to …"), an update of an earlier action under "Matters arising"
 * ("4.2 – Audit: AB and CD had met … further work is needed"), and minutes laid out with an
 * Action/Who column flattened into text ("3.1 Website / Anne" over bullets that say what will happen).
 * Hand-written because no library models minute-takers' English; each rule names the class of
 * papers it serves.
 */

// Words that end a line but never a sentence: the sentence runs on in the next block (PDF line wraps).
const OPEN_END = /\b(?:the|a|an|and|or|of|to|for|from|with|by|in|on|at|will|would|be|is|are|was|were|has|have|had|that|this|their|his|her|its|who|which)$/i;

/**
 * PDF readers give each printed line of a wrapped paragraph as a block of its own, so an owner
 * or a verb lands on the next line ("… She will" / "be in touch with …"). A block that does not
 * end a sentence and is followed by a paragraph that carries on (lower-case start, after a word
 * that cannot end a sentence, or a line cut at the paper's wrap width) is joined to it.
 */
export function rejoinWrapped(blocks: Block[], width: number | null = null): Block[] {
  const out: Block[] = [];
  // The last printed line joined so far: whether the next line runs on depends on where this one was cut.
  let line = '';
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (
      prev &&
      b.type === 'paragraph' &&
      (prev.type === 'paragraph' || prev.type === 'list-item') &&
      !/[.!?:;]["')]?$/.test(prev.text.trim()) &&
      (/^[a-z(]/.test(b.text.trim()) || OPEN_END.test(prev.text.trim()) || runsOn(line, b.text.trim(), width)) &&
      !nextClause(prev.text, b.text) &&
      prev.text.length + b.text.length < 2400
    ) {
      out[out.length - 1] = { ...prev, text: `${prev.text.trim()} ${b.text.trim()}` };
      line = b.text.trim();
      continue;
    }
    out.push(b);
    line = b.text.trim();
  }
  return out;
}

// "(1) to note the report; and" over "(2) to instruct …": a resolution's clauses, each a line, end in "; and" without ending a sentence.
const CLAUSE_OPEN = /^\((?:\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3}|ix|x)\)\s/;
function nextClause(prev: string, next: string): boolean {
  return CLAUSE_OPEN.test(next.trim()) && (CLAUSE_OPEN.test(prev.trim()) || /;\s*(?:and|or)?$/.test(prev.trim()));
}

/** Word copies flatten a bulleted list into one paragraph ("… accuracy. • Leaflets – … • Next – …"). */
export function splitInlineBullets(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if ((b.type !== 'paragraph' && b.type !== 'list-item') || !/\s[•▪●◦]\s/.test(b.text)) {
      out.push(b);
      continue;
    }
    const [head, ...items] = b.text.split(/\s+[•▪●◦]\s+/);
    if (head!.trim()) out.push({ ...b, text: head!.trim() });
    for (const item of items) if (item.trim()) out.push({ ...b, type: 'list-item', text: item.trim() });
  }
  return out;
}

/** Owners as a subject: people, initials, roles or a named group; never "It", "This", "Members". */
export function subjectOwners(subject: string, ctx: ActionContext): OwnerMention[] | null {
  const s = squash(subject).replace(/^(?:and|also|then|so)\s+/i, '');
  if (!s || /^(?:it|this|that|there|these|those|they|he|she|we|some|all|others?|each|many|most|both)\b/i.test(s)) return null;
  if (s.split(' ').length > 10) return null;
  const owners = parseOwners(s, { attendance: ctx.attendance, date: ctx.meetingDate });
  if (!owners || !owners.length) return null;
  if (owners.every((o) => o.kind === 'group' && isAllMembersGroup(o.written))) return null;
  if (owners.some((o) => o.kind === 'organisation')) return null;
  return owners;
}

// "RB and JC are looking at …", "Sam is working on …": a task under way, owned by the subject.
const PROGRESSIVE =
  /^(.{2,80}?)\s+(?:is|are)\s+(?:currently\s+|now\s+|still\s+|jointly\s+)?(looking\s+(?:at|into)|working\s+(?:on|with)|exploring|reviewing|developing|drafting|preparing|arranging|organising|organizing|following\s+up|progressing|leading\s+on|pursuing|investigating|updating|liaising\s+with|scoping|mapping|collating|compiling|writing|setting\s+up|chasing)\b(.*)$/;

/** "RB and JC are looking at electronic options …" */
export function progressiveAction(sentence: string, ctx: ActionContext): ExtractedAction | null {
  // PROGRESSIVE tries up to 80 starts; its verb "is" or "are" is looked for once first.
  const m = /\s(?:is|are)\s/.test(sentence) ? PROGRESSIVE.exec(sentence) : null;
  if (!m) return null;
  const owners = subjectOwners(m[1]!, ctx);
  if (
    !owners ||
    !owners.every((o) => o.kind === 'person' || o.kind === 'initials' || o.kind === 'role' || (o.kind === 'group' && /^[A-Z]{2,4}$/.test(o.written)))
  )
    return null;
  return makeAction('agreed-to', { text: sentence, passage: sentence, owners, reading: { status: 'open', state: 'in progress' } }, ctx);
}

// "JH to write to all concerned", "Julia H to contact …", "Chair and DCS to agree …": an owner, then "to" and a verb.
const OWNER_TO =
  /^(.{2,70}?)\s+(?:to|will|shall|is\s+to|are\s+to)\s+(?!be\b|note\b|receive\b|approve\b|endorse\b|the\b|a\b|an\b|all\b|this\b|that\b|their\b|its\b|retire\b|leave\b|step\s+down\b|join\b|start\b|move\b|remain\b|continue\s+(?:as|in)\b)([a-z][a-z-]+)\b/;

/** A sentence that opens with its owner: "CO to forward the plan on a page to members." */
export function ownerFirstAction(raw: string, ctx: ActionContext): ExtractedAction | null {
  // "Agreed: JS will circulate …", "Decision – PQ to write …": the label is not part of the owner.
  const sentence = raw.replace(/^(?:Agreed|AGREED|Decision|DECISION|Outcome|OUTCOME|Next steps?|NEXT STEPS?)\s*[:\-–]\s*/, '');
  const m = OWNER_TO.exec(sentence);
  // "Police (DCI Mottram) to check …": the agency's person owns it.
  const pair = m ? agencyPerson(m[1]!, ctx) : null;
  if (pair) return makeAction('inline', { text: sentence, passage: sentence, owners: pair }, ctx);
  // The subject is a name, initials or a role written with capitals: "Julia H", "CO", "Head of Service MASH", "Chair and DCS";
  // or a role in lower case that someone at the meeting holds ("The partnership manager will pick this up").
  if (
    !m ||
    !(
      // A post may carry its kind in brackets: "Named Nurse (Acute) and Named Nurse (Community)".
      /^(?:(?:Cllr|Dr|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][\w'’-]*(?:\s*(?:[A-Z][\w'’-]*|\([A-Z][\w'’ -]{1,30}\)|and|&|\/|,|of|for)\s*)*$/.test(m[1]!) ||
      // "M.P.", "K.O'B. and G.H.": initials written with stops.
      /^[A-Z]\.[A-Z.'’\s/&]*(?:\s+and\s+[A-Z]\.[A-Z.'’]*)*$/.test(m[1]!) ||
      heldRole(m[1]!, ctx) ||
      SUB_GROUP_SUBJECT.test(m[1]!)
    )
  )
    return null;
  const owners = subjectOwners(m[1]!, ctx);
  if (
    !owners ||
    !owners.every((o) => o.kind === 'person' || o.kind === 'initials' || o.kind === 'role' || (o.kind === 'group' && !isAllMembersGroup(o.written)))
  )
    return null;
  // "X will …" is narrative unless X is someone at the meeting ("The SA will outline …" describes a plan).
  // "The SA will …" names a role by its letters, not a person's initials.
  const will = !/\sto\s/.test(m[0].slice(m[1]!.length, m[1]!.length + 5));
  // A role the meeting can name ("The Business Manager will circulate …") commits its holder; so does a
  // role given a deadline ("… for comment by 19 July"): a plan being described has neither.
  const roleCommitted =
    owners.every((o) => o.kind === 'role' && (o.person || !/^[A-Z]{2,6}$/.test(o.written))) &&
    (owners.every((o) => o.person) || findDueInProse(sentence, ctx).due !== null);
  if (will && subGroupCommitted(owners, m[2]!, sentence))
    return makeAction('inline', { text: sentence, passage: sentence, owners: namedSubGroup(owners, ctx) }, ctx);
  if (will && !roleCommitted && (/^the\s/i.test(m[1]!) || !owners.every((o) => o.kind === 'person' || (o.kind === 'initials' && o.person)))) return null;
  // A role alone ("Chair to …") or a group must be more than one capitalised word of prose ("Work to …").
  if (
    owners.length === 1 &&
    owners[0]!.kind === 'group' &&
    !/^[A-Z]{2,6}$/.test(owners[0]!.written) &&
    !/\b(?:group|panel|team|board)\b/i.test(owners[0]!.written)
  )
    return null;
  // "Nadia W to submit the intel - ASAP", "Tara to arrange a review – before next panel": action notes put when after a dash.
  const when = dashWhen(sentence.replace(/[.;]$/, ''), ctx);
  if (when) return makeAction('inline', { text: when.task, passage: sentence, owners, due: when.due }, ctx);
  return makeAction('inline', { text: sentence, passage: sentence, owners }, ctx);
}

// "Police colleagues to confirm …", "Health partners to agree …": the agency owns it.
const AGENCY_PEOPLE = /^((?:[A-Z][\w'’&-]*\s+){1,3})(?:colleagues|partners|representatives|reps)\s+to\s+([a-z]{3,}\b.*)$/;
// "Members were asked to send comments to Jo by 31 March": those asked own it.
const WERE_ASKED =
  /^(.{2,40}?)\s+(?:was|were|have\s+been|has\s+been)\s+(?:asked|requested|tasked)\s+to\s+(?!attend\b|note\b|consider\b|comment\b|join\b|be\b|read\b|ask\b)([a-z]{3,}\b.*)$/;

const IN_MEETING_CONDUCT =
  /\b(?:cameras?|microphones?|mics?|on\s+mute|mute\s+(?:themselves|their)|phones?\s+(?:on\s+)?(?:silent|off))\b|\b(?:during|throughout)\s+(?:the\s+rest\s+of\s+)?(?:this|the)\s+meeting\b/i;

/** An agency's staff, or people the minutes say were asked, as the owners of what follows. */
export function askedOwners(sentence: string, ctx: ActionContext): ExtractedAction | null {
  if (!/\b(?:colleagues|partners|representatives|reps|asked|requested|tasked)\s/.test(sentence)) return null;
  const agency = AGENCY_PEOPLE.exec(sentence);
  if (agency) {
    const owners = parseOwners(agency[1]!.trim(), { attendance: ctx.attendance, date: ctx.meetingDate });
    if (owners && owners.every((o) => o.kind !== 'person' && o.kind !== 'initials'))
      return makeAction('inline', { text: sentence, passage: sentence, owners }, ctx);
  }
  const asked = WERE_ASKED.exec(sentence);
  if (!asked || /^(?:it|this|that|he|she|they|we)$/i.test(asked[1]!)) return null;
  // "Those online were asked to keep cameras on for item 5": how to behave in the meeting under way is housekeeping.
  if (IN_MEETING_CONDUCT.test(asked[2]!)) return null;
  const owners = parseOwners(asked[1]!, { attendance: ctx.attendance, date: ctx.meetingDate });
  // Members, partners, people and roles are asked; "the Committee were asked to …" describes the meeting itself.
  const fits = (o: OwnerMention) => o.kind === 'person' || o.kind === 'initials' || o.kind === 'role' || (o.kind === 'group' && isAllMembersGroup(o.written));
  if (!owners || !owners.length || !owners.every(fits)) return null;
  return makeAction('inline', { text: `${asked[1]!} to ${asked[2]!}`, passage: sentence, owners }, ctx);
}

// "The Partnership Team will circulate …", "It was agreed that the Business Unit would update …", "Police and Children's
// Services will jointly review …": a team, unit or agency takes a task on. The subject opens the sentence (or the agreed
// clause), its words are capitalised, and the verb is a task; the board itself deciding, a habit ("the police would normally
// attend …") or a report ("Health reported that …") is no task.
const AGENCY_SUBJECT =
  /^(?:[Tt]he\s+)?((?:[A-Z][\w'’&-]*|[A-Z]{2,8})(?:\s+(?:[A-Z][\w'’&-]*|and|&|of|for|the|,))*?)\s+(will|would|shall|to|are\s+to|is\s+to)\s+(?:also\s+|jointly\s+|now\s+|then\s+)?([a-z][a-z-]+)\b/;
const AGENCY_VERB =
  /^(?:review|report|develop|produce|prepare|draft|circulate|share|update|audit|map|monitor|revise|refresh|bring|present|provide|arrange|organise|organize|evaluate|analyse|analyze|collate|write|identify|scope|pilot|deliver|publish|check|send|confirm|contact|invite|distribute|submit|complete|commission|chase|escalate|nominate|amend|recirculate|re-circulate|email|forward|feed)$/;
const HABIT =
  /\b(?:normally|usually|generally|typically|routinely|always|often|currently|annually|quarterly|monthly)\b|\b(?:each|every)\s+(?:meeting|quarter|year|month|term)\b/i;
// The body meeting, or any board or partnership named alone, deciding for itself.
const ITSELF = /^(?:board|committee|partnership|group|sub-?\s?group|panel|executive|meeting|forum|council|members?)$/i;

export function agencyTask(raw: string, ctx: ActionContext): ExtractedAction | null {
  if (/\bhad\s+(?:been\s+)?(?:agreed|resolved|decided)\b/.test(raw) || HABIT.test(raw)) return null;
  const clause = raw.replace(/^(?:it\s+was\s+|the\s+\w+(?:\s+\w+)?\s+)?(?:agreed|resolved|decided)\s+that\s+/i, '');
  const m = AGENCY_SUBJECT.exec(clause);
  if (!m || !AGENCY_VERB.test(m[3]!) || m[1]!.split(/\s+/).length > 7 || ITSELF.test(m[1]!)) return null;
  // "would" tells a plan only where it was agreed: "the police would attend if asked" is narrative.
  if (m[2] === 'would' && clause === raw) return null;
  const octx = { attendance: ctx.attendance, date: ctx.meetingDate };
  const agency = (o: OwnerMention) => (o.kind === 'group' || o.kind === 'organisation') && !isAllMembersGroup(o.written);
  // "Police and Children's Services" are two agencies when each side is one on its own ("Learning and Development Team" is one).
  const sides = m[1]!.split(/\s+(?:and|&)\s+/).map((p) => parseOwners(p, octx));
  const owners =
    sides.length > 1 && sides.every((o) => o?.length === 1 && o[0]!.kind === 'organisation')
      ? sides.map((o) => o![0]!)
      : parseOwners(m[1]!.replace(/,$/, ''), octx);
  if (!owners?.length || !owners.every(agency)) return null;
  return makeAction('inline', { text: raw, passage: raw, owners }, ctx);
}

// "All to send comments to JP by 17/07", "All agencies to return their figures", "Board members to return the audit": everyone at the meeting is given the task. Only
// with "to" and a verb that is a task: "Members to note …" and "Partners will …" report, they do not assign.
const COLLECTIVE_TO =
  /^(All|ALL|Everyone|(?:All\s+)?(?:[Bb]oard\s+|[Pp]artnership\s+|[Cc]ommittee\s+|[Gg]roup\s+)?(?:[Mm]embers|[Pp]artners|(?:[Pp]artner\s+)?(?:[Aa]gencies|[Oo]rganisations)))\s+to\s+(?!note\b|be\b|receive\b|approve\b|endorse\b|agree\b|accept\b|attend\b|the\b|a\b)([a-z]{3,}\b.*)$/;

/** A task set for everyone: the group as written owns it. */
export function collectiveAction(sentence: string, ctx: ActionContext): ExtractedAction | null {
  const m = COLLECTIVE_TO.exec(sentence);
  if (!m) return null;
  return makeAction('inline', { text: sentence, passage: sentence, owners: [{ written: m[1]!, kind: 'group', person: null }] }, ctx);
}

// "The action for Jo Smith to confirm the budget was completed …", "… which completes the March action for Sue Lee to support …".
const ACTION_FOR = /\b[Aa]ction\s+for\s+(.{2,60}?)\s+to\s+([a-z][^;]*?)(?=\s+(?:was|is|has\s+been|had\s+been|were|remains?)\b|[;,]|\.?$)/;
// "Action 4 from October (DH to provide a briefing) is complete", "… except action 4 (Head of Education to update …), which remains open".
// "Action point 5.2 from May (…)", "Action 22/44 (…)": a log's number may carry its item or its year.
const ACTION_NUMBERED =
  /\b[Aa]ction\s+(?:points?\s+)?(\d{1,4}(?:[./]\d{1,3})?[a-z]?|[A-Z]{1,3}\d{1,3})\s*(?:from\s+(?:the\s+)?(?:[\w/]+\s+){0,3}?)?\(([^()]{8,200})\)/;
// "A17 (CR to share the briefing with schools) is complete": a log's number alone, its task in brackets in the owner's
// words, then how it stands. Only a bracket that opens with who is to do it, and a verb after it, make it one.
const REF_NUMBERED = /(?<![\w/.-])([A-Z]{1,3}\d{1,4}[a-z]?)\s*\(([^()]{2,60}?\s(?:to|will)\s[^()]{6,200})\)(?=\s+(?:is|was|has|had|remains?|are|were)\b)/;
const DONE_WORDS = /\b(?:complete[sd]?|done|closed|achieved|finished|discharged)\b/i;
const OPEN_WORDS = /\b(?:remains?\s+open|carried\s+forward|carry\s+forward|outstanding|not\s+yet|ongoing|in\s+progress|deferred|delayed|now\s+due)\b/i;

/**
 * An earlier action the minutes report on by who had it and what it was: done when the sentence says so, open when it
 * says the action stays open (or is the exception to "all actions are complete").
 */
export function earlierAction(sentence: string, ctx: ActionContext): ExtractedAction | null {
  const bare = /\b[Aa]ction\s/.test(sentence) ? null : REF_NUMBERED.exec(sentence);
  if (!bare && !/\b[Aa]ction\s/.test(sentence)) return null;
  const numbered = bare ?? ACTION_NUMBERED.exec(sentence);
  const form = numbered ? null : ACTION_FOR.exec(sentence);
  const apposed = numbered || form ? null : reportedByNumber(sentence, ctx);
  if (apposed) return apposed;
  const m = numbered ?? form;
  if (!m) return null;
  let action: ExtractedAction;
  if (numbered) {
    action = makeAction('inline', { ref: numbered[1]!, text: numbered[2]!, passage: sentence }, ctx);
    // "Action 21/15 (audit …) – the lead passes from the Designated Nurse to the Named Nurse": the task's new owner.
    if (!action.owners.length) action.owners = reassignedTo(sentence.slice(numbered.index + numbered[0].length), ctx) ?? [];
    if (!action.owners.length) return null;
  } else {
    const owners = subjectOwners(form![1]!, ctx);
    if (!owners || !owners.every((o) => o.kind === 'person' || o.kind === 'initials' || o.kind === 'role')) return null;
    action = makeAction('inline', { text: `${form![1]!} to ${form![2]!}`, passage: sentence, owners }, ctx);
  }
  const before = sentence.slice(0, m.index);
  const after = sentence.slice(m.index + m[0].length);
  const done = !OPEN_WORDS.test(after) && (DONE_WORDS.test(after) || (DONE_WORDS.test(before) && !/\bexcept\s*$/i.test(before)));
  action.status = done ? 'done' : 'open';
  action.state = done ? 'completed' : 'in progress';
  // "… has slipped and is carried forward to the April meeting": an open action is due when the sentence moves it to.
  const still = done ? null : OPEN_WORDS.exec(after);
  const moved = still ? findDueInProse(after.slice(still.index), dueContext(ctx)) : null;
  action.due = moved?.due ?? null;
  action.dueText = moved?.due ? moved.dueText : null;
  return action;
}

// "Lydia Marsh reported that action 24/31, to circulate the annual report to all members, was complete".
const ACTION_APPOSED =
  /^(.{2,60}?)\s+(?:reported|confirmed|advised|updated\s+(?:members|the\s+\w+)|informed\s+(?:members|the\s+\w+))\s+(?:that\s+)?action\s+(\d{1,3}(?:[/.]\d{1,3})?[a-z]?|[A-Z]{1,3}\d{1,3})\s*,\s*(to\s+[a-z][^,;]{6,160}),\s*(.*)$/i;

/**
 * An earlier action named by its number with its task set beside it, and how it stands: whoever reports on it had it (the
 * task names nobody else). Done when the rest of the sentence says so.
 */
function reportedByNumber(sentence: string, ctx: ActionContext): ExtractedAction | null {
  const m = ACTION_APPOSED.exec(sentence.trim());
  if (!m || !(DONE_WORDS.test(m[4]!) || OPEN_WORDS.test(m[4]!))) return null;
  const owners = subjectOwners(m[1]!, ctx);
  if (!owners || !owners.every((o) => o.kind === 'person' || o.kind === 'initials' || o.kind === 'role')) return null;
  const done = !OPEN_WORDS.test(m[4]!);
  const action = makeAction('inline', { ref: m[2]!, text: m[3]!, passage: sentence, owners }, ctx);
  return Object.assign(action, { status: done ? 'done' : 'open', state: done ? 'completed' : 'in progress', due: null, dueText: null });
}

/** "the partnership manager": a role in lower case, counted only when one person at the meeting holds it. */
function heldRole(subject: string, ctx: ActionContext): boolean {
  if (!/^(?:[Tt]he\s+)?[a-z][a-z' -]{3,40}$/.test(subject) || !isTitleLike(subject)) return false;
  const owners = parseOwners(subject, { attendance: ctx.attendance, date: ctx.meetingDate });
  return !!owners && owners.length === 1 && owners[0]!.kind === 'role' && !!owners[0]!.person;
}

// A board's working groups; the board, committee or partnership itself deciding is not a task.
const SUB_GROUP_SUBJECT = /^(?:[Tt]he\s+)?(?:[A-Z][\w'’&-]*\s+){0,4}(?:sub-?group|panel|working\s+group|steering\s+group|network)$/i;
const SUB_GROUP = /\b(?:sub-?group|panel|task\s+and\s+finish\s+group|working\s+group|steering\s+group|network)$/i;
const TASK_VERB =
  /^(?:review|report|develop|produce|prepare|draft|circulate|share|update|audit|consider|look|explore|map|monitor|revise|refresh|bring|present|provide|arrange|organise|organize|plan|evaluate|analyse|analyze|collate|write|agree|identify|scope|test|pilot|deliver|publish|check|follow|feed)$/;

/**
 * "The QA sub-group will also review the findings …": a working group of the board takes the task on.
 * The verb must be a task ("will meet quarterly", "will be chaired by" describe the group).
 */
function subGroupCommitted(owners: OwnerMention[], verb: string, sentence: string): boolean {
  if (owners.length !== 1 || owners[0]!.kind !== 'group' || !SUB_GROUP.test(owners[0]!.written)) return false;
  const first = verb === 'also' || verb === 'now' ? (/\s(?:also|now)\s+([a-z]+)/.exec(sentence)?.[1] ?? '') : verb;
  return TASK_VERB.test(first);
}

/** "The sub-group" under "Item 4: Training Sub-Group report" is the Training Sub-Group. */
function namedSubGroup(owners: OwnerMention[], ctx: ActionContext): OwnerMention[] {
  const o = owners[0]!;
  if (!/^(?:sub-?group|panel|working group|steering group|network)$/i.test(o.written)) return owners;
  const noun = o.written.toLowerCase().replace(/-/g, '');
  const titled = new RegExp(`((?:[A-Z][\\w'’&-]*\\s+){1,4}${noun.replace('subgroup', 'sub-?group')})\\b`, 'i').exec(ctx.itemTitle ?? '');
  return titled && /^[A-Z]/.test(titled[1]!) ? [{ ...o, written: squash(titled[1]!) }] : owners;
}

// "Members asked that the Business Unit circulate …", "It was requested that Health provide …": the subject of the request's
// clause owns it when its verb is a plain task (not "be reminded", which is a request of nobody in particular).
const REQUEST_THAT =
  /\b(?:asked|requested)\s+that\s+(?:the\s+)?([A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for))*)\s+(?:should\s+)?(?!be\b|is\b|are\b|was\b|were\b|has\b|have\b)([a-z]{3,}\b.*)$/;
// "The Board requested a report from the Head of Education Safeguarding to the next meeting on …".
const REQUEST_FROM =
  /\b(?:requested|asked\s+for|commissioned)\s+(an?\s+(?:\w+\s+)?(?:report|update|paper|briefing|breakdown|summary|presentation|proposal|analysis|review))\s+from\s+(?:the\s+)?([A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for))*)\b(.*)$/;

const PAPER_THEN_VERB =
  /^(?:[a-z-]+\s+){0,3}(?:report|plan|paper|update|review|strategy|dataset|data|figures|findings|results|audit|briefing|summary|analysis|proposal|minutes)s?\s+(?:should\s+)?(?:come|go|return|be)\b/;

/** A request minuted in the discussion, of a named person, role, group or agency. */
export function requestedOf(sentence: string, ctx: ActionContext): ExtractedAction | null {
  // Every sentence of the minutes is asked: the verbs are looked for once before the patterns are tried.
  if (!/\b(?:asked|requested|commissioned)\b/.test(sentence)) return null;
  const that = REQUEST_THAT.exec(sentence);
  const from = that ? null : REQUEST_FROM.exec(sentence);
  const subject = that?.[1] ?? from?.[2];
  if (!subject || subject.split(/\s+/).length > 8) return null;
  // "In 2016 the Board had requested a report from the Council; it was received in 2017": a request told as history.
  if (/\bhad\s+(?:asked|requested|commissioned)\b|\b(?:was|were|has been|had been)\s+(?:received|provided|completed|presented)\b/i.test(sentence)) return null;
  const year = ctx.meetingDate ? Number(ctx.meetingDate.slice(0, 4)) : null;
  if (year && [...sentence.matchAll(/\b(?:19|20)\d{2}\b/g)].some((m) => Number(m[0]) < year)) return null;
  if (that && !/^[a-z]+$/.test(that[2]!.split(/\s+/)[0]!)) return null;
  // A verb ending in -s or -ed is not the plain form a request takes ("asked that the Chair wrote …" is a report).
  if (that && /(?:ed|[^s]s)$/.test(that[2]!.split(/\s+/)[0]!)) return null;
  // "asked that the Partnership annual report come to its next meeting": the capitalised words open the name of a paper,
  // whose verb comes after its noun; the paper is the subject, and nobody is asked anything.
  if (that && PAPER_THEN_VERB.test(that[2]!)) return null;
  // "asked that the Welsh version is issued …": the capital opens a thing's name ("Welsh version"), whose verb follows its
  // noun; a request of how a thing is done names nobody to do it.
  if (that && /^[a-z]+\s+(?:is|are|was|were|be|should|will|would|has|have|can|could|must)\b/.test(that[2]!)) return null;
  let owners = parseOwners(subject, { attendance: ctx.attendance, date: ctx.meetingDate });
  // A team or unit named with capitals ("Business Unit") is an owner even where the lexicon has no word for it.
  if (!owners) owners = [{ written: subject, kind: 'group', person: null }];
  if (owners.every((o) => o.kind === 'group' && isAllMembersGroup(o.written))) return null;
  const who = owners.map((o) => o.person?.name.display ?? o.written).join(' and ');
  const text = that ? `${who} to ${that[2]!}` : `${who} to provide ${from![1]!}${from![3]!}`;
  return makeAction('inline', { text, passage: sentence, owners }, ctx);
}

// A task with nobody named: "arrangements would be made to …", "a report will be brought to …".
const PASSIVE_TASK =
  /^(?:(?:it\s+was\s+agreed|agreed)\s+that\s+)?((?:the|a|an|further|new|revised|updated|final|draft|full|an?\s+\w+)?\s*[a-z][\w'-]*(?:\s+[\w'-]+){0,6}?)\s+(?:would|will|shall|needs?\s+to|need\s+to)\s+(?:now\s+|also\s+)?be\s+(?:made|arranged|circulated|re-circulated|sent|brought(?:\s+back)?|reported|presented|provided|established|organised|organized|shared|added|drafted|produced|scheduled|set\s+up|put\s+in\s+place|developed|written|updated|amended|distributed|forwarded|submitted|taken\s+forward|followed\s+up|explored|sought|obtained|identified|convened|booked|publicised|published)\b/i;
const NOT_A_THING = /^(?:it|this|that|some|they|these|those|all|many|others?|each|which|there)$/i;

/** "Arrangements would be made to take up the offer": an action nobody's name is on. */
export function passiveTask(sentence: string, ctx: ActionContext): ExtractedAction | null {
  const m = PASSIVE_TASK.exec(sentence);
  if (!m) return null;
  const subject = m[1]!.trim();
  if (NOT_A_THING.test(subject) || subject.split(/\s+/).length < 1) return null;
  // "their approval will be sought by e-mail": a decision put off (approving is never an action), not a task.
  if (/^(?:(?:the|their|its|his|her|members'?)\s+)?(?:approval|agreement|endorsement|ratification|sign-?off)\b/i.test(subject)) return null;
  if (sentence.split(/\s+/).length < 6) return null;
  return makeAction('agreed-list', { text: sentence, passage: sentence, owners: [] }, ctx);
}

const ARISING =
  /\bmatters?\s+arising\b|\baction\s+(?:sheet|log|tracker|list|points?\s+from)\b|\bactions?\s+from\s+(?:the\s+)?(?:last|previous)\s+meeting\b|\breview\s+of\s+actions?\b/i;

/** Whether a block opens the part of minutes that goes over earlier actions. */
export function opensArising(text: string): boolean {
  return ARISING.test(text.slice(0, 200));
}

const DONE_VERBS =
  'spoke|spoken|met|contacted|wrote|written|sent|circulated|re-circulated|produced|arranged|emailed|completed|raised|discussed|followed\\s+up|liaised|drafted|' +
  'prepared|shared|forwarded|organised|organized|submitted|checked|chased|escalated|invited|amended|added|uploaded|distributed|established|set\\s+up|developed|' +
  'reviewed|written\\s+to|agreed\\s+with|made\\s+contact|clarified|obtained|received|booked|delivered|published|issued|updated\\s+the\\s+\\w+\\s+(?:list|page|plan|policy|website|procedure)';
// Under an earlier action's own number ("17/45 – Toolkit: JM reported that …", "Action 16/14: AC confirmed that …") whoever
// reports on it is who did it; without a number, "X reported that …" is just news.
const REPORTED_BY = /^(.{2,80}?)\s+(?:reported|confirmed|advised|informed\s+(?:the\s+)?\w+)\s+that\b/;
// "21/09 Bairns' Hoose scoping – IM confirmed funding has been agreed. Complete.": under its log number, whoever gives the
// update is who carried the action, with or without "that".
const REPORTED_BARE = /^(.{2,60}?)\s+(?:reported|confirmed|advised|updated|explained|stated|noted|informed)\b(?!\s+(?:by|to)\b)/;
const UPDATE_BY = new RegExp(`^(.{2,80}?)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:now\\s+|already\\s+|since\\s+|also\\s+)?(?:${DONE_VERBS})\\b`);
const INITIALS_UPDATE = new RegExp(`\\b([A-Z]{2,4}(?:\\s*(?:and|&|/)\\s*[A-Z]{2,4})*)\\s+(?:has|have|had)\\s+(?:now\\s+|already\\s+)?(?:${DONE_VERBS})\\b`);
const PASSIVE_BY =
  /^(.{6,160}?)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:still\s+|now\s+|currently\s+)?(?:being\s+)?[a-z]{3,}ed\s+by\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?:\s*(?:and|&|\/)\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?)\s*[.,;]?$/;
const STILL_OPEN =
  /\bcarried\s+forward\b|\brolled\s+(?:forward|over)\b|\bdeferred\s+(?:to|until)\b|\bin\s+progress\b|\b(?:is|are)\s+(?:still\s+)?(?:needed|required|outstanding|awaited|ongoing)\b|\bneeds?\s+to\b|\boutstanding\b|\bremains?\s+open\b|\bstill\s+to\b|\bnot\s+yet\b|\bawaiting\b|\bto\s+be\s+(?:picked\s+up|confirmed|completed|followed)\b|\bwill\s+(?:report|update|bring|follow|come|go|return|be)\b/i;

const BRACKET_OWNER_STATUS = new RegExp(
  `^(.{6,200}?)\\s*\\(([^()]{2,40})\\)\\s*[–—-]\\s*((?:done|completed?|closed|actioned|achieved|superseded|in\\s+progress|ongoing|carried\\s+forward|outstanding|(?:${DONE_VERBS}))\\b.*)$`,
  'i',
);

/**
 * An update of an earlier action under "Matters arising" / an action sheet: "4.12 – Audit: AB and
 * CD had met … but further discussion is needed", "Leaflets – Sam Reid spoke to the printer.",
 * "3.1 – Plan JC has produced a paper …". The people who did it own it; it is done unless the
 * update says something is still needed.
 */
export function arisingUpdate(entry: string, ctx: ActionContext, numbered = false): ExtractedAction | null {
  const refMatch = /^(\d{1,3}(?:[./]\d{1,3}){0,2}[a-z]{0,4}|[a-z]\))?\s*[–—-]?\s*/.exec(entry)!;
  const ref = refMatch[1] ?? null;
  const logNumbered = numbered || (!!ref && ref.includes('/'));
  const body = entry.slice(refMatch[0].length);
  // The title runs up to a colon or a dash ("Leaflets – …", "Case: Implications – Sam Reid spoke …"): try each.
  const starts = [0, ...[...body.slice(0, 200).matchAll(/:\s+|\s*[–—]\s*|\s+-\s+/g)].map((m) => m.index! + m[0].length)];
  let statement = body;
  let owners: OwnerMention[] | null = null;
  let text = body;
  for (const at of starts) {
    const candidate = body.slice(at);
    const first = splitSentences(candidate)[0] ?? candidate;
    const by = [UPDATE_BY.exec(first), logNumbered ? (REPORTED_BY.exec(first) ?? REPORTED_BARE.exec(first)) : null].find(
      (x) => x && !/\b(?:was|were|is|are|been)\b/.test(x[1]!),
    );
    if (!by) continue;
    const found = subjectOwners(by[1]!, ctx);
    if (found && found.every((o) => o.kind === 'person' || o.kind === 'initials' || o.kind === 'role')) {
      owners = found;
      statement = candidate;
      // A logged action keeps its title ("Refresh of the neglect toolkit – CW reported …"): the title says what it was.
      const title = at > 0 && logNumbered ? body.slice(0, at).replace(/[\s:–—-]+$/, '') : '';
      text = title && title.length <= 80 ? `${title} – ${first}` : first;
      break;
    }
  }
  // "Item 6 (March): the directory is still being updated by GT. Carried forward …": who it is done by, after "by".
  for (const at of owners ? [] : starts) {
    const first = splitSentences(body.slice(at))[0] ?? '';
    const pas = PASSIVE_BY.exec(first);
    const found = pas ? subjectOwners(pas[2]!, ctx) : null;
    if (!found || !found.every((o) => o.kind === 'person' || o.kind === 'initials' || o.kind === 'role')) continue;
    owners = found;
    statement = body.slice(at);
    text = first;
    break;
  }
  if (!owners) {
    const ini = INITIALS_UPDATE.exec(statement.slice(0, 240));
    if (ini) {
      owners = parseOwners(ini[1]!, { attendance: ctx.attendance, date: ctx.meetingDate });
      text = statement.slice(ini.index);
    }
  }
  // "Figures to be re-run for Q2 (KW) – done; …", "Letter to the Director (MQ) – sent on 2 November": an earlier action
  // given again with its owner in brackets, then a dash and what became of it. The bracket owns it; the title says what.
  const told = owners ? null : BRACKET_OWNER_STATUS.exec(body);
  const bracketed = told ? subjectOwners(told[2]!, ctx) : null;
  if (told && bracketed?.length && bracketed.every((o) => o.kind === 'person' || o.kind === 'initials' || o.kind === 'role')) {
    const open = STILL_OPEN.test(told[3]!);
    return makeAction(
      'log-update',
      {
        ref,
        text: told[1]!,
        passage: entry,
        owners: bracketed,
        progress: told[3]!,
        // Done: a day in the update ("sent on 2 November") is when it was done, and what it was due by was set at the
        // earlier meeting; open, its title may still say when ("… by the end of March").
        due: open ? findDueInProse(told[1]!, dueContext(ctx)) : { due: null, dueText: null },
        reading: open ? { status: 'open', state: 'in progress' } : { status: 'done', state: 'completed' },
      },
      ctx,
    );
  }
  if (!owners || !owners.length) return null;
  const open = STILL_OPEN.test(statement);
  return makeAction(
    'log-update',
    {
      ref,
      text,
      passage: entry,
      owners,
      progress: statement,
      reading: open ? { status: 'open', state: 'in progress' } : { status: 'done', state: 'completed' },
    },
    ctx,
  );
}

// An Action/Who column flattened into text: "3.1 Advocacy (report provided) / Andrea", "3.3 Title | Anne/Doc".
const ITEM_WITH_OWNER = /^(\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)\.?\s+(.{3,120}?)\s+\/\s+([^/]{2,40}(?:\/[^/]{2,40}){0,3})$/;
const FORWARD = /\b(?:will|would|shall|to\s+be|is\s+to|are\s+to|needs?\s+to|going\s+to|plans?\s+to|planned\s+to)\b/i;

/** Owners in a Who cell: names, first names, nicknames, initials ("Anne/Doc"). */
export function whoCell(cell: string, ctx: ActionContext): OwnerMention[] | null {
  const text = squash(cell);
  if (!text || text.length > 60 || /[.;:]$/.test(text) || /\b(?:the|of|and\s+the|report|provided)\b/i.test(text)) return null;
  const parts = text.split(/\s*(?:\/|&|,|\band\b)\s*/).filter(Boolean);
  if (!parts.length || parts.length > 5) return null;
  const parsed = parseOwners(text, { attendance: ctx.attendance, date: ctx.meetingDate });
  if (parsed && parsed.length === parts.length && parsed.every((o) => o.kind !== 'organisation')) return parsed;
  // "Janet Reid, Fostering Team Manager": a person and, after the comma, the post they hold: one owner, not two.
  const people = parsed?.filter((o) => o.kind === 'person') ?? [];
  if (parsed && people.length === parsed.length && parts.filter((p) => !isTitleLike(p)).length === people.length) return parsed;
  // A Who column holds people, however they are called there: a nickname is a name.
  if (!parts.every((p) => /^(?:[A-Z][a-z'-]+(?:\s+[A-Z][\w'-]+){0,2}|[A-Z]{2,4})$/.test(p))) return null;
  return parts.map((p) => {
    const one = parseOwners(p, { attendance: ctx.attendance, date: ctx.meetingDate })?.[0];
    if (one && one.kind !== 'organisation') return one;
    const name = parsePersonName(p, { allowSingle: true });
    return {
      written: p,
      kind: name ? 'person' : 'initials',
      person: name ? { name, title: null, organisation: null, date: ctx.meetingDate } : null,
    } as OwnerMention;
  });
}

/** The item heading of a minutes table with a Who column, and the owners in that column. */
export function itemOwnerLine(b: Block, ctx: ActionContext): { ref: string; title: string; owners: OwnerMention[] } | null {
  if (b.type === 'row') {
    const cells = (b.cells ?? []).map((c) => c.trim()).filter(Boolean);
    if (cells.length !== 2) return null;
    const head = /^(\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)\.?\s+(.{3,120})$/.exec(cells[0]!);
    const owners = head ? whoCell(cells[1]!, ctx) : null;
    return head && owners ? { ref: head[1]!, title: head[2]!, owners } : null;
  }
  if (b.type !== 'paragraph' && b.type !== 'heading') return null;
  const m = ITEM_WITH_OWNER.exec(squash(b.text));
  if (!m) return null;
  const owners = whoCell(m[3]!, ctx);
  return owners ? { ref: m[1]!, title: m[2]!, owners } : null;
}

/** A Who cell on its own ("/ Anne", a row "| Anne"): the owner of the line above it. */
export function ownerOnlyLine(b: Block, ctx: ActionContext): OwnerMention[] | null {
  if (b.type === 'row') {
    const cells = b.cells ?? [];
    if (cells.length < 2 || cells[0]!.trim() || cells.slice(1).filter((c) => c.trim()).length !== 1) return null;
    return whoCell(
      cells.slice(1).find((c) => c.trim())!,
      ctx,
    );
  }
  const m = /^\/\s*(.{2,60})$/.exec(squash(b.text));
  return m ? whoCell(m[1]!, ctx) : null;
}

/**
 * Bullets under an item whose Who cell names owners: what the bullets say will happen is the
 * owners' action ("Translation of the site will commence on 5 Nov"); what has happened is not.
 */
export function forwardSentences(text: string): string | null {
  const sentences = splitSentences(text);
  const i = sentences.findIndex((s) => {
    const f = FORWARD.exec(s);
    // "Doc outlined measures to be put in place": the main verb is past, the future is inside it.
    return !!f && !/\b\w{3,}ed\b/i.test(s.slice(0, f.index).replace(/\b(?:need|proposed|planned|agreed|required)\b/gi, ''));
  });
  return i < 0 ? null : sentences.slice(i).join(' ');
}

/** One action per bullet: the item number is where it was minuted, not the action's own number (several share it). */
export function whoAction(item: string, text: string, owners: OwnerMention[], ctx: ActionContext): ExtractedAction {
  return makeAction('table', { text, passage: text, owners }, { ...ctx, item: item || ctx.item });
}

const RESOLVED_LINE = /^(?:RESOLVED|Resolved|AGREED|Agreed|DECISION|Decision|It\s+was\s+(?:RESOLVED|resolved|agreed))\s*[:\-–]?\s*/;
const RESOLVED_TASK =
  // Only tasks someone must carry out; "that the terms of reference be amended" is the decision itself.
  /\bbe\s+(?:circulated|re-circulated|sent|arranged|brought(?:\s+back)?|reported|prepared|produced|drafted|shared|organised|organized|provided|published|contacted|convened|distributed|forwarded)\b/i;
const RESOLVED_ASKED = /^(?:the\s+)?(.{2,60}?)\s+(?:be\s+(?:asked|requested|invited|instructed|authorised|delegated)\s+to|to)\s+([a-z].*)$/;
// The subjunctive of a resolution or agreement: "that the Head of Early Help bring a report …", "that the Partnership Manager
// circulate …". The verb is a plain task verb straight after the subject; whether the subject is an owner is asked after.
// Verbs are matched in small letters only: a post in capitals ("Monitoring Officer") never ends the subject early, while
// a verb missing here let the subject run on to a later one ("the Officer invite the Chair to present").
const SUBJUNCTIVE_TASK =
  /^(?:the\s+)?(.{2,60}?)\s+(bring|report|invite|ask|inform|notify|remind|email|chase|identify|deliver|compile|co-?ordinate|nominate|escalate|amend|revise|refresh|draw\s+up|circulate|re-circulate|write|provide|prepare|produce|arrange|send|share|draft|present|review|develop|update|contact|consult|establish|explore|investigate|liaise|seek|obtain|confirm|publish|distribute|forward|convene|undertake|submit|organise|organize|collate|scope|audit|evaluate|commission|feed\s?back|follow\s+up|set\s+up|look\s+into|take\s+forward|lead\s+on|work\s+with|meet\s+with|write\s+to)\b(.*)$/;
// A resolution's clauses are numbered "(a)", "(2)", "(ii)": each is read on its own.
const CLAUSE_NUMBER = /^\(?(?:[a-h]|\d{1,2}|i{1,3}|iv|vi{0,3}|ix|x)\)\s*/;

// A council's decision "to instruct the Executive Director to submit …", "to ask the Chief Officer to arrange …".
const INSTRUCTED =
  /^(?:\(?(?:[a-h]|\d{1,2}|i{1,3}|iv|vi{0,3})\)\s*)?(?:that\s+(?:the\s+\w+\s+)?|to\s+)?(?:instruct|ask|request|invite|direct|authorise|authorize|remit\s+to)\s+(?:the\s+)?(.{2,80}?)\s+to\s+(?!note\b|attend\b|consider\b|be\b)([a-z][a-z-]+\b.*)$/;

/** The post a resolution instructs to do something: "to instruct the Executive Director of Children's Services to submit …". */
export function instructedOwners(clause: string, ctx: ActionContext): OwnerMention[] | null {
  const m = INSTRUCTED.exec(clause.trim());
  if (!m) return null;
  const owners = subjectOwners(m[1]!, ctx);
  return owners && owners.every((o) => o.kind === 'person' || o.kind === 'initials' || o.kind === 'role') ? owners : null;
}

/** "the Head of Early Help bring a report …": a task in the subjunctive, its subject a person, initials or a role. */
export function subjunctiveTask(clause: string, ctx: ActionContext, resolution = false): OwnerMention[] | null {
  const m = SUBJUNCTIVE_TASK.exec(clause);
  if (!m || /\b(?:be|is|are|was|were|has|have|had|not|would|will|should|to)$/i.test(m[1]!)) return null;
  const owners = subjectOwners(m[1]!, ctx);
  if (owners && owners.every((o) => o.kind === 'person' || o.kind === 'initials' || o.kind === 'role')) return owners;
  // A council resolution tasks a service by name: "that Democratic Services arrange a visit …".
  if (!resolution || m[1]!.split(' ').length > 4) return null;
  const service = parseOwners(m[1]!, { attendance: ctx.attendance, date: ctx.meetingDate });
  return service?.length && service.every((o) => o.kind === 'organisation') ? service : null;
}

/**
 * Resolutions that are tasks: "RESOLVED: that a new date be circulated to members" (nobody named),
 * "(b) that the Clerk be asked to write to the school" (the Clerk). Approvals, notings, elections
 * and deferrals are decisions, not tasks.
 */
export function resolvedTasks(text: string, ctx: ActionContext): ExtractedAction[] {
  const lead = RESOLVED_LINE.exec(text);
  if (!lead) return [];
  const body = text.slice(lead[0].length);
  if (!/^(?:\(?(?:[a-z]|\d{1,2})\)\s*)?that\b/i.test(body)) return [];
  const out: ExtractedAction[] = [];
  for (const clause of body.split(/;\s*(?:and\s+)?|\s+and\s+(?=that\s)|\s+(?=\(?[b-h]\)\s+that\b)|\s+(?=\((?:\d{1,2}|i{1,3}|iv|vi{0,3})\)\s)/)) {
    const c = clause
      .replace(CLAUSE_NUMBER, '')
      .replace(/^that\s+/i, '')
      .replace(CLAUSE_NUMBER, '')
      .trim();
    if (!c || /\bbe\s+(?:approved|noted|received|elected|deferred|accepted|endorsed|agreed|signed|adopted|ratified|confirmed)\b/i.test(c)) continue;
    // "the Partnership Manager circulate the pages to partners": the subjunctive's subject, not all that comes before "to".
    const subjunctive = subjunctiveTask(c, ctx, true);
    if (subjunctive) {
      out.push(makeAction('agreed-list', { text: c, passage: text, owners: subjunctive }, ctx));
      continue;
    }
    const asked = RESOLVED_ASKED.exec(c);
    const owners = asked ? subjectOwners(asked[1]!, ctx) : null;
    if (asked && owners && owners.every((o) => o.kind !== 'organisation')) {
      out.push(makeAction('agreed-list', { text: c, passage: text, owners }, ctx));
      continue;
    }
    if (RESOLVED_TASK.test(c)) out.push(makeAction('agreed-list', { text: c, passage: text, owners: [] }, ctx));
  }
  return out;
}

/** "It was agreed that HR would circulate the policy", "The group agreed that JB should write to …". */
export function agreedThat(sentence: string, ctx: ActionContext): ExtractedAction | null {
  const m =
    /\b(?:agreed|resolved|decided)\s+(that\s+)?(.{2,60}?)\s+(?:would|will|should|shall|is\s+to|are\s+to)\s+(?!be\b|have\b|need\b|not\b)([a-z][a-z-]+\b.*)$/.exec(
      sentence,
    );
  // "It was agreed the Business Manager would update …": "that" left out, the subject straight after "agreed".
  if (!m || (!m[1] && !/^(?:the\s+)?[A-Z]/.test(m[2]!))) return agreedSubjunctive(sentence, ctx);
  const subject = m[2]!;
  if (/^(?:it|this|that|there|they|we|all|members)\b|^the\s+(?:board|group|committee|partnership|panel)$/i.test(subject)) return null;
  const owners = subjectOwners(subject, ctx);
  if (
    !owners ||
    !owners.every((o) => o.kind === 'person' || o.kind === 'initials' || o.kind === 'role' || (o.kind === 'group' && /^[A-Z]{2,6}$/.test(o.written)))
  )
    return null;
  return makeAction('inline', { text: sentence, passage: sentence, owners }, ctx);
}

const AGREED_THAT_CLAUSE = /\b(?:agreed|resolved|decided)\s+that\s+(.{6,})$/;
const BE_ASKED = /^(?:the\s+)?(.{2,60}?)\s+be\s+(?:asked|requested|invited|instructed)\s+to\s+([a-z].*)$/;

/** "It was agreed that the Partnership Manager circulate …", "… that the Director be asked to write …". */
function agreedSubjunctive(sentence: string, ctx: ActionContext): ExtractedAction | null {
  const clause = AGREED_THAT_CLAUSE.exec(sentence)?.[1];
  // "In 2019 the Board had agreed that the Chair write …": an agreement told as history.
  if (!clause || /\bhad\s+(?:been\s+)?(?:agreed|resolved|decided)\b/.test(sentence)) return null;
  const year = ctx.meetingDate ? Number(ctx.meetingDate.slice(0, 4)) : null;
  if (year && [...sentence.matchAll(/\b(?:19|20)\d{2}\b/g)].some((m) => Number(m[0]) < year)) return null;
  const asked = BE_ASKED.exec(clause);
  const askedOwners = asked ? subjectOwners(asked[1]!, ctx) : null;
  const owners =
    askedOwners && askedOwners.every((o) => o.kind === 'person' || o.kind === 'initials' || o.kind === 'role') ? askedOwners : subjunctiveTask(clause, ctx);
  return owners ? makeAction('inline', { text: sentence, passage: sentence, owners }, ctx) : null;
}

/** "The Chair asked LK to write to the headteacher": the person asked owns it. */
export function askedTo(sentence: string, ctx: ActionContext): ExtractedAction | null {
  const m =
    /\b(?:asked|requested|invited|tasked|commissioned|instructed)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|&|of|for|\/)){0,5})\s+to\s+(?!note\b|attend\b|consider\b|comment\b|join\b|be\b)([a-z][a-z-]+\b.*)$/.exec(
      sentence,
    );
  if (!m) return null;
  const people = subjectOwners(m[1]!, ctx);
  // "• asked the Head of Education to …" under "The Committee:": a bullet that opens with the request is the body's own
  // decision, and the post it asks owns the task whether or not its holder was at the meeting.
  const resolved = RESOLUTION_BULLET.test(sentence);
  const owners =
    people && people.every((o) => o.kind === 'person' || (o.kind === 'initials' && o.person) || (o.kind === 'role' && (o.person || resolved)))
      ? people
      : bodyAsked(sentence, m[1]!, ctx);
  if (!owners) return null;
  const who = owners.map((o) => o.person?.name.display ?? o.written).join(' and ');
  return makeAction('inline', { text: `${who} to ${m[2]!}`, passage: sentence, owners }, ctx);
}

// A bullet of what a body decided, its subject in the line above: "asked X to …", "and requested Y to …".
const RESOLUTION_BULLET = /^(?:and\s+|also\s+|further\s+)?(?:asked|requested|instructed|tasked|commissioned)\s/;

/**
 * "The Committee: • asked NHS Yarrowmuir to provide …", "asked the Learning Review Subgroup to prepare …": a board asks an
 * agency or one of its own groups, named with capitals, to do something, and that body owns it as written. Only a request
 * made at this meeting ("had asked" is history), of a body other than the one meeting ("asked the Board to …") and other
 * than everyone ("asked members to …", which the members' own forms read).
 */
function bodyAsked(sentence: string, subject: string, ctx: ActionContext): OwnerMention[] | null {
  if (/\b(?:had|have|has)\s+(?:been\s+)?(?:asked|requested|tasked|commissioned|instructed)\b|\binvited\s/.test(sentence)) return null;
  const name = squash(subject).replace(/^the\s+/i, '');
  if (ITSELF.test(name) || isAllMembersGroup(name) || !/^[A-Z]/.test(name)) return null;
  const owners = parseOwners(name, { attendance: ctx.attendance, date: ctx.meetingDate });
  if (!owners?.length || !owners.every((o) => (o.kind === 'group' || o.kind === 'organisation') && !isAllMembersGroup(o.written))) return null;
  return owners;
}

const OWNER_FIELD =
  /\s*[.;,(]?\s*\b(?:Owner|Lead|Responsible(?:\s+officer)?|By\s+whom|Who|Action\s+by|Assigned\s+to)\s*[:\-–]\s*([^.;:()]{2,60}?(?:\s*\([^().;:]{2,60}\))?)\s*(?=[.;)]|$|\s+(?:Due|Deadline|By\s+when|Timescale|Target(?:\s+date)?|When|Status)\b|\s+By\s*:)/i;
const DUE_FIELD =
  /\s*[.;,(]?\s*\b(?:Due(?:\s+date)?|Deadline|By\s+when|Timescale|Target(?:\s+date)?|When|By(?=\s*:))\s*[:\-–]\s*([^;:()]{2,40}?)\s*(?=[;)]|\.?\s*$|\.\s|\s+(?:Owner|Lead|Who|Status)\b)/i;

/**
 * An action written as a template's fields: "Update the risk register. Owner: JB. Deadline: 31 March 2027."
 * The fields say who and when; the rest is the task.
 */
export function labelledFields(raw: string, ctx: ActionContext): ExtractedAction | null {
  const owner = OWNER_FIELD.exec(raw);
  const due = DUE_FIELD.exec(raw);
  if (!owner && !due) return null;
  // "Lead: Education (Sunita Rao)": the agency's named person owns it.
  const owners = owner
    ? (agencyPerson(owner[1]!, ctx, true) ?? whoCell(owner[1]!, ctx) ?? parseOwners(owner[1]!, { attendance: ctx.attendance, date: ctx.meetingDate }))
    : null;
  if (owner && !owners) return null;
  let text = raw;
  for (const f of [owner, due].filter((x): x is RegExpExecArray => !!x).sort((a, b) => b.index - a.index))
    text = text.slice(0, f.index) + text.slice(f.index + f[0].length);
  text = squash(text).replace(/[.;,\s]+$/, '');
  if (text.length < 6) return null;
  const dueRead = due ? readDueCell(due[1]!.replace(/\.$/, ''), ctx) : null;
  return makeAction('inline', { text, passage: raw, ...(owners ? { owners } : {}), ...(dueRead ? { due: dueRead } : {}) }, ctx);
}

// "JL – send the revised flowchart to GPs (end of June)", "AN/CR – agree a pathway", "All – comments to JL by 8 June".
// A rank or honorific before a surname ("Supt Kerr / DCI Rennie – confirm …") is part of that owner.
const RANK = '(?:Supt|Ch\\.?\\s*Supt|Insp|Ch\\.?\\s*Insp|Sgt|DCI|DI|DS|DC|PC|ACC|DCC|Det|Cllr|Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+';
// A post written in full ("Head of Learning and Development", "Named Nurse for Safeguarding Children") is an owner too:
// parseOwners then decides it is a post and not some other capitalised phrase.
const DASH_POST = `[A-Z][a-z][\\w'’-]*(?:\\s+(?:(?:of|for|and|the|in|&)\\s+){0,2}[A-Z][\\w'’-]+){1,6}`;
// Given names keep their accents and hyphens ("Róisín", "Anne-Marie"); a surname in capitals ("ROBERTSON", "McINNES") is
// how minutes that list people surname first name an owner.
const GIVEN = '[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?';
const DASH_OWNER = `(?:${MIXED_INITIALS_SOURCE}|${RANK}[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)?|(?:Mc|Mac)?[A-Z]{2,}(?:['’-][A-Z]{2,})?|${GIVEN}(?:\\s+[A-Z][\\w'-]+)?|${DASH_POST})`;
const OWNER_DASH = new RegExp(`^((?:All|${DASH_OWNER})(?:\\s*(?:[/,&]|\\band\\b)\\s*${DASH_OWNER})*)\\s+[–—-]\\s+([a-z].{5,})$`);
const OWNER_COLON = new RegExp(`^(${DASH_OWNER}(?:\\s*(?:[/,&]|\\band\\b)\\s*${DASH_OWNER})*)\\s*:\\s+([A-Za-z].{5,})$`);
// An entry of a list of actions ("☐ Tess – DSL survey results – today") may open its task with a capital: the list says it is one.
const OWNER_DASH_LISTED = new RegExp(`^((?:All|${DASH_OWNER})(?:\\s*(?:[/,&]|\\band\\b)\\s*${DASH_OWNER})*)\\s+[–—-]\\s+([A-Za-z].{5,})$`);

/**
 * An action point written owner first and set off by a dash, as action lists at the end of minutes
 * are: the owners (initials, names, "All") and the task, with a date in brackets at its end.
 */
export function ownerDashAction(raw: string, ctx: ActionContext, listed = false): ExtractedAction | null {
  const dashed = (listed ? OWNER_DASH_LISTED : OWNER_DASH).exec(squash(raw));
  // "Jan Smith: circulate the plan by May", "Ann Lee / Raj Patel: agree the wording": a colon sets the owners off
  // as a dash does, but a colon also ends labels ("Update: …"), so only owners the paper names as people count.
  const m = dashed ?? OWNER_COLON.exec(squash(raw));
  if (!m) return null;
  const owners = parseOwners(m[1]!, { attendance: ctx.attendance, date: ctx.meetingDate, ownerSlot: !!dashed });
  const fits = (o: OwnerMention) =>
    dashed
      ? o.kind === 'person' ||
        o.kind === 'initials' ||
        o.kind === 'role' ||
        (o.kind === 'group' && (/^[A-Z]{2,4}$/.test(o.written) || isAllMembersGroup(o.written)))
      : (o.kind === 'person' || o.kind === 'initials') && o.person !== null;
  if (!owners || !owners.length || !owners.every(fits)) return null;
  let task = m[2]!.replace(/\.$/, '');
  const bracket = /\s*\(([^()]{3,40})\)$/.exec(task);
  let due = bracket ? readDueCell(bracket[1]!, ctx) : null;
  if (bracket && due?.due) task = task.slice(0, bracket.index);
  // "HB – send the report to members – ASAP", "GR/PS – review the protocol – 30 Nov 2016": the list's date column after a second dash.
  const when = bracket ? null : dashWhen(task, ctx);
  if (when) {
    task = when.task;
    due = when.due;
  }
  return makeAction('inline', { text: task, passage: raw, owners, ...(due && (due.due || when) ? { due } : {}) }, ctx);
}

const NO_DATE_YET =
  /^(?:asap|as soon as possible|immediately|ongoing|on-going|tbc|tba|no date(?: yet)?(?: set| agreed| given)?|date to be (?:set|agreed|confirmed))$/i;

/** "… – 30 Nov 2016", "… – ASAP": a list's date column after the task's last dash, when it is a date or says there is none. */
function dashWhen(task: string, ctx: ActionContext): { task: string; due: Due } | null {
  const dash = /\s+[–—-]\s+([^–—]{2,50})$/.exec(task);
  const due = dash ? readDueCell(dash[1]!, dueContext(ctx)) : null;
  if (!dash || !due || !(due.due || NO_DATE_YET.test(dash[1]!.trim()) || saysWhen(dash[1]!))) return null;
  return { task: task.slice(0, dash.index), due };
}

// "Check the form (DS Kirk)", "Review the plans (Femi Adeyemi / Josh Pennington) – 14 May": the owners in brackets after the task.
const OWNER_LABEL_IN_BRACKET = /^(?:owners?|leads?|who|responsible|by whom)\s*:\s*/i;
const TASK_BRACKET_OWNERS = /^(.{6,}?)\s*\(([^()]{2,80})\)\s*(?:[–—-]\s*([^–—()]{2,50}?))?\s*\.?$/;

/**
 * An action line that names its owners in brackets after the task, and may give when after a dash, as action lists and
 * "ACTION:" lines write it. Only brackets that name people, initials, roles or everyone count ("(see appendix)" does not).
 */
export function bracketOwnersAction(raw: string, ctx: ActionContext): ExtractedAction | null {
  const found = bracketedOwners(raw, ctx);
  if (!found) return null;
  const { m, owners } = found;
  // "– carried forward, now 28 February 2025": how it stands, then after its last comma when.
  const lastPart = m[3]?.split(/,\s*/).pop();
  const when = m[3] ? (dashWhen(`x – ${m[3]}`, ctx) ?? (found.labelled && lastPart ? dashWhen(`x – ${lastPart}`, ctx) : null)) : null;
  // A bracket that labels its owners ("(Owner: YP) – ongoing") makes the line an action whatever follows the dash.
  if (m[3] && !when && !found.labelled) return null;
  const due = when?.due ?? found.due;
  const progress = m[3] && m[3] !== lastPart ? m[3] : null;
  return makeAction('inline', { text: m[1]!, passage: raw, owners, progress, ...(due ? { due } : {}) }, ctx);
}

/** "Draw up the plan (Owner: TB / NC) – for the March meeting": an action line whose bracket labels its owners. */
export function labelledBracketAction(raw: string, ctx: ActionContext): ExtractedAction | null {
  const m = TASK_BRACKET_OWNERS.exec(squash(raw));
  return m && OWNER_LABEL_IN_BRACKET.test(m[2]!) ? bracketOwnersAction(raw, ctx) : null;
}

/**
 * "Iain C and Marie K, by 5 March", "Alison D, this week": the owners, then after the bracket's last comma when.
 * "(Lead: Business Manager; by: 30 August 2019)": the same with the fields labelled and parted by a semicolon.
 */
function ownersThenWhen(inside: string, ctx: ActionContext): { owners: string; due: Due } | null {
  const m = /^(.{2,60}?)[,;]\s*((?:by|due(?:\s+by)?|before|when|timescale|target(?:\s+date)?|deadline)(?:\s*:\s*|\s+))?([^,;]{2,40})$/i.exec(inside.trim());
  if (!m) return null;
  const due = readDueCell(m[3]!, dueContext(ctx));
  return due.due || NO_DATE_YET.test(m[3]!.trim()) || saysWhen(m[3]!) ? { owners: m[1]!, due } : null;
}

/**
 * "Action (owner: ZW; by: Nov 17) – …", "ACTION (Lead: AB, due: March)": the label's bracket gives who and when as fields.
 * The owners and the due, or null when the bracket does not label its owners.
 */
export function labelledOwnerFields(inside: string, ctx: ActionContext): { owners: OwnerMention[]; due: Due | null } | null {
  if (!OWNER_LABEL_IN_BRACKET.test(inside.trim())) return null;
  const rest = inside.trim().replace(OWNER_LABEL_IN_BRACKET, '');
  const split = ownersThenWhen(rest, ctx);
  // The field's label says what it holds: initials nobody in the attendance has are still its owner's.
  const owners = parseOwners(split?.owners ?? rest, { attendance: ctx.attendance, date: ctx.meetingDate, ownerSlot: true });
  if (!owners?.length || !owners.every(ownerLike)) return null;
  return { owners, due: split?.due ?? null };
}

/** The owners a line names in brackets after its task ("… (Femi Adeyemi / Josh Pennington) – 14 May"), or null. */
export function bracketedOwners(raw: string, ctx: ActionContext): { m: RegExpExecArray; owners: OwnerMention[]; due?: Due; labelled?: boolean } | null {
  const m = TASK_BRACKET_OWNERS.exec(squash(raw));
  // "(Action: JB)" is the action label's own bracket, read where labels are.
  if (!m || !/^[A-Za-z]/.test(m[1]!) || /^actions?\b/i.test(m[2]!)) return null;
  // "(Owner: TB / NC)", "(Lead: YP)": the bracket labels who it names; the label is not an owner.
  const labelled = OWNER_LABEL_IN_BRACKET.test(m[2]!);
  m[2] = m[2]!.replace(OWNER_LABEL_IN_BRACKET, '');
  const octx = { attendance: ctx.attendance, date: ctx.meetingDate };
  // "(Iain C and Marie K, by 5 March)", "(Lead: X; by: Y)": the words after the bracket's last comma or semicolon may say when.
  const whenToo = /[,;]/.test(m[2]!) && !m[3] ? ownersThenWhen(m[2]!, ctx) : null;
  const before = whenToo ? parseOwners(whenToo.owners, octx) : null;
  if (before?.length && before.every(ownerLike)) return { m, owners: before, due: whenToo!.due, labelled };
  const owners = parseOwners(m[2]!, octx);
  return owners && owners.length && owners.every(ownerLike) ? { m, owners, labelled } : null;
}

// "… will be written [GDo / KMcL – end April].": square brackets closing a sentence, the owners then after a dash when.
const SQUARE_OWNERS = /\s*\[([^[\]]{2,80})\]\s*\.?$/;

/**
 * A sentence closed by square brackets that name who and when ("Audit the timing … [AW – 30.4.24]", "The rota will be
 * reviewed [RS – by the May meeting]"): notes that keep the action in the sentence mark its owners so, active or passive.
 * Only brackets whose first part names people, initials, posts or everyone count ("[sic]", "[see note]" do not).
 */
export function squareBracketAction(sentence: string, ctx: ActionContext): ExtractedAction | null {
  const m = SQUARE_OWNERS.exec(sentence);
  if (!m || m.index < 8) return null;
  const [who, when] = m[1]!.split(/\s+[–—-]\s+|\s*;\s*/, 2).map((p) => p.trim());
  const owners = parseOwners(who!, { attendance: ctx.attendance, date: ctx.meetingDate });
  if (!owners?.length || !owners.every(ownerLike)) return null;
  const due = when ? dueOfWords(when, ctx) : null;
  const text = sentence.slice(0, m.index).trim();
  return makeAction('inline', { text, passage: sentence, owners, ...(due ? { due } : {}) }, ctx);
}

/** People, initials, posts or everyone: what a bracket after a task names when it names who does it. */
function ownerLike(o: OwnerMention): boolean {
  return (
    o.kind === 'person' ||
    o.kind === 'initials' ||
    o.kind === 'role' ||
    (o.kind === 'group' && (/^[A-Z]{2,4}$/.test(o.written) || isAllMembersGroup(o.written)))
  );
}

/**
 * The action cell of minutes laid out as a table whose action column carries who and when in its own words ("Action – by
 * whom – by when"): "SR to draft the briefing – 15 April 2019. FB to circulate the register with this minute." Each
 * sentence that opens with its owners is an action, its date after the last dash or in its words; a sentence that names
 * nobody goes on with the action before it. Null when the cell does not open with an owner: it is then a task of the
 * table's other kinds.
 */
export function ownerLedCell(cell: string, ctx: ActionContext): ExtractedAction[] | null {
  const out: ExtractedAction[] = [];
  for (const sentence of splitSentences(squash(cell))) {
    const plain = sentence.replace(/[.;]$/, '');
    const when = dashWhen(plain, ctx);
    const action = ownerFirstAction(when ? when.task : plain, ctx);
    if (action?.owners.length) {
      if (when) Object.assign(action, { due: when.due.due, dueText: when.due.dueText });
      out.push(action);
      continue;
    }
    const last = out[out.length - 1];
    if (!last) return null;
    last.text = squash(`${last.text}. ${plain}`);
  }
  return out.length ? out : null;
}
