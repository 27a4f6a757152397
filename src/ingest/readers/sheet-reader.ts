import { parse as parseCsv } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';

import { BoardError, ErrorCode } from '../../errors';
import { isoDate } from '../../extract/dates';
import { Block, rowBlock } from '../document';
import { speakingFills } from './cell-colour';
import { decodeText } from './decode';
import { verifiedOfficeZip } from './zip-check';

/** Reads every worksheet of an .xlsx workbook: the sheet name as a heading, then its rows. */
export async function readXlsx(buf: Buffer, maxExpandedBytes: number): Promise<Block[]> {
  const verified = await verifiedOfficeZip(buf, 'Excel workbook', maxExpandedBytes);
  // Loaded on the first workbook: exceljs takes half a second to load, which every process and ingest worker paid
  // whether or not it ever met a spreadsheet.
  const { Workbook } = (await import('exceljs')).default;
  const wb = new Workbook();
  try {
    await wb.xlsx.load(verified as unknown as ArrayBuffer);
  } catch (err) {
    throw new BoardError(ErrorCode.CorruptFile, 'is not a readable Excel workbook (it may be damaged)', { cause: err });
  }
  const blocks: Block[] = [];
  wb.eachSheet((sheet) => {
    if (sheet.state && sheet.state !== 'visible') return;
    blocks.push({ type: 'heading', text: sheet.name });
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      const fills: (string | null)[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c);
        cells.push(cellText(cell));
        fills.push(solidFill(cell));
      }
      if (!cells.some((c) => c.trim())) return;
      // A status given only by a cell's colour is written as its word (cell-colour.ts).
      speakingFills(
        fills,
        cells.map((c) => !c.trim()),
      ).forEach((word, i) => word && (cells[i] = word));
      blocks.push(rowBlock(cells));
    });
  });
  return blocks;
}

/** A cell's solid fill as hex; theme and indexed colours are left out (they need the workbook's palette). */
function solidFill(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  return fill.fgColor?.argb ?? null;
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return isoDate(v);
  // A cell formatted as a percentage keeps its fraction (0.6): a tracker's "% complete" is read as the sheet shows it, "60%".
  const num = typeof v === 'number' ? v : typeof v === 'object' && 'result' in v && typeof v.result === 'number' ? v.result : null;
  if (num !== null && /%/.test(cell.numFmt ?? '')) return `${Math.round(num * 1000) / 10}%`;
  if (typeof v === 'object') {
    if ('result' in v && v.result instanceof Date) return isoDate(v.result);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v && v.result !== undefined && v.result !== null) return String(v.result);
    if ('error' in v) return '';
  }
  return cell.text ?? String(v);
}

/** Reads a CSV action log, guessing the delimiter (comma, semicolon or tab) from the first line. */
export function readCsv(buf: Buffer): Block[] {
  const text = decodeText(buf, 'CSV file');
  const firstLine = text.split('\n', 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].reduce((best, d) => (count(firstLine, d) > count(firstLine, best) ? d : best), ',');
  let records: string[][];
  try {
    records = parseCsv(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true });
  } catch (err) {
    throw new BoardError(ErrorCode.CorruptFile, `is not a readable CSV file (${(err as Error).message.split('\n')[0]})`, { cause: err });
  }
  return records.filter((r) => r.some((c) => c.trim())).map((r) => rowBlock(r));
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}
