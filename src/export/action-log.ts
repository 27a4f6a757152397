import ExcelJS from 'exceljs';

import { BoardError, ErrorCode } from '../errors';
import type { ActionView } from '../library/actions-view';
import { chooseBoard } from '../library/choose-board';
import { groupProgress, type GroupState, groupState, progressText } from '../library/group-progress';
import type { Library } from '../library/library';
import { OPERATOR } from '../library/scope';

/**
 * The board's action log for a meeting pack, as .xlsx or .csv, written with exceljs — the library
 * that already reads the boards' spreadsheets. One row per action, open first then done; group
 * actions carry their per-member progress.
 */

export type ExportFormat = 'xlsx' | 'csv';

export const EXPORT_COLUMNS = [
  'Ref',
  'Action',
  'Owners',
  'Due',
  'Status',
  'RAG',
  'Latest update',
  'Source document',
  'Meeting',
  'Item',
  'Progress by member',
] as const;

export interface ExportedLog {
  board: string;
  fileName: string;
  contentType: string;
  bytes: Buffer;
  rows: number;
}

/** One row of the log, as the cells of EXPORT_COLUMNS (null for an empty cell). */
export function exportRow(groups: GroupState, a: ActionView): (string | null)[] {
  const g = groupProgress(groups, a);
  const status = a.status === 'done' ? 'Done' : a.state === 'not started' ? 'Open' : `Open (${a.state})`;
  return [
    a.ref,
    a.text,
    a.owners.map((o) => o.display).join(', ') || null,
    a.due,
    status,
    a.rag,
    a.progress,
    a.document || null,
    a.meetingDate,
    a.item,
    g ? progressText(g) : null,
  ];
}

export async function actionLogRows(library: Library, board: string): Promise<(string | null)[][]> {
  const actions = (await library.actions(OPERATOR, { status: 'all' })).filter((a) => a.board === board);
  const ordered = [...actions.filter((a) => a.status === 'open'), ...actions.filter((a) => a.status === 'done')];
  const groups = await groupState(library.store);
  return ordered.map((a) => exportRow(groups, a));
}

/** A spreadsheet program runs a CSV cell that starts like a formula; a leading apostrophe keeps it text. */
function csvSafe(cell: string | null): string | null {
  return cell !== null && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export async function exportActionLog(library: Library, board: string | undefined, format: ExportFormat): Promise<ExportedLog> {
  if (format !== 'xlsx' && format !== 'csv')
    throw new BoardError(ErrorCode.BadArgument, `the action log comes as xlsx or csv, not "${String(format).slice(0, 20)}"`);
  const b = await chooseBoard(library, board);
  const rows = await actionLogRows(library, b.key);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'board-assistant';
  // The injected clock, so the file is the same whenever the same library is exported.
  workbook.created = workbook.modified = library.clock.now();
  const sheet = workbook.addWorksheet('Action log', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((header) => ({
    header,
    key: header,
    width: header === 'Action' || header === 'Latest update' ? 60 : header === 'Progress by member' ? 40 : 16,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(format === 'csv' ? r.map(csvSafe) : r);
  if (format === 'xlsx') {
    sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
    sheet.autoFilter = { from: 'A1', to: { row: 1, column: EXPORT_COLUMNS.length } };
  }
  const bytes = Buffer.from(format === 'xlsx' ? await workbook.xlsx.writeBuffer() : await workbook.csv.writeBuffer());
  const stem = `${b.slug}-action-log-${library.today()}`;
  return {
    board: b.name,
    fileName: `${stem}.${format}`,
    contentType: format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
    bytes: format === 'csv' ? Buffer.concat([Buffer.from('\ufeff'), bytes]) : bytes,
    rows: rows.length,
  };
}
