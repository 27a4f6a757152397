import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedDocument } from '../../src/extract/model';
import { readBuffer } from '../../src/ingest/readers';

/**
 * The classes of paper the seventh blind set found unread (see tests/fixtures/blind-7/README.md), each on a paper written
 * here in our own words for an invented board: attendance told only in sentences, a people table with no header row,
 * bilingual headings and agency sub-headings, owner-only action lines, a fixed-width log, and the dates and statuses
 * those papers write.
 */
const LIMITS = { maxFileBytes: 5_000_000, pdfTimeoutMs: 30_000 };

async function read(text: string, name = 'paper.txt'): Promise<ExtractedDocument> {
  const doc = await readBuffer(name, Buffer.from(text, 'utf8'), LIMITS);
  return extractDocument(doc.blocks, name);
}

const names = (doc: ExtractedDocument, role: string) => doc.meetings[0]!.attendance.filter((e) => e.role === role).map((e) => e.name.display);
const ownersOf = (doc: ExtractedDocument, words: string) => {
  const hits = doc.actions.filter((a) => a.text.includes(words));
  expect(hits.map((a) => a.text)).toHaveLength(1);
  return hits[0]!.owners.map((o) => o.person?.name.display ?? o.written);
};

describe('attendance written only as prose', () => {
  const paper = [
    'Westerby Early Years Partnership',
    '',
    'Notes of the meeting held on 3 March 2014 at Harcourt House, Westerby',
    '',
    'The meeting was chaired by Cllr Imogen Slater, Portfolio Holder for Families. Also present were Peter Quayle',
    '(Head of Early Help), Dr Farah Malik (Westerby CCG), Insp Colin Reddy (Westerby Police) and Grace',
    'Albright (Family Hubs Manager). Tom Whitlow (Partnership Officer) took the notes.',
    '',
    'Apologies had been sent by Rosa Delaney and Cllr Ben Ashdown.',
    '',
    '1. Family hubs',
    'Peter Quayle agreed to bring the opening timetable for the three hubs to the June meeting.',
    '',
    'Next meeting: 9 June 2014',
  ].join('\n');

  test('the meeting is recognised, with its chair, those present, the note-taker and the apologies', async () => {
    const doc = await read(paper);
    expect(doc.meetings).toHaveLength(1);
    expect(doc.meetings[0]!.date).toBe('2014-03-03');
    expect(names(doc, 'chair')).toEqual(['Imogen Slater']);
    expect(names(doc, 'present')).toEqual(['Peter Quayle', 'Farah Malik', 'Colin Reddy', 'Grace Albright']);
    expect(names(doc, 'in-attendance')).toEqual(['Tom Whitlow']);
    expect(names(doc, 'apologies')).toEqual(['Rosa Delaney', 'Ben Ashdown']);
    expect(ownersOf(doc, 'opening timetable')).toEqual(['Peter Quayle']);
  });
});

describe('an attendance table with no header row', () => {
  const paper = [
    'Oldcastle Safeguarding Improvement Panel',
    '',
    'Minutes – 14 May 2019, 10.00am, Committee Room 3',
    '',
    'Martin Greaves\tChair\tIndependent Chair',
    'Cllr Ruth Abara\tMember\tCabinet Member for Children',
    'Helen Coatsworth\tMember\tActing Director of Children’s Services',
    'Dev Sandhu for Olivia Marsh\tDeputy\tOldcastle Health Board',
    'Brian Tulley\tIn attendance\tPanel Co-ordinator',
    '',
    'Apologies',
    '',
    'Olivia Marsh (Oldcastle Health Board); Ian Pratt (Probation); Cllr Nora Vine.',
    '',
    '1. Front door',
    'HC and BT to agree a sampling plan for contacts by 30/06/2019.',
    '',
    'Actions',
    '',
    'Ref\tAction\tOwner\tDue\tStatus',
    'P-1\tSampling plan for contacts\tHC / BT\t30/06/2019\tOpen',
    'P-2\tRevised front door staffing model\tInterim DCS\t30/07/2019\tOpen',
  ].join('\n');

  test('everyone in the table is read, the deputy as present, and owners resolve through it', async () => {
    const doc = await read(paper);
    expect(names(doc, 'chair')).toEqual(['Martin Greaves']);
    expect(names(doc, 'present')).toEqual(['Ruth Abara', 'Helen Coatsworth', 'Dev Sandhu']);
    expect(names(doc, 'in-attendance')).toEqual(['Brian Tulley']);
    expect(names(doc, 'apologies')).toEqual(['Olivia Marsh', 'Ian Pratt', 'Nora Vine']);
    // The inline action and its row in the table are one action.
    expect(doc.actions.filter((a) => /sampling plan/i.test(a.text))).toHaveLength(1);
    expect(ownersOf(doc, 'ampling plan')).toEqual(['Helen Coatsworth', 'Brian Tulley']);
    // "Interim DCS" is the acting Director the table names.
    expect(ownersOf(doc, 'staffing model')).toEqual(['Helen Coatsworth']);
  });
});

