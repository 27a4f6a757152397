import { BoardError, ErrorCode } from '../errors';
import { chooseBoard } from '../library/choose-board';
import type { Library } from '../library/library';
import { recordRefusal } from '../library/refusals';
import { type Member, memberFor } from '../library/roster';
import { canSeeBoard } from '../library/scope';
import type { ProposalView } from './proposals';

/**
 * The review and export paths are the clerk's and chair's — of their own boards. A clerk of one
 * board asking for another board's document, action or action log is refused the same way
 * whichever it is (so the refusal says nothing of the other board's papers), and the refusal is
 * audited. Something that does not exist is refused alike, so asking cannot probe for names.
 */

export const NOT_YOUR_BOARD = 'That is not among the papers of a board you are clerk or chair of: you can review, correct and export only for your own boards.';

export type ReviewTarget = { document: string } | { actionId: string } | { proposalId: number } | { board: string };

/** Checks the member is clerk or chair of the board behind `target`; audits and throws Forbidden if not. */
export function assertReviewer(library: Library, who: Member, what: string, target: ReviewTarget): void {
  const refuse = (reason: string, shown = NOT_YOUR_BOARD): never => {
    recordRefusal(library.store, library.clock.now(), { actor: who.name, what, target: targetName(target), reason });
    throw new BoardError(ErrorCode.Forbidden, shown);
  };
  if (who.role !== 'clerk' && who.role !== 'chair')
    refuse(`${who.name} is a ${who.role}`, 'Only the clerk and the chair review what was read and export the action log.');
  const board = boardOf(library, target);
  if (board === undefined) refuse('no such thing in the library');
  if (!canSeeBoard(who, board ?? null)) refuse('not on that board');
}

/**
 * The board whose action log this clerk or chair may export: the one they name (refused, and
 * audited, if they do not sit on it), or their only board when they name none.
 */
export function exportBoardFor(library: Library, who: Member, requested: string | undefined): string {
  if (requested?.trim()) {
    const board = chooseBoard(library, requested);
    assertReviewer(library, who, 'action-log.export', { board: board.key });
    return board.key;
  }
  const mine = [...library.store.boards.all()].sort((a, b) => a.name.localeCompare(b.name)).filter((b) => reviewsBoard(who, b.key));
  if (mine.length === 1) return mine[0]!.key;
  if (!mine.length) assertReviewer(library, who, 'action-log.export', { board: '' });
  throw new BoardError(ErrorCode.BadArgument, `say which board (yours are: ${mine.map((b) => b.name).join('; ')})`);
}

/** Whether the member may review what belongs to this board (no audit: for filtering lists). */
export function reviewsBoard(who: Member, board: string | null): boolean {
  return (who.role === 'clerk' || who.role === 'chair') && canSeeBoard(who, board);
}

function boardOf(library: Library, t: ReviewTarget): string | null | undefined {
  if ('document' in t) return library.store.documents.boardOf(t.document);
  if ('actionId' in t) return boardOfAction(library, t.actionId);
  if ('proposalId' in t) {
    const action = Number.isSafeInteger(t.proposalId) ? library.store.proposals.get(t.proposalId)?.actionId : undefined;
    return action === undefined ? undefined : boardOfAction(library, action);
  }
  return t.board;
}

function boardOfAction(library: Library, actionId: string): string | undefined {
  return library.store.actions.version(actionId)?.board;
}

function targetName(t: ReviewTarget): string {
  if ('document' in t) return t.document;
  if ('actionId' in t) return t.actionId;
  if ('proposalId' in t) return `proposal ${t.proposalId}`;
  return `board ${t.board}`;
}

/** Proposals on actions of the member's boards. */
export function proposalsOn(library: Library, who: Member, proposals: ProposalView[]): ProposalView[] {
  return proposals.filter((p) => reviewsBoard(who, boardOfAction(library, p.actionId) ?? ''));
}

/**
 * The member again, after papers were read: an upload may be the first to list the clerk on a
 * board (or the first board of all), and the review of it is theirs.
 */
export function afterReading(library: Library, who: Member): Member {
  const fresh = memberFor(library.store, { displayName: who.name, allowDisplayName: true });
  return fresh && fresh.name === who.name ? { ...who, boards: [...new Set([...who.boards, ...fresh.boards])] } : who;
}
