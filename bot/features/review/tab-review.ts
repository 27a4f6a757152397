import type * as restify from 'restify';

import { boards as boardList } from '../../../src/app/services';
import { exportActionLog, type ExportFormat } from '../../../src/export/action-log';
import type { Library } from '../../../src/library/library';
import type { Member } from '../../../src/library/roster';
import { proposalsFor } from '../../../src/review/proposals';
import { reviewDocuments } from '../../../src/review/review';
import { exportBoardFor, proposalsOn, reviewsBoard } from '../../../src/review/scope';

type Api = (
  handler: (req: restify.Request, res: restify.Response, who: Member) => Promise<void> | void,
) => (req: restify.Request, res: restify.Response) => Promise<void>;
type Send = (res: restify.Response, status: number, body: unknown) => void;

/**
 * The tab's Review view and action-log download, for the clerk and the chair: what was read from
 * each document, as a table with the line it was read from beside each row, and the log as .xlsx
 * or .csv. Buttons go through /api/tab/card like every other card in the tab.
 */
export function registerTabReview(server: restify.Server, library: Library, api: Api, send: Send): void {
  const forbidden = (res: restify.Response) => send(res, 403, { error: 'Only the clerk and the chair review what was read and export the action log.' });

  server.get(
    '/api/tab/review',
    api(async (_req, res, who) => {
      if (who.role === 'member') return forbidden(res);
      // Only the boards they are clerk or chair of: another board's papers never reach the page.
      const boards = (await boardList(library)).filter((b) => reviewsBoard(who, b.key));
      const documents = (await reviewDocuments(library)).filter((r) => reviewsBoard(who, r.boardKey) && (r.meetings.length || r.actions.length));
      send(res, 200, { boards, documents, proposals: await proposalsOn(library, who, await proposalsFor(library)) });
    }),
  );

  server.get(
    '/api/tab/export',
    api(async (req, res, who) => {
      if (who.role === 'member') return forbidden(res);
      const q = new URL(req.url ?? '/', 'http://localhost').searchParams;
      // A member's mistake (no such board, not their board, an unknown format) is a BoardError: api() answers it as a 4xx.
      const format = q.get('format') ?? 'xlsx';
      if (format !== 'xlsx' && format !== 'csv') return send(res, 400, { error: 'the format must be xlsx or csv' });
      const log = await exportActionLog(library, await exportBoardFor(library, who, q.get('board') ?? undefined), format as ExportFormat);
      res.writeHead(200, {
        'Content-Type': log.contentType,
        'Content-Length': log.bytes.length,
        // The name is ours (board slug and date), never typed by anyone.
        'Content-Disposition': `attachment; filename="${log.fileName}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(log.bytes);
    }),
  );
}
