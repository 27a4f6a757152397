import { BoardError, ErrorCode } from '../errors';
import { boardKey } from '../extract/board-name';
import type { Library } from './library';

/** The board an export is for: by name, key or id prefix; the only board when none is named. */
export async function chooseBoard(library: Library, board: string | undefined): Promise<{ key: string; name: string; slug: string }> {
  const boards = (await library.store.boards.all()).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (!board) {
    if (boards.length === 1) return boards[0]!;
    throw new BoardError(ErrorCode.BadArgument, `say which board (the library has ${boards.length}: ${boards.map((b) => b.name).join('; ')})`);
  }
  const wanted = board.trim();
  const found = boards.find((b) => b.key === boardKey(wanted) || b.slug === wanted.toLowerCase() || b.name.toLowerCase() === wanted.toLowerCase());
  if (!found) throw new BoardError(ErrorCode.NotFound, `no board called "${wanted}" in the library`);
  return found;
}
