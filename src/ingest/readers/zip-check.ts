import { BoardError, ErrorCode } from '../../errors';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Checks an Office Open XML file (.docx / .xlsx) before a library inflates it: it must be a
 * complete zip (a truncated upload has no end-of-central-directory record) and must not expand
 * to more than `maxExpandedBytes` (a zip bomb would exhaust memory inside mammoth or exceljs).
 */
export function checkOfficeZip(buf: Buffer, label: string, maxExpandedBytes: number): void {
  if (buf.length >= 8 && buf.subarray(0, 8).equals(OLE_MAGIC)) {
    throw new BoardError(
      ErrorCode.PasswordProtected,
      `is password-protected or saved in the old binary Office format; save it as an unprotected ${label}`,
    );
  }
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) {
    throw new BoardError(ErrorCode.CorruptFile, `is not a valid ${label} (not a zip archive)`);
  }
  const eocd = findEocd(buf);
  if (eocd < 0) throw new BoardError(ErrorCode.CorruptFile, `is truncated or corrupt (incomplete ${label} archive)`);
  const entries = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  let p = cdOffset;
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_SIGNATURE) {
      throw new BoardError(ErrorCode.CorruptFile, `is truncated or corrupt (damaged ${label} archive directory)`);
    }
    total += buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (total > maxExpandedBytes) {
    throw new BoardError(
      ErrorCode.TooLarge,
      `expands to ${(total / 1048576).toFixed(0)} MB when unpacked, more than the ${(maxExpandedBytes / 1048576).toFixed(0)} MB allowed`,
    );
  }
}

function findEocd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 65535);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}
