import { renderCard } from '../../../cards/render';
import { chooseBoardCard, tallyCard } from '../../../cards/views';
import { ANSWERS, upcoming } from '../../../src/answers/answer';
import { meetingOn } from '../../../src/app/services';
import { localTimeIn } from '../../../src/clock';
import { isPrivileged } from '../../../src/library/permissions';
import { tally } from '../../../src/library/responses';
import { answered, notice, type Router, type Turn } from '../../router';
import type { VerbDeclarations } from '../verbs';

/** The clerk's tally: who is coming to a meeting, with quorum (the clerk and the chair only). */
export const VERBS = {
  'tally.refresh': ['tally', 'choose-board'],
} as const satisfies VerbDeclarations;

export function register(router: Router): void {
  router
    .message('attendance-tally', async (t, u) => answered(await ANSWERS['attendance-tally'](t.library, t.member, u), await tallyFor(t, '', '')))
    .verb('tally.refresh', (t, data) => tallyFor(t, data.str('board'), data.str('date')));
}

async function tallyFor({ library, member }: Turn, boardKey: string, date: string) {
  if (!isPrivileged(member))
    return notice('Attendance', 'Only the clerk and the chair can see who is coming. Ask me "when is the next meeting?" to reply yourself.');
  const next = await upcoming(library, member);
  if (!(boardKey && date) && next.length > 1)
    return renderCard('choose-board', chooseBoardCard(next, 'tally.refresh', 'More than one board has a meeting coming up. Which attendance do you want?'));
  const m = boardKey && date ? await meetingOn(library, member, boardKey, date) : next[0];
  if (!m) return notice('Attendance', 'No future meeting date is known from the papers yet.');
  return renderCard('tally', tallyCard(await tally(library, m), localTimeIn(library.clock, library.config.timeZone)));
}
