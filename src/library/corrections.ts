import { randomUUID } from 'node:crypto';

import { BoardError, ErrorCode } from '../errors';
import { type IsoDate, isValidIso } from '../extract/dates';
import type { ActionState, ActionStatus } from '../extract/model';
import { isAllMembersGroup } from '../extract/owners';
import { actionId as makeActionId } from '../store/ids';
import type { Store } from '../store/repositories';
import { foldForMatch } from '../util/text';
import { type ActionOwner, type ActionView, currentActions } from './actions-view';
import { findPerson } from './find-person';
import type { Library } from './library';
import type { MemberRole } from './roster';

/**
 * The clerk's (or chair's) corrections to what the reading made of an action. Each is an event
 * beside what the documents say — who, when, why — audited in the same transaction, shown in the
 * action's history, and keyed to the action's identity, so re-ingesting the same or a changed
 * document applies it again. What the document said at the time is kept with it, so a document
 * that later says something else is reported to the clerk rather than silently overruled.
 */

export interface Corrector {
  name: string;
  role: MemberRole;
}

export interface CorrectionRequest {
  actionId: string;
  /** People, groups or owners the board's papers already name. */
  owners?: string[];
  /** People the papers do not name yet, given explicitly as new. */
  newOwners?: string[];
  due?: string;
  status?: ActionStatus;
  text?: string;
  notAnAction?: boolean;
  /** Undo "not an action" or a merge. */
  restore?: boolean;
  /** This action is a duplicate of that one. */
  mergeInto?: string;
  why?: string;
}

export interface CorrectionConflict {
  actionId: string;
  ref: string | null;
  field: 'owners' | 'due' | 'status' | 'text';
  corrected: unknown;
  documentSaid: unknown;
  documentNowSays: unknown;
  message: string;
}

type Said = { owners: string[]; due: IsoDate | null; status: ActionStatus; text: string };

export function assertMayCorrect(who: Corrector | null): asserts who is Corrector {
  if (!who || (who.role !== 'clerk' && who.role !== 'chair')) {
    throw new BoardError(ErrorCode.Forbidden, `only the clerk or the chair can correct actions${who ? ` (${who.name} is a ${who.role})` : ''}`);
  }
}

/** Applies one correction and returns the action as it now stands (null once it is not an action any more). */
/** `store` is the caller's unit of work when the correction is part of a larger one (a proposal accepted). */
export async function correctAction(library: Library, who: Corrector | null, req: CorrectionRequest, store: Store = library.store): Promise<ActionView | null> {
  assertMayCorrect(who);
  const row = await store.actions.version(req.actionId);
  if (!row) throw new BoardError(ErrorCode.NotFound, `no action ${req.actionId} in the library`);
  const current = (await currentActions(store, library.today())).find((a) => a.id === row.id) ?? null;
  if (!current && !req.restore) throw new BoardError(ErrorCode.NotFound, `action ${req.actionId} is marked not an action or merged; restore it first`);
  const problem = invalid(req);
  if (problem) throw new BoardError(ErrorCode.BadArgument, problem);
  const owners = req.owners || req.newOwners ? await resolveCorrectedOwners(store, row.board, req.owners ?? [], req.newOwners ?? []) : undefined;
  let mergeTarget: ActionView | undefined;
  if (req.mergeInto) {
    mergeTarget = (await currentActions(store, library.today())).find((a) => a.id === req.mergeInto);
    if (!mergeTarget) throw new BoardError(ErrorCode.NotFound, `no action ${req.mergeInto} to merge into`);
    if (mergeTarget.id === row.id || mergeTarget.board !== row.board)
      throw new BoardError(ErrorCode.BadArgument, 'an action can only be merged into another action of the same board');
  }
  const at = library.clock.now().toISOString();
  const said = await documentSays(store, row.id);
  const status = req.status ? { status: req.status, state: stateFor(req.status, current?.state) } : {};
  const hidden = req.notAnAction ? 'not-an-action' : mergeTarget ? `merged:${mergeTarget.id}` : req.restore ? '' : undefined;
  await store.transaction(async (tx) => {
    const r = await tx.actions.recordUpdate({
      actionId: row.id,
      actor: who.name,
      at,
      kind: 'correct',
      ...status,
      due: req.due,
      owners,
      text: req.text?.trim(),
      hidden,
      why: req.why?.trim() || undefined,
      documentSaid: said ?? undefined,
      expectedVersion: row.version,
      idempotencyKey: randomUUID(),
    });
    if (r.outcome !== 'recorded') throw new BoardError(ErrorCode.BadArgument, `action ${row.id} changed while it was being corrected; try again`);
    if (mergeTarget) {
      await tx.actions.recordUpdate({
        actionId: mergeTarget.id,
        actor: who.name,
        at,
        kind: 'correct',
        why: `${row.id} merged into this action as a duplicate${req.why ? `: ${req.why.trim()}` : ''}`,
        expectedVersion: mergeTarget.version,
        idempotencyKey: randomUUID(),
      });
    }
    const before = current ? { text: current.text, owners: current.owners.map((o) => o.display), due: current.due, status: current.status } : { hidden: true };
    const after = { text: req.text?.trim(), owners: owners?.map((o) => o.display), due: req.due, status: req.status, hidden, why: req.why?.trim() };
    await tx.audit.record({ at, actor: who.name, action: 'action.correct', target: row.id, before, after });
    await tx.shards.markBoardStale(row.board);
  });
  library.scheduleIndexRefresh();
  return (await currentActions(store, library.today())).find((a) => a.id === row.id) ?? null;
}