describe('bilingual headings and people grouped under their agencies', () => {
  const paper = [
    'Bwrdd Diogelu Plant Dyffryn Gwyn',
    'Gwyn Valley Safeguarding Children Board',
    '',
    'Cofnodion / Minutes',
    '',
    'Dyddiad / Date: 4 February 2021',
    '',
    'Yn bresennol / Present:',
    '',
    'Local Authorities',
    'Carys Morgan, Head of Children’s Services, Gwyn County Council (Chair)',
    'Idris Lewis, Director of Education, Gwyn County Council',
    '',
    'Health',
    'Dr Nia Bowen, Named Doctor, Dyffryn Health Board',
    '',
    'Education',
    'Rhodri Evans for Sian Pugh, Head of Inclusion, Gwyn',
    '',
    'Ymddiheuriadau / Apologies: Sian Pugh; Gwilym Rees (Probation); Cllr Anwen Price.',
    '',
    '1. Welcome',
    'The Chair welcomed members.',
  ].join('\n');

  test('the Welsh-and-English apologies heading is read, the agency labels are nobody and the deputy is present', async () => {
    const doc = await read(paper);
    expect(names(doc, 'chair')).toEqual(['Carys Morgan']);
    expect(names(doc, 'present')).toEqual(['Idris Lewis', 'Nia Bowen', 'Rhodri Evans']);
    expect(names(doc, 'apologies')).toEqual(['Sian Pugh', 'Gwilym Rees', 'Anwen Price']);
  });
});

describe('an action line that only gives the owner (and when) for the sentence above it', () => {
  const paper = [
    'Marlcombe Safeguarding Partnership – Training Subgroup',
    'Minutes of the meeting held on 12 September 2023',
    'Present: Alan Pike (Chair), Farida Noor (FN), Gail Sutter (GS)',
    '',
    '1. Neglect toolkit',
    'The subgroup agreed that every agency would nominate a neglect toolkit lead before the launch.',
    'Action – All agencies',
    '',
    '2. Exploitation training',
    'Members agreed to refresh the exploitation module with two new case studies.',
    'Action: GS – next meeting',
    '',
    'Date of next meeting: 14 November 2023',
  ].join('\n');

  test('the owner line belongs to the sentence before it and is no action of its own', async () => {
    const doc = await read(paper);
    expect(doc.actions.map((a) => a.text)).toHaveLength(2);
    expect(ownersOf(doc, 'neglect toolkit lead')).toEqual(['All agencies']);
    expect(ownersOf(doc, 'exploitation module')).toEqual(['Gail Sutter']);
    expect(doc.actions.find((a) => a.text.includes('exploitation module'))!.due).toMatch(/^2023-11/);
  });
});

describe('the next meeting', () => {
  test('given only as a resolution under its own item, after the business and above the attendance at the foot', async () => {
    const paper = [
      'Greyhaven Council',
      'Children and Families Scrutiny Panel - Wednesday, 2nd March, 2022 7.00 pm',
      'Items',
      'No.\tItem',
      '31.\tApologies for Absence',
      'Minutes:',
      'None.',
      '32.\tYouth Justice Plan',
      'Minutes:',
      'RESOLVED: That the plan be noted.',
      '33.\tDate of Next Meeting',
      'Minutes:',
      'RESOLVED: That the next meeting be held on Wednesday, 27th April, 2022 at 7.00 pm.',
      'Attendance details',
      'Present:',
      'Councillors Ada Quist (Chair), Leon Marsh and Ruth Okoye',
      'Officers:',
      'Saul Benning (Head of Youth Justice)',
    ].join('\n');
    const doc = await read(paper);
    expect(doc.meetings[0]!.nextMeeting?.date).toBe('2022-04-27');
    expect(doc.actions).toEqual([]);
  });

  test("in an agenda pack's minutes, the action log's due dates under the next-meeting line are not the next meeting", async () => {
    const paper = [
      'Harrowfield Safeguarding Children Partnership',
      'AGENDA',
      'Date: Tuesday 7 June 2022',
      '1\tMinutes of 8 March 2022',
      '',
      'Minutes of the meeting held on Tuesday 8 March 2022',
      'Present: Joan Pardoe (JP) (Chair); Mark Ewing (ME), Business Manager; Ola Danjuma (OD)',
      '1. Audit',
      'Action: ME to send the audit template to schools by 31 March.',
      'Date of next meeting: 7 June 2022.',
      'Action log (updated 30 May 2022)',
      'Ref\tDate\tAction\tOwner\tDue\tStatus',
      'H-01\t08/03/22\tSend the audit template to schools\tME\t31/03/22\tComplete',
    ].join('\n');
    const doc = await read(paper);
    const held = doc.meetings.find((m) => m.source === 'minutes')!;
    expect(held.nextMeeting?.date).toBe('2022-06-07');
  });
});

