import type { IsoDate } from '../extract/dates';
import { meetingDueFromWords } from '../extract/due';
import type { ActionState, ActionStatus, Rag } from '../extract/model';
import { isAllMembersGroup } from '../extract/owners';
import { isOwnersRowOf } from '../store/ids';
import type { EventRecord, SightingRecord, Store } from '../store/repositories';
import { foldForMatch } from '../util/text';
import { asSeenBy, groupState } from './group-progress';
import { ensureResolved } from './resolve';

export interface ActionOwner {
  written: string;
  kind: string;
  personKey: string | null;
  /** The person's name where the owner is a person, else the role or group as written. */
  display: string;
}

export interface ActionView {
  id: string;
  ref: string | null;
  text: string;
  owners: ActionOwner[];
  status: ActionStatus;
  state: ActionState;
  due: IsoDate | null;
  dueText: string | null;
  overdue: boolean;
  rag: Rag | null;
  progress: string | null;
  board: string;
  boardName: string;
  document: string;
  meetingDate: IsoDate | null;
  item: string | null;
  passage: string;
  version: number;
}

type SightingRow = SightingRecord;
type EventRow = EventRecord;

/** When a sighting speaks: the meeting it records, else the document's date. */
function whenOf(s: SightingRow): string {
  return s.meeting_date ?? s.doc_date ?? '';
}

/**
 * Every action as it stands today: what the latest document says about it, then anything members
 * have recorded since (an update recorded after the last document to mention it wins; a later
 * meeting's minutes win over an older update).
 */
export async function currentActions(store: Store, today: IsoDate): Promise<ActionView[]> {
  // A copy: callers filter and sort the list they get.
  return [...(await store.memo('current-actions', async () => await computeCurrentActions(store, today), today))];
}

/**
 * The actions a member must do (named, or through a group they belong to) as they stand for them,
 * read by the person key their turn was resolved to: no name is looked up again (someone the papers
 * do not know owns nothing). An action they own is theirs to see wherever it was written, so no board
 * filter applies.
 */
export async function actionsOwnedBy(
  store: Store,
  today: IsoDate,
  member: { personKey: string | null; name: string },
  status: 'open' | 'done' | 'all' = 'open',
): Promise<ActionView[]> {
  const key = member.personKey;
  if (!key) return [];
  // Kept per person until the library changes: a member asks again and again, and picking theirs out of every
  // action on every turn was most of the answer's cost.
  const all = await store.memo(
    `actions-of:${key}`,
    async () => {
      const mine = await ownedBy(store);
      const groups = await groupState(store);
      // A group action this person has done themselves is done for them, still open for the others.
      return ownPartsOnly((await currentActions(store, today)).filter((a) => mine(a, key, member.name)).map((a) => asSeenBy(groups, a, key)));
    },
    `${today}|${member.name}`,
  );
  return status === 'all' ? [...all] : all.filter((a) => a.status === status);
}

/**
 * A tracker kept one row per owner gives each owner's part of a shared action its own row under the shared number, with
 * its own status; the minutes that agreed it hold the whole. A member who owns a part sees their part, not the whole as
 * well: the whole would list the action twice, and say "open" after they finished their part.
 */
export function ownPartsOnly(list: ActionView[]): ActionView[] {
  return list.filter((a) => !(a.ref && list.some((b) => b !== a && b.board === a.board && b.ref === a.ref && isOwnersRowOf(b.id, a.id))));
}

