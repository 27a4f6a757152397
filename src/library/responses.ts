import { formatDate } from '../extract/dates';
import type { MeetingResponse, Response, Store } from '../store/repositories';
import type { Library } from './library';
import type { MeetingView } from './meetings-view';
import { recordRefusal } from './refusals';
import type { Member } from './roster';

export type { MeetingResponse, Response };

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
export async function respond(library: Library, member: Member, req: RespondRequest): Promise<RespondResult> {
  const refuse = async (message: string): Promise<RespondResult> => {
    await recordRefusal(library.store, library.clock.now(), {
      actor: member.name,
      what: 'meeting.respond',
      target: `${String(req.boardKey).slice(0, 100)}@${String(req.date).slice(0, 20)}`,
      reason: message,
    });
    return { ok: false, message };
  };
  const meeting = (await library.meetings(member)).find((m) => m.boardKey === req.boardKey && m.date === req.date);
  if (!meeting) return await refuse('I can’t find that meeting.');
  if (meeting.date <= library.today())
    return { ok: false, message: `The meeting on ${meeting.date} has already taken place; the clerk records attendance in the minutes.` };
  if (member.role === 'member' && !member.boards.includes(meeting.boardKey)) return await refuse(`You are not listed as a member of ${meeting.board}.`);
  if (!RESPONSES.has(req.response)) return await refuse('Choose attending, apologies or a deputy.');
  const deputy = req.deputy?.trim().slice(0, 120) || null;
  if (req.response === 'deputy' && !deputy) return { ok: false, message: 'Say who your deputy is.' };
  const reason = req.reason?.trim().slice(0, 500) || null;
  const at = library.clock.now().toISOString();
  const store = library.store;
  await store.transaction(async (tx) => {
    const before = await responseOf(tx, meeting.boardKey, meeting.date, member.name);
    await tx.meetings.saveResponse(meeting.boardKey, meeting.date, member.name, {
      response: req.response,
      deputy: req.response === 'deputy' ? deputy : null,
      reason,
      at,
    });
    await tx.audit.record({
      at,
      actor: member.name,
      action: 'meeting.respond',
      target: `${meeting.boardKey}@${meeting.date}`,
      before,
      after: { response: req.response, deputy, reason },
    });
  });
  const updated = (await library.meetings(member)).find((m) => m.boardKey === req.boardKey && m.date === req.date)!;
  const said =
    req.response === 'attending'
      ? 'You are down as attending'
      : req.response === 'apologies'
        ? 'Your apologies are recorded'
        : `${deputy} is down as your deputy`;
  return { ok: true, meeting: updated, message: `${said} for ${meeting.title} on ${formatDate(meeting.date)}.` };
}

export async function responseOf(store: Store, board: string, date: string, person: string): Promise<MeetingResponse | null> {
  return await store.meetings.responseOf(board, date, person);
}

export async function responsesFor(store: Store, board: string, date: string): Promise<MeetingResponse[]> {
  return await store.meetings.responsesFor(board, date);
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
export async function tally(library: Library, meeting: MeetingView): Promise<Tally> {
  const members = await boardMembers(library.store, meeting.boardKey);
  const responses = await responsesFor(library.store, meeting.boardKey, meeting.date);
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
export async function boardMembers(store: Store, boardKey: string): Promise<string[]> {
  return await store.people.membersOf(boardKey);
}
