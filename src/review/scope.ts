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
export async function assertReviewer(library: Library, who: Member, what: string, target: ReviewTarget): Promise<void> {
  const refuse = async (reason: string, shown = NOT_YOUR_BOARD): Promise<never> => {
    await recordRefusal(library.store, library.clock.now(), { actor: who.name, what, target: targetName(target), reason });
    throw new BoardError(ErrorCode.Forbidden, shown);
  };
  if (who.role !== 'clerk' && who.role !== 'chair')
    await refuse(`${who.name} is a ${who.role}`, 'Only the clerk and the chair review what was read and export the action log.');
  const board = await boardOf(library, target);
  if (board === undefined) await refuse('no such thing in the library');
  if (!canSeeBoard(who, board ?? null)) await refuse('not on that board');
}

/**
 * The board whose action log this clerk or chair may export: the one they name (refused, and
 * audited, if they do not sit on it), or their only board when they name none.
 */
export async function exportBoardFor(library: Library, who: Member, requested: string | undefined): Promise<string> {
  if (requested?.trim()) {
    const board = await chooseBoard(library, requested);
    await assertReviewer(library, who, 'action-log.export', { board: board.key });
    return board.key;
  }
  const mine = [...(await library.store.boards.all())].sort((a, b) => a.name.localeCompare(b.name)).filter((b) => reviewsBoard(who, b.key));
  if (mine.length === 1) return mine[0]!.key;
  if (!mine.length) await assertReviewer(library, who, 'action-log.export', { board: '' });
  throw new BoardError(ErrorCode.BadArgument, `say which board (yours are: ${mine.map((b) => b.name).join('; ')})`);
}

/** Whether the member may review what belongs to this board (no audit: for filtering lists). */
export function reviewsBoard(who: Member, board: string | null): boolean {
  return (who.role === 'clerk' || who.role === 'chair') && canSeeBoard(who, board);
}

async function boardOf(library: Library, t: ReviewTarget): Promise<string | null | undefined> {
  if ('document' in t) return await library.store.documents.boardOf(t.document);
  if ('actionId' in t) return await boardOfAction(library, t.actionId);
  if ('proposalId' in t) {
    const action = Number.isSafeInteger(t.proposalId) ? (await library.store.proposals.get(t.proposalId))?.actionId : undefined;
    return action === undefined ? undefined : await boardOfAction(library, action);
  }
  return t.board;
}

async function boardOfAction(library: Library, actionId: string): Promise<string | undefined> {
  return (await library.store.actions.version(actionId))?.board;
}

function targetName(t: ReviewTarget): string {
  if ('document' in t) return t.document;
  if ('actionId' in t) return t.actionId;
  if ('proposalId' in t) return `proposal ${t.proposalId}`;
  return `board ${t.board}`;
}

/** Proposals on actions of the member's boards. */
export async function proposalsOn(library: Library, who: Member, proposals: ProposalView[]): Promise<ProposalView[]> {
  const out: ProposalView[] = [];
  for (const p of proposals) if (reviewsBoard(who, (await boardOfAction(library, p.actionId)) ?? '')) out.push(p);
  return out;
}

/**
 * The member again, after papers were read: an upload may be the first to list the clerk on a
 * board (or the first board of all), and the review of it is theirs.
 */
export async function afterReading(library: Library, who: Member): Promise<Member> {
  const fresh = await memberFor(library.store, { displayName: who.name, allowDisplayName: true });
  return fresh && fresh.name === who.name ? { ...who, boards: [...new Set([...who.boards, ...fresh.boards])] } : who;
}
