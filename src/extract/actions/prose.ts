import { type Block, rowBlock } from '../../ingest/document';
import { splitSentences, squash } from '../../util/text';
import { Due, readDueCell } from '../due';
import { REPORTING_VERBS } from '../lexicon/words';
import type { ExtractedAction, OwnerMention } from '../model';
import { initialsOf, isTitleLike, parsePersonName } from '../names';
import { byInitials, isAllMembersGroup, isMixedInitials, MIXED_INITIALS_SOURCE, parseOwners } from '../owners';
import { readProgress } from '../status';
import { withEnglishLabels } from './bilingual';
import { ActionContext, agencyPerson, dueContext, makeAction, ownersOfStatement } from './context';
import { dashedHandover, handover } from './delegation';
import { fieldRecord, fieldsUnderStatement } from './field-records';
import { leaderFieldsAction } from './leader-fields';
import { ROMAN } from './lettered-cells';
import { unrollMarginLabels } from './margin-labels';
import { numberedDecisions } from './numbered-decisions';
import { COMMON, contentWords, tellSameTask } from './retold';
import {
  agencyTask,
  agreedThat,
  arisingUpdate,
  askedOwners,
  askedTo,
  bracketedOwners,
  bracketOwnersAction,
  collectiveAction,
  earlierAction,
  forwardSentences,
  instructedOwners,
  itemOwnerLine,
  labelledBracketAction,
  labelledFields,
  labelledOwnerFields,
  opensArising,
  ownerDashAction,
  ownerFirstAction,
  ownerOnlyLine,
  passiveTask,
  progressiveAction,
  rejoinWrapped,
  requestedOf,
  resolvedTasks,
  splitInlineBullets,
  squareBracketAction,
  subjectOwners,
  subjunctiveTask,
  whoAction,
} from './statements';
import { CLOSING_ITEM, discussionColumns, flattenedTable, isActionTableHeader } from './tables';

// "Action 135: …", "Action 6 (January): …" (the meeting that set it, in brackets).
// "Action point 3.1:" numbers the action by the item that set it.
const TRACKER =
  /^(?:Action|ACTION|Action\s+No\.?|Action\s+Ref\.?|Action\s+points?)\s*(\d{1,5}(?:\/\d{1,4}|\.\d{1,2})?[a-z]?)\s*(?:\([^()]{2,40}\)\s*)?[:.–-]\s*(.*)$/;
const OWNED_ENTRY =
  /^(?:Action|ACTION)\s+(\d{1,4}(?:\/\d{1,4})?[a-z]?)\s*\(\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:\s*(?:\/|&|and)\s*[A-Z][\w'’.-]*){0,2})\s*:\s*([^()]{6,200})\)\s*[–—:-]?\s*(.*)$/;
const TRACKER_INSIDE = /\s+(?=(?:Action|ACTION)\s+\d{1,5}(?:\/\d{1,4})?[a-z]?\s*:)/;
const OWNERS_LABEL = /^(?:Actions?|ACTIONS?)\s*\(\s*([^()]{1,60}?)\s*\)\s*[:\-–—]\s*(.{6,})$/;
// "Action for Sgt Orrock: share the contact list …", "Action for all head teachers: confirm …": the label names who.
const OWNERS_FOR_LABEL = /^(?:Actions?|ACTIONS?)\s+(?:for|by|FOR|BY)\s+([A-Za-z][^:]{1,60}?)\s*(?::|\s[–—]\s)\s*(.{6,})$/;
// "Y1 – Kirsten Ure: send the guidance … – by 31 October", "J2 – A and B: draft …": an action list numbered by who takes
// each forward (a letter for a jurisdiction, a team or a workstream), the owners then the task after a colon or dash.
const REF_LED = /^([A-Z]{1,3}\d{1,3}[a-z]?)\s*(?:[–—-]|[.):])\s+(.{8,})$/;
const ACTION_LABEL = /^(?:Actions?|ACTIONS?|Action\s+points?|Agreed\s+actions?|Follow[- ]?up(?=\s*:))\s*[:\-–]\s*(.*)$/;
// "Action HSF 22/41 – CU – bring the figures to the March meeting – 7 Mar 23": an action line under its log number, then
// its owner, task and date set off by dashes. (An update under an earlier action's number, "Action 16/14: AC confirmed
// that …", has no owner set off so, and is read as an update.)
const NUMBERED_ACTION_LINE = /^Actions?\s+((?:[A-Z]{1,5}\s*)?\d{1,3}(?:[./]\d{1,3}){1,2}[a-z]?)\s*[–—-]\s*([^–—]{2,40}?\s+[–—-]\s+.{6,})$/;
const NEXT_NUMBERED_ACTION = /\s+(?=Actions?\s+(?:[A-Z]{1,5}\s*)?\d{1,3}(?:[./]\d{1,3}){1,2}[a-z]?\s*[–—-]\s)/;
// An arrow or pointer opening a line, the mark some minute-takers put before each action.
const ACTION_ARROW = /^[→➔➜➙➛➝➞➟➠➡➢➣➤⇒⟶►▶]\s*/;
// "… Action: DCS", "… Action outstanding – LSCB Manager."
const INLINE_LABEL_WORD = /Action|ACTION|Follow/;
const INLINE_LABEL =
  /(?:^|(?<=[.!?)]\s))(?:Actions?|ACTIONS?|Follow[- ]?up(?=\s*:))(?:\s+(?:outstanding|ongoing|open|carried forward))?\s*(?::|[–—]|-(?=\s))\s*/g;
const BRACKET_OWNERS = /\(\s*Actions?\s*(?:by)?\s*[:\-–]?\s*([^)]{1,80})\)\s*\.?\s*$/i;
// "(action from April – complete)", "(action from the last meeting; ongoing)": an earlier action's origin, not its owner.
const EARLIER_ACTION_BRACKET =
  /^from\s+(?:the\s+)?(?:last|previous|\w+\s+(?:meeting|board)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/i;
// A task and, after a colon, the word that says how it stands ("…: complete; the report is at item 4").
const TASK_COLON_STATUS =
  /^(.{12,}?):\s+((?:complete|completed|done|closed|not\s+(?:yet\s+)?(?:complete|started|done)|ongoing|in\s+progress|outstanding|carried\s+(?:forward|over)|deferred|passed|partially|partly|on\s+track|delayed|overdue|reassigned|transferred|now\s+due)\b.*)$/i;
const STILL_DUE = /\b(?:ongoing|open|outstanding|in progress|carried forward|not (?:yet )?(?:started|complete))\b/i;
// "point 3", "point no. 3": what follows "action" in "(action point 3)", the number of a point in the minute's own list.
const ACTION_POINT_NUMBER = /^points?\s+(?:no\.?\s*)?\d{1,3}(?:\.\d{1,2})?[a-z]?$/i;
/** An action log's number ("18/21", "4.2", "12", "log NSG/16/01"), as a bracket names it: never an owner. */
const LOG_NUMBER = /^(?:log\s+)?(?:no\.?\s*|ref\.?\s*)?(?:[a-z]{1,5}\s*[/-]\s*)?\d{1,4}(?:\s*[/.-]\s*\d{1,4}){0,2}[a-z]?$/i;
const AGREED_LIST =
  /^(?:potential\s+|possible\s+|agreed\s+|further\s+)?follow[- ]?up(?:\s+actions?)?\s*:?$|^next\s+steps\s*:?$|\b(?:the\s+following\s+actions?\s+(?:were|was|have\s+been|had\s+been)\s+agreed|actions?\s+agreed\b.*:\s*$|agreed\s+the\s+following\s+actions?)/i;
// A list of the meeting's actions under a heading of its own: "Actions", "Follow-up tasks", "Summary of action points".
const ACTION_LIST_HEAD =
  /^(?:(?:(?:agreed|new|follow[- ]?up|outstanding|open|summary\s+of(?:\s+the)?)\s+)?(?:actions?|tasks?|action\s+points?)(?:\s+(?:agreed|arising|list|summary))?|what\s+happens\s+next|what\s+(?:we|the\s+\w+)\s+will\s+do(?:\s+next)?)\s*:?$/i;
// The part of such a list that is already done: "Done since the last meeting", "Completed actions".
// A highlight sheet's plain words: "What we did since February", "What happens next".
const DONE_LIST_HEAD =
  /^(?:(?:done|completed?|closed)(?:\s+actions?|\s+tasks?)?|(?:actions?|tasks?)\s+(?:completed|closed|done)|what\s+(?:we|the\s+\w+)\s+(?:did|(?:have|has)\s+done))(?:\s+since\b.{0,40})?\s*:?$/i;
// A checkbox opening a list entry: an empty box is still to do, a ticked one is done.
// Word's Wingdings boxes come through as private-use characters (\uf0a8 empty, \uf0fe and \uf0fd ticked).
const CHECKBOX = /^\s*(?:([☐□❏❑\uf0a8])|([☑☒✓✔■\uf0fe\uf0fd]|\[[xX✓]\]))\s*/;
const CARRY_FORWARD = /^(?:carry|carried|roll|rolled)\s+(?:forward|over)\s+(?:of\s+)?action\s+(\S+?)\s*(?:[–—-]\s*.{2,60})?\.?$/i;
const CARRIED_TO = /^action\s+(\S+?)\s+(?:is\s+|was\s+|to\s+be\s+)?(?:carried|rolled)\s+(?:forward|over)(?:\s+to\s+(?:the\s+)?(.+?))?\s*(?:[–—]|\s-\s|$)/i;
const RESOLUTION_LEAD =
  /^(?:it\s+was\s+(?:further\s+)?(?:agreed|resolved)|resolved|agreed|the\s+(?:committee|board|group|panel|partnership)\s+(?:agreed|resolved))(?:\s+that)?\s*[:\-–]?$/i;
const TASK =
  /\b(?:agree(?=\s+(?:a|an|the|their|its|joint)\s)|collate|compile|draw\s+up|circulate|re-circulate|recirculate|circulated|produce|produced|prepare|prepared|send|sent|arrange|arranged|write|written|contact|provide|provided|report|reported|bring|brought|develop|developed|review|reviewed|update|updated|share|shared|set up|organise|organised|invite|invited|draft|drafted|publish|published|amend|amended|investigate|explore|establish|established|feed\s?back|present|presented|confirm|seek|obtain|identify|ensure|consider|look into)\b/i;
// "(ii) the Independent Chair be asked to give the Committee a written response …": a clause asking someone to act sets a
// task whatever its verb.
const ASKED_TO = /\bbe\s+(?:asked|requested|instructed|invited)\s+to\s+(?!note\b|attend\b|consider\b|comment\b|join\b)[a-z]/i;
// "(1) to note the report; and": a clause that notes, approves or endorses is the decision itself.
const NOT_TASK =
  /^(?:to\s+)?(?:note|approve|endorse|accept|receive|welcome|adopt|ratify|thank)\b|\bbe\s+(?:approved|noted|received|elected|deferred|accepted|endorsed|agreed|signed)\b|^(?:that\s+)?the\s+(?:minutes|report)\s+(?:of|be\s+(?:approved|noted))/i;
// "RESOLVED – (1) That …", "RESOLVED – That (1) the report be noted;": the first clause, its number and the lines after.
const RESOLVED_FIRST_CLAUSE = /^(?:RESOLVED|Resolved)\s*[:\-–]?\s*(?:that\s+\((\d{1,2}|[a-h])\)\s|\((\d{1,2}|[a-h])\)\s+that\b)/i;
const ARISING_ENTRY = /^(\d{1,3}(?:[./]\d{1,3}){1,2}[a-z]?)\s*[–—-]\s*[^:.]{2,60}:\s+(.{8,})$/;
const LOG_UPDATE = /^Item\s+(\d{1,4}[a-z]?)\s*[–—-]\s*(.+?)\s*(?:[–—]|\s-\s)\s*(.+)$/;
const AGREED_TO =
  /^(.{2,160}?)(?<!\bbeen)\s+(?:has\s+|had\s+|have\s+)?(?:agreed|undertook|offered|volunteered|promised|committed)\s+to\s+(?!note\b|receive\b|endorse\b|approve\b|adopt\b|accept\b|ratify\b|support\b|the\b|a\b|this\b|that\b|these\b|all\b|them\b|him\b|her\b|us\b|each\b|every\b)([a-z].*)$/;
// The verbs of AGREED_TO: most sentences have none, and AGREED_TO tries up to 160 starts for each.
const AGREED_VERBS = ['agreed', 'undertook', 'offered', 'volunteered', 'promised', 'committed'];
// "Ann Lee and Supt Rao would jointly review …": two people, one task.
// "X would agree a list / the protocol" is a task; "would agree that …" or "to …" is an opinion or a decision.
const WOULD_DO =
  /\b(he|she|they|[A-Z][a-z]+(?:\s+[A-Z][\w'-]+){0,2}(?:\s+(?:and|&)\s+[A-Z][a-z]+(?:\s+[A-Z][\w'-]+){0,2})?|[A-Z][a-z]+\s+[a-z]+s)\s+(?:would|will)\s+(?:also\s+|now\s+|personally\s+|jointly\s+|together\s+)?(develop|provide|send|circulate|present|report|agree(?=\s+(?:a|an|the|their|its|joint)\s)|share|arrange|write|review|bring|update|check|follow|liaise|contact|speak|draft|prepare|produce|organise|organize|convene|raise|discuss|find|investigate|look|ask|seek|confirm|email|forward|meet|chase|escalate|pursue|lead|take|distribute|collect|feed\s?back|be\s+in\s+touch|get\s+in\s+touch)\b([^.;]*)/g;
