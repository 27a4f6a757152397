import type { ExtractedAction } from '../../src/extract/model';
import { dueMonth, findAction, readLines } from '../helpers/read-paper';

/**
 * Classes the twenty-third blind set found missed in actions, each on a paper written here in our own words for an
 * invented board: a committee's closing bullets that ask an agency or one of its subgroups to act, "Action for X: …"
 * labels, actions numbered by who takes them forward ("K1 – Owner: task – when") under a heading per side, a Trello board
 * exported to CSV (status by its list and its "Due Complete" tick), a matters arising log with an "Open / closed" column
 * that restates the minute's "Action: POST / rank surname" lines by citing the minute's date and item, "end Feb" and "end
 * of the calendar year" as due dates, and "Outcome:" paragraphs whose "X will …" is the item's action.
 */
const who = (a: ExtractedAction) => a.owners.map((o) => o.written);

describe('a committee asks an agency, a subgroup or a post to act', () => {
  const minutes = [
    'Lornside Public Protection Committee',
    'Minute of meeting held on Tuesday 4 March 2025',
    'Present: Ewan Drysdale (Chair); Morven Baird, Lead Officer; Callum Rae, Service Manager',
    '',
    '3. Missing children',
    'Callum Rae presented the return-interview figures.',
    'The Committee:',
    '• noted the figures;',
    '• agreed that the return-interview form should be shortened; and',
    '• asked NHS Lornside to report on return interviews by school nurses for the next meeting.',
    '4. Case reviews',
    'The Committee:',
    '• asked the Case Review Subgroup to publish a briefing on the Anstruther review by the end of May 2025.',
    '• noted that the Chair had asked Police Scotland to attend in 2024; and',
    '• asked the Head of Housing Support to report on emergency placements of 16 and 17 year olds in September.',
    '',
    '5. Date of next meeting',
    'Tuesday 3 June 2025.',
  ];

  test('the agency, the subgroup and the post own the tasks as written; noting and history are no action', async () => {
    const { actions } = await readLines('lornside-ppc-2025-03-04.txt', minutes);
    const nurses = findAction(actions, /return interviews by school nurses/);
    expect(who(nurses)).toEqual(['NHS Lornside']);
    expect(dueMonth(nurses)).toBe('2025-06');
    const briefing = findAction(actions, /briefing on the Anstruther review/);
    expect(who(briefing)).toEqual(['Case Review Subgroup']);
    expect(dueMonth(briefing)).toBe('2025-05');
    // A post nobody at the meeting holds, asked in the body's own bullet, owns the task as written.
    const placements = findAction(actions, /emergency placements/);
    expect(who(placements)).toEqual(['Head of Housing Support']);
    expect(dueMonth(placements)).toBe('2025-09');
    expect(actions.some((a) => /return-interview form|attend in 2024/.test(a.text))).toBe(false);
  });
});

