import type { Library } from '../library/library';
import { canSeeBoard, type Reader } from '../library/scope';
import { type ThresholdLevel, thresholdLevels } from './levels';

/**
 * The threshold levels set out by guidance the reader may see. (Here, not on Library: levels are
 * read by the answers layer, which sits above the library.)
 */
export async function visibleLevels(library: Library, reader: Reader): Promise<ThresholdLevel[]> {
  return (await thresholdLevels(library.store)).filter((l) => canSeeBoard(reader, l.board));
}
