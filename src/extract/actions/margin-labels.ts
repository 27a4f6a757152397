import type { Block } from '../../ingest/document';
import { squash } from '../../util/text';

/**
 * Minutes typed as a borderless two-column table: the left margin column holds the kind of each entry (NOTED, AGREED,
 * ACTION …) or, on an item's heading row, its number, and the right column the text. A reader gives each line as a row
 * of two cells, and no header names the columns. Read so, each row is the labelled line it stands for ("ACTION: X to
 * …", "AGREED: That …", a NOTED row its plain text) and each numbered row the item's title line, so the prose reader sees
 * the same minutes it reads when the label is typed before a colon.
 */
const MARGIN_LABEL = /^(?:actions?|agreed|noted|decisions?|decided|resolved|recommended|reported|discussed)$/i;
const ACTION_WORD = /^actions?$/i;
const NOTED_WORD = /^(?:noted|reported|discussed)$/i;
const ITEM_NUMBER = /^\d{1,2}(?:\.\d{1,2})?\.?$/;

function filled(b: Block): string[] {
  return (b.cells ?? []).map((c) => squash(c)).filter(Boolean);
}

function labelRow(b: Block): boolean {
  if (b.type !== 'row') return false;
  const cells = filled(b);
  // The right cell is a statement (words, not a name or a date alone); the left only the label, in capitals or not.
  return cells.length === 2 && MARGIN_LABEL.test(cells[0]!) && cells[1]!.length >= 12 && /\s\S+\s/.test(cells[1]!);
}

/**
 * The blocks with a margin column's rows read as lines. Only where the paper has the layout: two or more label rows (one
 * row "Action | Owner" is a table's header, not a margin), of which one at least is an ACTION or AGREED row.
 */
export function unrollMarginLabels(blocks: Block[]): Block[] {
  const labelled = blocks.filter(labelRow);
  if (labelled.length < 2 || !labelled.some((b) => /^(?:actions?|agreed)$/i.test(filled(b)[0]!))) return blocks;
  return blocks.map((b) => {
    if (b.type !== 'row') return b;
    const cells = filled(b);
    const page = b.page !== undefined ? { page: b.page } : {};
    if (labelRow(b)) {
      const [label, text] = cells as [string, string];
      if (NOTED_WORD.test(label)) return { type: 'paragraph', text, ...page };
      return { type: 'paragraph', text: `${ACTION_WORD.test(label) ? 'ACTION' : label.toUpperCase()}: ${text}`, ...page };
    }
    // "2. | Minutes of the last meeting": the item's title line.
    if (cells.length === 2 && ITEM_NUMBER.test(cells[0]!) && /^[A-Z]/.test(cells[1]!) && cells[1]!.length <= 100) {
      return { type: 'paragraph', text: `${cells[0]!.replace(/\.$/, '')}. ${cells[1]!}`, ...page };
    }
    return b;
  });
}
