import * as fs from 'node:fs/promises';
import * as path from 'node:path';

import { BoardError, ErrorCode } from '../../errors';
import { Block, ReadResult, SourceFormat } from '../document';
import { decodeText } from './decode';
import { readDocx } from './docx-reader';
import { readHtml } from './html-reader';
import { linesToBlocks } from './line-blocks';
import { readPdf } from './pdf-reader';
import { readCsv, readXlsx } from './sheet-reader';

export interface ReaderLimits {
  maxFileBytes: number;
  pdfTimeoutMs: number;
}

const FORMATS: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.docx': 'docx',
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.xlsx': 'xlsx',
  '.csv': 'csv',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

export function formatOf(fileName: string): SourceFormat | null {
  return FORMATS[path.extname(fileName).toLowerCase()] ?? null;
}

/** Reads a file from disk; see readBuffer. */
export async function readFile(filePath: string, limits: ReaderLimits): Promise<ReadResult & { bytes: Buffer }> {
  const bytes = await readBytes(filePath, limits);
  return { ...(await readBuffer(path.basename(filePath), bytes, limits)), bytes };
}

/**
 * A file's bytes, refused with a one-line reason before anything is read when its type is not one the library reads,
 * it is not a regular file or it is over the size limit.
 */
export async function readBytes(filePath: string, limits: ReaderLimits): Promise<Buffer> {
  const name = path.basename(filePath);
  if (!formatOf(name)) throw unsupported(name);
  let stat;
  try {
    stat = await fs.stat(filePath);
  } catch (err) {
    throw new BoardError(ErrorCode.Unreadable, `cannot be opened (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { cause: err });
  }
  if (!stat.isFile()) throw new BoardError(ErrorCode.Unreadable, 'is not a regular file');
  checkSize(stat.size, limits);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(filePath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new BoardError(ErrorCode.Unreadable, code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? 'error'})`, {
      cause: err,
    });
  }
  return bytes;
}

/**
 * Reads one document's bytes into blocks. Throws a BoardError with a one-line reason for an empty,
 * oversized, binary, truncated, corrupt or password-protected file.
 */
export async function readBuffer(fileName: string, bytes: Buffer, limits: ReaderLimits): Promise<ReadResult> {
  const format = formatOf(fileName);
  if (!format) throw unsupported(fileName);
  checkSize(bytes.length, limits);
  if (bytes.length === 0 || !bytes.some((b) => b > 32)) throw new BoardError(ErrorCode.EmptyFile, 'is empty');
  const expandLimit = Math.max(limits.maxFileBytes * 8, 64 * 1048576);
  let blocks: Block[];
  switch (format) {
    case 'text':
    case 'markdown':
      blocks = linesToBlocks(decodeText(bytes).split('\n'));
      break;
    case 'html':
      blocks = readHtml(decodeText(bytes, 'web page'));
      break;
    case 'docx':
      blocks = await readDocx(bytes, expandLimit);
      break;
    case 'pdf':
      blocks = await readPdf(bytes, { timeoutMs: limits.pdfTimeoutMs, maxPages: 5000, maxHeapMb: 1024 });
      break;
    case 'xlsx':
      blocks = await readXlsx(bytes, expandLimit);
      break;
    case 'csv':
      blocks = readCsv(bytes);
      break;
  }
  if (!blocks.some((b) => b.text.trim())) throw new BoardError(ErrorCode.NoText, 'contains no text');
  return { format, blocks };
}

function checkSize(size: number, limits: ReaderLimits): void {
  if (size > limits.maxFileBytes) {
    throw new BoardError(
      ErrorCode.TooLarge,
      `is too large (${(size / 1048576).toFixed(1)} MB; the limit is ${(limits.maxFileBytes / 1048576).toFixed(0)} MB, set by BOARD_MAX_FILE_MB)`,
    );
  }
}

function unsupported(name: string): BoardError {
  const ext = path.extname(name) || '(no extension)';
  return new BoardError(
    ErrorCode.UnsupportedFile,
    `has an unsupported type ${ext}; the library reads ${SUPPORTED_EXTENSIONS.filter((e) => !['.text', '.markdown', '.htm'].includes(e)).join(' ')}`,
  );
}
