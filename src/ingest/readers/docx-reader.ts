import { unzipSync } from 'fflate';

import { BoardError, ErrorCode } from '../../errors';
import { Block } from '../document';
import { readHtml } from './html-reader';
import { verifiedOfficeZip } from './zip-check';

/** Reads a Word document through mammoth's HTML rendering, which keeps headings, lists and tables. */
export async function readDocx(buf: Buffer, maxExpandedBytes: number): Promise<Block[]> {
  const verified = await verifiedOfficeZip(buf, 'Word document', maxExpandedBytes);
  let html: string;
  try {
    // Loaded on the first Word file, like exceljs in sheet-reader.ts.
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.convertToHtml({ buffer: verified });
    html = result.value;
  } catch (err) {
    throw new BoardError(ErrorCode.CorruptFile, 'is not a readable Word document (it may be damaged)', { cause: err });
  }
  const { headers, footers } = headersAndFooters(verified);
  const running = (text: string): Block => ({ type: 'paragraph', text, running: true });
  return [...headers.map(running), ...readHtml(html), ...footers.map(running)];
}

/**
 * The text of the page headers and footers, which mammoth leaves out: clerks often date minutes only there
 * ("Corporate Parenting Panel – 17 January 2019", "Minutes 24.10.17 | page 1 of 3"). Each paragraph once.
 * Hand-written: the parts are small and only their text runs are wanted (the archive is already verified).
 */
function headersAndFooters(verified: Buffer): { headers: string[]; footers: string[] } {
  const out = { headers: [] as string[], footers: [] as string[] };
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(new Uint8Array(verified), { filter: (f) => /^word\/(?:header|footer)\d*\.xml$/.test(f.name) });
  } catch {
    return out;
  }
  for (const name of Object.keys(parts).sort()) {
    const xml = Buffer.from(parts[name]!).toString('utf8');
    const list = name.includes('header') ? out.headers : out.footers;
    for (const para of xml.split(/<\/w:p>/)) {
      const text = [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1]!)
        .join('')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim();
      if (text && !list.includes(text)) list.push(text);
    }
  }
  return out;
}
