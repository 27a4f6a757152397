import { randomUUID } from 'node:crypto';

import type { ActionCard } from '../../../cards/models';
import { type AdaptiveCardJson, renderCard } from '../../../cards/render';
import { actionCard, actionsCard, actionUpdateCard } from '../../../cards/views';
import { progressOf } from '../../../src/app/services';
import type { ActionView } from '../../../src/library/actions-view';
import { progressText } from '../../../src/library/group-progress';
import { isPrivileged, updatePermission } from '../../../src/library/permissions';
import { updateAction, type UpdateStatus } from '../../../src/library/updates';
import { type CardData, notice, type Router, type Turn } from '../../router';
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
    .message('my-actions', (_t, a) => renderCard('actions', actionsCard('Your outstanding actions', a.actions)))
    .message('overdue', (_t, a) => renderCard('actions', actionsCard('Your overdue actions', a.actions, 'None of your actions is overdue.')))
    .message('overdue-board', async (t, a) =>
      renderCard(
        'actions',
        actionsCard('Overdue on the board', a.actions, 'Nothing on the board is overdue.', 0, {
          canUpdate: await updatePermission(t.library, t.member),
          showOwners: true,
        }),
      ),
    )
    .message(['actions-for', 'my-last-meeting'], async (t, a) =>
      a.actions.length
        ? renderCard(
            'actions',
            actionsCard(a.text.split('\n')[0]!.replace(/:$/, ''), a.actions, '', 0, {
              canUpdate: await updatePermission(t.library, t.member),
              showOwners: a.intent === 'actions-for',
            }),
          )
        : notice('Actions', a.text),
    )
    .message('action', async (t, a) => {
      const act = a.actions[0];
      if (!act) return notice('Action', a.text);
      return renderCard('action', actionCard(act, await t.library.history(t.member, act.id), '', 'Good', (await updatePermission(t.library, t.member))(act)));
    })
    .verb('actions.mine', async ({ library, member }) =>
      renderCard('actions', actionsCard('Your outstanding actions', await library.actions(member, { owner: member.name }))),
    )
    .verb('action.view', (t, data) => view(t, data.str('actionId')))
    .verb('action.edit', (t, data) => edit(t, data.str('actionId')))
    .verb('action.save', save);
}

async function view(turn: Turn, id: string): Promise<AdaptiveCardJson> {
  const { library, member } = turn;
  const a = await library.action(member, id);
  return a ? renderCard('action', await withProgress(turn, actionCard(a, await library.history(member, a.id)), a)) : gone();
}

function gone(): AdaptiveCardJson {
  return notice('Action', 'That action is no longer in the library.');
}

/** The clerk and chair see how far a group action has got: "7 of 23 done (…)". */
async function withProgress({ library, member }: Turn, card: ActionCard, a: ActionView): Promise<ActionCard> {
  const g = isPrivileged(member) ? await progressOf(library, a) : null;
  return g ? { ...card, statusLine: `${card.statusLine}; ${progressText(g)}` } : card;
}

async function edit({ library, member }: Turn, id: string): Promise<AdaptiveCardJson> {
  const a = await library.action(member, id);
  if (!a) return gone();
  if (!(await updatePermission(library, member))(a))
    return renderCard(
      'action',
      actionCard(a, await library.history(member, a.id), 'Only its owners, the clerk or the chair can update this action.', 'Attention', false),
    );
  return renderCard('action-update', actionUpdateCard(a, isPrivileged(member)));
}

async function save(turn: Turn, data: CardData): Promise<AdaptiveCardJson> {
  const { library, member } = turn;
  const privileged = isPrivileged(member);
  const id = data.text('actionId');
  const current = await library.action(member, id);
  const owners =
    privileged && data.text('owners')
      ? data
          .text('owners')
          .split(/\s*[,;]\s*/)
          .filter(Boolean)
      : undefined;
  const ownersChanged = owners && current && owners.join('|') !== current.owners.map((o) => o.display).join('|');
  const due = privileged && data.text('due') && data.text('due') !== (current?.due ?? '') ? data.text('due') : undefined;
  const result = await updateAction(library, member, {
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
  return renderCard(
    'action',
    await withProgress(turn, actionCard(result.action, await library.history(member, result.action.id), result.message, colour), result.action),
  );
}
