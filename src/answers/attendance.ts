import type { IsoDate } from '../extract/dates';
import { addMonths } from '../extract/dates';
import type { MeetingView } from '../library/meetings-view';
import type { Store } from '../store/repositories';

export interface AttendanceFigure {
  /** A person's name or an agency's name. */
  name: string;
  board: string;
  attended: number;
  meetings: number;
  rate: number;
  /** "minutes" when counted from attendance lists; else the document that published it. */
  source: string;
}

const HELD = new Set(['minutes']);

/**
 * A meeting counts towards attendance when it was held and its papers say who came. One known only from the actions
 * agreed at it (an action log headed by that meeting) lists nobody: it is not a meeting everyone missed.
 */
function counts(m: MeetingView): boolean {
  return HELD.has(m.source) && (!!m.chair || m.present.length + m.inAttendance.length + m.apologies.length + m.notPresent.length > 0);
}

/**
 * A person's attendance over the last 12 months (or all meetings, if none were that recent):
 * the board meetings held since they first appeared on its lists, and how many they attended.
 * Chairing or being present counts; apologies, absence and sending a deputy do not.
 */
export function personAttendance(meetings: MeetingView[], personName: string, today: IsoDate): AttendanceFigure[] {
  const out: AttendanceFigure[] = [];
  const byBoard = new Map<string, MeetingView[]>();
  for (const m of meetings) if (counts(m) && m.date <= today) byBoard.set(m.board, [...(byBoard.get(m.board) ?? []), m]);
  for (const [board, list] of byBoard) {
    const listed = list.filter((m) => [m.chair, ...m.present, ...m.apologies, ...m.notPresent, ...m.inAttendance].includes(personName));
    if (!listed.length) continue;
    const first = listed[0]!.date;
    const window = recent(
      list.filter((m) => m.date >= first),
      today,
    );
    const attended = window.filter((m) => m.chair === personName || m.present.includes(personName) || m.inAttendance.includes(personName)).length;
    out.push({ name: personName, board, attended, meetings: window.length, rate: window.length ? attended / window.length : 0, source: 'minutes' });
  }
  return out;
}

/**
 * Each agency's attendance at a board over the last 12 months, counted from the minutes: an
 * agency attends a meeting when anyone from it is chair or present there.
 */
export function agencyAttendance(meetings: MeetingView[], organisations: Map<string, string>, today: IsoDate): AttendanceFigure[] {
  const out: AttendanceFigure[] = [];
  const byBoard = new Map<string, MeetingView[]>();
  for (const m of meetings) if (counts(m) && m.date <= today) byBoard.set(m.board, [...(byBoard.get(m.board) ?? []), m]);
  for (const [board, list] of byBoard) {
    const window = recent(list, today);
    const seen = new Map<string, { attended: number; first: IsoDate }>();
    for (const m of window) {
      const there = new Set(
        [m.chair, ...m.present]
          .filter((p): p is string => !!p)
          .map((p) => organisations.get(p))
          .filter((o): o is string => !!o),
      );
      const listed = new Set(
        [m.chair, ...m.present, ...m.apologies, ...m.notPresent]
          .filter((p): p is string => !!p)
          .map((p) => organisations.get(p))
          .filter((o): o is string => !!o),
      );
      for (const org of listed) {
        const s = seen.get(org) ?? { attended: 0, first: m.date };
        if (there.has(org)) s.attended++;
        seen.set(org, s);
      }
    }
    for (const [org, s] of seen) {
      const n = window.filter((m) => m.date >= s.first).length;
      out.push({ name: org, board, attended: s.attended, meetings: n, rate: n ? s.attended / n : 0, source: 'minutes' });
    }
  }
  return out.sort((a, b) => a.rate - b.rate || a.name.localeCompare(b.name));
}

/**
 * Attendance rates a report publishes in a table ("Agency | Board | BMG | …" with percentages),
 * read from its passages: the first percentage column is the board itself. Only the reports of
 * boards `visible` allows are read.
 */
export async function publishedAttendance(store: Store, visible: (boardKey: string) => boolean): Promise<AttendanceFigure[]> {
  const rows = await store.documents.attendancePassages();
  // A long table is cut into several passages under one heading: read them as one.
  const tables = new Map<string, { text: string; document: string; board: string | null }>();
  for (const r of rows) {
    if (!visible(r.board_key)) continue;
    const key = `${r.document}|${r.heading}`;
    const t = tables.get(key);
    if (t) t.text += `\n${r.text}`;
    else tables.set(key, { text: r.text, document: r.document, board: r.board });
  }
  const out: AttendanceFigure[] = [];
  for (const t of tables.values()) {
    const lines = t.text.split('\n');
    if (!lines.some((l) => /^agency\s*\|/i.test(l))) continue;
    for (const line of lines) {
      const cells = line.split('|').map((c) => c.trim());
      const pct = /^(\d{1,3})%$/.exec(cells[1] ?? '');
      if (!cells[0] || !pct) continue;
      out.push({ name: cells[0], board: t.board ?? '', attended: 0, meetings: 0, rate: Number(pct[1]) / 100, source: t.document });
    }
  }
  return out;
}

function recent(list: MeetingView[], today: IsoDate): MeetingView[] {
  const since = addMonths(today, -12);
  const last12 = list.filter((m) => m.date > since);
  return last12.length ? last12 : list;
}

/** Each person's first-listed organisation, for counting attendance by agency. */
export async function organisationsOf(store: Store): Promise<Map<string, string>> {
  const rows = await store.people.all();
  const out = new Map<string, string>();
  for (const r of rows) {
    const first = (JSON.parse(r.organisations_json) as string[])[0];
    if (first) out.set(r.name, first);
  }
  return out;
}

export interface AttendanceReport {
  /** The attendance a board expects (0.75 = 75 %). */
  target: number;
  /** From this date (12 months before today) to today. */
  since: IsoDate;
  members: AttendanceFigure[];
  agencies: AttendanceFigure[];
}

/**
 * The chair's view: every member's and every agency's attendance at the given boards over the
 * last 12 months, from the minutes, lowest first.
 */
export async function attendanceReport(store: Store, meetings: MeetingView[], boards: Set<string>, today: IsoDate, target: number): Promise<AttendanceReport> {
  const theirs = meetings.filter((m) => boards.has(m.boardKey));
  const since = addMonths(today, -12);
  const held = theirs.filter((m) => counts(m) && m.date <= today && m.date > since);
  const people = new Set(held.flatMap((m) => [m.chair, ...m.present, ...m.apologies, ...m.notPresent].filter((p): p is string => !!p)));
  const members = [...people].flatMap((name) => personAttendance(theirs, name, today)).sort((a, b) => a.rate - b.rate || a.name.localeCompare(b.name));
  return { target, since, members, agencies: agencyAttendance(theirs, await organisationsOf(store), today) };
}
