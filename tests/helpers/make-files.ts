import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** A cell shaded with a fill colour (hex "92D050") and perhaps no text. */
export interface Filled {
  text: string;
  fill: string;
}
const isFilled = (c: unknown): c is Filled => typeof c === 'object' && c !== null && !(c instanceof Date) && 'fill' in c;

/** An .xlsx workbook with one sheet per entry (cells may be Dates, or filled cells). */
export async function makeXlsx(sheets: Record<string, (string | number | Date | Filled | null)[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) {
      const row = ws.addRow(r.map((c) => (isFilled(c) ? c.text || null : c)));
      r.forEach((c, i) => {
        if (isFilled(c)) row.getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${c.fill}` } };
      });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export type DocxPart = { p: string } | { table: (string | Filled)[][] };

/** A minimal Word document: paragraphs and tables, as Word stores them. */
export async function makeDocx(parts: DocxPart[]): Promise<Buffer> {
  const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
  const tableCell = (c: string | Filled) =>
    isFilled(c)
      ? `<w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${c.fill}"/></w:tcPr>${c.text ? para(c.text) : '<w:p/>'}</w:tc>`
      : `<w:tc>${para(c)}</w:tc>`;
  const body = parts
    .map((part) => ('p' in part ? para(part.p) : `<w:tbl>${part.table.map((row) => `<w:tr>${row.map(tableCell).join('')}</w:tr>`).join('')}</w:tbl>`))
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export interface PdfText {
  x: number;
  y: number;
  text: string;
  size?: number;
}

/**
 * A PDF written by hand: Helvetica text at given positions, one array of texts per page.
 * With `encrypted`, the file carries a standard security handler whose user password is not
 * empty, as a password-protected PDF from Acrobat does.
 */
export function makePdf(pages: PdfText[][], opts: { encrypted?: boolean } = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) && objects.length;
  const pdfString = (s: string) => `(${s.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)')})`;
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('PAGES');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const pageIds: number[] = [];
  for (const texts of pages) {
    const stream = texts.map((t) => `BT /F1 ${t.size ?? 10} Tf ${t.x} ${t.y} Td ${pdfString(t.text)} Tj ET`).join('\n');
    const contentId = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    pageIds.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`));
  }
  objects[1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  let encryptRef = '';
  if (opts.encrypted) {
    const hex = (n: number) => Array.from({ length: n }, (_v, i) => ((i * 37 + 11) % 256).toString(16).padStart(2, '0')).join('');
    const id = add(`<< /Filter /Standard /V 1 /R 2 /O <${hex(32)}> /U <${hex(32).split('').reverse().join('')}> /P -44 >>`);
    encryptRef = ` /Encrypt ${id} 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]`;
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encryptRef} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