/** Adds an action the reading missed, to a meeting (and item) of a board. */
export async function addMissedAction(
  library: Library,
  who: Corrector | null,
  req: { board: string; meetingDate: IsoDate | null; item: string | null; text: string; owners?: string[]; newOwners?: string[]; due?: string; why?: string },
): Promise<ActionView> {
  assertMayCorrect(who);
  const store = library.store;
  const board = (await store.boards.all()).find((b) => b.key === req.board || b.name.toLowerCase() === req.board.toLowerCase());
  if (!board) throw new BoardError(ErrorCode.NotFound, `no board called "${req.board}" in the library`);
  const text = req.text.trim();
  if (!text || text.length > 1000) throw new BoardError(ErrorCode.BadArgument, 'the action needs wording (1,000 characters at most)');
  if (req.meetingDate && !isValidIso(req.meetingDate)) throw new BoardError(ErrorCode.BadArgument, 'the meeting date must be like 2026-10-15');
  const recordedIn = req.meetingDate ? await store.meetings.documentOf(board.key, req.meetingDate) : null;
  const meeting = recordedIn === null ? undefined : { name: recordedIn };
  if (req.meetingDate && !meeting) throw new BoardError(ErrorCode.NotFound, `the library has no meeting of that board on ${req.meetingDate}`);
  // Checked before anything is written, so a bad owner or date never leaves a half-added action.
  if (req.due !== undefined && !isValidIso(req.due))
    throw new BoardError(ErrorCode.BadArgument, `the due date must be a date like 2026-12-31 (got "${req.due}")`);
  if (req.owners || req.newOwners) await resolveCorrectedOwners(store, board.key, req.owners ?? [], req.newOwners ?? []);
  const id = makeActionId(board.slug, null, `added ${req.meetingDate ?? ''} ${text}`);
  if (await store.actions.exists(id)) throw new BoardError(ErrorCode.BadArgument, 'that action was already added');
  const at = library.clock.now().toISOString();
  await store.transaction(async (tx) => {
    await tx.actions.insertAdded(id, board.key, text, at);
    await tx.actions.recordUpdate({
      actionId: id,
      actor: who.name,
      at,
      kind: 'correct',
      text,
      added: { document: meeting?.name ?? null, meetingDate: req.meetingDate, item: req.item },
      why: req.why?.trim() || undefined,
      expectedVersion: 1,
      idempotencyKey: randomUUID(),
    });
    await tx.audit.record({
      at,
      actor: who.name,
      action: 'action.add',
      target: id,
      before: null,
      after: { text, meetingDate: req.meetingDate, item: req.item },
    });
  });
  if (req.owners || req.newOwners || req.due)
    await correctAction(library, who, { actionId: id, owners: req.owners, newOwners: req.newOwners, due: req.due, why: req.why });
  library.scheduleIndexRefresh();
  return (await currentActions(store, library.today())).find((a) => a.id === id)!;
}

function invalid(req: CorrectionRequest): string | null {
  if (req.due !== undefined && !isValidIso(req.due)) return `the due date must be a date like 2026-12-31 (got "${req.due}")`;
  if (req.status !== undefined && req.status !== 'open' && req.status !== 'done') return `the status must be open or done (got "${String(req.status)}")`;
  if (req.text !== undefined && (!req.text.trim() || req.text.length > 1000)) return 'the wording must be 1 to 1,000 characters';
  if (req.why !== undefined && req.why.length > 1000) return 'the reason is too long (1,000 characters at most)';
  if ([req.owners, req.newOwners].some((l) => l?.some((n) => !n.trim() || n.length > 200))) return 'an owner needs a name';
  const changes = [req.owners || req.newOwners, req.due, req.status, req.text, req.notAnAction, req.restore, req.mergeInto].filter(Boolean).length;
  if (!changes) return 'nothing to correct: give --owner, --due, --status, --text or --not-an-action';
  if ((req.notAnAction || req.mergeInto || req.restore) && changes > 1) return 'marking not an action, merging or restoring is a correction on its own';
  return null;
}

