import type { ExtractedMeeting } from '../../src/extract/model';
import { makeDocx } from '../helpers/make-files';
import { apologiesOf, chairOf, meetingOf, namesIn, readPaper, textPaper, there } from '../helpers/read-paper';

/**
 * Meeting classes the eighteenth blind set found misread, each on a paper written here in our own words for invented
 * bodies: the lists run into the first item of a minute typed as a "Discussion | Action" table; attendance written post
 * first with commas inside the post ("Head of Quality, Northvale Trust – Dr Ada Pryce"); an "Agency | Representative"
 * table whose cells say "– apologies" and who came instead; a membership register marked ✓, "✗ apologies" and a bare ✗;
 * a board of a regional board named under it; and a page header that abbreviates the group the title lines name.
 */
const absent = (m: ExtractedMeeting) => namesIn(m, 'not-present');
const deputies = (m: ExtractedMeeting) => m.attendance.filter((e) => e.deputy).map((e) => `${e.deputy!.display} for ${e.name.display}`);

const BUSINESS = ['1. Introductions', 'The chair opened the meeting and thanked everyone for coming.', '2. Next meeting', 'Thursday 13 May 2027 at 9.30 am.'];

describe('eighteenth-set meeting classes', () => {
  it('reads the lists run into item 1 of a minute typed as a Discussion | Action table', async () => {
    const doc = await readPaper(
      'table-minute.docx',
      await makeDocx([
        { p: 'KILBRANNAN CHILD PROTECTION COMMITTEE' },
        { p: 'Minute of meeting held on Tuesday 9 February 2027 at 2.00 pm in the Burgh Hall, Portnacraig' },
        {
          table: [
            ['Discussion', 'Action'],
            ['1. Welcome and attendance', ''],
            [
              'Elspeth Moncrieff, Convener, opened the meeting. Present: Elspeth Moncrieff (Convener); Callum Rennie, Chief Social Work Officer; DI Moira Baxter, Police Scotland; Dr Hamish Gilchrist, Community Paediatrician. In attendance: Kirsty Urquhart, Clerk (minute). Apologies: Douglas Fairlie, Head of Education; Ailsa Strachan, Third Sector.',
              'Noted',
            ],
            ['2. Register figures', ''],
            ['The Lead Officer presented the quarter 3 figures.', 'Callum Rennie to circulate the locality breakdown by 26 February 2027'],
          ],
        },
      ]),
    );
    const m = meetingOf(doc);
    expect(m.date).toBe('2027-02-09');
    expect(m.board).toBe('Kilbrannan Child Protection Committee');
    expect(chairOf(m)).toBe('Elspeth Moncrieff');
    expect(there(m)).toEqual(['Callum Rennie', 'Elspeth Moncrieff', 'Hamish Gilchrist', 'Kirsty Urquhart', 'Moira Baxter']);
    expect(apologiesOf(m)).toEqual(['Ailsa Strachan', 'Douglas Fairlie']);
    // The items' rows are still read under the table's header: the Action cell's task is an action.
    expect(doc.actions.some((a) => /locality breakdown/.test(a.text))).toBe(true);
  });

  it('reads attendance written post first, with commas inside the post, and apologies the same way', async () => {
    const doc = await readPaper(
      'role-first.txt',
      textPaper([
        'NORTHVALE SAFEGUARDING CHILDREN PARTNERSHIP',
        'Performance Group',
        'Minutes: Monday 15 March 2027, 1.30 pm, Room 3, Civic Centre',
        '',
        'Present',
        'Independent Scrutineer – Rosamund Achterberg',
        'Head of Quality, Northvale NHS Trust – Dr Ada Pryce',
        'Service Manager, Early Help and Prevention – Tobias Wren',
        'Minutes – Imogen Sallis, Partnership Officer',
        '',
        'Apologies',
        'Area Manager, Youth Justice Service – Bernard Quilliam',
        '',
        ...BUSINESS,
      ]),
    );
    const m = meetingOf(doc);
    expect(there(m)).toEqual(['Ada Pryce', 'Imogen Sallis', 'Rosamund Achterberg', 'Tobias Wren']);
    expect(apologiesOf(m)).toEqual(['Bernard Quilliam']);
    const ada = m.attendance.find((e) => e.name.display === 'Ada Pryce')!;
    expect(`${ada.title ?? ''} ${ada.organisation ?? ''}`).toMatch(/Head of Quality/);
  });

  it('reads "– apologies" and "represented by" in an Agency | Representative table', async () => {
    const doc = await readPaper(
      'agency-table.docx',
      await makeDocx([
        { p: 'Tywi Valley Regional Safeguarding Board' },
        { p: 'Adults Board' },
        { p: 'Minutes of the meeting held on Thursday 11 March 2027, 10.00 am, on Microsoft Teams' },
        { p: 'Attendance' },
        {
          table: [
            ['Agency', 'Representative'],
            ['Tywi Council – Adult Services', 'Meinir Rowlands (MR), Head of Adult Services (Chair)'],
            ['Tywi Valley Police', 'DCI Geraint Pugh – apologies; represented by DS Bethan Lloyd (BL)'],
            ['Probation', 'Hefin Cadwaladr – apologies'],
            ['Health Board', 'Angharad Vaughan, Safeguarding Lead; Iolo Pennant, Named Nurse'],
          ],
        },
        ...BUSINESS.map((p) => ({ p })),
      ]),
    );
    const m = meetingOf(doc);
    expect(m.board).toMatch(/Adults Board$/);
    expect(chairOf(m)).toBe('Meinir Rowlands');
    expect(there(m)).toEqual(['Angharad Vaughan', 'Iolo Pennant', 'Meinir Rowlands']);
    expect(apologiesOf(m)).toEqual(['Geraint Pugh', 'Hefin Cadwaladr']);
    expect(deputies(m)).toEqual(['Bethan Lloyd for Geraint Pugh']);
  });

  it('reads a membership register: ✓ present, "✗ apologies" apologies, a bare ✗ absent', async () => {
    const doc = await readPaper(
      'register.txt',
      textPaper([
        'CASTLEDERG HEALTH TRUST',
        'Looked After Children Health Group',
        '',
        'Notes of meeting – Wednesday 17th March 2027, 10.00am, Seminar Room',
        '',
        'Membership\tAttended',
        'Mrs Deirdre Mulholland (DM), Assistant Director (Chair)\t✓',
        'Dr Seamus Fee (SF), Consultant Paediatrician\t✓',
        'Ms Roisin Grogan (RG), LAC Nurse\t✗ apologies',
        'Mr Declan Quigley (DQ), Senior Social Worker\t✗',
        '',
        ...BUSINESS,
      ]),
    );
    const m = meetingOf(doc);
    expect(chairOf(m)).toBe('Deirdre Mulholland');
    expect(there(m)).toEqual(['Deirdre Mulholland', 'Seamus Fee']);
    expect(apologiesOf(m)).toEqual(['Roisin Grogan']);
    expect(absent(m)).toEqual(['Declan Quigley']);
  });

  it('names the group from the title lines, not from a page header abbreviating it', async () => {
    const doc = await readPaper(
      'page-header.txt',
      textPaper([
        'Northvale SCP Executive – 15 March 2027',
        'NORTHVALE SAFEGUARDING CHILDREN PARTNERSHIP',
        'Quality Assurance Group',
        'Minutes: Monday 15 March 2027, 1.30 pm, Room 3, Civic Centre',
        '',
        'Present',
        'Independent Scrutineer – Rosamund Achterberg',
        'Service Manager, Early Help – Tobias Wren',
        '',
        ...BUSINESS,
        '',
        'Northvale SCP Executive – 15 March 2027',
        '3. Any other business',
        'None.',
      ]),
    );
    const m = meetingOf(doc);
    expect(m.board).toMatch(/Quality Assurance Group$/);
  });
});
