import { randomUUID } from 'node:crypto';

import type { ActionCard } from '../../../cards/models';
import { type AdaptiveCardJson, renderCard } from '../../../cards/render';
import { actionCard, actionsCard, actionUpdateCard } from '../../../cards/views';
import { ANSWERS, myActions, myOverdue } from '../../../src/answers/answer';
import { progressOf } from '../../../src/app/services';
import { actionsOwnedBy, type ActionView } from '../../../src/library/actions-view';
import { progressText } from '../../../src/library/group-progress';
import { isPrivileged, updatePermission } from '../../../src/library/permissions';
import { updateAction, type UpdateStatus } from '../../../src/library/updates';
import { answered, type CardData, notice, type Router, type Turn } from '../../router';
import type { VerbDeclarations } from '../verbs';

/** My actions & updates: the lists of actions, one action with its history, and its update form. */
export const VERBS = {
  'actions.mine': ['actions', 'action', 'help'],
  'action.view': ['action-update'],
  'action.edit': ['actions', 'action', 'review'],
  'action.save': ['action-update'],
} as const satisfies VerbDeclarations;

export function register(router: Router): void {
  router
    // "What are my outstanding actions?": the domain's answer for the member's person key, drawn as the actions card.
    .message('my-actions', (t, u) => {
      const a = myActions(t.library, t.member, u);
      return answered(a, renderCard('actions', actionsCard('Your outstanding actions', a.actions)));
    })
    .message('overdue', (t, u) => {
      const a = myOverdue(t.library, t.member, u);
      return answered(a, renderCard('actions', actionsCard('Your overdue actions', a.actions, 'None of your actions is overdue.')));
    })
    .message('overdue-board', (t, u) => {
      const a = ANSWERS['overdue-board'](t.library, t.member, u);
      const canUpdate = updatePermission(t.library, t.member);
      return answered(
        a,
        renderCard('actions', actionsCard('Overdue on the board', a.actions, 'Nothing on the board is overdue.', 0, { canUpdate, showOwners: true })),
      );
    })
    .message(['actions-for', 'my-last-meeting'], (t, u) => {
      const a = ANSWERS[u.intent](t.library, t.member, u);
      if (!a.actions.length) return answered(a, notice('Actions', a.text));
      const title = a.text.split('\n')[0]!.replace(/:$/, '');
      const canUpdate = updatePermission(t.library, t.member);
      return answered(a, renderCard('actions', actionsCard(title, a.actions, '', 0, { canUpdate, showOwners: a.intent === 'actions-for' })));
    })
    .message('action', (t, u) => {
      const a = ANSWERS.action(t.library, t.member, u);
      const act = a.actions[0];
      if (!act) return answered(a, notice('Action', a.text));
      const canUpdate = updatePermission(t.library, t.member)(act);
      return answered(a, renderCard('action', actionCard(act, t.library.history(t.member, act.id), '', 'Good', canUpdate)));
    })
    .verb('actions.mine', ({ library, member }) =>
      renderCard(
        'actions',
        actionsCard(
          'Your outstanding actions',
          member.personKey ? actionsOwnedBy(library.store, library.today(), { ...member, personKey: member.personKey }) : [],
        ),
      ),
    )
    .verb('action.view', (t, data) => view(t, data.str('actionId')))
    .verb('action.edit', (t, data) => edit(t, data.str('actionId')))
    .verb('action.save', save);
}

function view(turn: Turn, id: string): AdaptiveCardJson {
  const { library, member } = turn;
  const a = library.action(member, id);
  return a ? renderCard('action', withProgress(turn, actionCard(a, library.history(member, a.id)), a)) : gone();
}

function gone(): AdaptiveCardJson {
  return notice('Action', 'That action is no longer in the library.');
}

/** The clerk and chair see how far a group action has got: "7 of 23 done (…)". */
function withProgress({ library, member }: Turn, card: ActionCard, a: ActionView): ActionCard {
  const g = isPrivileged(member) ? progressOf(library, a) : null;
  return g ? { ...card, statusLine: `${card.statusLine}; ${progressText(g)}` } : card;
}

function edit({ library, member }: Turn, id: string): AdaptiveCardJson {
  const a = library.action(member, id);
  if (!a) return gone();
  if (!updatePermission(library, member)(a))
    return renderCard(
      'action',
      actionCard(a, library.history(member, a.id), 'Only its owners, the clerk or the chair can update this action.', 'Attention', false),
    );
  return renderCard('action-update', actionUpdateCard(a, isPrivileged(member)));
}

function save(turn: Turn, data: CardData): AdaptiveCardJson {
  const { library, member } = turn;
  const privileged = isPrivileged(member);
  const id = data.text('actionId');
  const current = library.action(member, id);
  const owners =
    privileged && data.text('owners')
      ? data
          .text('owners')
          .split(/\s*[,;]\s*/)
          .filter(Boolean)
      : undefined;
  const ownersChanged = owners && current && owners.join('|') !== current.owners.map((o) => o.display).join('|');
  const due = privileged && data.text('due') && data.text('due') !== (current?.due ?? '') ? data.text('due') : undefined;
  const result = updateAction(library, member, {
    actionId: id,
    expectedVersion: Number(data.raw['version']),
    submissionId: data.text('sid') || randomUUID(),
    status: (data.text('status') || undefined) as UpdateStatus | undefined,
    note: data.text('note') || undefined,
    proposedDue: data.text('proposedDue') || undefined,
    due,
    owners: ownersChanged ? owners : undefined,
  });
  if (!result.action) return notice('Action', result.message);
  if (result.outcome === 'invalid') return renderCard('action-update', actionUpdateCard(result.action, privileged, result.message));
  const colour = result.outcome === 'recorded' || result.outcome === 'duplicate' ? 'Good' : 'Attention';
  return renderCard('action', withProgress(turn, actionCard(result.action, library.history(member, result.action.id), result.message, colour), result.action));
}
