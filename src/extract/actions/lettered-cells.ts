import { squash } from '../../util/text';

/**
 * A tracker row whose action cell holds several tasks, each opened by a letter or number ("a) Add a question … b) Run two
 * briefings …"), with the other cells written the same way ("a) Front Door Manager b) Designated Nurse", "a) 31.3.24
 * b) Jun-24"). Each task takes the same letter's part of every other cell; a cell with one line for every task gives each
 * its line; any other cell (the recommendation the tasks answer, a number) is shared by all. Null when the action cell
 * holds fewer than two parts marked in order from the first.
 */
export function letteredTasks(cells: string[], actionCol: number): string[][] | null {
  const parts = markedParts(cells[actionCol] ?? '');
  if (!parts) return null;
  const codes = [...parts.keys()];
  return codes.map((code, k) =>
    cells.map((c, i) => {
      if (i === actionCol) return parts.get(code)!;
      const own = markedParts(c);
      if (own) return own.get(code) ?? '';
      const lines = c.split('\n').map(squash).filter(Boolean);
      return lines.length === codes.length ? lines[k]! : c;
    }),
  );
}

// The markers a list of tasks is lettered or numbered with, in order: "a)", "(b)", "c.", "1)", "ii)".
const SEQUENCES = ['abcdefghij', 'ABCDEFGHIJ'];
// Councils number a resolution's clauses "(i)", "(ii)", "(iii)" as often as "(1)" or "(a)".
export const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/** A cell's parts keyed by their marker ("a", "b" …), when it opens with the first marker and they follow in order. */
function markedParts(cell: string): Map<string, string> | null {
  const text = cell.trim();
  const found = [...text.matchAll(/(?:^|\s)\(?([a-jA-J]|[ivx]{1,4}|\d{1,2})[).]\s+/g)];
  if (found.length < 2 || found[0]!.index !== 0) return null;
  const first = found[0]![1]!;
  const sequence = /^\d+$/.test(first) ? null : first === 'i' ? ROMAN : SEQUENCES.find((s) => s[0] === first)?.split('');
  if (first !== '1' && !sequence) return null;
  // Keep only the markers that carry the sequence on ("a) … see 3. … b) …": the "3." is part of a)'s words).
  const kept: RegExpExecArray[] = [];
  for (const m of found) {
    const expected = sequence ? sequence[kept.length] : String(kept.length + 1);
    if (m[1] === expected) kept.push(m as RegExpExecArray);
  }
  if (kept.length < 2) return null;
  const parts = new Map<string, string>();
  kept.forEach((m, k) => {
    const start = m.index + m[0].length;
    const end = k + 1 < kept.length ? kept[k + 1]!.index : text.length;
    parts.set(String(k), squash(text.slice(start, end)));
  });
  return parts;
}
