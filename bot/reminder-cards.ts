import { type AdaptiveCardJson, renderCard } from '../cards/render';
import { meetingCard, noticeCard, tallyCard } from '../cards/views';
import { meetingOn } from '../src/app/services';
import { localTimeIn } from '../src/clock';
import { formatDate } from '../src/extract/dates';
import type { Library } from '../src/library/library';
import { tally } from '../src/library/responses';
import { OPERATOR } from '../src/library/scope';
import type { PlannedReminder } from '../src/reminders/plan';
import { actionsCard } from './features/actions';
import { CardFactory } from './teams-sdk';

/**
 * The message each reminder sends: the same cards members use in chat, so a reminder can be
 * acted on where it lands (update the action, reply to the meeting, mute reminders).
 */
export function reminderRenderer(library: Library): (r: PlannedReminder) => Promise<Record<string, unknown>> {
  return async (r) => {
    const { card, summary } = await cardFor(library, r);
    return { type: 'message', summary, attachments: [CardFactory.adaptiveCard(card)] };
  };
}

async function cardFor(library: Library, r: PlannedReminder): Promise<{ card: AdaptiveCardJson; summary: string }> {
  const today = library.today();
  const mute = library.config.reminders.muteDays;
  if (r.kind === 'action-due-soon' || r.kind === 'action-due-today' || r.kind === 'action-overdue') {
    const wanted = new Set(r.actions);
    // The planner chose these actions for this person; the card shows just those.
    const actions = (await library.actions(OPERATOR, { status: 'open' })).filter((a) => wanted.has(a.id));
    const n = actions.length;
    const title =
      r.kind === 'action-due-soon'
        ? `Due in the next ${library.config.reminders.dueSoonDays} days`
        : r.kind === 'action-due-today'
          ? 'Due today'
          : 'Your overdue actions';
    const summary = `${title}: ${n} action${n === 1 ? '' : 's'}`;
    return { card: renderCard('actions', actionsCard(title, actions, 'Nothing is outstanding now.', mute)), summary };
  }
  const m = await meetingOn(library, OPERATOR, r.board ?? '', r.meetingDate ?? '');
  if (!m)
    return {
      card: renderCard('notice', noticeCard('Meeting', `The meeting on ${formatDate(r.meetingDate)} is no longer in the papers.`)),
      summary: 'Meeting update',
    };
  if (r.kind === 'attendance-tally') {
    return {
      card: renderCard('tally', tallyCard(await tally(library, m), localTimeIn(library.clock, library.config.timeZone))),
      summary: `Attendance for today's ${m.title}`,
    };
  }
  const notice =
    r.kind === 'attendance-request'
      ? `Will you be at the ${m.title} on ${formatDate(m.date)}? Please reply below.`
      : `You have not replied yet: the ${m.title} is on ${formatDate(m.date)}.`;
  return {
    card: renderCard('meeting', meetingCard(m, today, null, notice)),
    summary: r.kind === 'attendance-request' ? `Will you be at the meeting on ${formatDate(m.date)}?` : `Reminder: please reply about ${formatDate(m.date)}`,
  };
}
