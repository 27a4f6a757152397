import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedAction } from '../../src/extract/model';
import { type Block, rowBlock } from '../../src/ingest/document';
import { dueMonth, findAction, readLines } from '../helpers/read-paper';

/**
 * Classes the seventeenth blind set found misread in actions, each on a paper written here in our own words for an
 * invented board: owners written as surnames in capitals, action points numbered "AP1" with accented and hyphenated
 * first names, a task list whose brackets give owners and when, an "Action by" column beside a paragraph's last line,
 * an adjournment, and a report that names a post's holder in a sentence.
 */
const written = (a: ExtractedAction) => a.owners.map((o) => o.written);
const people = (a: ExtractedAction) => a.owners.map((o) => o.person?.name.display ?? null);

describe('owners written as surnames in capitals', () => {
  const minute = [
    'KINLOCHY CHILD PROTECTION COMMITTEE',
    'Minute of meeting held on Tuesday 10 March 2015 in the Burgh Chambers',
    '',
    'Present: Kirsten Lennox (Chair), Hamish Drummond, Morag Guthrie, Alastair Cowie, Shona Lennox',
    'Apologies: Iona Baxter',
    '',
    '1. Leaflet for parents',
    'Members agreed the leaflet needs to be rewritten in plain language.',
    'Action: GUTHRIE / DRUMMOND – redraft the parents leaflet by 12 June 2015',
    '',
    '2. Training',
    'Action: COWIE – report on take-up of the new course to the September Committee',
    'Action: LENNOX – book the venue for the conference by end of May',
    '',
    '3. Date of next meeting',
    'Tuesday 9 June 2015',
  ];

  test('each capital surname is its owner as written, and the one person present with that surname', async () => {
    const doc = await readLines('kinlochy-cpc-minute.txt', minute);
    const leaflet = findAction(doc.actions, /redraft the parents leaflet/);
    expect(written(leaflet)).toEqual(['GUTHRIE', 'DRUMMOND']);
    expect(people(leaflet)).toEqual(['Morag Guthrie', 'Hamish Drummond']);
    expect(dueMonth(leaflet)).toBe('2015-06');
    expect(people(findAction(doc.actions, /take-up of the new course/))).toEqual(['Alastair Cowie']);
  });

  test('a surname two people present share is written as it is, resolved to neither', async () => {
    const doc = await readLines('kinlochy-cpc-minute.txt', minute);
    const venue = findAction(doc.actions, /book the venue/);
    expect(written(venue)).toEqual(['LENNOX']);
    expect(people(venue)).not.toContain('Kirsten Lennox');
    expect(people(venue)).not.toContain('Shona Lennox');
  });

  test('"RESOLVED – that …" in capitals names nobody', async () => {
    const doc = await readLines('kinlochy-resolved.txt', [
      'KINLOCHY CHILD PROTECTION COMMITTEE',
      'Minute of meeting held on Tuesday 10 March 2015',
      'Present: Kirsten Lennox (Chair), Hamish Drummond, Morag Guthrie',
      '1. Minute of last meeting',
      'RESOLVED – that the minute of 9 December 2014 be approved',
    ]);
    expect(doc.actions.some((a) => written(a).includes('RESOLVED'))).toBe(false);
  });
});

describe('action points numbered "AP1" whose owners are first names with accents and hyphens', () => {
  const notes = [
    'GLENCORRAN FAMILY SUPPORT PANEL',
    'Notes of Meeting – Thursday 14th March 2024, 10am',
    '',
    'Present: Siobhán Gallagher (Chair), Mary-Kate Rooney, Tomás Breen, Declan Friel',
    '',
    '1. Referrals',
    'Mary-Kate reported nine new referrals.',
    '',
    'Action Points',
    'AP1 Siobhán – write to the two youth clubs about the autumn programme – by end of April',
    'AP2 Mary-Kate / Tomás – agree a rota for the drop-in sessions – 20th April',
    'AP3 Declan – bring the leaflet costs – next meeting',
    '',
    'Date of next meeting: TBC (dates to be agreed by email)',
  ];

  test('every point is an action, owned by the first names as written and resolved to the people present', async () => {
    const doc = await readLines('glencorran-panel-notes.txt', notes);
    const clubs = findAction(doc.actions, /youth clubs/);
    expect(clubs.ref).toBe('AP1');
    expect(people(clubs)).toEqual(['Siobhán Gallagher']);
    expect(dueMonth(clubs)).toBe('2024-04');
    const rota = findAction(doc.actions, /rota for the drop-in/);
    expect(written(rota)).toEqual(['Mary-Kate', 'Tomás']);
    expect(people(rota)).toEqual(['Mary-Kate Rooney', 'Tomás Breen']);
  });

  test('"– next meeting" at the end of a point is its due, not the date of the next meeting (which is TBC)', async () => {
    const doc = await readLines('glencorran-panel-notes.txt', notes);
    expect(doc.meetings[0]!.nextMeeting).toBeNull();
    expect(findAction(doc.actions, /leaflet costs/).due).toBeNull();
  });
});

