import type { ExtractedAction } from '../../src/extract/model';
import { dueMonth, findAction, readLines, readPaper } from '../helpers/read-paper';

/**
 * Classes the twenty-fourth blind set found missed in actions, each on a paper written here in our own words for an
 * invented board: minutes typed as a borderless table with NOTED / AGREED / ACTION in the left margin column; agreed
 * actions numbered inside the paragraph that records the decision ("(Agreed action 21/07: …)"); a log whose owner cell is
 * merged down over several actions (a rowspan in the HTML a Word file becomes, an empty first column in its text copy);
 * and a bilingual log whose headers, ratings and key give each word in two languages.
 */
const who = (a: ExtractedAction) => a.owners.map((o) => o.written);

describe('NOTED / AGREED / ACTION in a left margin column', () => {
  const minutes = [
    'Fenwater Children’s Partnership – Schools Forum',
    'Minutes of the meeting held on Thursday 9 March 2023',
    'Present: Nia Powell (NP) – Chair, Gareth Lloyd (GL), Carys Bevan (CB)',
    '1.\tBudget for holiday clubs',
    'NOTED\tGL said the summer clubs were full within a week last year.',
    'ACTION\tGL to cost a third club for the summer by 31 March 2023.',
    '2.\tAttendance of looked after children',
    'AGREED\tThat the Chair write to every head teacher about the attendance figures.',
    'ACTION\tCB to be asked to bring the termly figures to the next meeting.',
    'NOTED\tNext meeting: Thursday 8 June 2023.',
  ];

  test('each ACTION row and the AGREED row that gives someone a task are actions, with their owners and dates', async () => {
    const { actions } = await readLines('fenwater-schools-forum-2023-03-09.txt', minutes);
    const club = findAction(actions, /third club/);
    expect(who(club)).toEqual(['GL']);
    expect(dueMonth(club)).toBe('2023-03');
    expect(who(findAction(actions, /write to every head teacher/))).toEqual(['Chair']);
    const figures = findAction(actions, /termly figures/);
    expect(who(figures)).toEqual(['CB']);
    expect(dueMonth(figures)).toBe('2023-06');
    // A NOTED row reports; it gives nobody a task.
    expect(actions.some((a) => /full within a week/.test(a.text))).toBe(false);
  });
});

describe('agreed actions numbered inside the decision paragraph', () => {
  const minutes = [
    'Ardcross Safeguarding Panel',
    'Minutes of the meeting held on Tuesday 14th February 2023',
    'Present: Mrs Aoife Kerr (Chair), Mr Declan Moore, Dr Lorna Quinn, Mr Paul Hanna',
    '',
    '4. Young carers',
    'Mr Moore outlined the young carers’ survey. Members AGREED that the survey be repeated in the autumn, with its results ' +
      'coming to the Panel in October (Agreed action 23/07: Mr Moore and Dr Quinn). Mr Hanna left the meeting.',
    '5. Missing from home',
    'The Panel AGREED that Mr Hanna would collect the return interview figures for each school; this is Agreed action 23/08 ' +
      'and is to be reported at the April meeting. Agreed action 23/09: the Panel Secretary to add the item to every agenda.',
    'The Panel AGREED to run a workshop for youth leaders, with Mrs Kerr and Mr Moore leading its planning (Agreed action 23/10).',
    '6. Date of next meeting',
    'Tuesday 11th April 2023.',
  ];

  test('the sentence that carries the number is the action: its owners in the bracket or the sentence, its date', async () => {
    const { actions } = await readLines('ardcross-panel-2023-02-14.txt', minutes);
    const survey = findAction(actions, /survey be repeated/);
    expect(survey.ref).toBe('23/07');
    expect(who(survey)).toEqual(['Mr Moore', 'Dr Quinn']);
    expect(dueMonth(survey)).toBe('2023-10');
    const figures = findAction(actions, /return interview figures/);
    expect(figures.ref).toBe('23/08');
    expect(who(figures)).toEqual(['Mr Hanna']);
    expect(dueMonth(figures)).toBe('2023-04');
    expect(findAction(actions, /add the item to every agenda/).ref).toBe('23/09');
    expect(who(findAction(actions, /workshop for youth leaders/))).toEqual(['Mrs Kerr', 'Mr Moore']);
    expect(actions.some((a) => /left the meeting/.test(a.text))).toBe(false);
  });
});

describe('an owner cell merged down over several actions', () => {
  test('a rowspan (the HTML a Word file becomes) gives each row the lead', async () => {
    const html = [
      '<html><body><p>Brynmawr Partnership – action log</p><table>',
      '<tr><td>Ref</td><td>Action</td><td>Lead</td><td>Due</td><td>Status</td></tr>',
      '<tr><td>1</td><td>Publish the annual report on the website</td><td rowspan="2">Business Manager</td><td>30/06/2022</td><td>Complete</td></tr>',
      '<tr><td>2</td><td>Book the venue for the autumn conference</td><td>31/07/2022</td><td>In progress</td></tr>',
      '<tr><td>3</td><td>Audit the strategy meeting records</td><td>Designated Nurse</td><td>30/09/2022</td><td>Not started</td></tr>',
      '</table></body></html>',
    ].join('\n');
    const { actions } = await readPaper('brynmawr-log.html', Buffer.from(html, 'utf8'));
    expect(who(findAction(actions, /autumn conference/))).toEqual(['Business Manager']);
    expect(dueMonth(findAction(actions, /autumn conference/))).toBe('2022-07');
    expect(who(findAction(actions, /strategy meeting records/))).toEqual(['Designated Nurse']);
  });

  test('a text copy leaves the cell empty on the rows below; they keep their columns and the owner above', async () => {
    const minutes = [
      'Brynmawr Partnership – Early Years Group',
      'Minutes of the meeting held on 5 May 2022',
      'Present: Megan Lewis (Chair), Owen Price, Rhian Davies',
      '',
      '4. Actions',
      'Who\tWhat\tWhen\tItem',
      'Owen Price\tDraft the two-year-old offer leaflet\tFor the July meeting\t2',
      '\tSend the leaflet to every nursery\tEnd of July\t2',
      'Rhian Davies\tCount the funded places taken up\t30/06/2022\t3',
    ];
    const { actions } = await readLines('brynmawr-eyg-2022-05-05.txt', minutes);
    const send = findAction(actions, /every nursery/);
    expect(who(send)).toEqual(['Owen Price']);
    expect(dueMonth(send)).toBe('2022-07');
    expect(who(findAction(actions, /funded places/))).toEqual(['Rhian Davies']);
  });
});

