import type { Block } from '../ingest/document';
import { squash } from '../util/text';

// The columns of a side-by-side bilingual paper, as their header names them (in either language).
const ENGLISH = /^(?:english|saesneg|b[ée]arla|beurla)$/i;
const OTHER = /^(?:cymraeg|welsh|gaeilge|irish|g[àa]idhlig|gaelic|scottish gaelic|scots gaelic|manx|gaelg|cornish|kernewek)$/i;

/** The English column of a "Cymraeg | English" header row, or -1 when the row is no such header. */
function englishColumn(b: Block): number {
  if (b.type !== 'row') return -1;
  const cells = (b.cells ?? []).map(squash);
  const filled = cells.filter(Boolean);
  if (filled.length !== 2) return -1;
  const en = cells.findIndex((c) => ENGLISH.test(c));
  return en >= 0 && cells.some((c, k) => k !== en && OTHER.test(c)) ? en : -1;
}

const ENDS_SENTENCE = /[.!?:;)]$/;
const NUMBERED = /^\d{1,2}(?:\.\d{1,2})*[.)]?\s+\S/;

/**
 * Minutes written as a side-by-side bilingual table ("Cymraeg | English", one paragraph a row, the header repeated on each
 * page) say everything twice on one line: every name, date and action would be read twice, or as a table of neither. The
 * table is read as its English column, each row a paragraph, as an English-only copy of the same minutes is; a row a page
 * break split in two (its sentence unfinished at the foot of the page) is joined again.
 */
export function englishColumnOnly(blocks: Block[]): Block[] {
  if (!blocks.some((b) => englishColumn(b) >= 0)) return blocks;
  const out: Block[] = [];
  let en = -1;
  for (const b of blocks) {
    const header = englishColumn(b);
    if (header >= 0) {
      en = header;
      continue;
    }
    if (en >= 0 && b.running) {
      out.push(b);
      continue;
    }
    if (en < 0 || b.type !== 'row' || (b.cells ?? []).filter((c) => c.trim()).length > 2 || (b.cells ?? []).length > 3) {
      en = -1;
      out.push(b);
      continue;
    }
    const cells = b.cells ?? [];
    const text = squash(cells[en] ?? '') || squash(cells.find((c) => c.trim()) ?? '');
    if (!text) continue;
    const prev = out[out.length - 1];
    if (
      prev?.type === 'paragraph' &&
      prev.page !== undefined &&
      b.page !== undefined &&
      prev.page !== b.page &&
      !ENDS_SENTENCE.test(prev.text) &&
      !NUMBERED.test(text)
    ) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${text}` };
      continue;
    }
    out.push({ type: 'paragraph', text, ...(b.page !== undefined ? { page: b.page } : {}) });
  }
  return out;
}
