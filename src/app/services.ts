import { type AttendanceReport, attendanceReport } from '../answers/attendance';
import type { IsoDate } from '../extract/dates';
import type { ActionView } from '../library/actions-view';
import { type GroupProgress, groupProgress } from '../library/group-progress';
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
export function meetingOn(library: Library, reader: Reader, boardKey: string, date: string): MeetingView | undefined {
  return library.meetings(reader).find((m) => m.boardKey === boardKey && m.date === date);
}

export function libraryDocumentCount(library: Library): number {
  return library.store.documents.count();
}

/** Who is asking, from what Teams or the tab says about them; the answer is kept until the roster or the papers change. */
export function identify(library: Library, who: WhoIsAsking): Member | null {
  if (who.email !== undefined && who.email !== null) return memberFor(library.store, who);
  const known = library.store.memo('members-by-sender', () => new Map<string, Member | null>());
  const key = `${who.aadObjectId ?? ''}\n${who.allowDisplayName ? (who.displayName ?? '') : ''}`;
  if (!known.has(key)) known.set(key, memberFor(library.store, who));
  return known.get(key) ?? null;
}

/** Audits a refusal at the door (tenant, roster, token) or of a member's request. */
export function refuse(library: Library, r: Refusal): void {
  recordRefusal(library.store, library.clock.now(), r);
}

/** Everyone a developer may act as in development mode: the roster and every board member in the papers. */
export function selectableMembers(library: Library): { name: string; role: MemberRole }[] {
  const roster = new Map(listRoster(library.store).map((r) => [r.name, r.role]));
  const all = new Set([...roster.keys(), ...library.store.people.boardMemberNames().map((m) => m.name)]);
  return [...all].sort((a, b) => a.localeCompare(b)).map((name) => ({ name, role: roster.get(name) ?? 'member' }));
}

export function boards(library: Library): { key: string; name: string }[] {
  return [...library.store.boards.all()].sort((a, b) => a.name.localeCompare(b.name)).map((b) => ({ key: b.key, name: b.name }));
}

export function documentBoard(library: Library, document: string): string | null {
  return library.store.documents.boardOf(document) ?? null;
}

export function documentOfAction(library: Library, actionId: string): string | null {
  return library.store.actions.latestDocument(actionId);
}

/** How far a group action has got, member by member; null for an action of one owner. */
export function progressOf(library: Library, action: ActionView): GroupProgress | null {
  return groupProgress(library.store, action);
}

/** The member's own reply to a meeting, if they have sent one. */
export function replyOf(library: Library, meeting: MeetingView, member: Member): MeetingResponse | null {
  return responseOf(library.store, meeting.boardKey, meeting.date, member.name);
}

export function muteFor(library: Library, member: Member, days: number): IsoDate {
  return muteReminders(library.store, member.name, library.today(), days, library.clock.now().toISOString());
}

/** True if the member's reminders were muted. */
export function unmuteFor(library: Library, member: Member): boolean {
  return unmuteReminders(library.store, member.name, library.clock.now().toISOString());
}

export function attendanceFor(library: Library, member: Member): AttendanceReport {
  return attendanceReport(library.store, library.meetings(member), new Set(member.boards), library.today(), library.config.attendanceTarget);
}

export function outbox(library: Library, messenger: Messenger): Outbox {
  return new Outbox(library.store, messenger, { now: () => library.clock.now().getTime() });
}

/**
 * Keeps the latest conversation reference of a Teams user (personal chats), so reminders can reach
 * them. Returns quickly when nothing changed: asked on every chat turn.
 */
export function rememberConversation(library: Library, userKey: string, person: string, referenceJson: string): void {
  const known = library.store.memo('conversations', () => new Map<string, string>());
  if (known.get(userKey) === `${person}\n${referenceJson}`) return;
  const stored = library.store.conversations.stored(userKey);
  if (stored && stored.person === person && stored.referenceJson === referenceJson) {
    known.set(userKey, `${person}\n${referenceJson}`);
    return;
  }
  library.store.conversations.save(userKey, person, referenceJson, library.clock.now().toISOString());
}

export function forgetConversation(library: Library, userKey: string): void {
  library.store.conversations.forget(userKey);
}

/** Where to reach a person (their latest personal chat), as stored JSON; null if they never talked to the bot. */
export function conversationOf(library: Library, person: string): string | null {
  return library.store.conversations.latestOf(person);
}
