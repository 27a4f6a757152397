import type { Block } from '../ingest/document';
import { squash } from '../util/text';
import type { AttendanceRole } from './model';
import { parsePersonName, PersonName } from './names';

/**
 * An attendance grid's key ("Key: ✓ present; A apologies; – not present; D deputy attended (named)"): what each mark
 * in the grid means. Boards choose their own letters and symbols, so the key, where the paper gives one, decides; a
 * mark it does not list is read as the usual marks are.
 */
export type KeyMeaning = AttendanceRole | 'deputy';
export type AttendanceKey = Map<string, KeyMeaning>;

const KEY_LINE = /^(?:key|legend)\s*[:\-–]\s*(.+)$/i;
// "✓ present", "A = apologies", "– not present", "D: deputy attended (named)".
const KEY_ENTRY = /^(\S{1,3}?)\s*(?:=|:|\s[-–—]\s|\s)\s*([a-z].{2,60})$/i;

function meaning(words: string): KeyMeaning | null {
  const w = words.toLowerCase();
  // "deputy attended", "substitute sent", "represented": someone came in the member's place.
  if (/deput|substitut|represent|\bsent\b|in place/.test(w)) return 'deputy';
  if (/not\s+(?:present|attend|expected|required)|absent|did\s+not\s+attend|non-attend/.test(w)) return 'not-present';
  if (/apolog/.test(w)) return 'apologies';
  if (/in\s+attendance|observer|adviser|advisor/.test(w)) return 'in-attendance';
  if (/present|attend/.test(w)) return 'present';
  return null;
}

/** The key a line gives, or null when the line is not a key (or lists fewer than two marks). */
export function readAttendanceKey(text: string): AttendanceKey | null {
  // The wide gaps between entries ("✓ attended   A apologies") are kept: squashing would run the entries together.
  const m = KEY_LINE.exec(text.replace(/\s*\n\s*/g, '   ').trim());
  if (!m) return null;
  const key: AttendanceKey = new Map();
  // "✓ attended A apologies D deputy attended": where no separator is left, each entry starts at its mark (a symbol or
  // a capital standing alone, the meanings being words in lower case).
  const pieces = m[1]!.split(/\s*[;,|]\s*|\s{3,}|\t/).flatMap((p) => p.split(/\s+(?=[^\sa-z(]{1,2}\s+[a-z])/));
  for (const piece of pieces) {
    const e = KEY_ENTRY.exec(piece.trim());
    const said = e ? meaning(e[2]!) : null;
    if (e && said) key.set(e[1]!.toLowerCase(), said);
  }
  return key.size >= 2 ? key : null;
}

/** The key in the few lines above a grid's header row (at `headerAt`), or null. */
export function keyAbove(blocks: Block[], headerAt: number, overHeader = false): AttendanceKey | null {
  for (let k = headerAt - 1; k >= Math.max(0, headerAt - (overHeader ? 4 : 3)); k--) {
    const b = blocks[k]!;
    // A table read from its first person's row (its header of meeting dates not being a list's header) has that header
    // between its rows and the key.
    if (b.type === 'row' && !(overHeader && k === headerAt - 1)) break;
    if (b.type === 'row') continue;
    const key = readAttendanceKey(b.text);
    if (key) return key;
  }
  return null;
}

/**
 * One grid cell read by the key: "✓", "A", "–", or a mark with the person it names ("D – Sue Platt": the member's
 * deputy came, so the member sent apologies and the deputy was present). Without a key, "D – Name" is read the same
 * way (D for deputy is what every grid uses); other marks are left to the usual reading (null).
 */
export function keyedMark(cell: string, key: AttendanceKey | null): { role: AttendanceRole; deputy: PersonName | null } | null {
  const m = /^(\S{1,3}?)(?:\s*[-–—:]\s*(\S.{2,60}))?$/.exec(squash(cell));
  if (!m) return null;
  const said = key?.get(m[1]!.toLowerCase()) ?? (m[2] && /^d$/i.test(m[1]!) ? 'deputy' : undefined);
  if (!said) return null;
  if (said !== 'deputy') return { role: said, deputy: null };
  const deputy = m[2] ? parsePersonName(m[2]) : null;
  return { role: 'apologies', deputy: deputy?.family ? deputy : null };
}
