import type { IsoDate } from '../extract/dates';
import type { AgendaItem, Decision } from '../extract/model';
import type { PersonName } from '../extract/names';
import type { MeetingRecord, Store } from '../store/repositories';
import { applyMeetingCorrections } from './meeting-corrections';
import { ensureResolved } from './resolve';

export type AgendaItemTitle = Pick<AgendaItem, 'number' | 'title'>;

export interface MeetingView {
  board: string;
  boardKey: string;
  title: string;
  date: IsoDate;
  time: string | null;
  venue: string | null;
  /** 'minutes': it took place; 'agenda': announced by its agenda; 'scheduled': known only as a next-meeting date. */
  source: 'minutes' | 'agenda' | 'scheduled';
  chair: string | null;
  present: string[];
  inAttendance: string[];
  apologies: string[];
  notPresent: string[];
  deputies: { for: string; deputy: string }[];
  /** For a meeting still to come: those who have said they will attend. */
  attending: string[];
  /** The agenda: each item's number and title (its text is in the search passages). */
  items: AgendaItemTitle[];
  decisions: Decision[];
  nextMeeting: IsoDate | null;
  nextMeetingCorrected: boolean;
  document: string;
}

type Row = MeetingRecord;

/**
 * Every meeting the library knows, one per board and date: minutes where they exist, otherwise
 * the agenda, otherwise the date a previous meeting set for it. People appear under the name
 * used for them across the library.
 */
export async function listMeetings(store: Store): Promise<MeetingView[]> {
  await ensureResolved(store);
  const rows: Row[] = await store.meetings.all();
  const people = new Map((await store.people.all()).map((p) => [p.key, p.name]));
  const attendance = await store.meetings.attendance();
  const byMeeting = new Map<number, typeof attendance>();
  for (const a of attendance) byMeeting.set(a.meeting_id, [...(byMeeting.get(a.meeting_id) ?? []), a]);
  const nameOf = (key: string | null, json: string) => (key && people.get(key)) || (JSON.parse(json) as PersonName).display;

  const chosen = new Map<string, MeetingView>();
  for (const r of rows) {
    const key = `${r.board}|${r.date}`;
    const existing = chosen.get(key);
    const list = byMeeting.get(r.id) ?? [];
    // Minutes that say who came replace a record of the same meeting that lists nobody (an action log headed by it).
    const fuller = r.source === 'minutes' && list.length > 0 && !!existing && existing.source === 'minutes' && listsNobody(existing);
    if (existing && (existing.source === 'minutes' || r.source === 'agenda') && !fuller) {
      if (!existing.nextMeeting && r.next_date) existing.nextMeeting = r.next_date;
      continue;
    }
    const names = (role: string) => list.filter((a) => a.role === role).map((a) => nameOf(a.person_key, a.name_json));
    chosen.set(key, {
      board: r.board_name,
      boardKey: r.board,
      title: r.title,
      date: r.date,
      time: r.time,
      venue: r.venue,
      source: r.source,
      chair: names('chair')[0] ?? null,
      present: names('present'),
      inAttendance: names('in-attendance'),
      apologies: names('apologies'),
      notPresent: names('not-present'),
      deputies: list.filter((a) => a.deputy_json).map((a) => ({ for: nameOf(a.person_key, a.name_json), deputy: nameOf(a.deputy_key, a.deputy_json!) })),
      attending: [],
      items: JSON.parse(r.items_json) as AgendaItemTitle[],
      decisions: JSON.parse(r.decisions_json) as Decision[],
      nextMeeting: r.next_date ?? existing?.nextMeeting ?? null,
      nextMeetingCorrected: r.next_corrected === 1,
      document: r.doc_name,
    });
  }
  // A next meeting known only by its date is still a meeting.
  for (const r of rows) {
    if (!r.next_date || chosen.has(`${r.board}|${r.next_date}`)) continue;
    chosen.set(`${r.board}|${r.next_date}`, scheduledMeeting(r.board_name, r.board, r.next_date, r.doc_name, r.next_time, r.next_venue));
  }
  await applyMeetingCorrections(store, chosen);
  // Before a meeting, members' own replies say who is coming; once minutes exist, they decide.
  const responses = await store.meetings.responses();
  for (const r of responses) {
    const m = chosen.get(`${r.board}|${r.meeting_date}`);
    if (!m || m.source === 'minutes') continue;
    if (r.response === 'attending') m.attending.push(r.person);
    else {
      m.apologies.push(r.person);
      if (r.response === 'deputy' && r.deputy) m.deputies.push({ for: r.person, deputy: r.deputy });
    }
  }
  return [...chosen.values()].sort((a, b) => a.date.localeCompare(b.date) || a.board.localeCompare(b.board));
}

function listsNobody(m: MeetingView): boolean {
  return !m.chair && !m.present.length && !m.inAttendance.length && !m.apologies.length && !m.notPresent.length && !m.deputies.length;
}

/** A meeting known only by its date (a "next meeting" the papers give): nothing has happened at it yet. */
export function scheduledMeeting(
  board: string,
  boardKey: string,
  date: string,
  document: string,
  time: string | null = null,
  venue: string | null = null,
): MeetingView {
  return {
    board,
    boardKey,
    title: `${board} meeting`,
    date,
    time,
    venue,
    source: 'scheduled',
    chair: null,
    present: [],
    inAttendance: [],
    apologies: [],
    notPresent: [],
    deputies: [],
    attending: [],
    items: [],
    decisions: [],
    nextMeeting: null,
    nextMeetingCorrected: false,
    document,
  };
}
