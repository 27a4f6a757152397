import type { Readable } from 'node:stream';

import { type Zippable, zipSync } from 'fflate';
import * as yauzl from 'yauzl';

import { BoardError, ErrorCode } from '../../errors';

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Far more parts than any Word document or workbook has; a zip of millions of empty entries is an attack on its own. */
const MAX_ENTRIES = 20000;

/**
 * Unpacks an Office Open XML file (.docx / .xlsx) before any library sees it, and returns the same
 * parts re-packed, uncompressed, as a fresh archive. mammoth and exceljs (through JSZip) inflate
 * every part in memory and believe the sizes the archive declares, so a small file whose headers
 * understate its parts (a zip bomb) would take gigabytes. Here each part is inflated as a stream,
 * counting what actually comes out: a part that gives more than its header declared, or an archive
 * whose real output passes `maxExpandedBytes`, is refused at that point, holding at most the limit.
 * The libraries then read only the archive built here, whose sizes are true, never the original.
 */
export async function verifiedOfficeZip(
  buf: Buffer,
  label: string,
  maxExpandedBytes: number,
  /** Lets a reader adjust a part before the library sees it (the Word reader writes colour-only cells as words). */
  rewrite?: (name: string, bytes: Buffer) => Buffer,
): Promise<Buffer> {
  if (buf.length >= 8 && buf.subarray(0, 8).equals(OLE_MAGIC)) {
    throw new BoardError(ErrorCode.PasswordProtected, `is password-protected or saved in the old binary Office format; save it as an unprotected ${label}`);
  }
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) {
    throw new BoardError(ErrorCode.CorruptFile, `is not a valid ${label} (not a zip archive)`);
  }
  const zip = await openZip(buf, label);
  if (zip.entryCount > MAX_ENTRIES) {
    zip.close();
    throw new BoardError(ErrorCode.CorruptFile, `is not a valid ${label} (its archive has ${zip.entryCount} parts)`);
  }
  const tooLarge = (what: string) =>
    new BoardError(ErrorCode.TooLarge, `${what} when unpacked, more than the ${(maxExpandedBytes / 1048576).toFixed(0)} MB allowed (it may be a zip bomb)`);
  // A plain object would let a part named "__proto__" reach the prototype.
  const parts: Zippable = Object.create(null) as Zippable;
  let declared = 0;
  let actual = 0;
  try {
    for (let entry = await nextEntry(zip, label); entry; entry = await nextEntry(zip, label)) {
      if (entry.fileName.endsWith('/')) continue;
      declared += entry.uncompressedSize;
      if (declared > maxExpandedBytes) throw tooLarge(`expands to ${(declared / 1048576).toFixed(0)} MB`);
      const chunks: Buffer[] = [];
      const stream = await openEntry(zip, entry, label);
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          actual += chunk.length;
          if (actual > maxExpandedBytes) throw tooLarge(`expands to more than ${(maxExpandedBytes / 1048576).toFixed(0)} MB`);
          chunks.push(chunk);
        }
      } catch (err) {
        throw err instanceof BoardError ? err : unpackError(err, label);
      } finally {
        stream.destroy();
      }
      const bytes = Buffer.concat(chunks);
      parts[entry.fileName] = [rewrite ? rewrite(entry.fileName, bytes) : bytes, { level: 0 }];
    }
  } finally {
    zip.close();
  }
  return Buffer.from(zipSync(parts));
}

function openZip(buf: Buffer, label: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true, autoClose: false }, (err, zip) => {
      if (err || !zip) {
        reject(new BoardError(ErrorCode.CorruptFile, `is truncated or corrupt (incomplete ${label} archive)`, { cause: err }));
      } else resolve(zip);
    });
  });
}

function nextEntry(zip: yauzl.ZipFile, label: string): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (e: yauzl.Entry) => (cleanup(), resolve(e));
    const onEnd = () => (cleanup(), resolve(null));
    const onError = (err: Error) => (
      cleanup(),
      reject(new BoardError(ErrorCode.CorruptFile, `is truncated or corrupt (damaged ${label} archive directory)`, { cause: err }))
    );
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, label: string): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => (err || !stream ? reject(unpackError(err, label)) : resolve(stream)));
  });
}

function unpackError(err: unknown, label: string): BoardError {
  const message = (err as Error | null)?.message ?? '';
  if (/too many bytes in the stream/.test(message)) {
    return new BoardError(
      ErrorCode.CorruptFile,
      `is not a valid ${label}: a part unpacks to more than its archive header says (a damaged file or a zip bomb)`,
      { cause: err },
    );
  }
  if (/encrypted/i.test(message))
    return new BoardError(ErrorCode.PasswordProtected, `is password-protected; save it as an unprotected ${label}`, { cause: err });
  return new BoardError(ErrorCode.CorruptFile, `is truncated or corrupt (damaged ${label} archive)`, { cause: err });
}