describe('a bilingual log', () => {
  test('headers, ratings and the colour key are read by their English side', async () => {
    const html = [
      '<html><body><p>Bwrdd Enghraifft / Example Board</p>',
      '<p>Lliw / Colour: Gwyrdd / Green = wedi gorffen / complete; Coch / Red = hwyr / overdue.</p><table>',
      '<tr><td>Cyf. / Ref</td><td>Cam gweithredu / Action</td><td>Arweinydd / Lead</td><td>Erbyn / By</td><td>Diweddariad / Update</td><td>Lliw / Colour</td></tr>',
      '<tr><td>EB 22/01</td><td>Agree the joint training plan with both councils</td><td>Training Officer</td><td>Medi / September 2022</td><td>Agreed by both</td><td>Gwyrdd / Green</td></tr>',
      '<tr><td>EB 22/02</td><td>Write to the health board about the waiting list</td><td>Chair of the Board</td><td>31/10/2022</td><td>No reply yet</td><td>Coch / Red</td></tr>',
      '</table></body></html>',
    ].join('\n');
    const { actions } = await readPaper('example-board-log.html', Buffer.from(html, 'utf8'));
    const plan = findAction(actions, /joint training plan/);
    expect(dueMonth(plan)).toBe('2022-09');
    expect(plan.status).toBe('done');
    const letter = findAction(actions, /waiting list/);
    expect(dueMonth(letter)).toBe('2022-10');
    expect(letter.status).toBe('open');
  });
});

describe('"It was agreed that:" over lettered clauses', () => {
  const note = [
    'Fenwater Children’s Partnership – Early Help Group',
    'Note of the meeting held on Tuesday 12 May 2020',
    'Present: Lowri Jenkins (Chair), Dafydd Morgan, Eleri Hughes, Iwan Roberts',
    '',
    '2. Food parcels',
    'It was agreed that:',
    '(a) Dafydd Morgan and Eleri Hughes would agree a joint list of families to visit by 22 May 2020;',
    '(b) Iwan Roberts would draw up a rota for the drivers;',
    '(c) no change is needed to the referral route.',
  ];

  test('each clause that gives named people a task is an action; a clause that decides is not', async () => {
    const { actions } = await readLines('fenwater-ehg-2020-05-12.txt', note);
    const list = findAction(actions, /joint list of families/);
    expect(who(list)).toEqual(['Dafydd Morgan', 'Eleri Hughes']);
    expect(dueMonth(list)).toBe('2020-05');
    expect(who(findAction(actions, /rota for the drivers/))).toEqual(['Iwan Roberts']);
    expect(actions.some((a) => /referral route/.test(a.text))).toBe(false);
  });
});

describe('a highlight sheet in plain words: "What we did since …" and "What happens next"', () => {
  const sheet = [
    'Fenwater Children’s Partnership – Neglect Group',
    'Minutes of the meeting held on Wednesday 7 May 2025',
    'Present: Nia Powell (Chair), Gareth Lloyd, Carys Bevan, Huw Rees',
    'What we did since February',
    '• The leaflet for parents was reprinted (Gareth Lloyd) – done.',
    '• The training list went to every team on 3 March (Carys Bevan) – done.',
    'What happens next',
    '• Pilot the new checklist in two teams (Huw Rees – by the end of October).',
    '• Book the autumn conference (Gareth Lloyd and Carys Bevan – for the September meeting).',
  ];

  test('the bullets are actions: the bracket says who and when, "– done" and the heading say what is finished', async () => {
    const { actions } = await readLines('fenwater-neglect-2025-05-07.txt', sheet);
    const leaflet = findAction(actions, /leaflet for parents/);
    expect(who(leaflet)).toEqual(['Gareth Lloyd']);
    expect(leaflet.status).toBe('done');
    const list = findAction(actions, /training list/);
    expect(list.status).toBe('done');
    // The day it was done is no due date.
    expect(list.due).toBeNull();
    const pilot = findAction(actions, /new checklist/);
    expect(who(pilot)).toEqual(['Huw Rees']);
    expect(pilot.status).toBe('open');
    expect(dueMonth(pilot)).toBe('2025-10');
    expect(who(findAction(actions, /autumn conference/))).toEqual(['Gareth Lloyd', 'Carys Bevan']);
  });

  test('printed without its bullets (a PDF draws them as shapes), each entry is still one', async () => {
    const { actions } = await readLines(
      'fenwater-neglect-2025-05-07-print.txt',
      sheet.map((l) => l.replace(/^• /, '')),
    );
    expect(findAction(actions, /leaflet for parents/).status).toBe('done');
    expect(findAction(actions, /training list/).status).toBe('done');
    expect(who(findAction(actions, /new checklist/))).toEqual(['Huw Rees']);
    expect(dueMonth(findAction(actions, /autumn conference/))).toBe('2025-09');
  });
});
