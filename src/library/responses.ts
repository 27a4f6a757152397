import { formatDate } from '../extract/dates';
import { audit } from '../store/audit';
import type { Db } from '../store/db';
import type { Library } from './library';
import type { MeetingView } from './meetings-view';
import { recordRefusal } from './refusals';
import type { Member } from './roster';

export type Response = 'attending' | 'apologies' | 'deputy';

export interface MeetingResponse {
  person: string;
  response: Response;
  deputy: string | null;
  reason: string | null;
  at: string;
}

export interface RespondRequest {
  boardKey: string;
  date: string;
  response: Response;
  deputy?: string;
  reason?: string;
}

const RESPONSES: ReadonlySet<unknown> = new Set<Response>(['attending', 'apologies', 'deputy']);

export type RespondResult = { ok: true; meeting: MeetingView; message: string } | { ok: false; message: string };

/**
 * Records whether a member is coming to a meeting: attending, sending apologies, or sending a
 * deputy (named). They can change their mind until the day of the meeting; the latest answer
 * stands and every answer is audited.
 */
export function respond(library: Library, member: Member, req: RespondRequest): RespondResult {
  const refuse = (message: string): RespondResult => {
    recordRefusal(library.db, library.clock.now(), {
      actor: member.name,
      what: 'meeting.respond',
      target: `${String(req.boardKey).slice(0, 100)}@${String(req.date).slice(0, 20)}`,
      reason: message,
    });
    return { ok: false, message };
  };
  const meeting = library.meetings(member).find((m) => m.boardKey === req.boardKey && m.date === req.date);
  if (!meeting) return refuse('I can’t find that meeting.');
  if (meeting.date <= library.today())
    return { ok: false, message: `The meeting on ${meeting.date} has already taken place; the clerk records attendance in the minutes.` };
  if (member.role === 'member' && !member.boards.includes(meeting.boardKey)) return refuse(`You are not listed as a member of ${meeting.board}.`);
  if (!RESPONSES.has(req.response)) return refuse('Choose attending, apologies or a deputy.');
  const deputy = req.deputy?.trim().slice(0, 120) || null;
  if (req.response === 'deputy' && !deputy) return { ok: false, message: 'Say who your deputy is.' };
  const reason = req.reason?.trim().slice(0, 500) || null;
  const at = library.clock.now().toISOString();
  library.db.transaction(() => {
    const before = responseOf(library.db, meeting.boardKey, meeting.date, member.name);
    library.db
      .prepare(
        `INSERT INTO meeting_responses (board, meeting_date, person, response, deputy, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(board, meeting_date, person) DO UPDATE SET response = excluded.response, deputy = excluded.deputy, reason = excluded.reason, at = excluded.at`,
      )
      .run(meeting.boardKey, meeting.date, member.name, req.response, req.response === 'deputy' ? deputy : null, reason, at);
    audit(library.db, {
      at,
      actor: member.name,
      action: 'meeting.respond',
      target: `${meeting.boardKey}@${meeting.date}`,
      before,
      after: { response: req.response, deputy, reason },
    });
  })();
  const updated = library.meetings(member).find((m) => m.boardKey === req.boardKey && m.date === req.date)!;
  const said =
    req.response === 'attending'
      ? 'You are down as attending'
      : req.response === 'apologies'
        ? 'Your apologies are recorded'
        : `${deputy} is down as your deputy`;
  return { ok: true, meeting: updated, message: `${said} for ${meeting.title} on ${formatDate(meeting.date)}.` };
}

export function responseOf(db: Db, board: string, date: string, person: string): MeetingResponse | null {
  const r = db
    .prepare('SELECT person, response, deputy, reason, at FROM meeting_responses WHERE board = ? AND meeting_date = ? AND person = ?')
    .get(board, date, person) as MeetingResponse | undefined;
  return r ?? null;
}

export function responsesFor(db: Db, board: string, date: string): MeetingResponse[] {
  return db
    .prepare('SELECT person, response, deputy, reason, at FROM meeting_responses WHERE board = ? AND meeting_date = ? ORDER BY person')
    .all(board, date) as MeetingResponse[];
}

export interface Tally {
  meeting: MeetingView;
  members: string[];
  attending: string[];
  apologies: string[];
  deputies: { for: string; deputy: string }[];
  noReply: string[];
  /** Members needed for a quorum, and whether the replies so far reach it. */
  quorum: number;
  quorate: boolean;
}

/**
 * The clerk's view of who is coming: attending, apologies, deputies and who has not replied,
 * against the quorum (a fraction of the board's members; a deputy counts for their member).
 */
export function tally(library: Library, meeting: MeetingView): Tally {
  const members = boardMembers(library.db, meeting.boardKey);
  const responses = responsesFor(library.db, meeting.boardKey, meeting.date);
  const said = new Set(responses.map((r) => r.person));
  const attending = responses.filter((r) => r.response === 'attending').map((r) => r.person);
  const deputies = responses.filter((r) => r.response === 'deputy').map((r) => ({ for: r.person, deputy: r.deputy ?? '' }));
  const quorum = Math.max(1, Math.ceil(members.length * library.config.quorum));
  return {
    meeting,
    members,
    attending,
    apologies: responses.filter((r) => r.response === 'apologies').map((r) => r.person),
    deputies,
    noReply: members.filter((m) => !said.has(m)),
    quorum,
    quorate: attending.length + deputies.length >= quorum,
  };
}

/** A board's members: people its papers list as members or as attending its meetings. */
export function boardMembers(db: Db, boardKey: string): string[] {
  return (
    db.prepare('SELECT p.name FROM board_members m JOIN people p ON p.key = m.person_key WHERE m.board = ? ORDER BY p.family, p.name').all(boardKey) as {
      name: string;
    }[]
  ).map((r) => r.name);
}
