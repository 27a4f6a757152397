import { extractDocument } from '../../src/extract/extract-document';
import { type Block, rowBlock } from '../../src/ingest/document';
import { linesToBlocks } from '../../src/ingest/readers/line-blocks';
import { layoutPages, PdfItem } from '../../src/ingest/readers/pdf-layout';

/**
 * Papers printed to PDF from Word or a browser, read as a clerk wrote them: each attendee on a line of their own even
 * when the line before filled the measure, a header field on its own line, a short heading after a finished sentence,
 * an action list whose bullets were drawn as shapes, a table header over two rows. All written here for invented boards.
 */
const at = (s: string, x: number, y: number, w = s.length * 5): PdfItem => ({ s, x, y, w, h: 10 });
/** A line as wide as the text column (480pt): geometry alone says its paragraph may run on into the next line. */
const full = (s: string, y: number, x = 57) => at(s, x, y, 537 - x);
const blocksOf = (items: PdfItem[]) => layoutPages([{ width: 595, height: 842, items }]);
const read = (items: PdfItem[]) => blocksOf(items).map((b) => b.text);

describe('lines a PDF must not run together', () => {
  test('attendees one a line, written "Mr Name – Post (XX)" or with a rank before the name, after a line that ended', () => {
    expect(
      read([
        at('Attendees', 57, 700),
        full('Dr Nuala Breen – Chair, Lisnamore Panel / Assistant Director, Lisnamore Trust', 688),
        at('(NB)', 57, 676),
        full('Mr Cathal Ó Duinn – Designated Nurse for Safeguarding, Lisnamore Trust (CÓD)', 664),
        full('Catriona Baillie, Development Officer, Lisnamore Council (in the Chair)', 652),
        at('DS Ewan Kerr, Police Scotland', 57, 640),
      ]),
    ).toEqual([
      'Attendees',
      'Dr Nuala Breen – Chair, Lisnamore Panel / Assistant Director, Lisnamore Trust (NB)',
      'Mr Cathal Ó Duinn – Designated Nurse for Safeguarding, Lisnamore Trust (CÓD)',
      'Catriona Baillie, Development Officer, Lisnamore Council (in the Chair)',
      'DS Ewan Kerr, Police Scotland',
    ]);
  });

  test('one member a line: a list of councillors after the chair, an entry after an entry, initials before the dash', () => {
    expect(
      read([
        full('PRESENT: County Councillor Ann Tregear (in the Chair)', 700),
        full('County Councillors Ben Hosking, Clare Penrose and Dan Trethewey', 688),
        full('Co-opted Member: Ellie Nance (Children in Care Council)', 676),
        full('Officers in attendance: Head of Looked After Children (Fay Rowse)', 664),
        full('Cllr Gary Pascoe – Portfolio Holder, Children and Families', 652),
        full("Helen Carne – Interim Director of Children's Services (DCS), Penwith Council", 640),
        full("Ifor Wyn (IW) – Cadeirydd / Chair; Head of Children's Services, Cyngor Llyn", 628),
        at('Jac Pritchard (JP) – Director of Social Services', 57, 616),
      ]),
    ).toEqual([
      'PRESENT: County Councillor Ann Tregear (in the Chair)',
      'County Councillors Ben Hosking, Clare Penrose and Dan Trethewey',
      'Co-opted Member: Ellie Nance (Children in Care Council)',
      'Officers in attendance: Head of Looked After Children (Fay Rowse)',
      'Cllr Gary Pascoe – Portfolio Holder, Children and Families',
      "Helen Carne – Interim Director of Children's Services (DCS), Penwith Council",
      "Ifor Wyn (IW) – Cadeirydd / Chair; Head of Children's Services, Cyngor Llyn",
      'Jac Pritchard (JP) – Director of Social Services',
    ]);
  });

  test('a heading with a colon after a finished sentence starts its own line', () => {
    expect(
      read([
        full('The Board asked that the annual report come to its next meeting of the year.', 700),
        at('Actions:', 57, 688),
        at('Gwen Pryce: annual report to the July Board', 57, 676),
      ]),
    ).toEqual(['The Board asked that the annual report come to its next meeting of the year.', 'Actions:', 'Gwen Pryce: annual report to the July Board']);
  });

  test('a title in capitals ends where the lower-case line under it begins', () => {
    expect(read([full('PENWITH AND SCILLY CHILD PROTECTION COMMITTEE', 700), at('Minute of meeting held on 4 June 2026', 57, 688)])).toEqual([
      'PENWITH AND SCILLY CHILD PROTECTION COMMITTEE',
      'Minute of meeting held on 4 June 2026',
    ]);
  });

  test('a header field ("Chair:", "Notes:") starts its own line', () => {
    expect(
      read([
        full('Note of the meeting held on Tuesday 3 March 2026 at 10.00am in the Board Room, Lisnamore House', 700),
        at('Chair: Grace Milligan, Independent Chair', 57, 688),
        full('Apologies: Tom Rafferty (TR), Head of Education Welfare; Dr Ann Kerr, Designated Doctor', 676),
        at('Notes: Lily Doyle, Business Support', 57, 664),
      ]),
    ).toEqual([
      'Note of the meeting held on Tuesday 3 March 2026 at 10.00am in the Board Room, Lisnamore House',
      'Chair: Grace Milligan, Independent Chair',
      'Apologies: Tom Rafferty (TR), Head of Education Welfare; Dr Ann Kerr, Designated Doctor',
      'Notes: Lily Doyle, Business Support',
    ]);
  });

  test('a short heading after a finished sentence is not the end of that sentence’s paragraph; a wrapped date is', () => {
    expect(
      read([
        full('The group reviewed the risk register and agreed that the transitions risk stays red.', 700),
        at('Actions', 57, 688),
        at('Police', 57, 676),
        full('Share the missing-episode figures for the dashboard (DS Ewan Kerr) –', 664, 80),
        at('June meeting', 80, 652),
        at('Health', 57, 640),
      ]),
    ).toEqual([
      'The group reviewed the risk register and agreed that the transitions risk stays red.',
      'Actions',
      'Police',
      'Share the missing-episode figures for the dashboard (DS Ewan Kerr) – June meeting',
      'Health',
    ]);
  });

  test('a header over two rows whose second row ran its narrow cells together still gives every column', () => {
    const rows = blocksOf([
      at('Lead', 250, 700),
      at('Timescale', 400, 700),
      at('Ref', 57, 680),
      at('Action', 85, 680),
      at('Agency', 250, 680),
      at('Officer', 320, 680),
      at('Start', 400, 680),
      at('Finish', 445, 680),
      at('Status', 490, 680),
      at('B1', 57, 660),
      at('Pilot the neglect toolkit', 85, 660),
      at('Council', 250, 660),
      at('Rhian Price', 320, 660),
      at('Apr 25', 400, 660),
      at('Sep 25', 445, 660),
      at('Achieved', 490, 660),
    ]).filter((b) => b.type === 'row');
    // Pieces 13pt apart ("Ref" ends at 72, "Action" starts at 85) stand apart as the body shows them.
    expect(rows.map((b) => b.cells)).toEqual([
      ['', '', 'Lead', '', 'Timescale', '', ''],
      ['Ref', 'Action', 'Agency', 'Officer', 'Start', 'Finish', 'Status'],
      ['B1', 'Pilot the neglect toolkit', 'Council', 'Rhian Price', 'Apr 25', 'Sep 25', 'Achieved'],
    ]);
  });
});

