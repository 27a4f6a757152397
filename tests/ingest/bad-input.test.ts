import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import * as iconv from 'iconv-lite';

import { extractDocument } from '../../src/extract/extract-document';
import { readFile } from '../../src/ingest/readers';
import { writeDocument } from '../../src/store/write-document';
import { corpusFile, tempDir, tempLibrary } from '../helpers/corpus';
import { makePdf, makeXlsx } from '../helpers/make-files';

const isRoot = process.getuid?.() === 0;

/** Ingests the given files (name -> bytes) in one batch and returns the errors by file name. */
async function ingestFiles(files: Record<string, Buffer | string>) {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  const library = tempLibrary();
  const report = await library.ingest([dir]);
  const errors = Object.fromEntries(report.errors.map((e) => [e.file, e.error]));
  const stored = (library.db.prepare('SELECT name FROM documents ORDER BY name').all() as { name: string }[]).map((r) => r.name);
  library.close();
  return { report, errors, stored, dir };
}

const good = fs.readFileSync(corpusFile('000_894d964afa4623be.txt'));
const docx = fs.readFileSync(corpusFile('renditions/000_894d964afa4623be.docx'));
const pdf = fs.readFileSync(corpusFile('renditions/000_894d964afa4623be.pdf'));
const random = Buffer.from(Array.from({ length: 4096 }, (_v, i) => (i * 7919 + 13) % 256));

test('each broken file gets a one-line error naming what is wrong, and the rest of the batch is ingested', async () => {
  const xlsx = await makeXlsx({
    Log: [
      ['No', 'Action', 'Owner', 'Due'],
      [1, 'Test the log reader', 'Tom Ashworth', 'May 2026'],
    ],
  });
  const { errors, stored } = await ingestFiles({
    'good-minutes.txt': good,
    'empty.txt': '',
    'empty.pdf': '',
    'blank.md': '   \n\n  ',
    'random.txt': random,
    'random.pdf': random,
    'random.docx': random,
    'random.xlsx': random,
    'truncated.docx': docx.subarray(0, Math.floor(docx.length / 2)),
    'truncated.pdf': pdf.subarray(0, Math.floor(pdf.length / 2)),
    'truncated.xlsx': xlsx.subarray(0, Math.floor(xlsx.length / 2)),
    'locked.pdf': makePdf([[{ x: 50, y: 700, text: 'Confidential minutes' }]], { encrypted: true }),
    'old-word.docx': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), random]),
  });
  expect(stored).toEqual(['good-minutes.txt']);
  expect(errors).toEqual({
    'empty.txt': 'is empty',
    'empty.pdf': 'is empty',
    'blank.md': 'is empty',
    'random.txt': 'is not a text file: it contains binary data',
    'random.pdf': 'is not a valid PDF (no PDF header)',
    'random.docx': 'is not a valid Word document (not a zip archive)',
    'random.xlsx': 'is not a valid Excel workbook (not a zip archive)',
    'truncated.docx': 'is truncated or corrupt (incomplete Word document archive)',
    'truncated.pdf': 'is truncated (the end of the PDF is missing); upload it again',
    'truncated.xlsx': 'is truncated or corrupt (incomplete Excel workbook archive)',
    'locked.pdf': 'is password-protected; ask for an unprotected copy',
    'old-word.docx': 'is password-protected or saved in the old binary Office format; save it as an unprotected Word document',
  });
  for (const message of Object.values(errors)) expect(message).not.toMatch(/\n|at \w+ \(/);
});

test('a file over the size limit is refused before it is read', async () => {
  const dir = tempDir();
  const big = path.join(dir, 'huge-agenda-pack.pdf');
  const fd = fs.openSync(big, 'w');
  fs.writeSync(fd, '%PDF-1.4\n');
  fs.ftruncateSync(fd, 50 * 1048576);
  fs.closeSync(fd);
  const library = tempLibrary();
  const report = await library.ingest([big]);
  expect(report.errors).toEqual([{ file: 'huge-agenda-pack.pdf', error: 'is too large (50.0 MB; the limit is 32 MB, set by BOARD_MAX_FILE_MB)' }]);
  library.close();
});

test('a Windows-1252 text file with curly quotes reads as the same words', async () => {
  const text =
    'MINUTES OF THE WESTMARSH SAFEGUARDING CHILDREN PARTNERSHIP MEETING\nMonday 2 February 2026, 10.00\nPresent:\nJoanne Briggs, Director of Children\u2019s Services, Westmarsh Borough Council\nRaj Mehta, Detective Superintendent, Westmarsh Police\n1 \u201cVOICE OF THE CHILD\u201d REPORT\nAction 7: Joanne Briggs to share the children\u2019s survey results.\n';
  const { stored, dir } = await ingestFiles({ 'cp1252-minutes.txt': iconv.encode(text, 'win1252') });
  expect(stored).toEqual(['cp1252-minutes.txt']);
  const read = await readFile(path.join(dir, 'cp1252-minutes.txt'), { maxFileBytes: 1e7, pdfTimeoutMs: 1e4 });
  const doc = extractDocument(read.blocks, 'cp1252-minutes.txt');
  expect(doc.meetings[0]!.attendance[0]!.title).toBe("Director of Children's Services");
  expect(doc.actions[0]).toMatchObject({ ref: '7', text: "Joanne Briggs to share the children's survey results." });
});

test('a folder holding files that cannot be read reports each one and ingests the rest', async () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'minutes.txt'), good);
  fs.symlinkSync(path.join(dir, 'gone.pdf'), path.join(dir, 'dangling-link.pdf'));
  execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
  fs.writeFileSync(path.join(dir, 'notes.jpg'), random); // not a document type: passed over in a folder
  if (!isRoot) {
    fs.writeFileSync(path.join(dir, 'locked.txt'), good);
    fs.chmodSync(path.join(dir, 'locked.txt'), 0o000);
  }
  const library = tempLibrary();
  const report = await library.ingest([dir]);
  expect(report.documents.map((d) => d.file)).toEqual(['minutes.txt']);
  const errors = Object.fromEntries(report.errors.map((e) => [e.file, e.error]));
  expect(errors['dangling-link.pdf']).toBe('does not exist');
  expect(errors['pipe.txt']).toBe('is not a regular file');
  if (!isRoot) expect(errors['locked.txt']).toBe('cannot be read (permission denied)');
  expect(errors['notes.jpg']).toBeUndefined();
  library.close();
});

test('the database never holds half a document: a failure mid-write leaves no trace of it', async () => {
  const library = tempLibrary();
  const read = await readFile(corpusFile('000_894d964afa4623be.txt'), { maxFileBytes: 1e7, pdfTimeoutMs: 1e4 });
  const doc = extractDocument(read.blocks, 'minutes.txt');
  // A meeting the schema refuses, after the document, its first meeting and its mentions were written.
  doc.meetings.push({ ...doc.meetings[0]!, source: 'broken' as never });
  expect(() =>
    writeDocument(
      library.db,
      { name: 'minutes.txt', sha256: 'x', format: 'text', bytes: 1, textChars: 1, blocks: read.blocks },
      doc,
      '2026-11-24T10:00:00Z',
      [],
    ),
  ).toThrow();
  const count = (table: string) => (library.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  expect([count('documents'), count('meetings'), count('attendance'), count('mentions'), count('action_sightings'), count('actions')]).toEqual([
    0, 0, 0, 0, 0, 0,
  ]);
  library.close();
});