describe('due dates and statuses as trackers and minutes write them', () => {
  test('a summary table headed "Lead | By" with dd.mm.yy dates', async () => {
    const paper = [
      'Eastmere LSCB',
      'Minutes of the meeting held on 4 March 2015',
      'Present: Ann Cole (AC) (Chair), Dev Rana (DR), Lil Moss (LM)',
      '1. Audit',
      'The Board discussed the audit.',
      'ACTION SUMMARY',
      'No.\tAction\tLead\tBy',
      '1\tRefresh the neglect audit tool\tDR\t15.05.15',
      '2\tBrief GP practices on the new pathway\tLM\t30.04.15',
    ].join('\n');
    const doc = await read(paper);
    expect(doc.actions.find((a) => a.text.includes('neglect audit'))!.due).toBe('2015-05-15');
    expect(doc.actions.find((a) => a.text.includes('GP practices'))!.due).toBe('2015-04-30');
  });

  test('minutes as a table "Item | Notes | Action by | Date": the date column is when it is due', async () => {
    const paper = [
      'Kelderby Safeguarding Board',
      'Minutes of the meeting held on 9 May 2012',
      'Present: Joy Platt (JP) (Chair), Kurt Vance (KV), Lena Ortiz (LO)',
      'Item\tNotes\tAction by\tDate',
      '1\tThe audit plan was discussed. KV to share the audit plan with all partners.\tKV\t25/05/2012',
      '2\tThe training offer was noted. LO to update the training calendar.\tLO\t15/06/2012',
    ].join('\n');
    const doc = await read(paper, 'paper.docx.txt');
    const dues = doc.actions.map((a) => a.due).sort();
    expect(dues).toEqual(['2012-05-25', '2012-06-15']);
  });

  test('"Next Board" in a tracker is the first of its listed board dates after the one that agreed the action', async () => {
    const csv = [
      'Ref,Date Agreed,Action,Lead,Deadline,Status',
      'T-1,10/02/2017,Report on missing children return interviews,Head of Early Help,Next Board,Open',
      'T-2,10/02/2017,Refresh the escalation policy,Business Manager,30/04/2017,Open',
      '',
      '"Board meeting dates 2017: 10 February, 12 May, 8 September, 1 December"',
    ].join('\n');
    const doc = await read(csv, 'tracker.csv');
    expect(doc.actions.find((a) => a.text.includes('return interviews'))!.due).toBe('2017-05-12');
  });

  test('a Red rating is not overridden by "completed" in the update beside it', async () => {
    const csv = [
      'No,Action,By whom,By when,RAG,Progress update',
      '1,All managers to finish the exploitation training,All Board members,2019-12-31,Red,4 of 9 completed',
      '2,Publish the annual report,Business Manager,2019-10-31,Complete,Published 20/10/19',
    ].join('\n');
    const doc = await read(csv, 'tracker.csv');
    expect(doc.actions.find((a) => a.text.includes('exploitation training'))!.status).toBe('open');
    expect(doc.actions.find((a) => a.text.includes('annual report'))!.status).toBe('done');
  });

  test('a matters-arising update ending "– complete" is done, and its owner kept', async () => {
    const paper = [
      'Brookfield SCP Learning Subgroup',
      'Notes of the meeting held on 6 June 2023',
      'Attendees: Rhea Dutt (RD) – Chair; Colm Fahey (CF) – Trainer; Ines Ward (IW) – Analyst',
      '1. Notes and actions from 4 April',
      'Notes agreed. Actions: IW has added the exclusions data to the dashboard – complete. CF to rebook the venue – carried forward.',
    ].join('\n');
    const doc = await read(paper);
    const added = doc.actions.find((a) => a.text.includes('exclusions data'))!;
    expect(added.status).toBe('done');
    expect(added.owners.map((o) => o.person?.name.display ?? o.written)).toEqual(['Ines Ward']);
  });
});

describe('a fixed-width action log flattened from a PDF', () => {
  test('columns come from the header across the whole table and wrapped cells join their row', async () => {
    const paper = [
      'ASHVALE SAFEGUARDING PARTNERSHIP',
      'EXECUTIVE ACTION LOG – as at 3 May 2022',
      '',
      'Ref    Agreed      Action                                        Owner          Due             Status',
      'A/01   10/02/22    Re-launch the neglect screening tool with     Practice       end of June     Complete',
      '                   a short guide for schools                     Lead',
      'A/02   10/02/22    Agree an information sharing pathway for      Police /       30/06/2022      On track',
      '                   missing children                              Health Leads',
      'A/03   10/02/22    Report take-up of the early help offer        DCS            next meeting    Not started',
      '',
      'Next Executive meeting: 12 July 2022',
    ].join('\n');
    const doc = await read(paper);
    expect(doc.actions.map((a) => a.text)).toEqual([
      'Re-launch the neglect screening tool with a short guide for schools',
      'Agree an information sharing pathway for missing children',
      'Report take-up of the early help offer',
    ]);
    expect(ownersOf(doc, 'neglect screening')).toEqual(['Practice Lead']);
    expect(ownersOf(doc, 'information sharing')).toEqual(['Police', 'Health Leads']);
    expect(doc.actions.map((a) => a.status)).toEqual(['done', 'open', 'open']);
    expect(doc.actions.map((a) => a.due)).toEqual(['2022-06-30', '2022-06-30', '2022-07-12']);
  });
});
