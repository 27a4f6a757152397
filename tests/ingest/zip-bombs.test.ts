import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

import { main } from '../../src/cli/main';
import { fixedClock } from '../../src/clock';
import { readBuffer } from '../../src/ingest/readers';
import { tempDir, tempLibrary } from '../helpers/corpus';
import { makeDocx, makeXlsx } from '../helpers/make-files';

/**
 * Zip bombs built here, byte by byte: a part of hundreds of megabytes of zeros, deflated to well
 * under a megabyte, whose local header and central directory both say it holds a few kilobytes.
 */
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

interface Part {
  name: string;
  deflated: Buffer;
  crc: number;
  size: number;
  declaredSize: number;
}

function honest(name: string, text: string): Part {
  const raw = Buffer.from(text);
  return { name, deflated: zlib.deflateRawSync(raw), crc: zlib.crc32(raw), size: raw.length, declaredSize: raw.length };
}

/** `mb` megabytes of zeros as one raw deflate stream, made from one compressed megabyte repeated. */
function zeros(name: string, mb: number, declaredSize: number): Part {
  const megabyte = zlib.deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const deflated = Buffer.concat([...Array<Buffer>(mb).fill(megabyte), Buffer.from([0x03, 0x00])]);
  return { name, deflated, crc: 0, size: mb << 20, declaredSize };
}

function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(p.declaredSize, 22); // the lie, here…
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.crc >>> 0, 16);
    central.writeUInt32LE(p.deflated.length, 20);
    central.writeUInt32LE(p.declaredSize, 24); // …and here
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.deflated);
    centrals.push(central, name);
    offset += 30 + name.length + p.deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const LIMITS = { maxFileBytes: 32 * 1048576, pdfTimeoutMs: 60000 };

/** Runs `work`, sampling the process's memory; returns its outcome and how far memory rose. */
async function peakGrowth<T>(work: () => Promise<T>): Promise<{ result: T | Error; growthMb: number }> {
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const timer = setInterval(sample, 2);
  let result: T | Error;
  try {
    result = await work();
  } catch (err) {
    result = err as Error;
  } finally {
    clearInterval(timer);
    sample();
  }
  return { result, growthMb: (peak - base) / 1048576 };
}

const docxBomb = () => zip([honest('[Content_Types].xml', CONTENT_TYPES), honest('_rels/.rels', RELS), zeros('word/document.xml', 512, 4096)]);
const xlsxBomb = () => zip([honest('[Content_Types].xml', CONTENT_TYPES), zeros('xl/worksheets/sheet1.xml', 512, 2048)]);

test('a Word document whose headers understate a part is refused, with memory barely moving', async () => {
  const bomb = docxBomb();
  expect(bomb.length).toBeLessThan(1048576);
  const { result, growthMb } = await peakGrowth(() => readBuffer('minutes.docx', bomb, LIMITS));
  expect(result).toBeInstanceOf(Error);
  expect((result as Error).message).toMatch(/zip bomb/);
  expect((result as Error).message).not.toMatch(/\n/);
  expect(growthMb).toBeLessThan(150);
});

test('an Excel workbook whose headers understate a part is refused through the command line, with memory barely moving', async () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'action-log.xlsx'), xlsxBomb());
  let stdout = '';
  const { result, growthMb } = await peakGrowth(() =>
    main(['--db', path.join(dir, 'board.db'), '--json', 'ingest', path.join(dir, 'action-log.xlsx')], {
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
      env: {},
      clock: fixedClock('2026-04-10T10:00:00Z'),
      interactive: false,
    }),
  );
  expect(result).toBe(1);
  expect(JSON.parse(stdout).errors).toEqual([{ file: 'action-log.xlsx', error: expect.stringMatching(/zip bomb/) }]);
  expect(growthMb).toBeLessThan(150);
});

test('an upload of a bomb is refused and stores nothing', async () => {
  const library = tempLibrary('2026-04-10');
  try {
    const { result, growthMb } = await peakGrowth(() => library.ingestUpload('minutes.docx', docxBomb()));
    expect(result).toMatchObject({ documents: [], errors: [{ file: 'minutes.docx', error: expect.stringMatching(/zip bomb/) }] });
    expect(growthMb).toBeLessThan(150);
    expect(library.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
  } finally {
    library.close();
  }
});

test('real Word documents and workbooks still read after being unpacked and re-packed', async () => {
  const docx = await makeDocx([
    { p: 'Action 7: Priya Sandhu to circulate the escalation leaflet.' },
    {
      table: [
        ['Ref', 'Owner'],
        ['7', 'Priya Sandhu'],
      ],
    },
  ]);
  const read = await readBuffer('minutes.docx', docx, LIMITS);
  expect(read.blocks.map((b) => b.text).join('\n')).toContain('circulate the escalation leaflet');
  const xlsx = await makeXlsx({
    Log: [
      ['No', 'Action', 'Owner'],
      [7, 'Circulate the leaflet', 'Priya Sandhu'],
    ],
  });
  const sheet = await readBuffer('log.xlsx', xlsx, LIMITS);
  expect(sheet.blocks.map((b) => b.text).join('\n')).toContain('Circulate the leaflet');
});
