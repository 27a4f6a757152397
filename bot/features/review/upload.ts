import type { Logger } from 'pino';

import { AdaptiveCardJson, renderCard } from '../../../cards/render';
import { noticeCard } from '../../../cards/views';
import { refuse } from '../../../src/app/services';
import { memberMessage } from '../../../src/errors';
import type { IngestReport } from '../../../src/library/ingest';
import type { Library } from '../../../src/library/library';
import type { Member } from '../../../src/library/roster';
import { type DownloadPolicy, fetchUpload } from '../../download';
import type { Activity } from '../../teams-sdk';

const FILE_INFO = 'application/vnd.microsoft.teams.file.download.info';

interface FileAttachment {
  contentType: string;
  name?: string;
  content?: { downloadUrl?: string; fileType?: string };
}

export function isFileUpload(activity: Partial<Activity>): boolean {
  return (activity.attachments ?? []).some((a) => a.contentType === FILE_INFO);
}

/**
 * A clerk sends minutes or an action log to the assistant in personal chat: each file is fetched
 * from Teams' short-lived download address (allowed hosts only, size-capped, time-limited; see
 * fetchUpload), ingested, and reported
 * on. Anyone else's upload is refused, and nothing is read from it.
 */
export async function handleUpload(
  library: Library,
  policy: DownloadPolicy,
  activity: Partial<Activity>,
  member: Member,
  log: Logger,
  onReport?: (report: IngestReport) => void,
): Promise<AdaptiveCardJson> {
  if (member.role !== 'clerk') {
    await refuse(library, {
      actor: member.name,
      what: 'document.upload',
      target: String((activity.attachments ?? []).length) + ' file(s)',
      reason: 'only the clerk can add documents',
    });
    return renderCard('notice', noticeCard('Not added', 'Only the board’s clerk can add documents to the library. Please send them to the clerk.'));
  }
  const files = (activity.attachments ?? []).filter((a) => a.contentType === FILE_INFO) as FileAttachment[];
  const lines: string[] = [];
  for (const f of files.slice(0, 10)) {
    const name = (f.name ?? 'document').replace(/[/\\]/g, '_').slice(0, 200);
    try {
      const bytes = await fetchUpload(f.content?.downloadUrl ?? '', policy, library.config.maxFileBytes);
      // Audited inside the ingest's own transaction.
      const report = await library.ingestUpload(name, bytes, member.name);
      onReport?.(report);
      for (const d of report.documents) {
        lines.push(
          `${d.file}: ${d.outcome === 'unchanged' ? 'already in the library, unchanged' : `${d.kind}, ${d.meetings} meeting(s), ${d.actions} action(s)${d.outcome === 'replaced' ? ' (replaced the earlier version)' : ''}`}`,
        );
      }
      for (const e of report.errors) lines.push(`${e.file}: not added — ${e.error}`);
    } catch (err) {
      log.warn({ file: name, err: (err as Error).message }, 'upload failed');
      lines.push(`${name}: not added — ${memberMessage(err)}`);
    }
  }
  return renderCard('notice', noticeCard('Library updated', lines.join('\n') || 'No files came with that message.'));
}