describe('a task list after the items, owners and when in brackets', () => {
  test('"(Fergus M and Lena P, by 9 May)", "(Lena P, this week)": owners, and a due; the list is not read as items again', async () => {
    const doc = await readLines('dunmore-subgroup-note.txt', [
      'Dunmore Child Protection Committee – Audit Sub-group',
      'Note of meeting – Wednesday 16 April 2025 (Teams)',
      'Present: Fergus Munro (Chair), Lena Paterson, Callum Reid',
      '',
      '1. Note of last meeting',
      'Agreed.',
      '2. Case file audit',
      'Fergus presented the themes from the audit.',
      '3. Chronologies',
      'Lena described the new chronology template.',
      '',
      'Tasks',
      '1. Write up the audit themes and report them to the Committee (Fergus M and Lena P, by 9 May)',
      '2. Send the template to the locality managers (Callum R, by 30 April)',
      '3. Test the template on six files (Lena P, next meeting)',
      '4. Circulate the audit tool to members (Lena P, this week)',
      '',
      'Next meeting: Wednesday 18 June 2025, Teams.',
    ]);
    const themes = findAction(doc.actions, /audit themes/);
    expect(people(themes)).toEqual(['Fergus Munro', 'Lena Paterson']);
    expect(dueMonth(themes)).toBe('2025-05');
    expect(dueMonth(findAction(doc.actions, /six files/))).toBe('2025-06');
    expect(findAction(doc.actions, /six files/).text).not.toMatch(/Lena P/);
    const tool = findAction(doc.actions, /audit tool/);
    expect(people(tool)).toEqual(['Lena Paterson']);
    expect(dueMonth(tool)).toBe('2025-04');
  });
});

describe('minutes with an "Action by" column beside the last line of each paragraph', () => {
  const p = (text: string): Block => ({ type: 'paragraph', text });
  const blocks: Block[] = [
    p('ASHLEIGH SAFEGUARDING CHILDREN BOARD'),
    p('Minutes of the Board meeting held on Tuesday 7 March 2017 at 10.00 am'),
    p('Present: Ruth Calder (Chair), Owen Pryce, Nadia Farouk, Keith Amos'),
    rowBlock(['Minute', 'Action by']),
    p('1. Missing children'),
    p('Owen Pryce presented the return home interview figures. The Board asked for the figures to show which'),
    rowBlock(['interviews were offered late, and for this to come back to the June Board.', 'OP']),
    p('2. Training champions'),
    rowBlock(['The Board agreed each agency should name a champion. Members to send their names to the Chair by 31 March.', 'All']),
  ];

  test('the sentence begun on the line above the row is the action, the initials its owner', () => {
    const doc = extractDocument(blocks, 'ashleigh-minutes.pdf');
    const late = findAction(doc.actions, /which interviews were offered late/);
    expect(people(late)).toEqual(['Owen Pryce']);
    expect(late.text).toMatch(/^The Board asked for the figures/);
  });

  test('"All" in the column is everyone, and the row is an action', () => {
    const doc = extractDocument(blocks, 'ashleigh-minutes.pdf');
    const names = findAction(doc.actions, /send their names/);
    expect(written(names)).toEqual(['All']);
    expect(dueMonth(names)).toBe('2017-03');
  });
});

describe('a meeting adjourned and a post holder named in a sentence', () => {
  test('"At 9.10 pm the Panel agreed to adjourn …" is no action', async () => {
    const doc = await readLines('ferncliffe-panel.txt', [
      'Ferncliffe Scrutiny Panel',
      'Minutes of the meeting held on Monday 4 November 2019 at 7.00 pm',
      'Present: Councillors Ada Hume (Chair), Rory Vance and Tess Oyelaran',
      '1. Youth offending',
      'Rory Vance undertook to provide the reoffending figures before the next meeting.',
      'At 9.10 pm the Panel agreed to adjourn the meeting and to reconvene on 11 November 2019.',
    ]);
    expect(doc.actions.map((a) => a.text).join(' / ')).not.toMatch(/adjourn/);
    expect(people(findAction(doc.actions, /reoffending figures/))).toEqual(['Rory Vance']);
  });

  test('"The Quality Lead is Priya Anand." says who owns the action plan\'s "Quality Lead" actions', async () => {
    const doc = await readLines('wexcombe-report.txt', [
      'WEXCOMBE SAFEGUARDING PARTNERSHIP',
      'Report to\tExecutive',
      'Title\tEarly help review',
      '',
      '3. Proposed actions',
      'No.\tAction\tLead\tBy',
      '1\tRefresh the early help assessment form\tQuality Lead\t30/06/2025',
      '2\tPublish the new pathway\tGareth Lloyd (Pathway Manager)\tJuly 2025',
      'The Quality Lead is Priya Anand.',
    ]);
    const form = findAction(doc.actions, /assessment form/);
    expect(written(form)).toEqual(['Quality Lead']);
    expect(people(form)).toEqual(['Priya Anand']);
  });
});