// Initials as an owner: "JB", or with a surname's prefix kept ("LMcP", "O'B").
const CODE = `(?:[A-Z]{2,4}|${MIXED_INITIALS_SOURCE})`;
const CODES = `${CODE}(?:\\s*[/,&]\\s*${CODE})*`;
// Owner initials in an ACTION BY position: after the sentence has ended, or after a tab or wide gap.
const TRAILING_INITIALS = new RegExp(`(?:[.!?)]\\s+|\\t|\\s{2,})(${CODES})\\s*\\.?$`);
const INITIALS_ONLY = new RegExp(`^${CODES}$`);
// A label for what an item concluded: the statements under it are what was agreed, not the talk before it.
const CONCLUDED = /^(?:Agreed|AGREED|Decision|DECISION|Outcomes?|OUTCOMES?)\s*[:\-–]/;
// The body itself agreeing is a decision ("The partnership agreed to adopt the framework"), not someone's task.
const DECISION_LABEL = /^(?:DECISION|Decision|DECIDED|Decided)\s*[:\-–]\s*/;
const NOT_ACTION_START =
  /^(?:it was|we|members|the (?:committee|board|meeting|panel|group|partnership|executive|trust|forum|sub-?group|network|steering group|council))\b/i;

// "At 8.55 pm the Committee agreed to adjourn …", "At this point the Board …": when it happened, before who agreed.
const LEAD_WHEN =
  /^(?:at|by|after|before|following)\s+(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|noon|this\s+point|that\s+point|the\s+end\s+of\s+the\s+(?:meeting|item|discussion))\s*,?\s*/i;

/**
 * Actions written in the prose of minutes: a numbered tracker ("Action 135: … The action had been
 * completed."), "Action:" lines and blocks, "(Action: A/B)", "X agreed to …", "she would send …",
 * owner initials at the end of a line (an ACTION BY column flattened into text), lists introduced
 * as agreed actions, and "Item N – …" action-log updates.
 */
