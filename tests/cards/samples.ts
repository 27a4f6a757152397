import { actionCard, actionsCard, actionUpdateCard } from '../../bot/features/actions';
import type { CardModels, CardName } from '../../cards/models';
import { reviewAddCard, reviewCard, reviewMergeCard } from '../../cards/review-views';
import { chooseBoardCard, helpCard, levelCard, meetingCard, noticeCard, resultsCard, tallyCard } from '../../cards/views';
import { thresholdLevels } from '../../src/answers/levels';
import { actionHistory } from '../../src/library/actions-view';
import type { Library } from '../../src/library/library';
import { tally } from '../../src/library/responses';
import { OPERATOR } from '../../src/library/scope';
import { reviewDocuments } from '../../src/review/review';

export interface Sample<N extends CardName = CardName> {
  label: string;
  name: N;
  data: CardModels[N];
}

/** A card model of every kind, in each of its states, from the demo library. */
export async function sampleModels(library: Library): Promise<Sample[]> {
  const actions = await library.actions(OPERATOR, { owner: 'Simon Whitfield' });
  const a = actions[0]!;
  const next = (await library.meetings(OPERATOR)).find((m) => m.date > '2026-11-24')!;
  const sample = <N extends CardName>(label: string, name: N, data: CardModels[N]): Sample => ({ label, name, data }) as Sample;
  return [
    sample('actions', 'actions', actionsCard('Your outstanding actions', actions)),
    sample('actions-empty', 'actions', actionsCard('Your outstanding actions', [])),
    sample('actions-reminder', 'actions', actionsCard('Due in the next 7 days', actions.slice(0, 2), '', 14)),
    sample('action', 'action', actionCard(a, await actionHistory(library.store, a.id), 'Update recorded.')),
    sample('action-update', 'action-update', actionUpdateCard(a, false)),
    sample('action-update-clerk', 'action-update', actionUpdateCard(a, true, 'Choose a status')),
    sample('meeting', 'meeting', meetingCard(next, '2026-11-24', null)),
    sample('meeting-closed', 'meeting', meetingCard(next, '2027-02-01', null)),
    sample('tally', 'tally', tallyCard(await tally(library, next), '2026-11-24 10:00')),
    sample('results', 'results', resultsCard('From the board’s papers', await library.search(OPERATOR, 'neglect strategy', { limit: 3 }))),
    sample('results-empty', 'results', resultsCard('From the board’s papers', [])),
    sample('results-search', 'results', resultsCard('From the board’s papers', await library.search(OPERATOR, 'level 3', { limit: 2 }), { query: 'level 3' })),
    sample('level', 'level', levelCard((await thresholdLevels(library.store))[2]!)),
    sample('notice', 'notice', noticeCard('Sorry', 'Line one\nLine two')),
    sample('help', 'help', helpCard('Simon Whitfield', true, true, { actionRef: '305', level: 3, acronym: 'LADO' })),
    sample('help-member', 'help', helpCard(null, false)),
    sample('choose-board', 'choose-board', chooseBoardCard([next, next], 'meeting.open')),
    ...(await reviewDocuments(library))
      .filter((r) => r.actions.length)
      .slice(0, 2)
      .map((r, i) => sample(`review-${i}`, 'review', reviewCard(r, 'nscp', i ? '' : 'Marked reviewed.'))),
    sample('review-add', 'review-add', reviewAddCard((await reviewDocuments(library)).find((r) => r.meetings.length)!)),
    sample(
      'review-add-problem',
      'review-add',
      reviewAddCard(
        { ...(await reviewDocuments(library))[0]!, meetings: [] },
        { text: 'Circulate the ${draft} plan', owners: 'Nobody Known' },
        'Not added: no.',
      ),
    ),
    sample('review-merge', 'review-merge', reviewMergeCard(a, 'minutes.docx', actions.slice(1, 4), 'Not merged: choose one.')),
  ];
}
