import { BoardError } from '../errors';
import { isValidIso } from '../extract/dates';
import type { ActionState, ActionStatus } from '../extract/model';
import type { ActionOwner, ActionView } from './actions-view';
import { resolveCorrectedOwners } from './corrections';
import { asSeenBy, groupState, ownsThroughGroup } from './group-progress';
import type { Library } from './library';
import { isPrivileged, mayUpdateAction } from './permissions';
import { recordRefusal } from './refusals';
import type { Member } from './roster';
import { canSeeBoard } from './scope';

/** What a member can set from the update card. */
export type UpdateStatus = 'not started' | 'in progress' | 'done' | "can't do";

export interface UpdateRequest {
  actionId: string;
  expectedVersion: number;
  /** Unique per rendered card: the same submission delivered twice is recorded once. */
  submissionId: string;
  status?: UpdateStatus;
  note?: string;
  proposedDue?: string;
  /** Clerk and chair only. */
  due?: string;
  owners?: string[];
  /** A member says the action is not theirs: a proposal for the clerk. */
  notMine?: boolean;
}

export type UpdateResult =
  | { outcome: 'recorded' | 'duplicate'; action: ActionView; message: string }
  | { outcome: 'stale'; action: ActionView; message: string }
  | { outcome: 'forbidden' | 'invalid' | 'not-found'; action: ActionView | null; message: string };

const STATUS: Record<UpdateStatus, { status: ActionStatus; state: ActionState }> = {
  'not started': { status: 'open', state: 'not started' },
  'in progress': { status: 'open', state: 'in progress' },
  done: { status: 'done', state: 'completed' },
  "can't do": { status: 'open', state: "can't do" },
};

/** An explicit set: `in` would let "toString", "__proto__" and "constructor" through as statuses. */
const UPDATE_STATUSES: ReadonlySet<unknown> = new Set(Object.keys(STATUS));

/**
 * Records a member's update to an action: status, a progress note, a proposed new date — and,
 * for the clerk or chair, a new due date or new owners. Members may update only their own
 * actions. The update is refused if the action changed since the card was shown (the current
 * state comes back instead), recorded once however often it is delivered, and audited.
 */
export async function updateAction(library: Library, member: Member, req: UpdateRequest): Promise<UpdateResult> {
  const result = await attemptUpdate(library, member, req);
  if (result.outcome === 'forbidden' || result.outcome === 'invalid' || (result.outcome === 'not-found' && result.action === null)) {
    await recordRefusal(library.store, library.clock.now(), {
      actor: member.name,
      what: 'action.update',
      target: String(req.actionId).slice(0, 100),
      reason: result.message,
    });
  }
  return result;
}

