import * as path from 'node:path';

import { BoardError, ErrorCode } from '../errors';
import type { IsoDate } from '../extract/dates';
import { type ActionView, currentActions } from '../library/actions-view';
import { assertMayCorrect, type CorrectionConflict, correctionConflicts, type Corrector } from '../library/corrections';
import { groupProgress, groupState, progressText } from '../library/group-progress';
import type { Library } from '../library/library';
import { OPERATOR } from '../library/scope';
import { actionTextKey } from '../store/ids';
import { foldForMatch } from '../util/text';
import { proposalsFor, type ProposalView } from './proposals';

/**
 * What the reading made of each document, for the clerk to check: its meetings with attendance
 * counts and the next meeting, and its actions with owner, due date and status — with whatever
 * looks doubtful first. No reading is perfect on every board's papers; this is the step that
 * makes it trustworthy.
 */

export type Doubt = 'no owner' | 'unknown owner' | 'unknown initials' | 'date not read' | 'possible duplicate';

export interface ReviewAction {
  id: string;
  ref: string | null;
  text: string;
  owners: string[];
  due: IsoDate | null;
  status: string;
  doubts: Doubt[];
  /** For the tab and card: where it was read, and a group action's progress. */
  source: string;
  item: string | null;
  meetingDate: IsoDate | null;
  progress: string | null;
  version: number;
}

export interface ReviewMeeting {
  date: IsoDate;
  present: number;
  apologies: number;
  nextMeeting: IsoDate | null;
}

export interface DocumentReview {
  document: string;
  kind: string;
  board: string | null;
  /** The board's key (null: a document of no board). */
  boardKey: string | null;
  meetings: ReviewMeeting[];
  actions: ReviewAction[];
  reviewed: boolean;
  reviewedBy: string | null;
  conflicts: CorrectionConflict[];
  proposals: ProposalView[];
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** Wording that gives a date: "by 30 April", "end of March 2026", "12/05/2026", "by Christmas" is not one. */
const DATE_WORDS = new RegExp(
  `\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|${MONTH}\\s+\\d{4}|(?:by|before|end of|until)\\s+(?:the\\s+)?(?:end of\\s+)?${MONTH}\\b|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})`,
  'i',
);
const STOP = new Set([
  'the',
  'and',
  'for',
  'with',
  'all',
  'from',
  'that',
  'this',
  'will',
  'into',
  'their',
  'its',
  'are',
  'was',
  'were',
  'has',
  'have',
  'been',
  'to',
  'of',
  'on',
  'in',
  'by',
  'at',
  'a',
  'an',
  'be',
  'is',
  'it',
  'or',
  'as',
]);

export function words(text: string): Set<string> {
  return new Set(
    actionTextKey(text)
      .split(' ')
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );
}

/** Share of words two actions have in common (Jaccard): duplicates read the same, give or take a word. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common);
}

/** Initials as minutes write them: "JQ", "J.Q.", "JQB". */
const INITIALS = /^(?:[A-Z]\.?){2,3}$/;
/** "by 14th Febuary": a day and a word after "by" is a date even when the month is misspelt. */
const LOOSE_DATE = /\b(?:by|before|on)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3,}/i;

export interface Known {
  /** Folded names of people who sit on a board or are on the roster. */
  people: Set<string>;
  /** board|folded group name of subgroups the clerk has filled. */
  groups: Set<string>;
}

export async function knownPeople(library: Library): Promise<Known> {
  const store = library.store;
  const people = new Set([...(await store.people.boardMemberNames()), ...(await store.roster.all())].map((r) => foldForMatch(r.name)));
  const groups = new Set((await store.people.groupMembers()).map((g) => `${g.board}|${foldForMatch(g.group_name)}`));
  return { people, groups };
}

export function doubtsOf(a: ActionView, others: ActionView[], wordsOf: (a: ActionView) => Set<string>, known: Known): Doubt[] {
  const out: Doubt[] = [];
  if (!a.owners.length) out.push('no owner');
  // A person named nowhere else (no attendance list, no members table, not on the roster) may be a misreading.
  if (a.owners.some((o) => o.kind === 'person' && !known.people.has(foldForMatch(o.display)))) out.push('unknown owner');
  if (a.owners.some((o) => !o.personKey && (o.kind === 'initials' || (INITIALS.test(o.written) && !known.groups.has(`${a.board}|${foldForMatch(o.written)}`)))))
    out.push('unknown initials');
  if (!a.due && (a.dueText || DATE_WORDS.test(a.text) || LOOSE_DATE.test(a.text))) out.push('date not read');
  const mine = wordsOf(a);
  if (others.some((b) => b.id !== a.id && b.board === a.board && similarity(mine, wordsOf(b)) >= 0.75)) out.push('possible duplicate');
  return out;
}

