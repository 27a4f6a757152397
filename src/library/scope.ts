import { NO_BOARD } from '../store/ids';
import type { Member } from './roster';

/**
 * The operator at the command line, who runs the library and may read every board. A value of its
 * own, so that reading everything is something a caller says, never what it gets by leaving the
 * asker out.
 */
export interface Operator {
  readonly operator: true;
  readonly name: string;
}

export const OPERATOR: Operator = Object.freeze({ operator: true as const, name: 'operator' });

/** Whoever a read is for: a member (the boards they sit on) or the operator (every board). */
export type Reader = Member | Operator;

export function isOperator(reader: Reader): reader is Operator {
  return (reader as Operator).operator === true;
}

/** The member behind a read, when it is a member (the operator is nobody in the papers). */
export function memberOf(reader: Reader): Member | null {
  return isOperator(reader) ? null : reader;
}

/**
 * The one rule for what a reader may see of a board: the operator sees every board; a member,
 * clerk or chair sees the boards they belong to; anyone may see what belongs to no board (shared
 * guidance and glossaries that name none).
 */
export function canSeeBoard(reader: Reader, board: string | null): boolean {
  if (isOperator(reader)) return true;
  if (board === null || board === NO_BOARD) return true;
  return reader.boards.includes(board);
}

/** The board keys a search may look in for this reader (undefined: all of them). */
export function searchableBoards(reader: Reader): string[] | undefined {
  return isOperator(reader) ? undefined : [...reader.boards, NO_BOARD];
}
