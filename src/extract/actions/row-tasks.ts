import { splitSentences, squash } from '../../util/text';
import { findDates } from '../dates';
import { initialsCode, isMixedInitials } from '../owners';

/** One task of a log row that holds several, with its own owner and date. */
export interface RowTask {
  action: string;
  owner: string;
  due: string;
}

const isInitials = (t: string) => !!initialsCode(t) || isMixedInitials(t);

/**
 * A log row that holds two tasks or more, each on its own line of the row's cells ("Update the flowchart. / Brief GP
 * practices on it." | "KMcA / LG" | "31/03/2023 / 30/04/2023"), comes out of a reader with each cell's lines run
 * together. The cells still line up: as many sentences as owners (initials with no "/" or "and" between them, so each
 * is one task's) and as many dates, with nothing else in the date cell. Each task is then the nth of each cell. Null
 * when the row is one task ("PK / VL" share it; one date for two sentences).
 */
export function rowTasks(action: string, owner: string, due: string): RowTask[] | null {
  const owners = squash(owner).split(' ').filter(Boolean);
  if (owners.length < 2 || owners.length > 4 || !owners.every(isInitials)) return null;
  const dates = findDates(due);
  if (dates.length !== owners.length) return null;
  let rest = due;
  for (const d of dates) rest = rest.replace(d.raw, ' ');
  if (squash(rest)) return null;
  const sentences = splitSentences(squash(action));
  if (sentences.length !== owners.length || sentences.some((s) => s.split(' ').length < 3)) return null;
  return sentences.map((s, k) => ({ action: s.replace(/\.$/, ''), owner: owners[k]!, due: dates[k]!.raw }));
}
