import { BoardError, ErrorCode } from '../errors';
import { type IsoDate, isValidIso } from '../extract/dates';
import type { Store } from '../store/repositories';
import { assertMayCorrect, type Corrector } from './corrections';
import { findPerson } from './find-person';
import type { Library } from './library';
import { type MeetingView, scheduledMeeting } from './meetings-view';
import { OPERATOR } from './scope';

/**
 * The clerk's corrections to a meeting as read: who was present, who sent apologies, when the
 * next meeting is. Kept beside the minutes (keyed by board and date, never by document), so
 * reading the minutes again — or a corrected version — does not undo them; audited.
 */

export interface MeetingCorrection {
  board: string;
  date: IsoDate;
  present?: string[];
  apologies?: string[];
  nextMeeting?: IsoDate;
  why?: string;
}

export async function correctMeeting(library: Library, who: Corrector | null, c: MeetingCorrection): Promise<MeetingView> {
  assertMayCorrect(who);
  const store = library.store;
  const board = await store.boards.find(c.board);
  if (!board) throw new BoardError(ErrorCode.NotFound, `no board called "${c.board}" in the library`);
  if (!isValidIso(c.date)) throw new BoardError(ErrorCode.BadArgument, `the meeting date must be like 2026-10-15 (got "${c.date}")`);
  const before = (await library.meetings(OPERATOR)).find((m) => m.boardKey === board.key && m.date === c.date);
  if (!before) throw new BoardError(ErrorCode.NotFound, `the library has no meeting of that board on ${c.date}`);
  if (c.nextMeeting !== undefined && (!isValidIso(c.nextMeeting) || c.nextMeeting <= c.date))
    throw new BoardError(ErrorCode.BadArgument, 'the next meeting must be a date after this one');
  const people = async (names: string[]): Promise<string[]> => {
    const out: string[] = [];
    for (const n of names) {
      const found = await findPerson(store, n);
      if (found.kind === 'many')
        throw new BoardError(ErrorCode.BadArgument, `"${n}" matches ${found.people.map((p) => p.name).join(', ')}; give the full name`);
      if (found.kind !== 'one') throw new BoardError(ErrorCode.BadArgument, `"${n}" is not one of the board's people`);
      out.push(found.person.name);
    }
    return out;
  };
  const changes: [string, unknown][] = [];
  if (c.present) changes.push(['present', await people(c.present)]);
  if (c.apologies) changes.push(['apologies', await people(c.apologies)]);
  if (c.nextMeeting) changes.push(['next', c.nextMeeting]);
  if (!changes.length) throw new BoardError(ErrorCode.BadArgument, 'nothing to correct: give the present, the apologies or the next meeting');
  const at = library.clock.now().toISOString();
  await store.transaction(async (tx) => {
    await tx.meetings.addCorrections(board.key, c.date, changes, who.name, at, c.why?.trim() || null);
    await tx.audit.record({
      at,
      actor: who.name,
      action: 'meeting.correct',
      target: `${board.key} ${c.date}`,
      before: { present: before.present, apologies: before.apologies, nextMeeting: before.nextMeeting },
      after: { ...Object.fromEntries(changes), why: c.why?.trim() || null },
    });
  });
  return (await library.meetings(OPERATOR)).find((m) => m.boardKey === board.key && m.date === c.date)!;
}

/** Applies the latest correction of each field to the meetings as read (called by listMeetings). */
export async function applyMeetingCorrections(store: Store, meetings: Map<string, MeetingView>): Promise<void> {
  const rows = await store.meetings.corrections();
  for (const r of rows) {
    const m = meetings.get(`${r.board}|${r.meeting_date}`);
    if (!m) continue;
    const value = JSON.parse(r.value_json) as string[] | string;
    if (r.field === 'present') {
      const chair = m.chair;
      m.present = (value as string[]).filter((n) => n !== chair);
      m.apologies = m.apologies.filter((n) => !(value as string[]).includes(n));
    } else if (r.field === 'apologies') {
      m.apologies = value as string[];
      m.present = m.present.filter((n) => !(value as string[]).includes(n));
    } else if (r.field === 'next') {
      const old = m.nextMeeting;
      m.nextMeeting = value as string;
      // The wrongly read date was only ever a date: it goes; the corrected one becomes the meeting to come.
      const stale = old ? meetings.get(`${r.board}|${old}`) : undefined;
      if (stale && stale.source === 'scheduled' && ![...meetings.values()].some((x) => x !== m && x.boardKey === r.board && x.nextMeeting === old))
        meetings.delete(`${r.board}|${old}`);
      if (!meetings.has(`${r.board}|${value as string}`)) {
        meetings.set(`${r.board}|${value as string}`, scheduledMeeting(m.board, m.boardKey, value as string, m.document));
      }
    }
  }
}
