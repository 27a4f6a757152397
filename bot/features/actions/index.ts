import { randomUUID } from 'node:crypto';

import type { ActionCard, ActionItem, ActionsCard, ActionUpdateCard } from '../../../cards/models';
import { plain } from '../../../cards/plain';
import { type AdaptiveCardJson, renderCard } from '../../../cards/render';
import { ANSWERS, formatDate, myActions, myOverdue } from '../../../src/answers/answer';
import { progressOf } from '../../../src/app/services';
import { findDates } from '../../../src/extract/dates';
import { actionsOwnedBy, type ActionView, type HistoryEntry } from '../../../src/library/actions-view';
import { progressText } from '../../../src/library/group-progress';
import { isPrivileged, updatePermission } from '../../../src/library/permissions';
import { updateAction, type UpdateStatus } from '../../../src/library/updates';
import { remembered } from '../../../src/util/memo';
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
    .message('my-actions', async (t, u) => {
      const a = await myActions(t.library, t.member, u);
      return answered(a, renderCard('actions', actionsCard('Your outstanding actions', a.actions)));
    })
    .message('overdue', async (t, u) => {
      const a = await myOverdue(t.library, t.member, u);
      return answered(a, renderCard('actions', actionsCard('Your overdue actions', a.actions, 'None of your actions is overdue.')));
    })
    .message('overdue-board', async (t, u) => {
      const a = await ANSWERS['overdue-board'](t.library, t.member, u);
      const canUpdate = await updatePermission(t.library, t.member);
      return answered(
        a,
        renderCard('actions', actionsCard('Overdue on the board', a.actions, 'Nothing on the board is overdue.', 0, { canUpdate, showOwners: true })),
      );
    })
    .message(['actions-for', 'my-last-meeting'], async (t, u) => {
      const a = await ANSWERS[u.intent](t.library, t.member, u);
      if (!a.actions.length) return answered(a, notice('Actions', a.text));
      const title = a.text.split('\n')[0]!.replace(/:$/, '');
      const canUpdate = await updatePermission(t.library, t.member);
      return answered(a, renderCard('actions', actionsCard(title, a.actions, '', 0, { canUpdate, showOwners: a.intent === 'actions-for' })));
    })
    .message('action', async (t, u) => {
      const a = await ANSWERS.action(t.library, t.member, u);
      const act = a.actions[0];
      if (!act) return answered(a, notice('Action', a.text));
      const canUpdate = (await updatePermission(t.library, t.member))(act);
      return answered(a, renderCard('action', actionCard(act, await t.library.history(t.member, act.id), '', 'Good', canUpdate)));
    })
    .verb('actions.mine', async ({ library, member }) =>
      renderCard('actions', actionsCard('Your outstanding actions', await actionsOwnedBy(library.store, library.today(), member))),
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

/*
 * The cards this feature shows, as typed data for the JSON templates in cards/templates (actions,
 * action, action-update). Everything that came from a person or a document goes through plain().
 */

/**
 * The due date, with the papers' own words when they say more than the date ("to the next meeting")
 * or name a different one (a deadline moved since), so a member can see where the date came from.
 * A done action keeps its due date.
 */
function dueLine(a: ActionView): string {
  const words = plain(a.dueText?.replace(/^\s*due\b[:\s]*/i, '').trim() ?? '');
  if (a.status === 'done') return `Done${a.due ? ` (was due ${formatDate(a.due)})` : words ? ` (was due ${words})` : ''}`;
  if (!a.due) return words ? `Due ${words}` : 'No due date';
  const said = words ? dateSaid(words) : null;
  const date = `Due ${formatDate(a.due)}${a.overdue ? ' — overdue' : ''}`;
  if (!words || said === a.due) return date;
  if (said) return `${date} (the papers first said “${words}”; a later paper or update moved it)`;
  return `${date} (“${words}”)`;
}

/** The date a due text gives, read once per text: a list card shows the same few texts on every turn. */
const dateSaid = remembered((words: string): string | null => findDates(words).find((d) => d.iso)?.iso ?? null, 1000);

/** Where it was agreed; the board is the card's context (and a member's board is one), so not repeated on every line. */
function source(a: ActionView): string {
  const where = `${a.meetingDate ? `Meeting of ${formatDate(a.meetingDate)}` : 'Action log'}${a.item ? `, item ${plain(a.item)}` : ''}`;
  return `${where} (${plain(a.document)})`;
}

/** Where it was agreed (the first paper that has it) and, when later, where it was last reviewed. */
function agreedAndReviewed(a: ActionView, history: HistoryEntry[]): string {
  const papers = history.filter((h) => h.source === 'document');
  const first = papers[0];
  const last = papers[papers.length - 1];
  if (!first || !last) return source(a);
  const at = (h: HistoryEntry) => `${formatDate(h.when.slice(0, 10))}${h.document ? ` (${plain(h.document)})` : ''}`;
  return `Agreed ${at(first)}${last !== first && last.when !== first.when ? `; last reviewed ${at(last)}` : ''}`;
}

/**
 * A history line: the date once, then the document only when its name does not already carry that
 * date. A member's entry says what they did (a note, a proposal, the clerk's correction and why).
 */
function historyLine(h: HistoryEntry): string {
  const said = h.source === 'member' ? h.text || h.progress : h.progress;
  const what = `${h.status ?? ''}${h.state ? ` (${h.state})` : ''}${said ? ` — ${plain(said)}` : ''}`;
  if (h.source === 'member') return `${formatDate(h.when.slice(0, 10))}, ${plain(h.actor)}: ${what}`;
  const day = h.when.slice(0, 10);
  return `${formatDate(day)}${h.document && !h.document.includes(day) ? ` (${plain(h.document)})` : ''}: ${what}`;
}

function ragOf(a: ActionView): Pick<ActionItem, 'ragLabel' | 'ragColour'> {
  if (!a.rag) return { ragLabel: '', ragColour: 'Default' };
  return { ragLabel: a.rag.toUpperCase(), ragColour: a.rag === 'red' ? 'Attention' : a.rag === 'amber' ? 'Warning' : 'Good' };
}

/** An action without a number is headed by its first words, which say what it is; the board name would not. */
function plainHeading(a: ActionView): { heading: string; text: string } {
  if (a.ref) return { heading: `Action ${plain(a.ref)}`, text: plain(a.text) };
  const words = a.text.split(/\s+/);
  if (words.length <= 8) return { heading: plain(a.text), text: '' };
  return { heading: plain(`${words.slice(0, 8).join(' ')} …`), text: plain(a.text) };
}

export function actionItem(a: ActionView, opts: { canUpdate?: boolean; showOwners?: boolean } = {}): ActionItem {
  return {
    id: a.id,
    ...plainHeading(a),
    owners: opts.showOwners ? plain(a.owners.map((o) => o.display).join(', ')) || 'nobody named' : '',
    canUpdate: opts.canUpdate ?? true,
    dueLine: dueLine(a),
    dueColour: a.overdue ? 'Attention' : a.status === 'done' ? 'Good' : 'Default',
    source: source(a),
    overdue: a.overdue,
    ...ragOf(a),
  };
}

/**
 * A list of actions. `canUpdate` says which the reader may update (all, when not given); `showOwners`
 * names the owners, for lists that are not the reader's own.
 */
export function actionsCard(
  title: string,
  actions: ActionView[],
  emptyText = 'You have no outstanding actions.',
  muteDays = 0,
  opts: { canUpdate?: (a: ActionView) => boolean; showOwners?: boolean } = {},
): ActionsCard {
  const overdue = actions.filter((a) => a.overdue).length;
  return {
    title: plain(title),
    summary: actions.length ? `${actions.length} outstanding${overdue ? `, ${overdue} overdue` : ''}` : '',
    emptyText,
    actions: actions.map((a) => actionItem(a, { canUpdate: opts.canUpdate ? opts.canUpdate(a) : true, showOwners: opts.showOwners })),
    muteDays,
  };
}

export function actionCard(
  a: ActionView,
  history: HistoryEntry[],
  notice = '',
  noticeColour: ActionCard['noticeColour'] = 'Good',
  canUpdate = true,
): ActionCard {
  const noticeStyle = ({ Good: 'good', Attention: 'attention', Warning: 'warning', Default: 'default' } as const)[noticeColour];
  return {
    notice: plain(notice),
    noticeColour,
    noticeStyle,
    id: a.id,
    heading: plainHeading(a).heading,
    text: plain(a.text),
    owners: plain(a.owners.map((o) => o.display).join(', ')) || 'Nobody named',
    statusLine: `${a.status === 'done' ? 'Done' : 'Open'} (${a.state})${a.rag ? `, RAG ${a.rag}` : ''}`,
    dueLine: dueLine(a),
    source: agreedAndReviewed(a, history),
    progress: plain(a.progress),
    history: history.map((h) => ({ line: historyLine(h) })),
    canUpdate,
  };
}

const UPDATE_STATUS: Record<string, string> = { 'not started': 'not started', 'in progress': 'in progress', completed: 'done', "can't do": "can't do" };

export function actionUpdateCard(a: ActionView, canManage: boolean, notice = ''): ActionUpdateCard {
  return {
    id: a.id,
    version: a.version,
    sid: randomUUID(),
    heading: a.ref ? `Action ${plain(a.ref)}` : 'Action',
    text: plain(a.text),
    notice: plain(notice),
    status: a.status === 'done' ? 'done' : (UPDATE_STATUS[a.state] ?? 'in progress'),
    due: a.due ?? '',
    owners: a.owners.map((o) => o.display).join(', '),
    canManage,
  };
}
