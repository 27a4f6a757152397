import { type AttendanceReport, attendanceReport } from '../answers/attendance';
import type { IsoDate } from '../extract/dates';
import type { ActionView } from '../library/actions-view';
import { type GroupProgress, groupProgress, groupState } from '../library/group-progress';
import type { Library } from '../library/library';
import type { MeetingView } from '../library/meetings-view';
import { recordRefusal, type Refusal } from '../library/refusals';
import { type MeetingResponse, responseOf } from '../library/responses';
import { listRoster, type Member, memberFor, type MemberRole, type WhoIsAsking } from '../library/roster';
import type { Reader } from '../library/scope';
import { muteReminders, unmuteReminders } from '../reminders/mutes';
import { type Messenger, Outbox } from '../reminders/outbox';

/*
 * The domain as the Teams layer and the tab call it: each function takes the Library, never its
 * database, so nothing outside src/ holds a connection or writes SQL.
 */

/** One meeting the reader may see, by board and date: the lookup every card, reply and reminder shares. */
export async function meetingOn(library: Library, reader: Reader, boardKey: string, date: string): Promise<MeetingView | undefined> {
  return (await library.meetings(reader)).find((m) => m.boardKey === boardKey && m.date === date);
}

export async function libraryDocumentCount(library: Library): Promise<number> {
  return await library.store.documents.count();
}

/** Who is asking, from what Teams or the tab says about them; the answer is kept until the roster or the papers change. */
export async function identify(library: Library, who: WhoIsAsking): Promise<Member | null> {
  if (who.email !== undefined && who.email !== null) return await memberFor(library.store, who);
  const known = await library.store.memo('members-by-sender', () => new Map<string, Member | null>());
  const key = `${who.aadObjectId ?? ''}\n${who.allowDisplayName ? (who.displayName ?? '') : ''}`;
  if (!known.has(key)) known.set(key, await memberFor(library.store, who));
  return known.get(key) ?? null;
}

/** Audits a refusal at the door (tenant, roster, token) or of a member's request. */
export async function refuse(library: Library, r: Refusal): Promise<void> {
  await recordRefusal(library.store, library.clock.now(), r);
}

/** Everyone a developer may act as in development mode: the roster and every board member in the papers. */
export async function selectableMembers(library: Library): Promise<{ name: string; role: MemberRole }[]> {
  const roster = new Map((await listRoster(library.store)).map((r) => [r.name, r.role]));
  const all = new Set([...roster.keys(), ...(await library.store.people.boardMemberNames()).map((m) => m.name)]);
  return [...all].sort((a, b) => a.localeCompare(b)).map((name) => ({ name, role: roster.get(name) ?? 'member' }));
}

export async function boards(library: Library): Promise<{ key: string; name: string }[]> {
  return [...(await library.store.boards.all())].sort((a, b) => a.name.localeCompare(b.name)).map((b) => ({ key: b.key, name: b.name }));
}

export async function documentBoard(library: Library, document: string): Promise<string | null> {
  return (await library.store.documents.boardOf(document)) ?? null;
}

export async function documentOfAction(library: Library, actionId: string): Promise<string | null> {
  return await library.store.actions.latestDocument(actionId);
}

/** How far a group action has got, member by member; null for an action of one owner. */
export async function progressOf(library: Library, action: ActionView): Promise<GroupProgress | null> {
  return groupProgress(await groupState(library.store), action);
}

/** The member's own reply to a meeting, if they have sent one. */
export async function replyOf(library: Library, meeting: MeetingView, member: Member): Promise<MeetingResponse | null> {
  return await responseOf(library.store, meeting.boardKey, meeting.date, member.name);
}

export async function muteFor(library: Library, member: Member, days: number): Promise<IsoDate> {
  return await muteReminders(library.store, member.name, library.today(), days, library.clock.now().toISOString());
}

/** True if the member's reminders were muted. */
export async function unmuteFor(library: Library, member: Member): Promise<boolean> {
  return await unmuteReminders(library.store, member.name, library.clock.now().toISOString());
}

export async function attendanceFor(library: Library, member: Member): Promise<AttendanceReport> {
  return await attendanceReport(library.store, await library.meetings(member), new Set(member.boards), library.today(), library.config.attendanceTarget);
}

export function outbox(library: Library, messenger: Messenger): Outbox {
  return new Outbox(library.store, messenger, { now: () => library.clock.now().getTime() });
}

/**
 * Keeps the latest conversation reference of a Teams user (personal chats), so reminders can reach
 * them. Returns quickly when nothing changed: asked on every chat turn.
 */
export async function rememberConversation(library: Library, userKey: string, person: string, referenceJson: string): Promise<void> {
  const known = await library.store.memo('conversations', () => new Map<string, string>());
  if (known.get(userKey) === `${person}\n${referenceJson}`) return;
  const stored = await library.store.conversations.stored(userKey);
  if (stored && stored.person === person && stored.referenceJson === referenceJson) {
    known.set(userKey, `${person}\n${referenceJson}`);
    return;
  }
  await library.store.conversations.save(userKey, person, referenceJson, library.clock.now().toISOString());
}

export async function forgetConversation(library: Library, userKey: string): Promise<void> {
  await library.store.conversations.forget(userKey);
}

/** Where to reach a person (their latest personal chat), as stored JSON; null if they never talked to the bot. */
export async function conversationOf(library: Library, person: string): Promise<string | null> {
  return await library.store.conversations.latestOf(person);
}
