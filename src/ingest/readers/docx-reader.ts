import { unzipSync } from 'fflate';

import { BoardError, ErrorCode } from '../../errors';
import { Block } from '../document';
import { speakingFills } from './cell-colour';
import { readHtml } from './html-reader';
import { verifiedOfficeZip } from './zip-check';

/** Reads a Word document through mammoth's HTML rendering, which keeps headings, lists and tables. */
export async function readDocx(buf: Buffer, maxExpandedBytes: number): Promise<Block[]> {
  const verified = await verifiedOfficeZip(buf, 'Word document', maxExpandedBytes, (name, bytes) =>
    name === 'word/document.xml' ? sayCellColours(bytes) : bytes,
  );
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

const FILLED = /<w:shd\b[^>]*\bw:fill="(?!auto")[0-9A-Fa-f]{6}"/;

/**
 * Writes the RAG word into each table cell whose status is only its shading (cell-colour.ts), since mammoth's HTML
 * keeps no colours. Hand-written over the XML text: only cell shading and emptiness are wanted, and a document with no
 * shaded cell is passed through untouched.
 */
function sayCellColours(bytes: Buffer): Buffer {
  const xml = bytes.toString('utf8');
  if (!FILLED.test(xml)) return bytes;
  let changed = false;
  const out = xml.replace(/<w:tr\b[\s\S]*?<\/w:tr>/g, (row) => {
    // A row holding a nested table is matched only up to the inner row's end: leave it as it is.
    if (row.includes('<w:tbl>') || row.includes('<w:tbl ')) return row;
    const cells = [...row.matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
    if (cells.length < 2) return row;
    const fills = cells.map((c) => /<w:tcPr>[\s\S]*?<w:shd\b[^>]*\bw:fill="([0-9A-Fa-f]{6})"[\s\S]*?<\/w:tcPr>/.exec(c)?.[1] ?? null);
    const empty = cells.map(
      (c) => !/<w:t(?:\s[^>]*)?>[^<]*\S[^<]*<\/w:t>/.test(c) && !/<w:(?:drawing|pict|sym)\b/.test(c) && !/<w:vMerge\/>|<w:vMerge w:val="continue"/.test(c),
    );
    const words = speakingFills(fills, empty);
    if (!words.some(Boolean)) return row;
    changed = true;
    let i = 0;
    return row.replace(/<w:tc\b[\s\S]*?<\/w:tc>/g, (cell) => {
      const word = words[i++];
      if (!word) return cell;
      const run = `<w:r><w:t>${word}</w:t></w:r>`;
      const lastEnd = cell.lastIndexOf('</w:p>');
      if (lastEnd >= 0) return cell.slice(0, lastEnd) + run + cell.slice(lastEnd);
      return cell.replace(/<w:p(\s[^>]*)?\/>(?![\s\S]*<w:p[\s>/])/, (_m, attrs: string | undefined) => `<w:p${attrs ?? ''}>${run}</w:p>`);
    });
  });
  return changed ? Buffer.from(out, 'utf8') : bytes;
}
