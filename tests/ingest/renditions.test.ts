import { extractDocument } from '../../src/extract/extract-document';
import { readFile } from '../../src/ingest/readers';
import { corpusFile } from '../helpers/corpus';

const LIMITS = { maxFileBytes: 32 * 1048576, pdfTimeoutMs: 60000 };

/** What a member would compare between two copies of the same minutes. */
async function summary(file: string) {
  const read = await readFile(corpusFile(file), LIMITS);
  const doc = extractDocument(read.blocks, file);
  return {
    kind: doc.kind,
    meetings: doc.meetings.map((m) => ({
      date: m.date,
      board: m.board,
      venue: m.venue,
      attendance: m.attendance.map((a) => `${a.role}: ${a.name.display}`),
      next: m.nextMeeting?.date ?? null,
      items: m.items.map((i) => i.number),
    })),
    actions: doc.actions.map((a) => ({
      ref: a.ref,
      text: a.text.replace(/\s+/g, ' '),
      owners: a.owners.map((o) => o.person?.name.display ?? o.written),
      status: a.status,
      state: a.state,
      due: a.due,
    })),
  };
}

test('the Word and PDF renditions of the October 2017 minutes give the same meetings and actions as the text', async () => {
  const text = await summary('000_894d964afa4623be.txt');
  expect(text.actions.length).toBe(22);
  expect(await summary('renditions/000_894d964afa4623be.docx')).toEqual(text);
  expect(await summary('renditions/000_894d964afa4623be.pdf')).toEqual(text);
});

test('the Word rendition of the April 2018 committee-system minutes gives the same meetings and actions as the text', async () => {
  const text = await summary('001_611570e858e957a4.txt');
  expect(text.meetings[0]!.items).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  expect(await summary('renditions/001_611570e858e957a4.docx')).toEqual(text);
});

test('a PDF keeps attendance entries apart even where one wraps onto the next line', async () => {
  const pdf = await summary('renditions/000_894d964afa4623be.pdf');
  const inAttendance = pdf.meetings[0]!.attendance.filter((a) => a.startsWith('in-attendance'));
  expect(inAttendance).toEqual(['in-attendance: Margot Roe', 'in-attendance: Laura Higham', 'in-attendance: Sandip Mahajan']);
});