async function computeCurrentActions(store: Store, today: IsoDate): Promise<ActionView[]> {
  await ensureResolved(store);
  const actions = await store.actions.all();
  const sightings = await store.actions.sightings();
  const owners = await store.actions.owners();
  const events = await store.actions.events();

  const bySighting = new Map<number, ActionOwner[]>();
  for (const o of owners) {
    const list = bySighting.get(o.sighting_id) ?? [];
    list.push({ written: o.written, kind: o.kind, personKey: o.person_key, display: o.name ?? o.written });
    bySighting.set(o.sighting_id, list);
  }
  const latest = new Map<string, SightingRow>();
  for (const s of sightings) {
    const cur = latest.get(s.action_id);
    if (
      !cur ||
      whenOf(s) > whenOf(cur) ||
      (whenOf(s) === whenOf(cur) && (s.document_id > cur.document_id || (s.document_id === cur.document_id && s.seq > cur.seq)))
    ) {
      latest.set(s.action_id, s);
    }
  }
  // Every meeting date the board's papers know (held, or named as the next), so "to the meeting in
  // January 2027" is the same day for every action that says it, whichever paper it came from.
  const meetingDays = new Map<string, IsoDate[]>();
  const nextOf = new Map<string, IsoDate>();
  for (const m of await store.meetings.dates()) {
    const list = meetingDays.get(m.board) ?? [];
    for (const d of [m.date, m.next_date]) if (d && !list.includes(d)) list.push(d);
    meetingDays.set(m.board, list);
    if (m.next_date) nextOf.set(`${m.board}|${m.date}`, m.next_date);
  }
  const eventsBy = new Map<string, EventRow[]>();
  for (const e of events) eventsBy.set(e.action_id, [...(eventsBy.get(e.action_id) ?? []), e]);

  const out: ActionView[] = [];
  for (const a of actions) {
    const s = latest.get(a.id);
    const base = s ? fromSighting(s, bySighting.get(s.id) ?? []) : addedBase(eventsBy.get(a.id) ?? []);
    const view = applyEvents(base, eventsBy.get(a.id) ?? [], s ? whenOf(s) : '');
    if (!view) continue;
    const meetingDue = view.dueText
      ? meetingDueFromWords(view.dueText, view.meetingDate, view.due, meetingDays.get(a.board) ?? [], nextOf.get(`${a.board}|${view.meetingDate}`) ?? null)
      : null;
    if (meetingDue) view.due = meetingDue;
    out.push({
      ...view,
      id: a.id,
      board: a.board,
      boardName: a.board_name,
      version: a.version,
      overdue: view.status === 'open' && view.due !== null && view.due < today,
    });
  }
  return out.sort(compareActions);
}

type Partial = Omit<ActionView, 'id' | 'board' | 'boardName' | 'version' | 'overdue'>;

function fromSighting(s: SightingRow, owners: ActionOwner[]): Partial {
  return {
    ref: s.ref,
    text: s.text,
    owners,
    status: s.status,
    state: s.state,
    due: s.due,
    dueText: s.due_text,
    rag: s.rag,
    progress: s.progress,
    document: s.doc_name,
    meetingDate: s.meeting_date,
    item: s.item,
    passage: s.passage,
  };
}

/** An action the reading missed, added by the clerk: where it was agreed comes with the correction. */
function addedBase(events: EventRow[]): Partial | null {
  const e = events.find((x) => x.added_json);
  if (!e) return null;
  const where = JSON.parse(e.added_json!) as { document: string | null; meetingDate: IsoDate | null; item: string | null };
  const text = e.text ?? '';
  return {
    ref: null,
    text,
    owners: [],
    status: 'open',
    state: 'not started',
    due: null,
    dueText: null,
    rag: null,
    progress: null,
    document: where.document ?? '',
    meetingDate: where.meetingDate,
    item: where.item,
    passage: text,
  };
}

function applyEvents(base: Partial | null, events: EventRow[], since: string): Partial | null {
  if (!base) return null;
  const v = { ...base };
  let hidden = false;
  for (const e of events) {
    // One member's own state of a group action leaves the action as it is (see group-progress.ts).
    if (e.for_person) continue;
    // The clerk's corrections stand whatever a later document says; members' updates give way to later minutes.
    if (e.kind !== 'correct' && e.at.slice(0, 10) < since) continue;
    if (e.hidden !== null) hidden = e.hidden !== '';
    if (e.text) v.text = e.text;
    if (e.status) v.status = e.status;
    if (e.state) v.state = e.state;
    if (e.note) v.progress = e.note;
    if (e.due !== null) {
      v.due = e.due;
      v.dueText = e.due;
    }
    if (e.owners_json) v.owners = JSON.parse(e.owners_json) as ActionOwner[];
  }
  return hidden ? null : v;
}

