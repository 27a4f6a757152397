import type { Block } from '../ingest/document';
import { squash } from '../util/text';

// A paragraph number as Word's list numbering prints it in a plain-text save or a PDF: "3.", "3.2", "3.2.1".
const PARA_NUMBER = /^(\d{1,2})(?:\.(\d{1,2})(?:\.\d{1,2})?)?\.?$/;
// The same number opening a line of plain text: "3.2 ACTION: …" (a tab after it makes the line a row instead).
const LEADING_SUB_NUMBER = /^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?\s+(?=[A-Z(])/;

function isTitle(t: string): boolean {
  return t.length <= 100 && t.split(' ').length <= 12 && /^[A-Z]/.test(t) && !/[.:;,]$/.test(t) && !PARA_NUMBER.test(t.split(' ')[0]!);
}

function numberedRow(b: Block): { number: string; sub: boolean; text: string } | null {
  if (b.type !== 'row') return null;
  const cells = (b.cells ?? []).map(squash).filter(Boolean);
  if (cells.length !== 2) return null;
  const n = PARA_NUMBER.exec(cells[0]!);
  if (!n || !/[A-Za-z]{2}/.test(cells[1]!)) return null;
  return { number: cells[0]!, sub: n[2] !== undefined, text: cells[1]! };
}

/**
 * Minutes whose paragraphs Word numbered ("3.", "3.1", "3.2") lose the numbering when saved as text or printed: the
 * number is set apart from the paragraph by a tab or a hanging indent, so the reader takes each paragraph for a
 * two-cell table row ("3.2 | ACTION: Julie to …"). They are paragraphs, and a paragraph's number is not part of
 * what it says ("ACTION:" opens it). An item heading keeps its number ("3. Munro review"), which starts the item.
 * Only a run of such rows counts, with sub-numbers in it, not under a table's header: a real two-column table
 * ("No. | Action") has its header row above its numbers.
 */
export function numberedParagraphs(blocks: Block[]): Block[] {
  const rows = blocks.map(numberedRow);
  const subRows = rows.filter((r) => r?.sub).length;
  const leading = blocks.filter((b) => b.type === 'paragraph' && LEADING_SUB_NUMBER.test(squash(b.text))).length;
  if (subRows < 3 && leading < 3) return blocks;
  return blocks.map((b, i) => {
    const r = rows[i];
    if (r && subRows >= 3) {
      // The row above a run is its header when it is a row that is no numbered paragraph.
      let k = i - 1;
      while (k >= 0 && rows[k]) k--;
      if (k >= 0 && blocks[k]!.type === 'row') return b;
      const { cells: _cells, ...rest } = b;
      return { ...rest, type: 'paragraph' as const, text: r.sub ? r.text : `${r.number.replace(/\.?$/, '.')} ${r.text}` };
    }
    // The item's heading above its first paragraph ("Welcome and apologies" over "1.1 …"): a PDF drops the heading's
    // number where Word printed it as list numbering, and the minutes' items start at their headings.
    const next = rows[i + 1];
    const title = squash(b.text);
    if (subRows >= 3 && !r && b.type !== 'row' && next?.sub && /^\d{1,2}\.1\.?$/.test(next.number) && isTitle(title)) {
      return { ...b, type: 'paragraph' as const, text: `${next.number.split('.')[0]}. ${title}` };
    }
    if (leading >= 3 && b.type === 'paragraph' && LEADING_SUB_NUMBER.test(squash(b.text))) {
      return { ...b, text: squash(b.text).replace(LEADING_SUB_NUMBER, '') };
    }
    return b;
  });
}
