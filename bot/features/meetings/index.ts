import { type AdaptiveCardJson, renderCard } from '../../../cards/render';
import { chooseBoardCard, meetingCard } from '../../../cards/views';
import { ANSWERS, upcoming } from '../../../src/answers/answer';
import { meetingOn, replyOf } from '../../../src/app/services';
import type { MeetingView } from '../../../src/library/meetings-view';
import { respond, type Response } from '../../../src/library/responses';
import { answerCard, answered, notice, type Router, type Turn } from '../../router';
import type { VerbDeclarations } from '../verbs';

/** Meetings & attendance replies: the next meeting, a member's reply or apologies, and who came. */
export const VERBS = {
  'meeting.next': ['help'],
  'meeting.apologies': ['help'],
  'meeting.open': ['choose-board'],
  'meeting.apologies.open': ['choose-board'],
  'attendance.respond': ['meeting'],
} as const satisfies VerbDeclarations;

const TITLES = { apologies: 'Apologies', attended: 'Attendance', 'my-attendance': 'Your attendance', 'agency-attendance': 'Agency attendance' } as const;

export function register(router: Router): void {
  router
    .message('next-meeting', async (t, u) => {
      const a = await ANSWERS['next-meeting'](t.library, t.member, u);
      return answered(a, await meeting(t, a.meeting && a.entities.when ? a.meeting : null));
    })
    // The meeting the answer chose (the one a month names, else the next), preselected as the member said.
    .message(['send-apologies', 'reply-attendance'], async (t, u) => {
      const a = await ANSWERS[u.intent](t.library, t.member, u);
      const response = a.reply?.response ?? (a.intent === 'send-apologies' ? 'apologies' : 'attending');
      return answered(a, await meeting(t, a.meeting && a.entities.when ? a.meeting : null, response, '', a.reply?.deputy ?? undefined));
    })
    .message(['apologies', 'attended', 'my-attendance', 'agency-attendance', 'attendance-rate'], async (t, u) => {
      const a = await ANSWERS[u.intent](t.library, t.member, u);
      return answerCard(a.intent in TITLES ? TITLES[a.intent as keyof typeof TITLES] : 'Answer', a);
    })
    .verb('meeting.next', (t) => meeting(t, null))
    .verb('meeting.apologies', (t) => meeting(t, null, 'apologies'))
    .verb('meeting.open', async (t, data) => meeting(t, await chosen(t, data.str('board'), data.str('date'))))
    .verb('meeting.apologies.open', async (t, data) => meeting(t, await chosen(t, data.str('board'), data.str('date')), 'apologies'))
    .verb('attendance.respond', async (t, data) => {
      const r = await respond(t.library, t.member, {
        boardKey: data.str('board'),
        date: data.str('date'),
        response: data.str('response') as Response,
        deputy: data.str('deputy'),
        reason: data.str('reason'),
      });
      // A refused reply comes back as the member left it (a deputy without a name stays "deputy"), with the reason to fix.
      if (!r.ok)
        return meeting(
          t,
          await chosen(t, data.str('board'), data.str('date')),
          (data.str('response') || undefined) as Response | undefined,
          r.message,
          data.str('deputy') || undefined,
        );
      return meetingCardFor(t, r.meeting, r.message);
    });
}

/** A meeting a button names; `undefined` when it names one the member cannot see (or none is left). */
async function chosen(t: Turn, board: string, date: string): Promise<MeetingView | undefined | null> {
  return board && date ? await meetingOn(t.library, t.member, board, date) : null;
}

/**
 * The meeting card for a meeting (or, given null, the next one; with several boards meeting next,
 * a chooser first).
 */
async function meeting(t: Turn, m: MeetingView | undefined | null, preselect?: Response, text = '', deputy?: string): Promise<AdaptiveCardJson> {
  if (m === null) {
    const next = await upcoming(t.library, t.member);
    if (next.length > 1) return renderCard('choose-board', chooseBoardCard(next, preselect === 'apologies' ? 'meeting.apologies.open' : 'meeting.open'));
    m = next[0];
  }
  if (!m) return notice('Next meeting', text || 'No future meeting date is known from the papers yet.');
  return meetingCardFor(t, m, text, preselect, deputy);
}

async function meetingCardFor({ library, member }: Turn, m: MeetingView, text: string, preselect?: Response, deputy?: string): Promise<AdaptiveCardJson> {
  const mine = await replyOf(library, m, member);
  const card = meetingCard(m, library.today(), mine, text);
  // What the member said ("I'll send Helen instead") fills the form; they still press Send.
  if (preselect && (!mine || preselect !== mine.response)) card.response = preselect;
  if (deputy && card.response === 'deputy') card.deputy = deputy;
  return renderCard('meeting', card);
}