function compareActions(a: ActionView, b: ActionView): number {
  return (
    (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
    (a.meetingDate ?? '').localeCompare(b.meetingDate ?? '') ||
    a.id.localeCompare(b.id, 'en', { numeric: true })
  );
}

/** Board members by board, from attendance lists and members tables. */
export async function boardMembers(store: Store): Promise<Map<string, Set<string>>> {
  const rows = await store.people.boardMembers();
  const out = new Map<string, Set<string>>();
  for (const r of rows) out.set(r.board, (out.get(r.board) ?? new Set<string>()).add(r.person_key));
  return out;
}

/** Subgroup members a clerk has set ("PMEG" -> people). */
async function groupMembers(store: Store): Promise<Map<string, Set<string>>> {
  const rows = await store.people.groupMembers();
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    const k = `${r.board}|${foldForMatch(r.group_name)}`;
    out.set(k, (out.get(k) ?? new Set<string>()).add(foldForMatch(r.person_name)));
  }
  return out;
}

/**
 * Whether an action is this person's to do: they are named (by name, initials or a role they held
 * at the time), or the action falls to a group they belong to ("All Members" of that board, or a
 * subgroup the clerk has filled).
 */
export async function ownedBy(store: Store): Promise<(a: ActionView, personKey: string, personName: string) => boolean> {
  const { members, groups } = await store.memo('owned-by', async () => ({ members: await boardMembers(store), groups: await groupMembers(store) }));
  return (a, personKey, personName) =>
    a.owners.some((o) => {
      if (o.personKey) return o.personKey === personKey;
      if (o.kind === 'group' && isAllMembersGroup(o.written)) return members.get(a.board)?.has(personKey) ?? false;
      if (o.kind === 'group') return groups.get(`${a.board}|${foldForMatch(o.written)}`)?.has(foldForMatch(personName)) ?? false;
      return false;
    });
}

export interface HistoryEntry {
  /** The meeting or document date for what documents said; the instant for what a member recorded. */
  when: string;
  source: 'document' | 'member';
  document: string | null;
  actor: string | null;
  status: ActionStatus | null;
  state: ActionState | null;
  text: string;
  progress: string | null;
  due: IsoDate | null;
}

/** Everything said about one action, oldest first: each document that reviewed it, each member update. */
export async function actionHistory(store: Store, id: string): Promise<HistoryEntry[]> {
  const sightings = await store.actions.sightingsOf(id);
  const events = await store.actions.eventsOf(id);
  const out: HistoryEntry[] = [
    ...sightings.map((s) => ({
      when: whenOf(s),
      source: 'document' as const,
      document: s.doc_name,
      actor: null,
      status: s.status,
      state: s.state,
      text: s.passage,
      progress: s.progress,
      due: s.due,
    })),
    ...events.map((e) => ({
      when: e.at,
      source: 'member' as const,
      document: null,
      actor: e.actor,
      status: e.status,
      state: e.state,
      text: describeEvent(e),
      progress: e.note,
      due: e.due ?? e.proposed_due,
    })),
  ];
  return out.sort((a, b) => a.when.localeCompare(b.when));
}

/** What an event says in the action's history: a member's note, or what the clerk corrected and why. */
function describeEvent(e: EventRow): string {
  const parts: string[] = [];
  if (e.kind === 'correct') {
    if (e.added_json) parts.push('Added by the clerk (the reading missed it)');
    if (e.hidden === 'not-an-action') parts.push('Marked not an action');
    else if (e.hidden?.startsWith('merged:')) parts.push(`Merged into ${e.hidden.slice(7)} as a duplicate`);
    else if (e.hidden === '') parts.push('Restored as an action');
    if (e.text && !e.added_json) parts.push(`Wording corrected to "${e.text}"`);
    if (e.owners_json) parts.push(`Owner set to ${(JSON.parse(e.owners_json) as ActionOwner[]).map((o) => o.display).join(', ') || 'nobody'}`);
    if (e.due) parts.push(`Due date set to ${e.due}`);
    if (e.status) parts.push(`Status corrected to ${e.status}`);
    if (e.note) parts.push(e.note);
    if (e.why) parts.push(parts.length ? `Why: ${e.why}` : e.why);
    return parts.join('. ');
  }
  if (e.for_person && e.status === 'done') parts.push(`Done for ${e.actor}`);
  if (e.owners_json) parts.push(`Owner set to ${(JSON.parse(e.owners_json) as ActionOwner[]).map((o) => o.display).join(', ') || 'nobody'}`);
  if (e.due) parts.push(`Due date set to ${e.due}`);
  if (e.note) parts.push(e.note);
  if (e.proposed_due) parts.push(`Proposed a new due date: ${e.proposed_due}`);
  return parts.join('. ');
}
