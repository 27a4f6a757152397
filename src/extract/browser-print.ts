import type { Block } from '../ingest/document';
import { squash } from '../util/text';

// A browser prints the date and time of printing at the head of every page, beside the page's title: "19/12/2024, 11:07",
// "12/19/24, 11:07 AM". The date is the day the page was printed, not the meeting's.
const PRINT_STAMP = /^\d{1,2}\/\d{1,2}\/\d{2,4},\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?$/;

/**
 * A web page printed to PDF keeps the browser's header: the print stamp and the page's title, read as a row of two cells
 * (repeated on every page, so kept once). The stamp is set aside and the title kept as the line it is, so that the
 * meeting is dated by its own page and not by the day someone printed it.
 */
export function withoutPrintStamp(blocks: Block[]): Block[] {
  return blocks.flatMap((b): Block[] => {
    if (b.type !== 'row') return b.text.length < 30 && PRINT_STAMP.test(squash(b.text)) ? [] : [b];
    const filled = (b.cells ?? []).map(squash).filter(Boolean);
    if (filled.length !== 2 || !PRINT_STAMP.test(filled[0]!)) return [b];
    return [{ type: 'paragraph', text: filled[1]!, running: true, ...(b.page !== undefined ? { page: b.page } : {}) }];
  });
}