/** Every document (or the one named), documents not yet reviewed first, each with doubtful actions first. */
export async function reviewDocuments(library: Library, file?: string): Promise<DocumentReview[]> {
  const store = library.store;
  const docs = await store.documents.forReview();
  const wanted = file === undefined ? docs : docs.filter((d) => d.name === file || d.name === path.basename(file));
  if (file !== undefined && !wanted.length) throw new BoardError(ErrorCode.NotFound, `no document called ${path.basename(file)} in the library`);
  const all = await currentActions(store, library.today());
  const byId = new Map(all.map((a) => [a.id, a]));
  const wordCache = new Map<string, Set<string>>();
  const wordsOf = (a: ActionView) => wordCache.get(a.id) ?? wordCache.set(a.id, words(a.text)).get(a.id)!;
  const conflicts = await correctionConflicts(store);
  const known = await knownPeople(library);
  const proposals = await proposalsFor(library);
  // A meeting the clerk corrected is shown as corrected.
  const corrected = new Set((await store.meetings.correctedMeetings()).map((r) => `${r.board}|${r.meeting_date}`));
  const views = corrected.size ? await library.meetings(OPERATOR) : [];
  const groups = await groupState(store);
  const out: DocumentReview[] = [];
  for (const d of wanted) {
    const meetings = (await store.meetings.countsOf(d.id)).map((m) => {
      const v = corrected.has(`${m.board}|${m.date}`) ? views.find((x) => x.boardKey === m.board && x.date === m.date) : undefined;
      return v
        ? { date: m.date, present: v.present.length + (v.chair ? 1 : 0), apologies: v.apologies.length, nextMeeting: v.nextMeeting }
        : { date: m.date, present: m.present, apologies: m.apologies, nextMeeting: m.next_date };
    });
    const seen = new Map<string, string>();
    for (const s of await store.actions.sightingPassages(d.id)) if (!seen.has(s.action_id)) seen.set(s.action_id, s.passage);
    // Actions the clerk added to a meeting this document records.
    for (const id of await store.actions.addedTo(d.name)) if (!seen.has(id)) seen.set(id, '');
    const actions: ReviewAction[] = [];
    for (const [id, passage] of seen) {
      const a = byId.get(id);
      if (!a) continue; // marked not an action, or merged into another
      const g = groupProgress(groups, a);
      actions.push({
        id: a.id,
        ref: a.ref,
        text: a.text,
        owners: a.owners.map((o) => o.display),
        due: a.due,
        status: a.status,
        doubts: doubtsOf(a, all, wordsOf, known),
        source: passage || a.passage,
        item: a.item,
        meetingDate: a.meetingDate,
        progress: g ? progressText(g) : null,
        version: a.version,
      });
    }
    // Doubtful first; otherwise in the order the document gives them.
    actions.sort((x, y) => Number(!x.doubts.length) - Number(!y.doubts.length));
    const ids = new Set(seen.keys());
    out.push({
      document: d.name,
      kind: d.kind,
      board: d.board,
      boardKey: d.board_key,
      meetings,
      actions,
      reviewed: d.reviewed === 1,
      reviewedBy: d.reviewed === 1 ? d.reviewed_by : null,
      conflicts: conflicts.filter((c) => ids.has(c.actionId)),
      proposals: proposals.filter((p) => ids.has(p.actionId)),
    });
  }
  return out;
}

/** The JSON the command line promises (`board review --json`), and nothing more. */
export function reviewJson(r: DocumentReview) {
  return {
    document: r.document,
    meetings: r.meetings.map((m) => ({ date: m.date, present: m.present, apologies: m.apologies, nextMeeting: m.nextMeeting })),
    actions: r.actions.map((a) => ({ id: a.id, ref: a.ref, text: a.text, owners: a.owners, due: a.due, status: a.status, doubts: a.doubts })),
    reviewed: r.reviewed,
  };
}

export function reviewText(list: DocumentReview[]): string {
  if (!list.length) return 'The library has no documents yet.';
  return list
    .map((r) => {
      const head = `${r.document} (${r.kind}${r.board ? `, ${r.board}` : ''})${r.reviewed ? ` — reviewed by ${r.reviewedBy}` : ' — not reviewed'}`;
      const meetings = r.meetings.map(
        (m) => `  Meeting ${m.date}: ${m.present} present, ${m.apologies} apologies; next meeting ${m.nextMeeting ?? 'not read'}`,
      );
      const actions = r.actions.map(
        (a) =>
          `  ${a.doubts.length ? '? ' : '  '}${a.ref ? `${a.ref}. ` : ''}${a.text} — ${a.owners.join(', ') || 'no owner'}; due ${a.due ?? 'none'}; ${a.status}${a.doubts.length ? ` [${a.doubts.join(', ')}]` : ''} (${a.id})`,
      );
      const told = [...r.conflicts.map((c) => `  ! ${c.message}`), ...r.proposals.map((p) => `  > Proposal ${p.id}: ${p.summary}`)];
      return [head, ...meetings, ...actions, ...told].join('\n');
    })
    .join('\n\n');
}

/** The clerk marks a document reviewed, at the version they checked; audited. */
export async function markReviewed(library: Library, who: Corrector | null, file: string): Promise<DocumentReview> {
  assertMayCorrect(who);
  const store = library.store;
  const name = path.basename(file);
  const sha256 = await store.documents.sha256Of(name);
  const doc = sha256 === null ? undefined : { sha256 };
  if (!doc) throw new BoardError(ErrorCode.NotFound, `no document called ${name} in the library`);
  const at = library.clock.now().toISOString();
  await store.transaction(async (tx) => {
    await tx.documents.markReviewed(name, doc.sha256, who.name, at);
    await tx.audit.record({ at, actor: who.name, action: 'document.reviewed', target: name, before: null, after: { sha256: doc.sha256 } });
  });
  return (await reviewDocuments(library, name))[0]!;
}
