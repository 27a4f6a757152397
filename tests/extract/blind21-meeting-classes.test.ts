import type { ExtractedDocument } from '../../src/extract/model';
import { readPaper } from '../helpers/read-paper';

/**
 * The meeting classes the twenty-first blind set found unread (tests/fixtures/blind-21/README.md), on papers written here
 * in our own words for invented boards: attendance as NUMBERED lists under "Present:" and "Apologies:"; an attendance table
 * whose mark column names the substitute who came in a member's place ("Substitute: DS Name (XY)"); a row of an
 * initials-first table whose empty initials cell a text copy dropped; and the closing action log's owners resolved through
 * that attendance: initials after a rank ("DI TW"), initials with the agency in brackets ("PN (NHS)"), "AB with CD" as two
 * owners, a post to its holder, the substitute's initials; with dues "31.5.21", "next panel (9/12)" and "end of session".
 */
const read = (text: string, name = 'paper.txt') => readPaper(name, Buffer.from(text, 'utf8'));

const names = (doc: ExtractedDocument, role: string) => doc.meetings[0]!.attendance.filter((e) => e.role === role).map((e) => e.name.display);
const ownersOf = (doc: ExtractedDocument, words: RegExp) => {
  const a = doc.actions.find((x) => words.test(x.text));
  return a?.owners.map((o) => o.person?.name.display ?? `(${o.written})`);
};
const dueOf = (doc: ExtractedDocument, words: RegExp) => doc.actions.find((x) => words.test(x.text))?.due ?? null;

describe('attendance written as numbered lists, owners as initials in the closing log', () => {
  const paper = [
    'BRACKENMOOR CHILDREN AND YOUNG PEOPLE SAFEGUARDING PANEL',
    'Minutes of the meeting held on Tuesday 11 May 2021 at 10.00am, Brackenmoor Library',
    '',
    'Present:',
    '1. Mr Gareth Lyle (GL) – Chair; Assistant Director, Brackenmoor Council',
    '2. Dr Priya Nair (PN) – Named Doctor, Brackenmoor Hospitals Trust',
    '3. Ms Clodagh McGrath (CMcG) – Education Welfare Service',
    '4. Miss Tessa Wren – Panel Officer (minutes)',
    '',
    'Apologies:',
    '1. Mrs Joan Pike – Head of Early Help, Brackenmoor Council',
    '',
    '1. Welcome',
    'GL opened the meeting.',
    '',
    '2. Training audit',
    'PN and CMcG will bring the audit findings (action 21/02).',
    '',
    '3. Date of next meeting',
    'Tuesday 13 July 2021 at 10.00am.',
    '',
    'Action Log',
    'No.\tAction Required\tLead\tTarget Date\tStatus',
    '21/01\tWrite to the head teachers about the new training offer\tCMcG (EWS)\t31.5.21\tNew',
    '21/02\tPresent the audit findings on supervision\tPN & CMcG\tJuly 2021 meeting\tNew',
    '21/03\tInvite the housing service to the next panel\tGL\tASAP\tNew',
  ].join('\n');

  it('reads each numbered line as a person, the agenda items after the lists as business', async () => {
    const doc = await read(paper);
    expect(doc.meetings).toHaveLength(1);
    expect(names(doc, 'chair')).toEqual(['Gareth Lyle']);
    expect(names(doc, 'present')).toEqual(['Priya Nair', 'Clodagh McGrath', 'Tessa Wren']);
    expect(names(doc, 'apologies')).toEqual(['Joan Pike']);
    expect(doc.meetings[0]!.nextMeeting?.date).toBe('2021-07-13');
  });

  it('reads the list the same where a tab sets each number apart (a row in a text copy)', async () => {
    const doc = await read(paper.replace(/^(\d\.) (?=(?:Mr|Dr|Ms|Miss|Mrs) )/gm, '$1\t'));
    expect(names(doc, 'chair')).toEqual(['Gareth Lyle']);
    expect(names(doc, 'present')).toEqual(['Priya Nair', 'Clodagh McGrath', 'Tessa Wren']);
    expect(names(doc, 'apologies')).toEqual(['Joan Pike']);
  });

  it('resolves the log owners through the numbered lists', async () => {
    const doc = await read(paper);
    expect(ownersOf(doc, /head teachers/)).toEqual(['Clodagh McGrath']);
    expect(ownersOf(doc, /audit findings/)).toEqual(['Priya Nair', 'Clodagh McGrath']);
    expect(ownersOf(doc, /housing service/)).toEqual(['Gareth Lyle']);
    // "31.5.21" alone in the due cell is that day.
    expect(dueOf(doc, /head teachers/)).toBe('2021-05-31');
  });
});

