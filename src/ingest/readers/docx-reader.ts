import mammoth from 'mammoth';

import { BoardError, ErrorCode } from '../../errors';
import { Block } from '../document';
import { readHtml } from './html-reader';
import { verifiedOfficeZip } from './zip-check';

/** Reads a Word document through mammoth's HTML rendering, which keeps headings, lists and tables. */
export async function readDocx(buf: Buffer, maxExpandedBytes: number): Promise<Block[]> {
  const verified = await verifiedOfficeZip(buf, 'Word document', maxExpandedBytes);
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: verified });
    html = result.value;
  } catch (err) {
    throw new BoardError(ErrorCode.CorruptFile, 'is not a readable Word document (it may be damaged)', { cause: err });
  }
  return readHtml(html);
}
