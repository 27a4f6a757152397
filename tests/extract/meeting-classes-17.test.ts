import { makeDocx } from '../helpers/make-files';
import { apologiesOf, chairOf, meetingOf, namesIn, readPaper, textPaper, there } from '../helpers/read-paper';

/**
 * Attendance layouts the seventeenth blind set found misread, each on a paper written here in our own words for
 * invented bodies: a grid for one meeting headed by its date and read by its key (with "D – Name" for a deputy), a
 * register whose surnames are in capitals and come first, councillors with their wards and a substitute in brackets,
 * a present list printed in two columns whose line breaks were lost, apologies lines noting how each came, a Teams
 * participant list with the chair named in a sentence, and a next meeting still to be fixed.
 */

describe('seventeenth-set meeting classes', () => {
  it('reads a one-meeting grid headed by its date by the key above it, a named deputy standing in for the member', async () => {
    const doc = await readPaper(
      'grid.docx',
      await makeDocx([
        { p: 'Farrowdale Community Health Trust' },
        { p: 'Child Safeguarding Steering Group' },
        { p: 'Minutes of the meeting held on Thursday 9 February 2017 in the Board Room' },
        { p: 'Key: ✓ attended; A apologies; – not present; D deputy attended (named)' },
        {
          table: [
            ['Post', 'Name', 'Initials', '09.02.17'],
            ['Director of Nursing (Chair)', 'Harriet Penrose', 'HP', '✓'],
            ['Lead Midwife', 'Agnes Tolley', 'AT', 'D – Bronwen Astley'],
            ['Ward Sister, Children', 'Catrin Mabey', 'CM', 'A'],
            ['Patient Safety Lead', 'Felix Ormsby', 'FO', '–'],
            ['Named Nurse', 'Rhodri Vance', 'RV', '✓'],
          ],
        },
        { p: 'FCS 17/01 Training' },
        { p: 'Bronwen Astley reported on the midwives’ training figures.' },
        { p: 'Date of next meeting' },
        { p: 'Thursday 13 April 2017, 10.00 am.' },
      ]),
    );
    const m = meetingOf(doc);
    expect(m.date).toBe('2017-02-09');
    expect(chairOf(m)).toBe('Harriet Penrose');
    expect(there(m)).toEqual(['Harriet Penrose', 'Rhodri Vance']);
    expect(apologiesOf(m)).toEqual(['Agnes Tolley', 'Catrin Mabey']);
    expect(namesIn(m, 'not-present')).toEqual(['Felix Ormsby']);
    // The deputy is the member's, once (the prose naming her again adds nobody).
    expect(m.attendance.find((e) => e.name.display === 'Agnes Tolley')?.deputy?.display).toBe('Bronwen Astley');
    expect(m.attendance.filter((e) => /Astley/.test(e.name.display))).toEqual([]);
    expect(m.nextMeeting?.date).toBe('2017-04-13');
  });

  it('reads a register written surname first in capitals, and its apologies', async () => {
    const doc = await readPaper(
      'register.txt',
      textPaper([
        'KILBRIDE CHILD PROTECTION COMMITTEE',
        'Minute of meeting held on Tuesday 3 June 2025 at 10.00 am',
        'Sederunt',
        'Name\tDesignation\tAgency',
        'DRUMMOND, Morag (Chair)\tChief Social Work Officer\tKilbride Council',
        'McALPINE, Hamish\tDetective Inspector\tPolice Scotland',
        'ROSS, Dr Eilidh\tConsultant Paediatrician\tNHS Kilbride',
        "O'NEILL, Siobhan\tService Manager\tKilbride Council",
        'Apologies: FRASER, Torquil (Education); BAIN, Agnes (Housing).',
        '1. Welcome',
        'The Convener welcomed members.',
      ]),
    );
    const m = meetingOf(doc);
    expect(chairOf(m)).toBe('Morag Drummond');
    expect(there(m)).toEqual(['Eilidh Ross', 'Hamish McAlpine', 'Morag Drummond', "Siobhan O'Neill"]);
    expect(apologiesOf(m)).toEqual(['Agnes Bain', 'Torquil Fraser']);
  });

  it('reads councillors with their wards, the chair and a substitute in brackets', async () => {
    const doc = await readPaper(
      'council.txt',
      textPaper([
        'Corporate Parenting Committee',
        'Wednesday, 5th March, 2025 7.00 pm',
        'Present:',
        'Councillors: Harriet Doyle (Chair) (Mill Ward), Rhodri Evans (Vice-Chair) (Quay Ward), Catrin Hale (Weir Ward) and Felix Moss (Dock Ward) (as substitute for Councillor Agnes Pike)',
        'Apologies: Councillor Agnes Pike (Dock Ward)',
        '12. Minutes',
        'RESOLVED – That the minutes be approved.',
      ]),
    );
    const m = meetingOf(doc);
    expect(chairOf(m)).toBe('Harriet Doyle');
    expect(there(m)).toEqual(['Catrin Hale', 'Felix Moss', 'Harriet Doyle', 'Rhodri Evans']);
    expect(apologiesOf(m)).toEqual(['Agnes Pike']);
  });

  it('reads a present list printed in two columns whose line breaks were lost, and a chair line that names an agency', async () => {
    const doc = await readPaper(
      'columns.docx',
      await makeDocx([
        { p: 'Drumlee Family Support Panel' },
        { p: 'Minutes of meeting held on Tuesday 4th March 2025 at 2.00pm' },
        { p: 'In the Chair: Mrs Maeve Rooney, Northern HSC Trust' },
        { p: 'Present:' },
        {
          table: [
            [
              'Mrs Maeve Rooney, Northern HSC Trust Mr Cormac Lynch, Education Authority Ms Aoife Nic Giolla, Sure Start',
              'DS Brendan Hughes, PSNI Miss Niamh Devlin, Youth Forum Mr Brendan Kelly, Panel Administrator (minutes)',
            ],
          ],
        },
        { p: '1. Welcome' },
        { p: 'The Chair welcomed members to the meeting and introductions were made.' },
      ]),
    );
    const m = meetingOf(doc);
    expect(m.board).toBe('Drumlee Family Support Panel');
    expect(chairOf(m)).toBe('Maeve Rooney');
    expect(there(m)).toEqual(['Aoife Nic Giolla', 'Brendan Hughes', 'Brendan Kelly', 'Cormac Lynch', 'Maeve Rooney', 'Niamh Devlin']);
  });

  it('keeps each apologies line that notes how the apology came, and a next meeting still to be fixed is none', async () => {
    const doc = await readPaper(
      'panel.txt',
      textPaper([
        'GLENSHANE FAMILY PANEL',
        'Notes of Meeting – Tuesday 14th January 2025, 10am',
        'Present:',
        'Niamh Devlin (Chair), Health Trust',
        'Cormac Lynch, Education Authority',
        'Apologies:',
        'Aoife Brennan, Health Trust – apologies sent by her manager',
        'Insp Brendan Hughes, PSNI – sent by email',
        '1. Referrals',
        'Seven families were discussed.',
        'Action Points',
        'AP1 Cormac – circulate the school contact list – next meeting',
        'AP2 Niamh – send the referral form to the new GP practice – 28th February',
        'Date of next meeting: TBC (a poll will be sent round)',
      ]),
    );
    const m = meetingOf(doc);
    expect(apologiesOf(m)).toEqual(['Aoife Brennan', 'Brendan Hughes']);
    expect(m.nextMeeting).toBeNull();
  });

  it('reads a Teams participant list (surname, given name and organisation) and "X chaired."', async () => {
    const doc = await readPaper(
      'teams.txt',
      textPaper([
        'Kilbride Child Protection Committee',
        'Learning and Review Sub-group',
        'Note of meeting – Monday 2 June 2025, 14.00 – 15.00 (Microsoft Teams)',
        'Attendance (from the Teams participant list)',
        'Gallagher, Dympna (Kilbride Council)',
        'Munro, Hamish (NHS Kilbride)',
        'Ross, Eilidh (Police Scotland)',
        'Dympna Gallagher chaired. Eilidh Ross took the note.',
        '1. Case reviews',
        'Two reviews were discussed.',
      ]),
    );
    const m = meetingOf(doc);
    expect(m.board).toBe('Kilbride Child Protection Committee – Learning and Review Sub-group');
    expect(chairOf(m)).toBe('Dympna Gallagher');
    expect(there(m)).toEqual(['Dympna Gallagher', 'Eilidh Ross', 'Hamish Munro']);
  });
});