describe('"Action for X:" labels', () => {
  const minutes = [
    'Lornside Public Protection Committee – Schools Subgroup',
    'Minutes – Wednesday 2 October 2024',
    'Present: Morven Baird (Chair); Fraser Low, Head Teacher; PC Iona Kerr, Police Scotland',
    '',
    '2. Online safety',
    'Action for all head teachers: send the name of each online safety lead to the subgroup by 31 October 2024.',
    'Action for PC Kerr and Fraser Low: plan the parents’ evening on sharing images, before the Christmas holidays.',
    '',
    'Next meeting: Wednesday 5 February 2025.',
  ];

  test('the words after "for" are the owners, the words after the colon the task', async () => {
    const { actions } = await readLines('lornside-schools-2024-10-02.txt', minutes);
    const leads = findAction(actions, /online safety lead/);
    expect(who(leads)).toEqual(['all head teachers']);
    expect(dueMonth(leads)).toBe('2024-10');
    const evening = findAction(actions, /parents’ evening|parents' evening/);
    expect(who(evening)).toEqual(['PC Kerr', 'Fraser Low']);
    expect(dueMonth(evening)).toBe('2024-12');
  });
});

describe('actions numbered by who takes them forward, under a heading per side', () => {
  const notes = [
    'Lornside Public Protection Committee and Dunmere Safeguarding Partnership',
    'Joint meeting – note',
    'Monday 7 April 2025, Dunmere Civic Centre',
    'Present: Ewan Drysdale (Chair); Morven Baird; Aled Pryce; Hannah Wick',
    '',
    '4. Agreed actions',
    'Actions are numbered L for Lornside, D for Dunmere.',
    'Lornside',
    'L1 – Morven Baird: share the Lornside referral form with the Dunmere front door – by 30 April 2025.',
    'Dunmere',
    'D1 – Aled Pryce and Hannah Wick: agree a single contact point for cross-border referrals – end of the calendar year.',
    'D2 – Hannah Wick: write to the two health boards about record transfers – date to be agreed.',
    'D3. Aled Pryce to circulate the revised flowchart to both partnerships by 16 May 2025.',
  ];

  test('each numbered line is one action, its owners before the colon and its date after the last dash', async () => {
    const { actions } = await readLines('lornside-dunmere-joint-2025-04-07.txt', notes);
    const form = findAction(actions, /referral form/);
    expect(form.ref).toBe('L1');
    expect(who(form)).toEqual(['Morven Baird']);
    expect(dueMonth(form)).toBe('2025-04');
    const contact = findAction(actions, /single contact point/);
    expect(who(contact)).toEqual(['Aled Pryce', 'Hannah Wick']);
    expect(dueMonth(contact)).toBe('2025-12');
    const letter = findAction(actions, /two health boards/);
    expect(letter.ref).toBe('D2');
    expect(letter.due).toBeNull();
    const flowchart = findAction(actions, /revised flowchart/);
    expect(flowchart.ref).toBe('D3');
    expect(who(flowchart)).toEqual(['Aled Pryce']);
    expect(dueMonth(flowchart)).toBe('2025-05');
  });
});

describe('a task board exported to CSV', () => {
  const csv = [
    'Card ID,Card Name,Card Description,Members,Due Date,Due Complete,Last Activity Date,List Name,Archived',
    'a1,Refresh the neglect screening tool,Agreed in May.,Orla Finch,2025-06-30T16:00:00.000Z,true,2025-06-20T09:00:00.000Z,Done,false',
    'a2,Collect the section 11 audit returns,,"Orla Finch, Tam Reid",2025-07-31T16:00:00.000Z,true,2025-07-29T10:00:00.000Z,In progress,false',
    'a3,Write the annual report foreword,Waiting for the data.,Tam Reid,2025-09-12T16:00:00.000Z,false,2025-08-01T11:00:00.000Z,Waiting on others,false',
    'a4,Find a venue for the conference,Owner to be agreed.,,,false,2025-05-02T08:00:00.000Z,Agreed – not started,false',
  ];

  test('the card name is the task; the list or the tick says whether it is done; a card with no members has no owner', async () => {
    const { actions } = await readLines('dunmere-exec-board-export.csv', csv);
    expect(actions).toHaveLength(4);
    const tool = findAction(actions, /neglect screening tool/);
    expect(tool.status).toBe('done');
    expect(dueMonth(tool)).toBe('2025-06');
    const returns = findAction(actions, /section 11 audit returns/);
    expect(who(returns)).toEqual(['Orla Finch', 'Tam Reid']);
    expect(returns.status).toBe('done');
    const foreword = findAction(actions, /annual report foreword/);
    expect(foreword.status).toBe('open');
    expect(dueMonth(foreword)).toBe('2025-09');
    const venue = findAction(actions, /venue for the conference/);
    expect(venue.owners).toEqual([]);
    expect(venue.status).toBe('open');
  });
});

describe("a matters arising log that restates the minute's actions", () => {
  const pack = [
    'Lornside Public Protection Committee',
    'Minute of meeting held on Tuesday 10 June 2025',
    'Present: Ewan Drysdale (Chair); Morven Baird, LO; Callum Rae, CSWO; Det Supt Andrew Kemp, Police Scotland; Ailsa Ross, NCP',
    '',
    '4. Training',
    'The NCP said that refresher uptake is low among practice nurses and will find out which practices are behind.',
    'Action: NCP',
    '5. Joint audits',
    'Police Scotland and social work will set the dates for the joint audits of interagency referrals.',
    'Action: CSWO / Det Supt Kemp',
    '',
    '6. Date of next meeting',
    'Tuesday 9 September 2025.',
    '',
    'Matters arising log – updated 1 September 2025',
    'Minute ref\tAction\tResponsible\tDue\tUpdate\tOpen / closed',
    '10/06/25 – 4\tList the practices whose nurses need the refresher\tNCP\t31/08/2025\tFour practices named; letters sent.\tClosed',
    '10/06/25 – 5\tSet the joint audit dates for 2025-26\tCSWO / Det Supt Kemp\t31/07/2025\tDates agreed.\tClosed',
  ];

  test("each minute action and its log row are one action, with the log's status", async () => {
    const { actions } = await readLines('lornside-ppc-2025-06-10.txt', pack);
    expect(actions).toHaveLength(2);
    const practices = findAction(actions, /practices whose nurses/);
    expect(who(practices)).toEqual(['NCP']);
    expect(practices.status).toBe('done');
    const audits = findAction(actions, /joint audit dates/);
    expect(audits.owners).toHaveLength(2);
    expect(audits.status).toBe('done');
  });
});

describe('"end Feb", "Mid Mar" in a tracker cell', () => {
  const notes = [
    'Lornside Public Protection Committee – Case Review Subgroup',
    'Note of meeting: Thursday 16 January 2025',
    'Present: Morven Baird (Chair), Callum Rae, Ailsa Ross',
    '',
    '2. Tracker',
    'Case\tNext step\tLead\tBy',
    'Child M\tAsk health for the chronology\tAilsa Ross\tend Feb',
    'Child N\tMeet the family to share the findings\tCallum Rae\t28/02/25',
    'Child P\tRequest the school records\tMorven Baird\tMid Mar',
  ];

  test('a month written short after "end" is that month', async () => {
    const { actions } = await readLines('lornside-case-review-2025-01-16.txt', notes);
    expect(dueMonth(findAction(actions, /chronology/))).toBe('2025-02');
    expect(dueMonth(findAction(actions, /school records/))).toBe('2025-03');
  });
});

describe('"Outcome:" paragraphs', () => {
  const minutes = [
    'Lornside Public Protection Committee – Quality Assurance Subgroup',
    'Minutes of meeting held on 12 March 2025',
    'Present: Morven Baird (Chair); Priya Nair, Practice Development; Callum Rae, Service Manager',
    '',
    '2. Leaflet for parents',
    'Priya Nair presented the draft leaflet.',
    'Outcome: Noted. Priya Nair will redraft the leaflet in plain English for the April meeting.',
    'Action: Priya Nair to book the hall for the launch.',
    '3. Annual report',
    'Outcome: Noted.',
    '',
    'Next meeting: 23 April 2025.',
  ];

  test('the outcome\'s "X will …" is the item\'s action beside the label\'s; "Outcome: Noted." is none', async () => {
    const { actions } = await readLines('lornside-qa-2025-03-12.txt', minutes);
    const leaflet = findAction(actions, /redraft the leaflet/);
    expect(who(leaflet)).toEqual(['Priya Nair']);
    expect(dueMonth(leaflet)).toBe('2025-04');
    findAction(actions, /book the hall/);
    expect(actions).toHaveLength(2);
  });
});
