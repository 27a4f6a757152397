import { randomUUID } from 'node:crypto';

import { BoardError, ErrorCode } from '../errors';
import { type ActionView, currentActions } from '../library/actions-view';
import { assertMayCorrect, correctAction, type Corrector } from '../library/corrections';
import { groupState, ownsThroughGroup } from '../library/group-progress';
import type { Library } from '../library/library';
import type { Proposal } from '../store/repositories';

export interface ProposalView extends Proposal {
  action: Pick<ActionView, 'id' | 'ref' | 'text' | 'due' | 'boardName'> | null;
  /** One line for the clerk: who proposes what. */
  summary: string;
}

export interface Decision {
  proposal: ProposalView;
  action: ActionView | null;
  /** Who to tell and what: the member who proposed it. */
  tell: { person: string; text: string };
}

function label(a: Pick<ActionView, 'ref' | 'text'> | null, id: string): string {
  const text = a ? (a.text.length > 80 ? `${a.text.slice(0, 77)}…` : a.text) : id;
  return a?.ref ? `action ${a.ref} (“${text}”)` : `“${text}”`;
}

function view(p: Proposal, actions: ActionView[]): ProposalView {
  const a = actions.find((x) => x.id === p.actionId) ?? null;
  const what = p.kind === 'due' ? `proposes moving the due date${a?.due ? ` from ${a.due}` : ''} to ${p.proposedDue}` : 'says this is not theirs';
  return {
    ...p,
    action: a ? { id: a.id, ref: a.ref, text: a.text, due: a.due, boardName: a.boardName } : null,
    summary: `${p.person} ${what}: ${label(a, p.actionId)}${p.note ? ` — “${p.note}”` : ''}`,
  };
}

/** Proposals waiting for the clerk (or, with 'all', every proposal and its outcome). */
export async function proposalsFor(library: Library, state: 'pending' | 'all' = 'pending', actionIds?: Set<string>): Promise<ProposalView[]> {
  const actions = await currentActions(library.store, library.today());
  return (await library.store.proposals.list(state)).filter((p) => !actionIds || actionIds.has(p.actionId)).map((p) => view(p, actions));
}

/**
 * The clerk accepts or declines a proposal with one button: accepting a date sets it (as a
 * correction, so it survives re-ingest); accepting "not mine" takes the member off the action
 * (or, for a group action, off their list alone). Either way the history records it and the
 * member is told.
 */
export async function decideProposal(library: Library, who: Corrector | null, id: number, decision: 'accept' | 'decline', why?: string): Promise<Decision> {
  assertMayCorrect(who);
  const store = library.store;
  const p = await store.proposals.get(id);
  if (!p) throw new BoardError(ErrorCode.NotFound, `no proposal ${id}`);
  if (p.state !== 'pending') throw new BoardError(ErrorCode.BadArgument, `that proposal was already ${p.state}${p.decidedBy ? ` by ${p.decidedBy}` : ''}`);
  const before = (await currentActions(store, library.today())).find((a) => a.id === p.actionId) ?? null;
  if (!before) throw new BoardError(ErrorCode.NotFound, 'that action is no longer in the library');
  const at = library.clock.now().toISOString();
  const what = p.kind === 'due' ? `proposed due date ${p.proposedDue}` : '“this isn’t mine”';
  const note = `${decision === 'accept' ? 'Accepted' : 'Declined'} ${p.person}’s ${what}${why?.trim() ? `: ${why.trim()}` : ''}`;
  await store.transaction(async (tx) => {
    if (!(await tx.proposals.decide(p.id, decision === 'accept' ? 'accepted' : 'declined', who.name, at)))
      throw new BoardError(ErrorCode.BadArgument, 'that proposal was already decided');
    if (decision === 'accept' && p.kind === 'due') {
      await correctAction(library, who, { actionId: p.actionId, due: p.proposedDue!, why: note }, tx);
    } else if (decision === 'accept' && p.personKey && ownsThroughGroup(await groupState(tx), before, p.personKey)) {
      // One of a group: off their own list, still the others'.
      await tx.actions.recordUpdate({
        actionId: p.actionId,
        actor: p.person,
        at,
        kind: 'member-update',
        forPerson: p.personKey,
        status: 'done',
        state: 'reassigned',
        note,
        expectedVersion: before.version,
        idempotencyKey: randomUUID(),
      });
    } else if (decision === 'accept') {
      const rest = before.owners.filter((o) => !(o.personKey && o.personKey === p.personKey) && o.display !== p.person);
      const named = rest.filter((o) => o.personKey || o.kind !== 'person').map((o) => (o.personKey ? o.display : o.written));
      await correctAction(
        library,
        who,
        {
          actionId: p.actionId,
          owners: named,
          newOwners: rest.filter((o) => !o.personKey && o.kind === 'person').map((o) => o.display),
          why: note,
        },
        tx,
      );
    } else {
      await tx.actions.recordUpdate({
        actionId: p.actionId,
        actor: who.name,
        at,
        kind: 'correct',
        why: note,
        expectedVersion: before.version,
        idempotencyKey: randomUUID(),
      });
    }
    await tx.audit.record({
      at,
      actor: who.name,
      action: `proposal.${decision}`,
      target: p.actionId,
      before: { proposal: p.id, kind: p.kind, person: p.person, proposedDue: p.proposedDue },
      after: { state: decision === 'accept' ? 'accepted' : 'declined', why: why?.trim() || null },
    });
  });
  library.scheduleIndexRefresh();
  const action = (await currentActions(store, library.today())).find((a) => a.id === p.actionId) ?? null;
  const decided = (await store.proposals.get(p.id))!;
  const outcome =
    decision === 'accept'
      ? p.kind === 'due'
        ? `accepted your proposed due date: ${label(before, p.actionId)} is now due ${p.proposedDue}.`
        : `accepted that ${label(before, p.actionId)} is not yours; it is off your list.`
      : `declined your ${p.kind === 'due' ? `proposed due date of ${p.proposedDue}` : '“this isn’t mine”'} for ${label(before, p.actionId)}; it stands as it was.`;
  return {
    proposal: view(decided, action ? [action] : []),
    action,
    tell: { person: p.person, text: `${who.name} ${outcome}${why?.trim() ? ` (${why.trim()})` : ''}` },
  };
}