export function findProseActions(input: Block[], ctx: ActionContext): ExtractedAction[] {
  const blocks = checkboxItems(
    splitEmbeddedTrackers(splitInlineBullets(withEnglishLabels(rejoinWrapped(unrollDiscussionRows(unrollMarginLabels(input)), ctx.wrapWidth)))),
  );
  const out: ExtractedAction[] = [];
  const taken = new Set<number>();

  let inActionTable = false;
  // Minutes with an Action/Who column: the item whose Who cell named owners, and its last bullet.
  let who: { ref: string; owners: OwnerMention[] } | null = null;
  let lastBullet: { text: string; action: ExtractedAction | null } | null = null;
  // Inside "Matters arising" / an action sheet: entries may be updates of earlier actions.
  let arising = opensArising(ctx.itemTitle ?? '');
  // Where each block's actions start in `out`: an owners-only label after a block takes over the ownerless one read from it.
  const startOf: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    startOf[i] = out.length;
    if (taken.has(i)) continue;
    const b = blocks[i]!;
    // "What: … / Who: … / When: …", "Agreed: … / Lead: X  Timescale: …": a record whose fields say who and when.
    const record = fieldRecord(blocks, i, ctx);
    if (record) {
      out.push(record.action);
      for (let k = i + 1; k < record.end; k++) taken.add(k);
      continue;
    }
    // "The Committee agreed that …" over "Lead: X  Timescale: …": the fields make the sentence above one action, its lead's.
    const under = fieldsUnderStatement(blocks, i, ctx);
    if (under) {
      const from = startOf[i - 1] ?? out.length;
      const told = under.action.text.replace(/\.$/, '');
      for (let k = out.length - 1; k >= from; k--) {
        const a = out[k]!;
        if (a.passage === under.action.text || told.includes(a.text.replace(/\.$/, '')) || a.text.includes(told)) out.splice(k, 1);
      }
      out.push(...(under.actions ?? [under.action]));
      for (let k = i + 1; k < under.end; k++) taken.add(k);
      continue;
    }
    const itemOwners = itemOwnerLine(b, ctx);
    if (itemOwners) {
      who = { ref: itemOwners.ref, owners: itemOwners.owners };
      lastBullet = null;
      continue;
    }
    const onlyOwners = lastBullet ? ownerOnlyLine(b, ctx) : null;
    if (onlyOwners && lastBullet) {
      if (lastBullet.action) lastBullet.action.owners = onlyOwners;
      else out.push(whoAction(who?.ref ?? '', lastBullet.text, onlyOwners, ctx));
      lastBullet = null;
      continue;
    }
    if (b.type === 'heading' || (b.type === 'paragraph' && /^\d{1,2}\.?\s+[A-Z][^.]{2,70}$/.test(squash(b.text)) && !opensArising(b.text))) {
      who = null;
      arising = false;
    }
    if (b.type !== 'row' && b.type !== 'marker' && opensArising(b.text)) arising = true;
    if (who && b.type === 'list-item') {
      const text = squash(b.text);
      const forward = forwardSentences(text);
      const action = forward ? whoAction(who.ref, forward, who.owners, ctx) : null;
      if (action) out.push(action);
      lastBullet = { text, action };
      continue;
    }
    if (
      arising &&
      (b.type === 'paragraph' || b.type === 'list-item') &&
      !TRACKER.test(squash(b.text)) &&
      !ACTION_LABEL.test(squash(b.text)) &&
      !NUMBERED_ACTION_LINE.test(squash(b.text))
    ) {
      const update = LOG_UPDATE.test(squash(b.text)) ? null : arisingUpdate(squash(b.text), ctx);
      if (update) out.push(update);
      // "17/50 – Schools survey: IP to re-send the survey …": an earlier action given again, owner first, after its number and title.
      const entry = update ? null : ARISING_ENTRY.exec(squash(b.text));
      const again = entry ? ownerFirstAction(entry[2]!, ctx) : null;
      if (again) {
        again.ref = entry![1]!;
        out.push(again);
        taken.add(i);
        continue;
      }
    }
    if (b.type === 'row') {
      // Rows under an action table's header are the table reader's; loose rows may carry initials.
      if (isActionTableHeader(b.cells ?? [])) inActionTable = true;
      const row = inActionTable ? null : initialsRow(b, ctx, blocks[i - 1]);
      if (row) {
        // The paragraph the row's sentence began in was read on its own: what it read from the cut sentence is this action.
        const from = row.joined ? startOf[i - 1] : undefined;
        const cut = row.joined ? row.action.text.toLowerCase() : '';
        for (let k = out.length - 1; from !== undefined && k >= from; k--) {
          if (cut.includes(out[k]!.text.replace(/\.$/, '').toLowerCase().slice(0, 40))) out.splice(k, 1);
        }
        out.push(row.action);
      }
      continue;
    }
    // A table row unrolled into prose is still inside its table: the rows after it stay the table reader's.
    if (!(UNROLLED in b)) inActionTable = false;
    if (b.type === 'marker') continue;
    // "Marcus will brief the leads on Thursday. (Not an action for the log, just for info.)": the writer says it is none.
    // Only that statement: a paragraph a PDF ran together with the item before it keeps the item's action.
    let text = NOT_AN_ACTION.test(b.text) ? withoutDisclaimed(squash(b.text)) : squash(b.text);
    if (!text) continue;
    // An action log run onto one line is the table reader's.
    if (flattenedTable(text)) continue;
    // "… (Agreed action 13/41: Mr A)": the sentences that carry an action's number are those actions; the rest read on.
    const numbered = numberedDecisions(text, ctx);
    if (numbered) {
      out.push(...numbered.actions);
      text = numbered.rest;
      if (!text) continue;
    }

    // "Action 25/14 (Mhairi: update the training slides) – complete.": an earlier action, its owner and task in brackets,
    // then how it stands.
    const owned = OWNED_ENTRY.exec(text);
    const ownedBy = owned ? parseOwners(owned[2]!, { attendance: ctx.attendance, date: ctx.meetingDate }) : null;
    if (owned && ownedBy?.length) {
      taken.add(i);
      const progress = owned[4]!.trim() || null;
      out.push(makeAction('tracker', { ref: owned[1]!, text: owned[3]!, passage: text, owners: ownedBy, progress }, ctx));
      continue;
    }
    const tracker = TRACKER.exec(text);
    if (tracker) {
      const parts = [tracker[2]!];
      let j = i + 1;
      while (j < blocks.length && continuesTracker(blocks[j]!)) parts.push(squash(blocks[j++]!.text));
      for (let k = i; k < j; k++) taken.add(k);
      const passage = parts.join(' ');
      const { rest, inline } = takeInlineActions(passage);
      // "Action 1: Develop the audit tool / Lead: Peter Quinn / By: 28 February": a form's fields say who and when.
      const fielded = labelledFields(rest, ctx);
      if (fielded?.owners.length) {
        out.push({ ...fielded, ref: tracker[1]!, form: 'tracker', passage: `Action ${tracker[1]}: ${passage}` });
        for (const a of inline) out.push(inlineAction(a, ctx));
        continue;
      }
      const [first, ...more] = splitSentences(rest);
      // "Action 22/07 – L.F. to list the schools: not yet complete; …": the task, then after its colon how it stands.
      const told = first ? TASK_COLON_STATUS.exec(first) : null;
      const statement = told ? told[1]! : first;
      const progress = told ? [told[2]!, ...more] : more;
      const action = makeAction(
        'tracker',
        { ref: tracker[1]!, text: statement ?? rest, passage: `Action ${tracker[1]}: ${passage}`, progress: progress.join(' ') || null },
        ctx,
      );
      // "Action 4: TE had circulated the policy. Complete.": an update names who did it, not who is to.
      const update = action.owners.length ? null : arisingUpdate(rest, ctx, true);
      if (update) {
        update.ref = tracker[1]!;
        update.passage = action.passage;
        update.form = 'tracker';
      }
      out.push(update ?? action);
      for (const a of inline) out.push(inlineAction(a, ctx));
      continue;
    }

    // "ACTION (AT/SD): Draft a checklist …", "Action (All): …": the bracket names who, the words after the colon what.
    const ownedLabel = OWNERS_LABEL.exec(text) ?? OWNERS_FOR_LABEL.exec(text);
    // "Action (owner: ZW; by: Nov 17) – Repeat the audit …": the bracket's fields say who and when.
    const fields = ownedLabel ? labelledOwnerFields(ownedLabel[1]!, ctx) : null;
    const labelOwners = fields?.owners ?? (ownedLabel ? parseOwners(ownedLabel[1]!, { attendance: ctx.attendance, date: ctx.meetingDate }) : null);
    if (ownedLabel && labelOwners?.length) {
      taken.add(i);
      out.push(makeAction('inline', { text: ownedLabel[2]!, passage: text, owners: labelOwners, ...(fields?.due ? { due: fields.due } : {}) }, ctx));
      continue;
    }
    const refLed = REF_LED.exec(text);
    // "K2. Ann Lee to draft …": the same numbering before an owner written first.
    const numberedOwn = refLed ? (ownerDashAction(refLed[2]!, ctx, true) ?? ownerFirstAction(refLed[2]!, ctx)) : null;
    if (numberedOwn) {
      taken.add(i);
      numberedOwn.ref = refLed![1]!;
      numberedOwn.passage = text;
      out.push(numberedOwn);
      continue;
    }
    // "→ Send the report to the partners (Lead: Business Manager; by: 30 August)": an arrow opening a line marks it as
    // an action, as a label would; its owners and when are in its own words or fields.
    const arrow = ACTION_ARROW.exec(text);
    if (arrow && text.length > arrow[0].length + 6) {
      taken.add(i);
      out.push(inlineAction(text.slice(arrow[0].length), ctx));
      continue;
    }
    if (NUMBERED_ACTION_LINE.test(text)) {
      taken.add(i);
      // A text copy runs such lines together into one paragraph: each number starts the next.
      for (const line of text.split(NEXT_NUMBERED_ACTION)) {
        const logged = NUMBERED_ACTION_LINE.exec(line);
        if (logged) for (const one of splitByOwner(logged[2]!, ctx)) out.push({ ...inlineAction(one, ctx), ref: logged[1]! });
      }
      continue;
    }
    const label = ACTION_LABEL.exec(text);
    if (label) {
      taken.add(i);
      const prev = blocks[i - 1];
      const only = ownersOnlyLabel(label[1]!) ?? postsOnlyLabel(label[1]!, ctx);
      if (only && prev && prev.type !== 'row' && prev.type !== 'marker') {
        const task = splitSentences(squash(prev.text)).pop();
        if (!task) continue;
        // "(2) That the Business Manager provide …" / "Action: Business Manager", or "… undertook to provide a breakdown"
        // / "That the breakdown be provided." / "Action: Owen Bradshaw – 31 August": the label names who does what the
        // item already set; it is that action, told once, in the label's words for who.
        const labelled = inlineAction(withOwnersLabel(task, only), ctx);
        // "GL to circulate the calendar … All members to send dates to GL …" beside "Action: GL, All": the label sums up
        // the owners of the tasks the passage gave each its own owner; each task keeps its own.
        if (eachTaskOwned(out.slice(startOf[i - 1] ?? out.length), labelled)) continue;
        const told = confirmedByLabel(out, labelled);
        if (told) continue;
        // "It was agreed that a plan would be brought to the next meeting." then "Action: Name": one action, the name's.
        const from = startOf[i - 1] ?? out.length;
        for (let k = out.length - 1; k >= from; k--) {
          if (!out[k]!.owners.length && task.includes(out[k]!.text.replace(/\.$/, ''))) out.splice(k, 1);
        }
        out.push(inlineAction(withOwnersLabel(task, only), ctx));
        continue;
      }
      // "Action: Carry forward action 4 – Head of Education": the earlier action, told above, stays open; it is not a new one.
      // "Action: Action 5 carried forward to December – Police Scotland": the same, with the month it now falls due.
      const carried = CARRY_FORWARD.exec(label[1]!.trim()) ?? CARRIED_TO.exec(label[1]!.trim());
      const earlier = carried ? out.find((a) => a.ref === carried[1]) : undefined;
      if (earlier) {
        Object.assign(earlier, { status: 'open', state: 'deferred' });
        const when = carried![2] ? readDueCell(carried![2], dueContext(ctx)) : null;
        if (when?.due) Object.assign(earlier, { due: when.due, dueText: carried![2] });
        continue;
      }
      if (label[1]!.trim()) {
        const { rest, inline } = takeInlineActions(label[1]!);
        for (const one of splitByOwner(rest, ctx)) out.push(inlineAction(one, ctx));
        for (const a of inline) out.push(inlineAction(a, ctx));
        continue;
      }
      // "Action:" on its own line: the lines that follow are the actions, until the minutes move on. Written as bullets,
      // the actions are the bullets: the first line without one is the minutes moving on (the next item's title, the
      // next meeting's date), whatever it says.
      let j = i + 1;
      let count = 0;
      const bulleted = blocks[j]?.type === 'list-item';
      while (j < blocks.length && count < 8) {
        const next = blocks[j]!;
        const nt = squash(next.text);
        if (next.type === 'marker' || next.type === 'row' || next.type === 'heading' || (bulleted && next.type !== 'list-item') || endsActionBlock(nt, count))
          break;
        out.push(inlineAction(nt, ctx));
        taken.add(j);
        j++;
        count++;
      }
      continue;
    }

    // "It was agreed:" / "RESOLVED:" over a numbered list: the entries that are tasks are actions
    // ("To circulate the report …", "An action tracker is produced …"); approvals and notes are not.
    if (RESOLUTION_LEAD.test(text)) {
      let j = i + 1;
      const found: ExtractedAction[] = [];
      let before: string | null = null;
      for (; j < blocks.length; j++) {
        const entry = numberedEntry(blocks[j]!);
        // "(1) … (2) … (3) …" then "18. | Annual Report": the next item of the minutes, not a fourth resolution.
        if (!entry || (before && !follows(before, entry.number))) break;
        before = entry.number;
        if ((TASK.test(entry.text) || ASKED_TO.test(entry.text)) && !NOT_TASK.test(entry.text)) {
          // "(2) That the Head of Safeguarding bring a report …": the subjunctive's subject owns it.
          const owners = instructedOwners(entry.text, ctx) ?? subjunctiveTask(entry.text.replace(/^that\s+/i, ''), ctx);
          const passage = `${text} ${entry.number}. ${entry.text}`;
          // "(2)" numbers the clause within its item, and every item's list starts again at "(1)": alone it names no action.
          const ref = ctx.item ? `${ctx.item}.${entry.number}` : null;
          found.push(makeAction('agreed-list', { ...(ref ? { ref } : {}), text: entry.text, passage, ...(owners ? { owners } : {}) }, ctx));
        }
      }
      if (j > i + 1) {
        for (let k = i + 1; k < j; k++) taken.add(k);
        out.push(...found);
        continue;
      }
    }

    if (ACTION_LIST_HEAD.test(text) || DONE_LIST_HEAD.test(text)) {
      const list = actionList(blocks, i, ctx);
      if (list.end > i + 1) {
        for (let k = i + 1; k < list.end; k++) taken.add(k);
        out.push(...list.actions);
        continue;
      }
    }
    if (b.type === 'list-item' && CHECKBOX.test(text)) {
      const a = listEntry(text, text, false, ctx);
      if (a.owners.length) {
        out.push(a);
        continue;
      }
    }

    if (AGREED_LIST.test(text)) {
      let j = i + 1;
      while (j < blocks.length && blocks[j]!.type === 'list-item') {
        const item = squash(blocks[j]!.text);
        const a = inlineAction(item, ctx);
        a.form = 'agreed-list';
        a.passage = `${text} ${item}`;
        out.push(a);
        taken.add(j++);
      }
      continue;
    }

    // "RESOLVED – (1) That the report be noted." with "(2) That the Clerk circulate …" on the lines after: one resolution.
    let resolution = text;
    const firstClause = RESOLVED_FIRST_CLAUSE.exec(text);
    if (firstClause) {
      let before = firstClause[1] ?? firstClause[2]!;
      for (let j = i + 1; j < blocks.length; j++) {
        const entry = numberedEntry(blocks[j]!);
        if (!entry || !follows(before, entry.number)) break;
        before = entry.number;
        resolution += ` (${entry.number}) ${entry.text}`;
        taken.add(j);
      }
    }
    const resolved = resolvedTasks(resolution, ctx);
    if (resolved.length) {
      out.push(...resolved);
      continue;
    }

    const log = LOG_UPDATE.exec(text);
    if (log) {
      out.push(makeAction('log-update', { ref: log[1]!, text: log[2]!.replace(/\s*[-–]\s*$/, ''), passage: text, progress: log[3]!, owners: [] }, ctx));
      continue;
    }

    // INLINE_LABEL checks a lookbehind at every position; its label word is found far quicker first
    // (the words must stay those INLINE_LABEL opens with).
    if (INLINE_LABEL_WORD.test(text) && INLINE_LABEL.test(text)) {
      INLINE_LABEL.lastIndex = 0;
      const { inline } = takeInlineActions(text);
      for (const a of inline) out.push(inlineAction(a, ctx));
    }
    INLINE_LABEL.lastIndex = 0;

    out.push(...sentenceActions(text, blocks[i + 1], ctx, () => taken.add(i + 1), arising));
  }
  // "Kirsty to set up the weekly call – done, invites sent": an action the minutes record as done already.
  for (const a of out) if (a.status === 'open' && TRAILING_DONE.test(a.text)) Object.assign(a, { status: 'done', state: 'completed' });
  return dedupe(withoutRetold(out, startOf));
}