describe('what the extraction makes of such pages', () => {
  const extract = (blocks: Block[]) => extractDocument(blocks, 'notes.pdf');
  const text = (lines: string[]) => linesToBlocks(lines);

  test('an action list printed without its bullets: each entry naming its owner in brackets is an action', () => {
    const doc = extract(
      text([
        'Lisnamore Safeguarding Partnership – Exploitation Sub-group',
        'Notes of the meeting held on 3 March 2026',
        'Present: Grace Milligan (Chair), Ewan Kerr, Rhian Price',
        'Actions',
        'Police',
        'Share the missing-episode figures for the dashboard (Ewan Kerr) – June meeting',
        'Health',
        'Check how emergency department visits by under-18s are flagged (Rhian Price) – next meeting',
      ]),
    );
    expect(doc.actions.map((a) => [a.text, a.owners.map((o) => o.written)])).toEqual([
      ['Share the missing-episode figures for the dashboard', ['Ewan Kerr']],
      ['Check how emergency department visits by under-18s are flagged', ['Rhian Price']],
    ]);
  });

  test('a note that one statement is no action leaves the action run on before it', () => {
    const doc = extract(
      text([
        'Lisnamore Safeguarding Partnership Executive',
        'Notes of the call on 3 March 2026',
        'Present: Grace Milligan (Chair), Ewan Kerr, Rhian Price',
        'What we agreed',
        'Rhian to book the room for the spring conference - by Friday. Grace will mention the conference to the chief officers. (Grace - not an action for the log, just so you know.)',
      ]),
    );
    expect(doc.actions.map((a) => a.owners.map((o) => o.written))).toEqual([['Rhian']]);
  });
});

describe('papers whose printed form adds or spreads things', () => {
  test('e-mailed call notes printed with a running line first are still the notes of a call, with its next call', () => {
    const blocks: Block[] = [
      { type: 'paragraph', text: 'OFFICIAL – Page 1 of 2', running: true },
      ...linesToBlocks([
        'From: Gwen Pryce <gwen.pryce@example.org.uk>',
        'Sent: 12 May 2026 15:10',
        'To: Wenvoe SCP Executive',
        'Subject: Notes of the call - Executive check-in, Tuesday 12 May',
        'On the call: Gwen Pryce (chair), Rhodri Lewis, Carys Bevan',
        'Next call: Tuesday 19 May, 9.30am (Teams).',
      ]),
    ];
    const meeting = extractDocument(blocks, 'call.pdf').meetings[0]!;
    expect([meeting.date, meeting.nextMeeting?.date]).toEqual(['2026-05-12', '2026-05-19']);
  });

  test('a group written once over cells left empty ("Timescale" over Start and Finish) does not take the Status column', () => {
    const doc = extractDocument(
      [
        { type: 'paragraph', text: 'Wenvoe Safeguarding Children Board – business plan 2025-26' },
        rowBlock(['', '', 'Lead', '', 'Timescale', '', '']),
        rowBlock(['Ref', 'Action', 'Agency', 'Officer', 'Start', 'Finish', 'Status']),
        rowBlock(['W1', 'Publish the neglect toolkit', 'Council', 'Gwen Pryce', 'Apr 25', 'Sep 25', 'Achieved']),
        rowBlock(['W2', 'Audit twelve neglect cases', 'Health', 'Rhodri Lewis', 'May 25', 'Mar 26', 'In progress']),
      ],
      'plan.docx',
    );
    expect(doc.actions.map((a) => [a.ref, a.status, a.due])).toEqual([
      ['W1', 'done', '2025-09-30'],
      ['W2', 'open', '2026-03-31'],
    ]);
  });
});
