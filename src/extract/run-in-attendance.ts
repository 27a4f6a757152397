import type { Block } from '../ingest/document';
import { squash } from '../util/text';

/**
 * Attendance run into the text of the first item: "Graham Lauder welcomed members. Present: A (Chair); B, Role; …
 * In attendance: C (minute). Apologies: D; E." — a minute written as a "Discussion | Action" table keeps its lists
 * inside item 1's Discussion cell, and a short minute may keep them in one paragraph. Each list is given back as a
 * paragraph of its own (the labelled lines attendance.ts reads), so such a paper reads like one with its lists on lines.
 */

// The lists' labels as they open a sentence inside running text; "Apologies:" alone is enough only with another label.
const LABEL = /(?:^|(?<=[.;]\s{1,3}))((?:also\s+present|present|in\s+attendance|apologies(?:\s+for\s+absence)?(?:\s+received)?|absent|not\s+present)\s*:)\s*/gi;
// Only the top of a paper holds its attendance.
const TOP = 15;

/** The blocks with attendance run into a paragraph or a table cell near the top split out into labelled paragraphs. */
export function splitRunInAttendance(blocks: Block[]): Block[] {
  const at = blocks.slice(0, TOP).findIndex((b) => runInAt(b) !== null);
  if (at < 0) return blocks;
  const b = blocks[at]!;
  const where = runInAt(b)!;
  const text = where.cell === null ? b.text : b.cells![where.cell]!;
  const pieces = labelledPieces(text)!;
  const para = (t: string): Block => ({ type: 'paragraph', text: t, ...(b.page !== undefined ? { page: b.page } : {}) });
  const out: Block[] = [];
  // The rest of the row (its Action cell: "Noted") stays a row, above the lists, so that it neither joins the last
  // person's line nor ends the lists early.
  if (where.cell !== null) {
    const rest = b.cells!.map((c, k) => (k === where.cell ? '' : c));
    if (rest.some((c) => c.trim())) out.push({ ...b, cells: rest, text: rest.filter((c) => c.trim()).join(' | ') });
  }
  for (const p of pieces) out.push(para(p));
  return [...blocks.slice(0, at), ...out, ...blocks.slice(at + 1)];
}

/** Where a block holds run-in attendance: the paragraph itself (cell null) or one cell of a row; null if nowhere. */
function runInAt(b: Block): { cell: number | null } | null {
  if (b.type === 'row') {
    const k = (b.cells ?? []).findIndex((c) => labelledPieces(c) !== null);
    return k >= 0 ? { cell: k } : null;
  }
  return labelledPieces(b.text) ? { cell: null } : null;
}

/**
 * The text cut at its labels: the sentence before the first label, then one piece per label. Null unless the first
 * label follows other text (a line opening with its label is read by attendance.ts as it is), and there are two labels
 * or the first one is "Present:" (an "Apologies:" alone mid-text is an item's sentence, read by completeAttendance).
 */
function labelledPieces(raw: string): string[] | null {
  if (raw.length > 4000 || !/:/.test(raw)) return null;
  const text = squash(raw);
  const starts = [...text.matchAll(LABEL)].map((m) => ({ index: m.index, label: m[1]!.toLowerCase() }));
  if (!starts.length || starts[0]!.index === 0) return null;
  if (starts.length < 2 && !/^(?:also\s+)?present/.test(starts[0]!.label)) return null;
  const pieces: string[] = [];
  const lead = text.slice(0, starts[0]!.index).trim();
  if (lead) pieces.push(lead);
  starts.forEach((s, k) => {
    const piece = text.slice(s.index, k + 1 < starts.length ? starts[k + 1]!.index : text.length).trim();
    if (piece) pieces.push(piece);
  });
  return pieces;
}