// The first column of a log, by which its rows are told apart: "No.", "Ref", "#".
const REF_HEAD = /^(?:no\.?|ref\.?|reference|#|number|item)$/i;
const REF_CELL = /^(?:\d{1,3}[a-z]?\.?|[A-Z]{1,3}\d{1,3}|\d{1,4}\/\d{1,4})$/;

/**
 * An action log copied out of a PDF with every cell on a line of its own ("No." / "Action" / "Lead" / "Target Date" /
 * "Status", then "1" / "Submit the response" / "NC" / …): the header's lines give the width, and each run of that many
 * lines that opens with a row number is a row again. Only a log whose first column is its number is restacked: the
 * number keeps the rows in step.
 */
export function restackCells(blocks: Block[]): Block[] {
  // A cell in capitals ("WP/NC") is read as a heading: it is still a line of the log.
  const line = (b: Block | undefined) =>
    !!b && (b.type === 'paragraph' || b.type === 'heading') && squash(b.text).length <= 40 && !/[.;:!?]$/.test(squash(b.text).replace(/^no\.$/i, 'no'));
  for (let i = 0; i < blocks.length; i++) {
    if (!line(blocks[i]) || !REF_HEAD.test(squash(blocks[i]!.text))) continue;
    // The header runs up to the first row number.
    let width = 1;
    while (width <= 7 && line(blocks[i + width]) && !REF_CELL.test(squash(blocks[i + width]!.text))) width++;
    const head = blocks.slice(i, i + width);
    if (width < 3 || width > 7 || !isActionTableHeader(head.map((b) => squash(b.text)))) continue;
    const rows: Block[] = [];
    let j = i + width;
    while (
      j + width <= blocks.length &&
      REF_CELL.test(squash(blocks[j]!.text)) &&
      blocks.slice(j, j + width).every((b) => b.type === 'paragraph' || b.type === 'heading')
    ) {
      rows.push(rowBlock(blocks.slice(j, j + width).map((b) => squash(b.text))));
      j += width;
    }
    if (rows.length < 2) continue;
    // Run over the whole of the minutes before they are split into items: the row numbers would read as items.
    return [...blocks.slice(0, i), rowBlock(head.map((b) => squash(b.text))), ...rows, ...restackCells(blocks.slice(j))];
  }
  return blocks;
}

/** A paragraph opening with a checkbox is an entry of a list, as a bullet is. */
function checkboxItems(blocks: Block[]): Block[] {
  return blocks.map((b) => (b.type === 'paragraph' && CHECKBOX.test(b.text) ? { ...b, type: 'list-item' } : b));
}

/** A sub-heading inside an action list ("Police", "Health", "Partnership Business Unit"): a few words, no sentence. */
function listSubHeading(b: Block): boolean {
  const t = squash(b.text);
  return (b.type === 'paragraph' || b.type === 'heading') && t.length <= 60 && t.split(' ').length <= 6 && !/[.;:,!?]$/.test(t) && !/\d/.test(t);
}

/**
 * A sub-heading of an action list that names who does the entries below it: a post ("Lead Paediatrician"), a person
 * ("DI Graeme Urquhart"), initials, or an agency with its person in brackets ("Education (Alison Rennie)", that person).
 * An agency alone ("Police") or a status heading ("Completed") is not an owner heading.
 */
function ownerHeading(b: Block, ctx: ActionContext): OwnerMention[] | null {
  const t = squash(b.text).replace(/:$/, '');
  if ((b.type !== 'paragraph' && b.type !== 'heading') || t.length > 70 || t.split(' ').length > 8 || /[.;!?]$/.test(t) || /\d/.test(t)) return null;
  if (DONE_LIST_HEAD.test(t) || ACTION_LIST_HEAD.test(t)) return null;
  const owners = agencyPerson(t, ctx, true) ?? parseOwners(t, { attendance: ctx.attendance, date: ctx.meetingDate });
  if (!owners?.length) return null;
  return owners.every((o) => o.kind === 'person' || (o.kind === 'initials' && o.person) || (o.kind === 'role' && isTitleLike(o.written))) ? owners : null;
}

/**
 * The entries of an action list under its heading (blocks[at]), until the minutes move on: bullets and checkbox lines,
 * with the sub-headings a list is grouped by (the agencies, "Done since the last meeting") between them. An agency
 * heading owns nothing where the entry names its people; a "done" heading marks the entries under it done.
 */
function actionList(blocks: Block[], at: number, ctx: ActionContext): { actions: ExtractedAction[]; end: number } {
  const actions: ExtractedAction[] = [];
  let done = DONE_LIST_HEAD.test(squash(blocks[at]!.text));
  // The owner heading the entries below are grouped under ("CPC Lead Officer", "Education (Alison Rennie)").
  let heading: OwnerMention[] | null = null;
  let j = at + 1;
  while (j < blocks.length) {
    const b = blocks[j]!;
    const text = squash(b.text);
    const nextOne = blocks[j + 1];
    // A list grouped by who does it: the owner's heading, then that owner's tasks as bullets.
    const owners = b.type !== 'list-item' && nextOne?.type === 'list-item' ? ownerHeading(b, ctx) : null;
    if (owners) {
      heading = owners;
      j++;
      continue;
    }
    if (b.type === 'list-item' || unmarkedEntry(b, ctx)) {
      const entry = listEntry(text, `${squash(blocks[at]!.text)} ${text}`, done, ctx);
      if (heading && !entry.owners.length) entry.owners = heading;
      actions.push(entry);
      j++;
      continue;
    }
    // A sub-heading counts only with an entry straight after it: otherwise the list has ended.
    if (listSubHeading(b) && nextOne && (nextOne.type === 'list-item' || unmarkedEntry(nextOne, ctx))) {
      if (DONE_LIST_HEAD.test(text)) done = true;
      else if (ACTION_LIST_HEAD.test(text)) done = false;
      j++;
      continue;
    }
    break;
  }
  return { actions: actions.filter((a) => a.text.length >= 8), end: actions.length ? j : at + 1 };
}

/**
 * An entry of an action list whose bullet did not reach the text (a web page printed to PDF draws its bullets as
 * shapes): a paragraph that names its owners as list entries do, in brackets after the task or before it with a dash.
 */
const DONE_TAIL = /\s[–—-]\s*(?:done|completed?)\.?$/i;

function unmarkedEntry(b: Block, ctx: ActionContext): boolean {
  if (b.type !== 'paragraph') return false;
  const text = entryRef(squash(b.text)).rest;
  // A highlight sheet's "… (Owner – when)." or "… – done." entry, its bullet lost in print.
  // "Circulate the protocol ....... IRa ....... 31.05.12": a typed list sets task, owner and when apart with dot leaders.
  return (
    text.length <= 400 &&
    !!(bracketedOwners(text, ctx) ?? ownerDashAction(text, ctx, true) ?? ownerBracketEntry(text, ctx) ?? DONE_TAIL.exec(text) ?? leaderFieldsAction(text, ctx))
  );
}

// "AP1 Anne-Marie – …", "A3. …", "2) …": the number (and letters) an entry of an action list is known by.
// A bare number needs its stop or bracket ("3 agencies to …" is a count).
const ENTRY_REF = /^(?:([A-Z]{1,3}\s?\d{1,3}(?:\.\d{1,2})?)[.):]?|(\d{1,3}(?:\.\d{1,2})?)[.)])\s+(?=\S)/;

/** An action list's entry without the number it opens with, and that number (its ref). */
function entryRef(text: string): { ref: string | null; rest: string } {
  const m = ENTRY_REF.exec(text);
  if (!m) return { ref: null, rest: text };
  return { ref: (m[1] ?? m[2])!.replace(/\s/g, ''), rest: text.slice(m[0].length) };
}

/** One entry of an action list: its checkbox (if any) or its sub-heading says whether it is done. */
// A task list kept in Teams, Loop or Planner assigns each task by @mentioning its people after it, then may say when:
// "Send the figures @Ann Lee @Raj Patel  Due 30/11/2022", "… @Ann Lee  Completed 18/10/2022".
const MENTION_LABEL = '(?:Due|Completed|Complete|Done|Closed|By|Deadline|Target)\\b';
const MENTIONED = new RegExp(`^(.{6,}?)\\s+((?:@[A-Z][\\w'’.-]*(?:\\s(?!${MENTION_LABEL})[A-Z][\\w'’.-]*){0,3}\\s*)+)(?:(${MENTION_LABEL})\\s*:?\\s*(.+))?$`);

function mentionedEntry(text: string, ctx: ActionContext): ExtractedAction | null {
  const m = MENTIONED.exec(text);
  if (!m) return null;
  const names = m[2]!
    .split('@')
    .map((n) => n.trim())
    .filter(Boolean);
  const owners = parseOwners(names.join(', '), { attendance: ctx.attendance, date: ctx.meetingDate });
  if (!owners?.length) return null;
  // "Completed 18/10/2022" says when it was done, not when it is due.
  const due = m[3] && !/^(?:completed?|done|closed)$/i.test(m[3]) ? readDueCell(m[4]!.trim(), dueContext(ctx)) : null;
  return makeAction('agreed-list', { text: m[1]!.trim(), passage: text, owners, ...(due?.due ? { due } : {}) }, ctx);
}

// "Renew the licence (Business Unit – before it ends in June).", "The form went to every school (Stella Trent) – done.":
// a highlight sheet's bullet, who (and when) in the closing bracket, "– done" after it for what is finished.
const OWNER_BRACKET_ENTRY = /^(.{8,}?)\s*\(([^()]{2,80}?)(?:\s+[–—-]\s+([^()]{3,60}))?\)\s*(?:[–—-]\s*(done|completed?|closed)\b[^()]*?)?\.?$/i;

function ownerBracketEntry(text: string, ctx: ActionContext): ExtractedAction | null {
  const m = OWNER_BRACKET_ENTRY.exec(text);
  // "(Fergus M and Lena P, by 9 May)": a bracket of owners and when after a comma is the bracket reader's.
  if (!m || /[,;]/.test(m[2]!)) return null;
  const owners = parseOwners(m[2]!, { attendance: ctx.attendance, date: ctx.meetingDate });
  // Only a bracket of names, initials or posts: "(see the appendix)", "(2025-26)" are the task's own words.
  if (!owners?.length || !owners.every((o) => ['person', 'initials', 'role', 'group', 'organisation'].includes(o.kind))) return null;
  const when = m[3] ? readDueCell(m[3], dueContext(ctx)) : null;
  const a = makeAction('agreed-list', { text: m[1]!, passage: text, owners, ...(when?.due ? { due: when } : {}) }, ctx);
  if (m[3] && !a.due) {
    // "before it ends in June": words the cell reader does not take are read as the task's own words would be.
    const told = makeAction('agreed-list', { text: `${m[1]!} ${m[3]}`, passage: text, owners }, ctx);
    a.due = told.due;
    a.dueText = told.dueText;
  }
  if (m[4]) Object.assign(a, { status: 'done', state: 'completed' });
  return a;
}

