import type { Activity } from 'botbuilder';
import type { Logger } from 'pino';
import type { ServerConfig } from '../src/config';
import type { Library } from '../src/library/library';
import type { Member } from '../src/library/roster';
import type { IngestReport } from '../src/library/ingest';
import { renderCard, AdaptiveCardJson } from '../cards/render';
import { noticeCard } from '../cards/views';

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
 * from Teams' short-lived download address (size-capped, time-limited), ingested, and reported
 * on. Anyone else's upload is refused, and nothing is read from it.
 */
export async function handleUpload(
  library: Library,
  config: ServerConfig,
  activity: Partial<Activity>,
  member: Member,
  log: Logger,
  onReport?: (report: IngestReport) => void,
): Promise<AdaptiveCardJson> {
  if (member.role !== 'clerk') {
    return renderCard('notice', noticeCard('Not added', 'Only the board’s clerk can add documents to the library. Please send them to the clerk.'));
  }
  const files = (activity.attachments ?? []).filter((a) => a.contentType === FILE_INFO) as FileAttachment[];
  const lines: string[] = [];
  for (const f of files.slice(0, 10)) {
    const name = (f.name ?? 'document').replace(/[/\\]/g, '_').slice(0, 200);
    try {
      const bytes = await download(f.content?.downloadUrl ?? '', config, library.config.maxFileBytes);
      // Audited inside the ingest's own transaction.
      const report = await library.ingestUpload(name, bytes, member.name);
      onReport?.(report);
      for (const d of report.documents) {
        lines.push(`${d.file}: ${d.outcome === 'unchanged' ? 'already in the library, unchanged' : `${d.kind}, ${d.meetings} meeting(s), ${d.actions} action(s)${d.outcome === 'replaced' ? ' (replaced the earlier version)' : ''}`}`);
      }
      for (const e of report.errors) lines.push(`${e.file}: not added — ${e.error}`);
    } catch (err) {
      log.warn({ file: name, err: (err as Error).message }, 'upload failed');
      lines.push(`${name}: not added — ${(err as Error).message}`);
    }
  }
  return renderCard('notice', noticeCard('Library updated', lines.join('\n') || 'No files came with that message.'));
}

async function download(url: string, config: ServerConfig, maxBytes: number): Promise<Buffer> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('the file has no download address');
  }
  const local = parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost';
  if (parsed.protocol !== 'https:' && !(config.mode === 'development' && local && parsed.protocol === 'http:')) {
    throw new Error('the download address is not https');
  }
  const res = await fetch(parsed, { signal: AbortSignal.timeout(60000), redirect: 'follow' });
  if (!res.ok || !res.body) throw new Error(`Teams would not hand over the file (HTTP ${res.status})`);
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new Error(`it is too large (${(declared / 1048576).toFixed(1)} MB)`);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > maxBytes) throw new Error(`it is too large (over ${(maxBytes / 1048576).toFixed(0)} MB)`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