function stateFor(status: ActionStatus, was: ActionState | undefined): ActionState {
  if (status === 'done') return 'completed';
  return was && was !== 'completed' ? was : 'in progress';
}

/**
 * Owners must be people the library knows, groups or owners the board's papers name, or people
 * the clerk says explicitly are new — so "Bob Nonexistent" is never set by a slip of the keyboard.
 */
export async function resolveCorrectedOwners(store: Store, board: string, names: string[], newPeople: string[]): Promise<ActionOwner[]> {
  const known = await knownOwners(store, board);
  const out: ActionOwner[] = [];
  for (const raw of names) {
    const n = raw.trim();
    const found = await findPerson(store, n);
    if (found.kind === 'one') {
      out.push({ written: found.person.name, kind: 'person', personKey: found.person.key, display: found.person.name });
      continue;
    }
    if (found.kind === 'many') throw new BoardError(ErrorCode.BadArgument, `"${n}" matches ${found.people.map((p) => p.name).join(', ')}; give the full name`);
    const owner = isAllMembersGroup(n) ? { written: n, kind: 'group' } : known.get(foldForMatch(n));
    if (!owner) throw new BoardError(ErrorCode.BadArgument, `"${n}" is not one of the board's people or groups; to name someone new, add them as a new owner`);
    out.push({ written: owner.written, kind: owner.kind, personKey: null, display: owner.written });
  }
  for (const raw of newPeople) {
    const n = raw.trim();
    if ((await findPerson(store, n)).kind !== 'none')
      throw new BoardError(ErrorCode.BadArgument, `"${n}" is already one of the board's people; name them as an owner, not a new one`);
    out.push({ written: n, kind: 'person', personKey: null, display: n });
  }
  return out;
}

/** Groups, roles and agencies this board's actions already name, and the subgroups the clerk has filled. */
async function knownOwners(store: Store, board: string): Promise<Map<string, { written: string; kind: string }>> {
  const rows = await store.actions.namedOwnerGroups(board);
  return new Map(rows.map((r) => [foldForMatch(r.written), r]));
}

/** What the latest document to mention an action says about it, before anyone's corrections. */
async function documentSays(store: Store, id: string): Promise<Said | null> {
  const s = await store.actions.latestSighting(id);
  if (!s) return null;
  return { owners: s.owners, due: s.due, status: s.status, text: s.text };
}

/**
 * Corrections whose document now says something different from what it said when the clerk
 * corrected it: the correction still stands, and the clerk is told so they can look again.
 */
export async function correctionConflicts(store: Store, ids?: Set<string>): Promise<CorrectionConflict[]> {
  const rows = await store.actions.corrections();
  // The latest correction of each field of each action is the one that stands.
  const latest = new Map<string, { row: (typeof rows)[number]; field: CorrectionConflict['field']; corrected: unknown }>();
  for (const r of rows) {
    if (ids && !ids.has(r.action_id)) continue;
    if (r.owners_json)
      latest.set(`${r.action_id}|owners`, { row: r, field: 'owners', corrected: (JSON.parse(r.owners_json) as ActionOwner[]).map((o) => o.display) });
    if (r.due) latest.set(`${r.action_id}|due`, { row: r, field: 'due', corrected: r.due });
    if (r.status) latest.set(`${r.action_id}|status`, { row: r, field: 'status', corrected: r.status });
    if (r.text) latest.set(`${r.action_id}|text`, { row: r, field: 'text', corrected: r.text });
  }
  const out: CorrectionConflict[] = [];
  const nowCache = new Map<string, Said | null>();
  for (const { row, field, corrected } of latest.values()) {
    if (!nowCache.has(row.action_id)) nowCache.set(row.action_id, await documentSays(store, row.action_id));
    const now = nowCache.get(row.action_id);
    if (!now) continue;
    const said = JSON.parse(row.document_said_json) as Said;
    if (JSON.stringify(said[field]) === JSON.stringify(now[field])) continue;
    const show = (v: unknown) => (Array.isArray(v) ? v.join(', ') || 'nobody' : v === null ? 'nothing' : String(v));
    out.push({
      actionId: row.action_id,
      ref: row.ref,
      field,
      corrected,
      documentSaid: said[field],
      documentNowSays: now[field],
      message: `${row.ref ? `Action ${row.ref}` : row.action_id}: you corrected the ${field === 'text' ? 'wording' : field === 'due' ? 'due date' : field} to ${show(corrected)}; the document now says ${show(now[field])} (it said ${show(said[field])}). Your correction still stands.`,
    });
  }
  return out;
}