function listEntry(raw: string, passage: string, done: boolean, ctx: ActionContext): ExtractedAction {
  const box = CHECKBOX.exec(raw);
  const { ref, rest: text } = entryRef(box ? raw.slice(box[0].length) : raw);
  const a =
    leaderFieldsAction(text, ctx) ?? mentionedEntry(text, ctx) ?? ownerDashAction(text, ctx, true) ?? ownerBracketEntry(text, ctx) ?? inlineAction(text, ctx);
  if (ref && !a.ref) a.ref = ref;
  a.form = 'agreed-list';
  a.passage = passage;
  if ((box && box[2]) || (done && !box)) {
    a.status = 'done';
    a.state = 'completed';
  }
  // "… went to every school on 26 February – done": in an entry already done, a date no "by" or "before" leads is when
  // it was done, not when it falls due.
  if (a.status === 'done' && done && a.due && !/\b(?:by|before|due|deadline|until)\b/i.test(text)) {
    a.due = null;
    a.dueText = null;
  }
  return a;
}

/**
 * The same action told twice in one item: "CF will report back at the next meeting" in the
 * discussion and "Action: CF to feed back to the Board" under it. The minute-taker's explicit
 * action stands; the narrative one by the same owner goes.
 */
function withoutRetold(actions: ExtractedAction[], startOf: number[]): ExtractedAction[] {
  const key = (o: OwnerMention) => (o.person?.name.display ?? o.written).toLowerCase();
  // The block each action was read from: startOf[i] is where block i's actions start.
  const blockOf = actions.map((_a, k) => startOf.reduce((at, s, i) => (s <= k ? i : at), -1));
  const near = (e: ExtractedAction, a: ExtractedAction) => {
    const d = blockOf[actions.indexOf(e)]! - blockOf[actions.indexOf(a)]!;
    return d === 0 || d === 1;
  };
  // An explicit action retells the narrative one when the minute-taker set it apart (initials, a table), wrote it in the
  // same paragraph or the next ("CF will report back …" / "Action: CF to feed back …"), or it tells the same task;
  // "Sara will send the audit tool" is not retold by "Sara to update the pathway" paragraphs later. A list's entries
  // retell only what they share words with (inList).
  const retells = (e: ExtractedAction, a: ExtractedAction) =>
    e.form !== 'agreed-to' && e.form !== 'agreed-list' && (e.form !== 'inline' || near(e, a) || tellSameTask(e, a));
  // An entry of a list or resolution retells only what it shares words with: "the Head of Service circulate the figures"
  // in one item's resolution is not "Dave Kirkby undertook to find out …" in the next.
  const listed = actions.filter((a) => a.form === 'agreed-list');
  const inList = (a: ExtractedAction) => {
    const names = contentWords(a.owners.map((o) => `${o.written} ${o.person?.name.display ?? ''}`).join(' '));
    const words = [...contentWords(a.text)].filter((w) => !names.has(w) && !COMMON.has(w));
    return listed.some((l) => a.owners.every((o) => l.owners.some((p) => key(p) === key(o))) && words.some((w) => contentWords(l.text).has(w)));
  };
  return actions.filter((a) => {
    if (a.form !== 'agreed-to' || !a.owners.length) return true;
    if (inList(a)) return false;
    const explicit = new Set(actions.filter((e) => retells(e, a)).flatMap((e) => e.owners.map(key)));
    return !a.owners.every((o) => explicit.has(key(o)));
  });
}

/** A tracker entry runs on over the paragraphs that follow it, until the next entry or a new section. */
function continuesTracker(b: Block): boolean {
  if (b.type !== 'paragraph') return false;
  const t = squash(b.text);
  return !TRACKER.test(t) && !ACTION_LABEL.test(t) && !/^(?:RESOLVED|Resolved\b)/.test(t) && !LOG_UPDATE.test(t) && !CLOSING_ITEM.test(t);
}

/** PDFs can run the next tracker entry into the end of the previous paragraph. */
function splitEmbeddedTrackers(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.type !== 'paragraph' || (!b.text.includes('Action') && !b.text.includes('ACTION')) || !TRACKER_INSIDE.test(b.text)) {
      out.push(b);
      continue;
    }
    for (const piece of b.text.split(TRACKER_INSIDE)) if (piece.trim()) out.push({ ...b, text: piece.trim() });
  }
  return out;
}

/** Pulls "Action: …" sentences out of a passage (they are separate actions, not progress). */
function takeInlineActions(passage: string): { rest: string; inline: string[] } {
  const inline: string[] = [];
  const pieces = passage.split(
    /(?:^|(?<=[.!?)]\s))(?:Actions?|ACTIONS?|Follow[- ]?up(?=\s*:))(?:\s+(?:outstanding|ongoing|open|carried forward))?\s*(?::|[–—]|-(?=\s))\s*/,
  );
  let rest = pieces[0] ?? '';
  for (const piece of pieces.slice(1)) {
    const sentences = splitSentences(piece);
    const action = sentences.shift() ?? '';
    // "… revised protocol to all agencies. Action – JH/DR": the label names owners of the sentence before it.
    const only = ownersOnlyLabel(action);
    if (only) {
      const before = splitSentences(rest);
      const task = before.pop();
      if (task) {
        rest = before.join(' ');
        inline.push(withOwnersLabel(task, only));
      }
    } else if (action) inline.push(action);
    // "ACTIONS: MW to … . JB to …": each sentence that names its owner first is another action.
    while (sentences.length && OWNER_FIRST.test(sentences[0]!)) inline.push(sentences.shift()!);
    if (sentences.length) rest = `${rest} ${sentences.join(' ')}`;
  }
  return { rest: rest.trim(), inline };
}

// An action label followed only by owners: initials, or one or two short names ("JH/DR", "Sam Reid").
// A rank or honorific may lead a name ("DS Cole", "Dr Lin"); letters may lead a role ("LSCB Manager").
// A police rank may take up to three words before the surname ("Det Ch Insp Veitch", "Det Supt Voss").
const OWNER_UNIT = `(?:(?:[A-Z]{2,4}|Dr|Cllr|Mr|Mrs|Ms|Miss|Prof|Det|Ch|Supt|Insp|Sgt|Con)\\.?\\s+){0,3}[A-Z][a-z][\\w'-]*(?:\\s+[A-Z][\\w'-]+)?|${CODE}`;
const OWNERS_ONLY = new RegExp(`^(?:${OWNER_UNIT})(?:\\s*(?:[/,&]|\\band\\b)\\s*(?:${OWNER_UNIT}))*\\.?$`);
// "Action: All – next meeting", "Action – All agencies – 31 March": owners, perhaps with when, and nothing else.
const OWNER_WHEN = /^(.{2,60}?)\s+[–—-]\s+(.{2,40})$/;
const WHEN_WORDS =
  /\b(?:next|meeting|board|ongoing|asap|immediately|end|week|month|quarter|Q[1-4]|january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|\d{1,2}[/.]\d{1,2})\b/i;

/** The owners (and when) of a label that gives nothing else; its task is the sentence before it. */
function ownersOnlyLabel(label: string): { owners: string; when: string | null } | null {
  const t = label.trim().replace(/\.$/, '');
  if (OWNERS_ONLY.test(t) || isAllMembersGroup(t)) return { owners: t, when: null };
  const m = OWNER_WHEN.exec(t);
  if (m && (OWNERS_ONLY.test(m[1]!) || isAllMembersGroup(m[1]!)) && WHEN_WORDS.test(m[2]!)) return { owners: m[1]!, when: m[2]! };
  return null;
}

/** "Action: Partnership Business Manager", "Action: Director of Children's Services – March": posts someone holds. */
function postsOnlyLabel(label: string, ctx: ActionContext): { owners: string; when: string | null } | null {
  // "Director of Children's Services (Councillor Oduya returned to the meeting.)": a note of the meeting run onto the line.
  const t = label
    .trim()
    .replace(/\s*\([^()]{12,}\)\.?$/, '')
    .replace(/\.$/, '');
  const m = OWNER_WHEN.exec(t);
  const [who, when] = m && WHEN_WORDS.test(m[2]!) ? [m[1]!, m[2]!] : [t, null];
  if (who.split(' ').length > 8 || /\b(?:to|will|should|must)\s+[a-z]/.test(who)) return null;
  const owners = parseOwners(who, { attendance: ctx.attendance, date: ctx.meetingDate });
  return owners && owners.length && owners.every((o) => o.person) ? { owners: who, when } : null;
}

/**
 * The action an owners-only label confirms: one the item already read for the same people, or for the same task (then
 * the label's people own it). Its date is the label's when the label gives one.
 */
function confirmedByLabel(out: ExtractedAction[], labelled: ExtractedAction): ExtractedAction | null {
  const who = (a: ExtractedAction) => a.owners.map((o) => (o.person?.name.display ?? o.written).toLowerCase()).sort();
  const same = (a: ExtractedAction) => a.owners.length > 0 && who(a).join('|') === who(labelled).join('|');
  for (let k = out.length - 1; k >= 0; k--) {
    const a = out[k]!;
    if (a.status === 'done' || !labelled.owners.length) continue;
    if (!same(a) && !(a.owners.length && tellSameTask(a, labelled))) continue;
    a.owners = labelled.owners;
    if (labelled.dueText && labelled.due) {
      a.due = labelled.due;
      a.dueText = labelled.dueText;
    }
    return a;
  }
  return null;
}

/**
 * Whether a label of several owners names just the owners of the tasks already read from the passage above it, two or
 * more tasks each owned by some of them, and every one of the label's owners owning one of those tasks. If so each task
 * keeps its own owners, in the label's words.
 */
function eachTaskOwned(passage: ExtractedAction[], labelled: ExtractedAction): boolean {
  const key = (o: ExtractedAction['owners'][number]) => (o.kind === 'group' ? 'group' : (o.person?.name.display ?? o.written).toLowerCase());
  const wanted = new Set(labelled.owners.map(key));
  const owned = passage.filter((a) => a.status !== 'done' && a.owners.length);
  if (wanted.size < 2 || owned.length < 2) return false;
  if (!owned.every((a) => a.owners.every((o) => wanted.has(key(o))))) return false;
  const covered = new Set(owned.flatMap((a) => a.owners.map(key)));
  if (![...wanted].every((w) => covered.has(w))) return false;
  // Each task takes its owners as the label writes them (the column's "All" for the minute's "All members").
  for (const a of owned) a.owners = a.owners.map((o) => labelled.owners.find((l) => key(l) === key(o)) ?? o);
  return true;
}

/** The sentence before an owners-only label, as an action with those owners ("… (Action: All, by next meeting)"). */
function withOwnersLabel(task: string, only: { owners: string; when: string | null }): string {
  return `${task} (Action: ${only.owners}${only.when ? `, by ${only.when}` : ''})`;
}

// "Action – LGS to amend … – LGS COMPLETE": an ACTION BY column and a status column run onto the line.
const TRAILING_OWNER_STATUS = /\s+[–—-]\s+((?:[A-Z]{2,4})(?:\s*[/,&]\s*[A-Z]{2,4})*)?\s*\b(COMPLETED?|DONE|CLOSED|ONGOING|OPEN|IN PROGRESS)?\s*\.?$/;
// An owner written first: "MW to …", "Julia H to …", "Rebecca will …".
const OWNER_FIRST = new RegExp(`^(?:${CODES}|[A-Z][a-z]+(?:\\s+[A-Z][\\w'-]*){0,2})\\s+(?:to|will)\\s+[a-z]`);

