import type { Logger } from 'pino';

import { type AdaptiveCardJson, renderCard } from '../../../cards/render';
import { noticeCard } from '../../../cards/views';
import type { ServerConfig } from '../../../src/config';
import { BoardError } from '../../../src/errors';
import { exportActionLog, type ExportFormat } from '../../../src/export/action-log';
import type { Library } from '../../../src/library/library';
import type { Member } from '../../../src/library/roster';
import { exportBoardFor } from '../../../src/review/scope';
import { type FileConsentCardResponse, MessageFactory, type TurnContext } from '../../teams-sdk';

const CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
const FILE_INFO = 'application/vnd.microsoft.teams.card.file.info';

/**
 * "Export action log" in chat: Teams sends a file to a personal chat only with the user's consent,
 * into their OneDrive — so the button offers the file (a consent card), and on "Allow" the log is
 * made again (it may have changed meanwhile), uploaded to the address Teams gives, and sent as a
 * file card the clerk can open or share into the meeting pack.
 */
export class ExportFiles {
  constructor(
    private readonly library: Library,
    private readonly config: ServerConfig,
    private readonly log: Logger,
  ) {}

  /** Offers the board's log; the card returned replaces the one pressed. */
  async offer(ctx: TurnContext, member: Member, board: string): Promise<AdaptiveCardJson> {
    if (member.role === 'member') return renderCard('notice', noticeCard('Action log', 'Only the clerk and the chair can export the action log.'));
    try {
      const file = await exportActionLog(this.library, await exportBoardFor(this.library, member, board || undefined), 'xlsx');
      await ctx.sendActivity(
        MessageFactory.attachment({
          contentType: CONSENT,
          name: file.fileName,
          content: {
            description: `The action log of ${file.board} (${file.rows} actions)`,
            sizeInBytes: file.bytes.length,
            acceptContext: { board, format: 'xlsx' },
            declineContext: { board },
          },
        }),
      );
      return renderCard('notice', noticeCard('Action log', `Choose Allow on the file below to receive the action log of ${file.board}.`));
    } catch (err) {
      // A member's mistake (which board? not yours) is answered on this card; anything else goes to the router's one handler.
      if (!(err instanceof BoardError)) throw err;
      return renderCard('notice', noticeCard('Action log', err.message));
    }
  }

  async accepted(ctx: TurnContext, member: Member | null, response: FileConsentCardResponse): Promise<void> {
    if (!member || member.role === 'member') return;
    const context = (response.context ?? {}) as { board?: unknown; format?: unknown };
    const info = response.uploadInfo;
    try {
      if (!info?.uploadUrl || !this.allowedUpload(info.uploadUrl)) throw new Error('Teams gave no usable address to upload the file to');
      // Checked again on Allow: the consent card's context comes back from the client.
      const board = await exportBoardFor(this.library, member, typeof context.board === 'string' && context.board ? context.board : undefined);
      const file = await exportActionLog(this.library, board, context.format === 'csv' ? 'csv' : ('xlsx' as ExportFormat));
      const res = await fetch(info.uploadUrl, {
        method: 'PUT',
        headers: { 'Content-Length': String(file.bytes.length), 'Content-Range': `bytes 0-${file.bytes.length - 1}/${file.bytes.length}` },
        body: file.bytes,
        signal: AbortSignal.timeout(30_000),
      });
      if (!res.ok) throw new Error(`OneDrive would not take the file (HTTP ${res.status})`);
      await ctx.sendActivity(
        MessageFactory.attachment({
          contentType: FILE_INFO,
          contentUrl: info.contentUrl,
          name: info.name ?? file.fileName,
          content: { uniqueId: info.uniqueId, fileType: info.fileType ?? 'xlsx' },
        }),
      );
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'action log export failed');
      await ctx.sendActivity(
        MessageFactory.attachment({
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: renderCard('notice', noticeCard('Action log', `The action log was not sent: ${(err as Error).message}.`)),
        }),
      );
    }
  }

  /** OneDrive/SharePoint over https; in development a local test server as well. */
  private allowedUpload(url: string): boolean {
    try {
      const u = new URL(url);
      if (u.protocol === 'https:')
        return /(?:^|\.)(?:sharepoint\.com|sharepoint-df\.com|onedrive\.com|live\.com|office\.com|microsoft\.com)$/i.test(u.hostname);
      return this.config.mode === 'development' && u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost');
    } catch {
      return false;
    }
  }
}
