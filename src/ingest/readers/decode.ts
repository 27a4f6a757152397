import * as iconv from 'iconv-lite';

import { BoardError, ErrorCode } from '../../errors';

/**
 * Decodes a text file whose encoding nobody declared. UTF-8 (with or without BOM) and UTF-16
 * with a BOM are taken as they are; anything that is not valid UTF-8 is read as Windows-1252,
 * which is what Word on a council laptop saves as "plain text".
 */
export function decodeText(buf: Buffer, kind = 'text file'): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), 'utf16be');
  const body = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  if (looksBinary(body)) {
    throw new BoardError(ErrorCode.BinaryFile, `is not a ${kind}: it contains binary data`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return iconv.decode(body, 'win1252');
  }
}

/** NUL bytes or many control characters in the first 64 KB mean this is not text. */
function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.02;
}
