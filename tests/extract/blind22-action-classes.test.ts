import type { ExtractedAction } from '../../src/extract/model';
import { dueMonth, findAction, readLines } from '../helpers/read-paper';

/**
 * Classes the twenty-second blind set found missed in actions, each on a paper written here in our own words for an
 * invented board: "Lead: / Support: / By:" fields where only the lead owns the task, "[ref – when]" closing a numbered
 * action's sentence with a when that needs no "by", and a spreadsheet tracker's TRUE / FALSE "Done?" column, its
 * "11-Nov-2022" dates and school half terms ("Spring 1"), a council resolution's "(i) / (ii)" clauses setting tasks to posts,
 * an earlier action given by its number alone ("A17 (XX to …) is complete"), "All agencies to …", and checkbox tasks
 * owned by @mentions, and "– today" / "this week" dues.
 */
const people = (a: ExtractedAction) => a.owners.map((o) => o.person?.name.display ?? o.written);

describe('"Lead:" and "Support:" fields under a numbered action', () => {
  const minutes = [
    'Fenwick Safeguarding Partnership – Training Subgroup',
    'Minutes of the meeting held on 14 March 2023',
    'Present: Orla Brennan (Chair), Training Manager; Tariq Mehmood, Named Nurse; Gail Percy, Business Officer',
    '',
    '2. Course evaluations',
    'Action TS/23/07: Collate the spring course evaluations into one summary.',
    'Lead: Tariq Mehmood    Support: Gail Percy    By: 28 April 2023',
  ];

  test('the lead owns the task; the supporter is not an owner', async () => {
    const { actions } = await readLines('fenwick-training-2023-03-14.txt', minutes);
    const summary = findAction(actions, /spring course evaluations/);
    expect(people(summary)).toEqual(['Tariq Mehmood']);
    expect(dueMonth(summary)).toBe('2023-04');
  });
});

describe('a numbered action closed by "[ref – when]"', () => {
  const minutes = [
    'Fenwick Safeguarding Partnership – Online Harm Group',
    'Minutes of the meeting held on 6 June 2023',
    'Present: Orla Brennan (Chair); Kit Lawson, Digital Safety Lead; Pia Sand, Education Officer',
    '',
    '3. Parent sessions',
    'Kit Lawson will arrange two evening sessions for parents on gaming platforms [B12 – end of September].',
  ];

  test('the words after the dash give the due date', async () => {
    const { actions } = await readLines('fenwick-online-2023-06-06.txt', minutes);
    const sessions = findAction(actions, /evening sessions for parents/);
    expect(people(sessions)).toEqual(['Kit Lawson']);
    expect(dueMonth(sessions)).toBe('2023-09');
  });
});

describe("a spreadsheet tracker's TRUE / FALSE done column and school half terms", () => {
  const csv = [
    'Schools Reference Group – task list 2023-24,,,,,',
    'Done?,No,Task,Owner,Due,Comment',
    'TRUE,1,Send the new referral form to every school office,Bea Lund,15-Nov-2023,Emailed',
    'FALSE,2,Write a one-page guide on reporting sexting incidents,Cal Moss,end of Spring 1,First draft written',
  ];

  test('TRUE is done, FALSE is open; "15-Nov-2023" and "end of Spring 1" are read as dates', async () => {
    const { actions } = await readLines('schools-reference-group-task-list-2023-24.csv', csv);
    const form = findAction(actions, /new referral form/);
    expect(form.status).toBe('done');
    expect(dueMonth(form)).toBe('2023-11');
    const guide = findAction(actions, /one-page guide/);
    expect(guide.status).toBe('open');
    expect(dueMonth(guide)).toBe('2024-02');
  });
});