describe('an attendance table whose mark column names the substitute', () => {
  const paper = [
    'Glenarden Child Protection Committee',
    'Minute of meeting held on Thursday 6 October 2022 at 2.00 pm, Council Chambers, Glenarden',
    '',
    'Sederunt and apologies',
    'Agency\tMember\tAttended / substitute',
    'Independent Chair\tRhona Baird (RB)\tAttended – in the Chair',
    'Glenarden Council – Social Work\tCallum Frew (CF), Chief Social Work Officer\tAttended',
    'Glenarden Council – Education\tIsla Munro (IM), Quality Improvement Officer\tAttended',
    'Police Scotland\tCh Supt Alan Crewe, Divisional Commander\tSubstitute: DS Mhairi Dow (MDo)',
    'NHS Glenarden\tDr Euan Tait, Consultant Paediatrician\tApologies',
    'Health and Social Care Partnership\tMs Fiona Laing, Chief Nurse\tApologies – represented by Gail Rennie',
    '',
    '1. Minute of the last meeting',
    'The minute was agreed.',
    '',
    '2. Date of next meeting',
    'Friday 9 December 2022, 2.00 pm.',
    '',
    'Action Log',
    'Owner\tDue\tAction\tMinute ref\tBRAG',
    'CF with IM\tend of session\tAgree a protocol for pupils placed in other areas\t22/40\tGreen',
    'MDo\tNov 22\tReport on the joint interview training places\t22/41\tAmber',
    'RB\tnext CPC (9/12)\tWrite to the chief officers about the data analyst post\t22/42\tGreen',
  ].join('\n');

  it('puts the member in the apologies and counts the substitute as there in their place', async () => {
    const doc = await read(paper);
    const m = doc.meetings[0]!;
    expect(names(doc, 'chair')).toEqual(['Rhona Baird']);
    expect(names(doc, 'present')).toEqual(['Callum Frew', 'Isla Munro']);
    expect(names(doc, 'apologies')).toEqual(['Alan Crewe', 'Euan Tait', 'Fiona Laing']);
    expect(m.attendance.find((e) => e.name.display === 'Alan Crewe')?.deputy?.display).toBe('Mhairi Dow');
    expect(m.attendance.find((e) => e.name.display === 'Fiona Laing')?.deputy?.display).toBe('Gail Rennie');
  });

  it('resolves the substitute\'s initials, and two people joined by "with", and reads the dues', async () => {
    const doc = await read(paper);
    expect(ownersOf(doc, /joint interview/)).toEqual(['Mhairi Dow']);
    expect(ownersOf(doc, /pupils placed/)).toEqual(['Callum Frew', 'Isla Munro']);
    // A Scottish school session ends in June; a meeting with its day in brackets is due that day.
    expect(dueOf(doc, /pupils placed/)).toBe('2023-06-30');
    expect(dueOf(doc, /data analyst/)).toBe('2022-12-09');
  });
});

describe('an initials-first attendance table read from a text copy', () => {
  const paper = [
    'FENWICK SAFEGUARDING ADULTS AND CHILDREN PARTNERSHIP',
    'Executive Group',
    'Minutes of the meeting held on Monday 8 January 2024, 2.00 pm, Fenwick Town Hall',
    '',
    'Attendance',
    'Initials\tAttendee\tRepresenting',
    'SA\tSimon Archer (Chair)\tIndependent Chair',
    'TW\tDI Tom Wragg\tPublic Protection Unit, Fenwick Police',
    'RK\tRachel Keane\tHead of Safeguarding, NHS Fenwick ICB',
    '\tLouise Penn\tPartnership Support Officer (minutes)',
    'Apologies: Cllr Donna Fry (Lead Member for Children).',
    '',
    '1. Welcome',
    'SA welcomed members.',
    '',
    '2. Date of next meeting',
    'Monday 11 March 2024, 2.00 pm.',
    '',
    'Action Log',
    'Ref\tAction Point\tResponsible Officer\tCompletion Date\tProgress to Date',
    '24/01\tAgree a shared referral form with the police\tDI TW + RK\tMar-24\tNew',
    '24/02\tBook the room for the partnership conference\tSupport Officer\tFeb-24\tNew',
  ].join('\n');

  it('reads the row whose empty initials cell was dropped', async () => {
    const doc = await read(paper);
    expect(names(doc, 'chair')).toEqual(['Simon Archer']);
    expect(names(doc, 'present')).toEqual(['Tom Wragg', 'Rachel Keane', 'Louise Penn']);
    expect(names(doc, 'apologies')).toEqual(['Donna Fry']);
  });

  it('resolves a rank before initials and a post to the attendee who holds it', async () => {
    const doc = await read(paper);
    expect(ownersOf(doc, /referral form/)).toEqual(['Tom Wragg', 'Rachel Keane']);
    expect(ownersOf(doc, /partnership conference/)).toEqual(['Louise Penn']);
  });
});