async function attemptUpdate(library: Library, member: Member, req: UpdateRequest): Promise<UpdateResult> {
  // Only an action the member may see can be updated: another board's is "not found", whatever the role.
  const find = async () => await library.action(member, req.actionId);
  const action = await find();
  if (!action) return { outcome: 'not-found', action: null, message: 'That action is no longer in the library.' };
  const privileged = isPrivileged(member) && canSeeBoard(member, action.board);
  if (!(await mayUpdateAction(library, member, action)))
    return { outcome: 'forbidden', action, message: 'Only its owners, the clerk or the chair can update this action.' };
  if (!privileged && (req.due !== undefined || req.owners !== undefined)) {
    return { outcome: 'forbidden', action, message: 'Only the clerk or the chair can change the due date or the owners; propose a new date instead.' };
  }
  const problem = invalid(req);
  if (problem) return { outcome: 'invalid', action, message: problem };
  let owners: ActionOwner[] | undefined;
  try {
    // Checked against the board's people and groups: a slip of the keyboard is refused, not recorded.
    owners = req.owners ? await resolveCorrectedOwners(library.store, action.board, req.owners, []) : undefined;
  } catch (err) {
    if (err instanceof BoardError)
      return { outcome: 'invalid', action, message: `${err.message.replace(/; to name someone new.*$/, '')}. Choose one of the board’s people or groups.` };
    throw err;
  }
  // A member who owns it as one of a group records their own state; the action stays open for the others.
  const groups = await groupState(library.store);
  const forPerson = !privileged && member.personKey !== null && ownsThroughGroup(groups, action, member.personKey) ? member.personKey : undefined;
  const at = library.clock.now().toISOString();
  const before = { status: action.status, state: action.state, progress: action.progress, due: action.due, owners: action.owners.map((o) => o.display) };
  const store = library.store;
  const result = await store.transaction(async (tx) => {
    const r = await tx.actions.recordUpdate({
      actionId: action.id,
      actor: member.name,
      at,
      kind: forPerson ? 'member-update' : owners ? 'reassign' : req.due ? 'set-due' : 'update',
      forPerson,
      ...(req.status ? STATUS[req.status] : {}),
      note: req.note?.trim() || undefined,
      proposedDue: req.proposedDue || undefined,
      due: req.due || undefined,
      owners,
      expectedVersion: req.expectedVersion,
      idempotencyKey: req.submissionId,
    });
    if (r.outcome === 'recorded') {
      if (!privileged)
        await tx.proposals.record({
          actionId: action.id,
          person: member.name,
          personKey: member.personKey,
          at,
          proposedDue: req.proposedDue || null,
          notMine: req.notMine === true,
          note: req.note?.trim() || null,
        });
      await tx.audit.record({
        at,
        actor: member.name,
        action: 'action.update',
        target: action.id,
        before,
        after: {
          ...before,
          forPerson: forPerson ? member.name : undefined,
          notMine: req.notMine || undefined,
          ...(req.status ? STATUS[req.status] : {}),
          note: req.note ?? null,
          proposedDue: req.proposedDue ?? null,
          due: req.due ?? before.due,
          owners: owners?.map((o) => o.display) ?? before.owners,
        },
      });
      await tx.shards.markBoardStale(action.board);
    }
    return r;
  });
  // The member's answer does not wait for the search index: it catches up off this thread.
  if (result.outcome === 'recorded') library.scheduleIndexRefresh();
  const found = (await find())!;
  const now = forPerson ? asSeenBy(await groupState(store), found, forPerson) : found;
  switch (result.outcome) {
    case 'recorded':
      return { outcome: 'recorded', action: now, message: 'Update recorded.' };
    case 'duplicate':
      return { outcome: 'duplicate', action: now, message: 'That update was already recorded.' };
    case 'stale':
      return { outcome: 'stale', action: now, message: 'This action changed since your card was shown; here is how it stands now. Nothing was overwritten.' };
    default:
      return { outcome: 'not-found', action: null, message: 'That action is no longer in the library.' };
  }
}

function invalid(req: UpdateRequest): string | null {
  if (req.status !== undefined && !UPDATE_STATUSES.has(req.status)) return 'Status must be not started, in progress, done or can’t do.';
  if (req.note !== undefined && req.note.length > 2000) return 'The note is too long (2,000 characters at most).';
  for (const [label, d] of [
    ['proposed date', req.proposedDue],
    ['due date', req.due],
  ] as const) {
    if (d && !isValidIso(d)) return `The ${label} must be a date like 2026-12-31.`;
  }
  if (!req.submissionId || req.submissionId.length > 100) return 'This card is out of date; ask for your actions again.';
  if (!Number.isInteger(req.expectedVersion)) return 'This card is out of date; ask for your actions again.';
  if (req.owners && (!req.owners.length || req.owners.some((o) => !o.trim()))) return 'Name at least one owner.';
  if (req.status === undefined && !req.note?.trim() && !req.proposedDue && !req.due && !req.owners && !req.notMine)
    return 'Nothing to record: choose a status, write a note or propose a date.';
  return null;
}