/** "MW to develop … JB to look into …" written as one action line: one action per owner. */
function splitByOwner(text: string, ctx: ActionContext): string[] {
  const sentences = splitSentences(text);
  const out: string[] = [];
  for (const sentence of sentences) {
    if (out.length && OWNER_FIRST.test(sentence) && ownersOfStatement(sentence, ctx).length) out.push(sentence);
    else if (out.length) out[out.length - 1] = `${out[out.length - 1]} ${sentence}`;
    else out.push(sentence);
  }
  return out.length ? out : [text];
}

const BRACKETED_INITIALS = new RegExp(`\\s*\\(\\s*(${CODES})\\s*\\)\\.?$`);
// "… – done.", "… - done, invites sent this afternoon.": the status after a dash, with a few words on how.
const TRAILING_DONE = /\s[–—-]\s+(?:now\s+)?(?:complete|completed|done|closed|actioned)(?:[,;]\s+[^–—.]{2,80})?\.?$/i;
const NOT_AN_ACTION =
  /\bnot\s+(?:an?\s+)?(?:formal\s+)?action\s+(?:for\s+the\s+(?:log|tracker|action\s+log)|point)\b|\bnot\s+an\s+action\b[^.]{0,30}\bfor\s+info/i;

/** The paragraph without the statement the writer says is no action, nor the note saying so; '' if nothing is left. */
function withoutDisclaimed(text: string): string {
  const sentences = splitSentences(text);
  const k = sentences.findIndex((s) => NOT_AN_ACTION.test(s));
  if (k < 0) return text.length <= 300 ? '' : text;
  // A bracketed or short note speaks of the statement before it; a longer sentence disclaims itself.
  const note = sentences[k]!;
  const from = k > 0 && (/^\(/.test(note) || note.split(/\s+/).length <= 14) ? k - 1 : k;
  return sentences
    .filter((_s, j) => j < from || j > k)
    .join(' ')
    .trim();
}

function inlineAction(raw: string, ctx: ActionContext): ExtractedAction {
  // "(Owner: TB / NC)" is the bracket's label, not a field of the line: the bracket reader parts task, owners and when.
  const fielded =
    leaderFieldsAction(raw, ctx) ??
    labelledBracketAction(raw, ctx) ??
    labelledFields(raw, ctx) ??
    ownerDashAction(raw.replace(/^\(?\d{1,2}[.)]\s+/, ''), ctx) ??
    bracketOwnersAction(raw, ctx);
  if (fielded) return fielded;
  let text = raw;
  const tail = TRAILING_OWNER_STATUS.exec(text);
  if (tail && (tail[1] || tail[2])) {
    text = text.slice(0, tail.index).trim();
    const owners = tail[1] ? initialsOwners(tail[1].split(/\s*[/,&]\s*/), ctx) : null;
    const reading = tail[2] ? readProgress(tail[2].toLowerCase()) : null;
    return makeAction('inline', { text, passage: raw, ...(owners ? { owners } : {}), ...(reading ? { reading } : {}) }, ctx);
  }
  // "CD has added the measure to the dataset – complete.": an update closed by its status, in any case.
  const closed = TRAILING_DONE.test(text);
  // "Book a venue for the launch (TF)": initials in brackets closing an action line name its owners.
  const bracketed = BRACKETED_INITIALS.exec(text);
  const bracketOwners = bracketed ? initialsOwners(bracketed[1]!.split(/\s*[/,&]\s*/), ctx) : null;
  if (bracketed && bracketOwners) return makeAction('inline', { text: text.slice(0, bracketed.index).trim(), passage: text, owners: bracketOwners }, ctx);
  const bracket = BRACKET_OWNERS.exec(text);
  if (bracket) {
    const { owners, due } = bracketFields(bracket[1]!, ctx);
    return makeAction('inline', { text: text.slice(0, bracket.index).trim(), passage: text, owners, ...(due ? { due } : {}) }, ctx);
  }
  const action = makeAction('inline', { text, passage: text, ...(closed ? { reading: { status: 'done', state: 'completed' } as const } : {}) }, ctx);
  // "ACTION: GG asked for responses …": under an action label the subject owns it, whatever the verb.
  const subject = action.owners.length
    ? null
    : /^([A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*|[A-Z][a-z]+(?:\s+[A-Z][\w'-]+)?)\s+(?:has\s+|have\s+|will\s+|would\s+)?[a-z]{3,}/.exec(text);
  const owners = subject ? subjectOwners(subject[1]!, ctx) : null;
  if (owners && owners.every((o) => o.kind === 'person' || o.kind === 'initials' || o.kind === 'role')) action.owners = owners;
  return action;
}

/** "(Action: TA by 31 March)", "(Action: KM, due end of May)": the owners, and the date written with them. */
function bracketFields(list: string, ctx: ActionContext): { owners: OwnerMention[]; due: Due | null } {
  const m = /^(.*?)[\s,;–-]+(?:by|due(?:\s+by)?|deadline)\s*:?\s+(.{3,40})$/i.exec(list.trim());
  if (!m || !m[1]!.trim()) return { owners: ownersFromList(list, ctx), due: null };
  const due = readDueCell(m[2]!, ctx);
  return { owners: ownersFromList(m[1]!, ctx), due: due.due ? due : null };
}

function ownersFromList(list: string, ctx: ActionContext): OwnerMention[] {
  const parsed = parseOwners(list, { attendance: ctx.attendance, date: ctx.meetingDate });
  if (parsed) return parsed;
  return list
    .split(/\s*[/,&]\s*|\s+and\s+/)
    .filter(Boolean)
    .map((w) => ({ written: w.trim(), kind: /^[A-Z]{2,4}$/.test(w.trim()) ? 'initials' : 'role', person: null }) as OwnerMention);
}

/** After "Action:", the minutes move on when a line reports what someone said or did. */
function endsActionBlock(text: string, count: number): boolean {
  if (count === 0) return false;
  if (text.length > 320 || ACTION_LABEL.test(text) || TRACKER.test(text) || /^(?:RESOLVED|Resolved|It was agreed)/.test(text)) return true;
  if (/\bagreed to\b/.test(text)) return false;
  const firstWords = text
    .split(' ')
    .slice(0, 10)
    .map((w) => w.toLowerCase().replace(/[^a-z]/g, ''));
  return firstWords.some((w) => REPORTING_VERBS.has(w));
}

/**
 * "<task> – EB to action by 30 June" in one sentence, or "<task>. GT to action." in two: the hand-over's owners and date,
 * the task's words. `joined` when the task is the sentence before (whatever was read from it is this action).
 */
function handedOver(sentence: string, before: string | undefined, ctx: ActionContext): { action: ExtractedAction; joined: boolean } | null {
  const dashed = dashedHandover(sentence, ctx);
  if (dashed) {
    const { task, owners, due } = dashed;
    return { action: makeAction('inline', { text: task, passage: sentence, owners, ...(due ? { due } : {}) }, ctx), joined: false };
  }
  const h = before ? handover(sentence, ctx) : null;
  if (!h || !before) return null;
  const passage = `${before} ${sentence}`;
  return { action: makeAction('inline', { text: before, passage, owners: h.owners, ...(h.due ? { due: h.due } : {}) }, ctx), joined: true };
}

/** Actions inside ordinary sentences: "(Action: A/B)", "X agreed to …", "she would send …", trailing initials. */
function sentenceActions(text: string, next: Block | undefined, ctx: ActionContext, consumeNext: () => void, arising = false): ExtractedAction[] {
  const out: ExtractedAction[] = [];
  let body = text;
  // Initials at the end of the paragraph, or spilled onto a line of their own ("… round.\nJB").
  let codes: string[] | null = null;
  const trailing = TRAILING_INITIALS.exec(body);
  if (trailing) codes = trailing[1]!.split(/\s*[/,&]\s*/);
  else if (next && next.type === 'paragraph' && INITIALS_ONLY.test(squash(next.text))) codes = squash(next.text).split(/\s*[/,&]\s*/);
  // "ALL" in the ACTION BY column: everyone at the meeting.
  const owners =
    codes?.length === 1 && codes[0] === 'ALL' ? [{ written: 'ALL', kind: 'group' as const, person: null }] : codes ? initialsOwners(codes, ctx) : null;
  if (owners) {
    if (trailing) body = body.slice(0, trailing.index + 1).trim();
    else consumeNext();
    const sentences = splitSentences(body);
    const last = sentences.pop() ?? body;
    out.push(makeAction('initials', { text: last, passage: text, owners }, ctx));
    body = sentences.join(' ');
  }

  let lastPerson: OwnerMention[] = [];
  // "… a neglect champion. (Action: All Members)": the bracket belongs to the sentence before it.
  const sentences = splitSentences(body).reduce<string[]>((acc, s) => {
    if (/^\(\s*actions?\b/i.test(s) && acc.length) acc[acc.length - 1] = `${acc[acc.length - 1]} ${s}`;
    else acc.push(s);
    return acc;
  }, []);
  // Who "he" or "she" is matters only to a "he/she would …" sentence: without one, the names are not looked up.
  const pronouns = /\b(?:he|she)\s+(?:would|will)\s/i.test(body);
  // Where each sentence's actions start in `out`: a hand-over ("GT to action.") takes the sentence before it as its task.
  const startAt: number[] = [];
  for (const [n, sentence] of sentences.entries()) {
    startAt.push(out.length);
    const handed = handedOver(sentence, sentences[n - 1], ctx);
    if (handed) {
      if (handed.joined) out.splice(startAt[n - 1]!);
      out.push(handed.action);
      continue;
    }
    const subjectOwners = pronouns ? leadingPerson(sentence, ctx) : [];
    if (subjectOwners.length) lastPerson = subjectOwners;

    // "… will be written [GDo / KMcL – end April].": the square brackets name who and when.
    const squared = sentence.includes('[') ? squareBracketAction(sentence, ctx) : null;
    if (squared) {
      out.push(squared);
      continue;
    }
    const bracket = BRACKET_OWNERS.exec(sentence);
    // "… asked for an analysis (action point 1).": the bracket numbers the minute's own action point, it names nobody. The
    // sentence stays an action, owned by the person it opens with ("Ann Roe offered to …") or those its words name;
    // withoutPointers drops it where a row numbered so restates it.
    if (bracket && ACTION_POINT_NUMBER.test(bracket[1]!)) {
      // A numbered paragraph ("2.1 Ann Roe offered …") opens with its number, not its subject.
      const told = sentence
        .slice(0, bracket.index)
        .trim()
        .replace(/^\d{1,2}(?:\.\d{1,2})+\s+/, '');
      const lead = leadingPerson(told, ctx);
      const owners = lead.length ? ownersOfStatement(`${lead[0]!.written} to act`, ctx) : undefined;
      out.push(makeAction('inline', { text: told, passage: sentence, ...(owners?.length ? { owners } : {}) }, ctx));
      continue;
    }
    // "… go out for comment (action 18/21).": a pointer to the paper's own action log, whose row is the action.
    if (bracket && LOG_NUMBER.test(bracket[1]!.replace(/[,;]?\s*(?:complete[d]?|done|closed|open|ongoing|outstanding|carried forward)\s*$/i, ''))) continue;
    // "… had been circulated to all agencies (action from April – complete).": the bracket says where an earlier action
    // came from, and how it stands; who reports doing it owns it.
    if (bracket && EARLIER_ACTION_BRACKET.test(bracket[1]!)) {
      const update = arisingUpdate(sentence.slice(0, bracket.index).trim(), ctx, true);
      if (update) {
        update.passage = squash(sentence);
        if (!STILL_DUE.test(bracket[1]!)) Object.assign(update, { status: 'done', state: 'completed' });
        out.push(update);
      }
      continue;
    }
    if (bracket) {
      const { owners, due } = bracketFields(bracket[1]!, ctx);
      out.push(makeAction('inline', { text: sentence.slice(0, bracket.index).trim(), passage: sentence, owners, ...(due ? { due } : {}) }, ctx));
      continue;
    }
    const agreed = AGREED_VERBS.some((v) => sentence.includes(v)) ? AGREED_TO.exec(sentence) : null;
    // "Ellen Ward reminded members that in 2014 the Board had agreed to …": who agreed is the reported clause's subject.
    // "Cllr Lake asked about exclusions; the Headteacher undertook to …": clauses joined by a semicolon, the agreer is the last one's subject.
    const agreer = agreed ? reportedSubject(agreed[1]!.replace(/^.*;\s+/, '')) : '';
    // "DECISION: The group agreed to pilot …": the body's decision, labelled so.
    const decided = DECISION_LABEL.test(sentence) ? sentence.replace(DECISION_LABEL, '') : sentence;
    if (agreed && !NOT_ACTION_START.test(decided) && !NOT_ACTION_START.test(agreer.replace(DECISION_LABEL, ''))) {
      // "Gerwyn Matthews and others have agreed to …": the others are nobody in particular.
      const owners = parseOwners(stripLeadIn(agreer).replace(/\s+and\s+others$/i, ''), { attendance: ctx.attendance, date: ctx.meetingDate });
      if (owners && owners.length && !owners.every((o) => o.kind === 'group' && isAllMembersGroup(o.written))) {
        out.push(makeAction('agreed-to', { text: `${stripLeadIn(agreer)} to ${agreed[2]!}`, passage: sentence, owners }, ctx));
        continue;
      }
    }
    const direct =
      earlierAction(sentence, ctx) ??
      ownerFirstAction(sentence, ctx) ??
      progressiveAction(sentence, ctx) ??
      agreedThat(sentence, ctx) ??
      askedTo(sentence, ctx) ??
      requestedOf(sentence, ctx) ??
      askedOwners(sentence, ctx) ??
      collectiveAction(sentence, ctx) ??
      agencyTask(sentence, ctx);
    // "The Board discussed the offer. It was agreed that a letter be sent to all GP practices.": a resolution that is a task, mid-paragraph.
    const resolution = direct || sentence === text ? [] : resolvedTasks(sentence, ctx);
    if (resolution.length) {
      out.push(...resolution);
      continue;
    }
    // "CF will report back …" told in the discussion is narrative: an explicit action by the same owner replaces it. Under
    // a label that records what the item concluded ("Outcome: Noted. HO will write …") it is the item's action.
    if (direct && /^[^,]{2,70}?\s+(?:will|would)\s/.test(sentence) && !CONCLUDED.test(sentence) && !CONCLUDED.test(text)) direct.form = 'agreed-to';
    if (direct) {
      out.push(direct);
      continue;
    }
    // A task nobody's name is on counts where earlier actions are followed up ("arrangements would be
    // made to …" under Matters arising); elsewhere such sentences are narrative ("plans would be developed").
    const nobody = !arising
      ? null
      : clauses(sentence)
          .map((c) => passiveTask(c, ctx))
          .find(Boolean);
    if (nobody) {
      out.push(nobody);
      continue;
    }
    for (const m of sentence.includes('would') || sentence.includes('will') ? sentence.matchAll(WOULD_DO) : []) {
      const who = m[1]!;
      let owners: OwnerMention[] = [];
      if (/^(?:he|she)$/i.test(who)) owners = lastPerson;
      else if (who.split(/\s+(?:and|&)\s+/).every((p) => parsePersonName(p)))
        owners = parseOwners(who, { attendance: ctx.attendance, date: ctx.meetingDate }) ?? [];
      // "Social workers will distribute …": people by their role, in the plural.
      else if (/^[A-Z][a-z]+\s+[a-z]+s$/.test(who) && isTitleLike(who.replace(/s$/, ''))) owners = [{ written: who, kind: 'role', person: null }];
      // "The Business Manager would circulate …": a post someone at the meeting holds.
      else if (/^The\s/.test(who)) {
        const held = parseOwners(who, { attendance: ctx.attendance, date: ctx.meetingDate });
        if (held?.length === 1 && held[0]!.kind === 'role' && held[0]!.person) owners = held;
      }
      if (!owners.length || owners.some((o) => o.kind !== 'person' && o.kind !== 'initials' && o.kind !== 'role')) continue;
      const task = `${m[2]!}${m[3]!}`.trim();
      const ownerName = owners.map((o) => o.person?.name.display ?? o.written).join(' and ');
      out.push(makeAction('agreed-to', { text: `${ownerName} to ${task}`, passage: sentence, owners }, ctx));
    }
  }
  return out;
}

/**
 * Minutes as a table (Item | Summary of Discussion | Action Required) with the action column left
 * empty: the discussion is prose like any other minutes, under its item's title. A row whose action
 * cell is filled stays a row (the table reader reads it).
 */
const UNROLLED = Symbol('unrolled table row');
// "Action", "Actions agreed": a column of tasks; "Action – who – when" carries owners and dates the table reader splits.
const PLAIN_ACTION_HEAD = /^(?:actions?|actions?\s+(?:agreed|required)|agreed\s+actions?)$/i;
const ITEM_TITLE = /^\d{1,2}[.)]?\s+[A-Z][^.]{2,80}$/;

export function unrollDiscussionRows(blocks: Block[], onlyStated = false): Block[] {
  const out: Block[] = [];
  let layout: ReturnType<typeof discussionColumns> = null;
  // Whether the table's Action cells are read as statements (its Action column is headed as no more than that).
  let stating = false;
  let width = 0;
  for (const [at, b] of blocks.entries()) {
    if (b.type !== 'row' || !b.cells) {
      // An item's title written across the table ("3. Child protection register") keeps the table's columns.
      if (!(layout && (b.type === 'heading' || ITEM_TITLE.test(squash(b.text))))) layout = null;
      out.push(b);
      continue;
    }
    const header = discussionColumns(b.cells);
    if (header) {
      // The whole paper's pass (onlyStated) unrolls only a minute whose Action cells state tasks ("Lead Officer to …"):
      // one whose Action cells hold initials is the table reader's, item numbers and all.
      stating = header.action !== null && !header.others.length && PLAIN_ACTION_HEAD.test(squash(b.cells[header.action] ?? ''));
      stating &&= statedActions(blocks, at, header);
      layout = !onlyStated || stating ? header : null;
      width = b.cells.length;
      out.push(b);
      continue;
    }
    if (!layout) {
      out.push(b);
      continue;
    }
    // A PDF can lose the header's empty first cell: the discussion is then the row's longest cell.
    const longest = b.cells.reduce((best, c, i) => (c.length > (b.cells![best] ?? '').length ? i : best), 0);
    // Where the Action cells state tasks, a short discussion beside a longer task is no shift unless the row has a cell more.
    const shifted = longest !== layout.discussion && squash(b.cells[layout.discussion] ?? '').length < 40 && (!stating || b.cells.length > width);
    const cellAt = shifted ? longest : layout.discussion;
    const actionCell = shifted
      ? ''
      : [layout.action, ...layout.others]
          .filter((i): i is number => i !== null)
          .map((i) => squash(b.cells![i] ?? ''))
          .join('');
    // "Discussion | Action" with nothing else: an Action cell that is a statement ("Lead Officer to bring …") is the minute's
    // "Action:" line under its discussion; a cell of initials stays a row (the table reader reads those as owners).
    const told = stating && !shifted ? actionCellStatement(actionCell) : null;
    if (!squash(b.cells[cellAt] ?? '') || (actionCell && told === null)) {
      out.push(b);
      continue;
    }
    const title = b.cells
      .slice(0, cellAt)
      .map((c) => squash(c))
      .filter(Boolean)
      .join(' – ');
    const unrolled = (x: Block) => {
      // A symbol-keyed mark survives the spreads of the passes that rejoin and split blocks.
      out.push(Object.defineProperty(x, UNROLLED, { value: true, enumerable: true }));
    };
    if (title) unrolled({ ...b, type: 'heading', text: title, cells: undefined });
    // Sub-items run together in one cell ("… quality. 4.12i – Audit: …") start paragraphs of their own.
    for (const piece of squash(b.cells[cellAt] ?? '').split(/(?<=[.!?])\s+(?=\d{1,2}\.\d{1,2}[a-z]{0,4}\s*[–—-]\s)/))
      unrolled({ ...b, type: 'paragraph', text: piece, cells: undefined });
    if (told) unrolled({ ...b, type: 'paragraph', text: `Action: ${told}`, cells: undefined });
  }
  return out;
}

/** Whether a "Discussion | Action" table (header at `at`) has an Action cell stating a task, with no other columns. */
function statedActions(blocks: Block[], at: number, layout: NonNullable<ReturnType<typeof discussionColumns>>): boolean {
  if (layout.action === null || layout.others.length) return false;
  // A PDF that lost the header's first cell puts each item's title under "Discussion" and its discussion under "Action":
  // the discussion is then the shorter cell of most rows, where a minute's discussion is the longer.
  let stated = false;
  let longer = 0;
  let rows = 0;
  for (let i = at + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type !== 'row' || !b.cells) {
      if (b.type === 'heading' || ITEM_TITLE.test(squash(b.text))) continue;
      break;
    }
    const [talk, act] = [squash(b.cells[layout.discussion] ?? ''), squash(b.cells[layout.action] ?? '')];
    if (talk && act) {
      rows++;
      if (talk.length > act.length) longer++;
    }
    if (actionCellStatement(act)) stated = true;
  }
  return stated && longer * 2 > rows;
}

// What an Action cell says that is no task: "Noted", "Decision: the calendar was approved.", "Agreed", "None".
const NO_TASK_SENTENCE = /^(?:noted|agreed|approved|none|n\/a|-|–|(?:decision|decided|agreed|resolved|noted)\s*[:\-–].*)\.?$/i;

/**
 * The task an Action cell of a "Discussion | Action" minute sets, without the notes and decisions the column also holds
 * ("Decision: … approved. All members to nominate …" → the second sentence); '' when it sets none, null when the cell is
 * initials alone or empty.
 */
function actionCellStatement(cell: string): string | null {
  const text = squash(cell);
  if (!text || /^[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*$/.test(text)) return null;
  return splitSentences(text)
    .filter((x) => !NO_TASK_SENTENCE.test(x.trim()))
    .join(' ');
}

/** The clauses of a sentence, for tasks told in a second clause ("… had offered training and arrangements would be made to …"). */
function clauses(sentence: string): string[] {
  return sentence
    .replace(/^(?:however|also|in addition|additionally|further|finally),\s*/i, '')
    .split(/\s*;\s*|,?\s+(?:and|but|so)\s+(?=[a-z]+\s+(?:would|will|are|is|to|shall|needs?)\s+be\b)/)
    .filter(Boolean);
}

// A header line whose last column holds owners ("Item  Discussion  ACTION BY") over minutes flattened into lines.
const OWNER_COLUMN_HEAD = /\b(?:action\s+by|by\s+whom|owner|lead|who|responsible)\s*$/i;
const LINE_END_CODE = /^(.*?\S)\s+([A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*)$/;

/**
 * Minutes typed as a table whose ACTION BY column lost its cells: the owner's initials end the line
 * they were printed beside, in the middle of a sentence that wraps onto the next lines ("… agreed to
 * meet the provider to agree JP" / "a recovery plan by 31 July."). The code is taken off the line and
 * given to that sentence as "(Action: JP)", the form the minutes would have written it in. Run over
 * the whole of the minutes' body: the header line sits above the items it heads.
 */
export function ownerColumnLines(blocks: Block[]): Block[] {
  let active = false;
  let out: Block[] | null = null;
  for (let i = 0; i < (out ?? blocks).length; i++) {
    const b = (out ?? blocks)[i]!;
    if (b.type === 'row' || b.type === 'marker') {
      active = false;
      continue;
    }
    const text = squash(b.text);
    if (
      text.length < 80 &&
      OWNER_COLUMN_HEAD.test(text) &&
      /\b(?:item|discussion|minutes?|notes|subject|agenda)\b/i.test(text.replace(OWNER_COLUMN_HEAD, ''))
    ) {
      active = true;
      continue;
    }
    const m = active ? LINE_END_CODE.exec(text) : null;
    if (!m) continue;
    const tag = ` (Action: ${m[2]!})`;
    // A numbered row whose minute cell wrapped: its lines are one cell, and the task in it, not the question or
    // discussion before it, is what the Lead owns ("5.1 X asked about … JH" / "Jean Howarth will write to …").
    const row = ITEM_ROW_START.test(m[1]!) ? rowCell(out ?? blocks, i) : null;
    if (row) {
      const cell = [m[1]!, ...row.lines].join(' ');
      const task = splitSentences(cell).find((x) => ROW_TASK.test(x.replace(ITEM_ROW_START, '')));
      if (task) {
        out ??= [...blocks];
        const at = cell.indexOf(task) + task.length;
        out.splice(i, row.lines.length + 1, { ...b, text: `${cell.slice(0, at)}${tag}${cell.slice(at)}` });
        continue;
      }
    }
    // A sentence that ended before the code is the trailing-initials form, read as it is; "the MASH" is prose.
    if (/[.!?]$/.test(m[1]!) || (/\bthe$/i.test(m[1]!) && !/[/,&]/.test(m[2]!))) continue;
    out ??= [...blocks];
    out[i] = { ...b, text: m[1]! };
    let placed = false;
    for (let j = i + 1; j < Math.min(out.length, i + 4) && !placed; j++) {
      const next = out[j]!;
      if (next.type === 'row' || next.type === 'marker') break;
      const stop = /[.!?](?=\s|$)/.exec(next.text);
      if (stop) {
        out[j] = { ...next, text: `${next.text.slice(0, stop.index + 1)}${tag}${next.text.slice(stop.index + 1)}` };
        placed = true;
      }
    }
    if (!placed) out[i] = { ...b, text: `${m[1]!}.${tag}` };
  }
  return out ?? blocks;
}

// A row of numbered minutes ("2.2 …", "5. …"); a line not opening so is its cell wrapping.
const ITEM_ROW_START = /^\d{1,2}\.(?:\d{1,2}\.?)?\s+/;
// A task in a minute cell: someone or something "to" do it, "will" or "would" do it, "is to be" done.
const ROW_TASK = /^(?:[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,6}?\s+(?:to|will|would|shall)\s+(?:be\s+)?[a-z]{3,}|.*\bto\s+be\s+[a-z]{3,}ed\b)/;

/** The lines after a numbered row's first that wrap its minute cell, up to the next row, heading or table. */
function rowCell(blocks: Block[], i: number): { lines: string[] } | null {
  const lines: string[] = [];
  for (let j = i + 1; j < blocks.length && lines.length < 5; j++) {
    const next = blocks[j]!;
    const t = squash(next.text);
    if (next.type !== 'paragraph' || !t || ITEM_ROW_START.test(t) || CLOSING_ITEM.test(t) || /^(?:date|next meeting)\b/i.test(t)) break;
    lines.push(t);
  }
  return lines.length ? { lines } : null;
}

/** A table row whose last cell is an owner's initials: an ACTION BY column without a header. */
function initialsRow(b: Block, ctx: ActionContext, before?: Block): { action: ExtractedAction; joined: boolean } | null {
  const cells = (b.cells ?? []).filter(Boolean);
  if (cells.length < 2) return null;
  const last = cells[cells.length - 1]!;
  // The last cell names people at the meeting: their initials, or their names ("Mina Patel", "Mina/Rob"), or everyone ("All").
  const owners = INITIALS_ONLY.test(last)
    ? initialsOwners(last.split(/\s*[/,&]\s*/), ctx)
    : isAllMembersGroup(last)
      ? [{ written: last, kind: 'group' as const, person: null }]
      : attendeeOwners(last, ctx);
  if (!owners) return null;
  let text = cells
    .slice(0, -1)
    .filter((c) => !/^\d{1,3}(?:\.\d{1,2})?\.?$/.test(c))
    .join(' ');
  // A PDF puts the owner beside a paragraph's last line only, so that line alone becomes the row ("… which children are also"
  // / "missing from home …, and for this to be reported at the December Board. | MB"): the sentence starts in the line above.
  const above = before && before.type !== 'row' && before.type !== 'marker' ? squash(before.text) : '';
  const cut = above && /^[a-z]/.test(text) && !/[.!?:;]["')]?$/.test(above) ? splitSentences(above).pop() : undefined;
  if (cut) text = `${cut} ${text}`;
  return { action: makeAction('initials', { text, passage: cut ? `${above} ${cells.join(' | ')}` : cells.join(' | '), owners }, ctx), joined: !!cut };
}

/** A cell that names only people at the meeting, by full or first name. */
function attendeeOwners(cell: string, ctx: ActionContext): OwnerMention[] | null {
  if (cell.length > 80 || !ctx.attendance.length) return null;
  const owners = parseOwners(cell, { attendance: ctx.attendance, date: ctx.meetingDate });
  if (!owners || !owners.length) return null;
  const known = (o: OwnerMention) =>
    o.kind === 'person' &&
    ctx.attendance.some(
      (a) => a.name.display.toLowerCase() === (o.person?.name.display ?? '').toLowerCase() || a.name.given?.toLowerCase() === o.written.toLowerCase(),
    );
  return owners.every(known) ? owners : null;
}

/**
 * Initials in an ACTION BY position count when every code is the initials of someone at the
 * meeting. A code two attendees share stays as written: it is nobody's in particular.
 */
function initialsOwners(codes: string[], ctx: ActionContext): OwnerMention[] | null {
  const attendees = ctx.attendance.map((a) => (a.initials ? [a.initials.toUpperCase(), ...initialsOf(a.name)] : initialsOf(a.name)));
  const known = (c: string) =>
    isMixedInitials(c) ? !!byInitials(c, { attendance: ctx.attendance, date: ctx.meetingDate }) : attendees.some((i) => i.includes(c.toUpperCase()));
  if (!codes.length || !codes.every(known)) return null;
  return codes.map((c) => ({ written: c, kind: 'initials' as const, person: byInitials(c, { attendance: ctx.attendance, date: ctx.meetingDate }) }));
}

/** "X reported that in 2014 the Board" -> "the Board": the subject of the clause a reporting verb introduces. */
function reportedSubject(written: string): string {
  // "At 8.55 pm the Committee": when it was agreed is not who agreed.
  const subject = written.replace(LEAD_WHEN, '');
  const m = /\b(?:reminded|reported|explained|noted|said|confirmed|advised|informed|told)\b.*?\bthat\s+(.+)$/i.exec(subject);
  return m ? m[1]!.replace(/^(?:in|on|at|during|by)\s+(?:\w+\s+){0,2}\d{4},?\s+/i, '') : subject;
}

/** "In response, Mrs Booth" -> "Mrs Booth"; "In answer to a question from Cllr Ure, the Head of Service" -> the post. */
function stripLeadIn(subject: string): string {
  return subject.replace(/^.*,\s*(?=(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|for|and|&))*\s*$)/, '').trim();
}

/** The person a sentence opens with ("Mrs Booth advised …"), for resolving a later "she". */
function leadingPerson(sentence: string, ctx: ActionContext): OwnerMention[] {
  const m = /^(?:In response,\s*|Following [^,]+,\s*)?((?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\s+[A-Z][\w'-]+|[A-Z][a-z]+\s+[A-Z][\w'-]+)\b/.exec(sentence);
  if (!m) return [];
  const name = parsePersonName(m[1]!);
  if (!name) return [];
  return ownersOfStatement(`${m[1]} to x`, ctx).length
    ? [{ written: m[1]!, kind: 'person', person: { name, title: null, organisation: null, date: ctx.meetingDate } }]
    : [];
}

function dedupe(actions: ExtractedAction[]): ExtractedAction[] {
  const seen = new Set<string>();
  return actions.filter((a) => {
    if (!a.text || a.text.length < 8) return false;
    const key = `${a.ref ?? ''}|${a.text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether a list's number comes straight after the one before ("2" after "1", "c" after "b"). */
function follows(prev: string, next: string): boolean {
  if (/^\d+$/.test(prev)) return Number(next) === Number(prev) + 1;
  const r = ROMAN.indexOf(prev.toLowerCase());
  if (r >= 0 && ROMAN[r + 1] === next.toLowerCase()) return true;
  return next.length === 1 && next.charCodeAt(0) === prev.charCodeAt(0) + 1;
}

/** "1. To circulate …", "(a) that …", a row "2. | To re-circulate …": an entry of a numbered list. */
function numberedEntry(b: Block): { number: string; text: string } | null {
  if (b.type === 'row') {
    const cells = (b.cells ?? []).filter(Boolean);
    const n = /^\(?(\d{1,2}|[a-h])[.)]?$/.exec(cells[0] ?? '');
    return n && cells[1] ? { number: n[1]!, text: squash(cells.slice(1).join(' ')) } : null;
  }
  const m = /^\(?(\d{1,2}|[a-h]|(?:i{1,3}|iv|vi{0,3}|ix|x))[.)]\s+(.{6,})$/.exec(squash(b.text));
  return m ? { number: m[1]!, text: m[2]! } : null;
}