describe('checkbox tasks owned by @mentions', () => {
  const notes = [
    'Fenwick Safeguarding Partnership – Online Harm Group',
    'Minutes of the meeting held on 6 June 2023',
    'Present: Orla Brennan (Chair); Kit Lawson, Digital Safety Lead; Pia Sand, Education Officer',
    '',
    '3. Parent sessions',
    'The sessions were discussed.',
    '',
    'Follow-up tasks',
    '☐ Ask the gaming platforms for their UK reporting figures @Kit Lawson  Due 30/06/2023',
    '☐ Draft a parents leaflet on in-game chat @Pia Sand @Orla Brennan  Due 14/07/2023',
    '☑ Book the hall for the autumn event @Kit Lawson  Completed 05/06/2023',
  ];

  test('each mention is an owner, "Due" the date, and a ticked box is done', async () => {
    const { actions } = await readLines('fenwick-online-2023-06-06.txt', notes);
    const figures = findAction(actions, /UK reporting figures/);
    expect(people(figures)).toEqual(['Kit Lawson']);
    expect(dueMonth(figures)).toBe('2023-06');
    expect(figures.text).not.toMatch(/@/);
    const leaflet = findAction(actions, /parents leaflet/);
    expect(people(leaflet)).toEqual(['Pia Sand', 'Orla Brennan']);
    const hall = findAction(actions, /Book the hall/);
    expect(hall.status).toBe('done');
    expect(hall.due).toBeNull();
  });
});

describe("a council resolution's (i), (ii) clauses and an earlier action by its number", () => {
  const minutes = [
    'Fenwick Council – Children Scrutiny Committee',
    'Minutes of the meeting held on 6 June 2023',
    'Present: Councillor A Vale (Chair), Councillor B Hart, Councillor C Dunn',
    '',
    '12. SCHOOL TRANSPORT',
    'The minutes were agreed. B4 (KL to send the route survey to parents) is complete.',
    'RESOLVED that:',
    '(i) the report be noted;',
    '(ii) the Head of Transport be asked to give the Committee a written update on the bus pass backlog by the end of July 2023;',
    '(iii) the Transport Manager circulate the route map to members of the Committee; and',
    '(iv) the thanks of the Committee be recorded.',
    'All agencies to send their bus pass queries to the Transport Manager by 30 June 2023.',
  ];

  test('clauses that ask a post to act are its actions; the numbered earlier action is done; all agencies own theirs', async () => {
    const { actions } = await readLines('fenwick-scrutiny-2023-06-06.txt', minutes);
    const update = findAction(actions, /written update on the bus pass backlog/);
    expect(update.owners.map((o) => o.written)).toEqual(['Head of Transport']);
    expect(dueMonth(update)).toBe('2023-07');
    const map = findAction(actions, /route map/);
    expect(map.owners.map((o) => o.written)).toEqual(['Transport Manager']);
    expect(actions.some((a) => /report be noted|thanks of the Committee/.test(a.text))).toBe(false);
    const survey = findAction(actions, /route survey/);
    expect(survey.status).toBe('done');
    const queries = findAction(actions, /bus pass queries/);
    expect(queries.owners.map((o) => o.written)).toEqual(['All agencies']);
  });
});

describe('actions of an urgent meeting due "today" or "this week"', () => {
  const notes = [
    'Fenwick Safeguarding Partnership – Executive',
    'Notes of the extraordinary meeting held on Tuesday 23 August 2022',
    'Present: Dan Reed (Chair), Pam Vale, Business Manager',
    '',
    '1. The incident',
    'The incident was discussed.',
    '→ PV to send the review request to the three partners – today',
    '→ DR to brief the portfolio holder this week',
    'PV to file the notes discussed today with the clerk.',
  ];

  test('"– today" is the meeting day and "this week" its Friday; "discussed today" sets no date', async () => {
    const { actions } = await readLines('fenwick-executive-2022-08-23.txt', notes);
    expect(findAction(actions, /review request/).due).toBe('2022-08-23');
    expect(findAction(actions, /portfolio holder/).due).toBe('2022-08-26');
    expect(findAction(actions, /file the notes/).due).toBeNull();
  });
});
