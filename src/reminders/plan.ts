import type { ReminderSettings } from '../config';
import { addDays, type IsoDate, weekdayOf } from '../extract/dates';
import { type ActionView, ownedBy } from '../library/actions-view';
import { asSeenBy, groupState } from '../library/group-progress';
import type { Library } from '../library/library';
import type { MeetingView } from '../library/meetings-view';
import { responseOf } from '../library/responses';
import { listRoster, type Member, memberFor } from '../library/roster';
import { OPERATOR } from '../library/scope';
import { reviewHold } from '../review/hold';

export type ReminderKind = 'action-due-soon' | 'action-due-today' | 'action-overdue' | 'attendance-request' | 'attendance-chaser' | 'attendance-tally';

/** One message to one member, and the reasons it carries (each reason is sent at most once). */
export interface PlannedReminder {
  kind: ReminderKind;
  to: string;
  /** The stored Teams conversation it goes to. */
  userKey: string;
  board: string | null;
  meetingDate: IsoDate | null;
  /** Action ids, for action reminders. */
  actions: string[];
  reasons: string[];
}

/** Someone reminders can reach: on the roster (so still on the board) and with the app installed. */
interface Recipient extends Member {
  userKey: string;
}

async function recipients(library: Library): Promise<Recipient[]> {
  const reachable = new Map<string, string>();
  const rows = await library.store.conversations.reachable();
  for (const r of rows) reachable.set(r.person, r.user_key); // the newest conversation wins
  const out: Recipient[] = [];
  for (const entry of await listRoster(library.store)) {
    const member = await memberFor(library.store, { aadObjectId: entry.aadObjectId, email: entry.email, allowDisplayName: false });
    const userKey = member ? reachable.get(member.name) : undefined;
    if (member && userKey) out.push({ ...member, userKey });
  }
  return out;
}

/**
 * What is owed to whom right now, before checking what was already sent: the decisions only,
 * no sending. `hour` is the local hour (24 = the whole day, for `board reminders --today`).
 * Windows rather than exact days, so a day the server was down is caught up the next day.
 */
export async function planReminders(library: Library, today: IsoDate, hour: number, settings: ReminderSettings): Promise<PlannedReminder[]> {
  if (hour < settings.hour) return [];
  const people = await recipients(library);
  if (!people.length) return [];
  const muted = new Set(await library.store.mutes.mutedOn(today));
  // The planner reads as the operator and picks each person's own actions and boards' meetings below.
  const all = (await library.actions(OPERATOR, { status: 'all' })).filter((a) => a.status === 'open');
  const held = await reviewHold(library, all, settings.reviewHoldDays ?? 0, today);
  const open = all.filter((a) => !held(a));
  const groups = await groupState(library.store);
  const owns = await ownedBy(library.store);
  const out: PlannedReminder[] = [];

  for (const p of people) {
    if (muted.has(p.name) || !p.personKey) continue;
    // Per member: a group action this member has done is not theirs to be reminded of.
    const mine = open
      .filter((a) => owns(a, p.personKey!, p.name))
      .map((a) => asSeenBy(groups, a, p.personKey!))
      .filter((a) => a.status === 'open');
    const soon = mine.filter((a) => a.due !== null && a.due > today && a.due <= addDays(today, settings.dueSoonDays));
    const dueToday = mine.filter((a) => a.due === today);
    const overdue = mine.filter((a) => a.overdue);
    const action = (kind: ReminderKind, list: ActionView[], reason: (a: ActionView) => string) => {
      if (list.length)
        out.push({ kind, to: p.name, userKey: p.userKey, board: null, meetingDate: null, actions: list.map((a) => a.id), reasons: list.map(reason) });
    };
    action('action-due-soon', soon, (a) => `action-due-soon:${a.id}:${a.due}:${p.name}`);
    action('action-due-today', dueToday, (a) => `action-due-today:${a.id}:${a.due}:${p.name}`);
    // On the digest day only: a digest that catches up mid-week would read as a second digest.
    if (overdue.length && weekdayOf(today) === settings.digestWeekday) {
      out.push({
        kind: 'action-overdue',
        to: p.name,
        userKey: p.userKey,
        board: null,
        meetingDate: null,
        actions: overdue.map((a) => a.id),
        reasons: [`action-overdue:${today}:${p.name}`],
      });
    }
  }

  const meetings = (await library.meetings(OPERATOR)).filter((m) => m.date >= today && m.date <= addDays(today, settings.attendanceDays));
  for (const m of firstPerBoardAndDate(meetings)) {
    for (const p of people.filter((x) => x.boards.includes(m.boardKey))) {
      const meeting = (kind: ReminderKind) => ({
        kind,
        to: p.name,
        userKey: p.userKey,
        board: m.boardKey,
        meetingDate: m.date,
        actions: [],
        reasons: [`${kind}:${m.boardKey}:${m.date}:${p.name}`],
      });
      // The clerk runs the meeting rather than attends it: she gets the tally on the day instead.
      if (p.role === 'clerk') {
        if (m.date === today) out.push(meeting('attendance-tally'));
        continue;
      }
      if (m.date === today) continue;
      if (await responseOf(library.store, m.boardKey, m.date, p.name)) continue;
      out.push(meeting('attendance-request'));
      if (m.date <= addDays(today, settings.chaserDays)) out.push(meeting('attendance-chaser'));
    }
  }
  return out;
}

function firstPerBoardAndDate(meetings: MeetingView[]): MeetingView[] {
  const seen = new Map<string, MeetingView>();
  for (const m of meetings) if (!seen.has(`${m.boardKey}|${m.date}`)) seen.set(`${m.boardKey}|${m.date}`, m);
  return [...seen.values()];
}

/**
 * The plan less what has gone already. A chaser needs its request to have gone on an earlier run:
 * a meeting announced late gets the request now and the chaser on a later day, never both at once.
 */
export async function dueNow(library: Library, today: IsoDate, hour: number, settings: ReminderSettings): Promise<PlannedReminder[]> {
  const already = async (reason: string) => await library.store.outbox.wasSent(reason);
  const out: PlannedReminder[] = [];
  for (const r of await planReminders(library, today, hour, settings)) {
    if (r.kind === 'attendance-chaser') {
      const request = r.reasons[0]!.replace(/^attendance-chaser:/, 'attendance-request:');
      if (!(await already(request))) continue;
    }
    const sent = new Set<string>();
    for (const x of r.reasons) if (await already(x)) sent.add(x);
    const fresh = r.reasons.filter((x) => !sent.has(x));
    if (!fresh.length) continue;
    // For action reminders, only the actions not yet reminded for this reason.
    const actions = r.kind === 'action-due-soon' || r.kind === 'action-due-today' ? r.actions.filter((_, i) => !sent.has(r.reasons[i]!)) : r.actions;
    out.push({ ...r, reasons: fresh, actions });
  }
  return out;
}
