import { chairInLine } from '../../src/extract/attendance';
import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedDocument, ExtractedMeeting } from '../../src/extract/model';
import { readBuffer } from '../../src/ingest/readers';

/**
 * Classes of real minutes the twelfth round of fixes reads, each on a short paper written here in our own words for an
 * invented board: the rule is for the layout or the phrasing, not for one paper.
 */
const LIMITS = { maxFileBytes: 5_000_000, pdfTimeoutMs: 30_000 };

async function read(lines: string[], name = 'paper.txt'): Promise<ExtractedDocument> {
  const doc = await readBuffer(name, Buffer.from(lines.join('\n'), 'utf8'), LIMITS);
  return extractDocument(doc.blocks, name);
}

const held = (doc: ExtractedDocument): ExtractedMeeting => doc.meetings.find((m) => m.source === 'minutes')!;
const T = '\t';

describe('minutes as a table whose action column carries who and when in its words', () => {
  const minutes = [
    'ARDCRAIG CHILD PROTECTION COMMITTEE',
    'Minute of the meeting held on Tuesday 10 September 2024 at 10.00am in the Burgh Chambers, Ardcraig',
    'Sederunt: Morag Lindsay, Independent Chair (Chair); Duncan Ferguson, Chief Social Work Officer; DI Ewan Murray, Police Scotland; ' +
      'Isla Buchanan, Child Protection Lead Officer; Kirsty Todd, Quality Improvement Officer, Education.',
    'In attendance: Callum Rae, Data Analyst (item 4).',
    'Apologies: Hamish Grant, NHS Ardcraig.',
    `Item${T}Discussion and decisions${T}Action – who – when`,
    `1. Welcome${T}The Chair opened the meeting and noted the apologies.${T}`,
    `2. Self-evaluation${T}DF set out the timetable for the self-evaluation. Members agreed that each agency would send its evidence to the lead officer.${T}` +
      'IB to collate the agency returns for the self-evaluation – 31 October 2024. DF to share the draft findings with chief officers.',
    `3. Training${T}KT reported that uptake of the contextual safeguarding course was low in secondary schools.${T}` +
      'KT / EM to arrange a joint briefing for guidance staff – December 2024',
    `4. Performance${T}CR presented the quarterly report. Members asked for a view by area.${T}CR to split the missing episodes by area for the November meeting`,
    `5. Any other business${T}EM told members about the new police referral form.${T}EM to send the referral form to all members – as soon as possible`,
    `6. Date of next meeting${T}Tuesday 12 November 2024 at 10.00am.${T}`,
  ];

  it('reads each owner-led sentence of an action cell as an action, two in one cell, none from an empty cell', async () => {
    const doc = await read(minutes);
    expect(doc.actions.map((a) => a.text)).toEqual([
      expect.stringMatching(/^IB to collate the agency returns/),
      expect.stringMatching(/^DF to share the draft findings/),
      expect.stringMatching(/^KT \/ EM to arrange a joint briefing/),
      expect.stringMatching(/^CR to split the missing episodes/),
      expect.stringMatching(/^EM to send the referral form/),
    ]);
  });

  it('gives each action to the people whose names fit its initials, and the date the cell gives', async () => {
    const doc = await read(minutes);
    const owners = doc.actions.map((a) => a.owners.map((o) => o.person?.name.display ?? o.written));
    expect(owners).toEqual([['Isla Buchanan'], ['Duncan Ferguson'], ['Kirsty Todd', 'Ewan Murray'], ['Callum Rae'], ['Ewan Murray']]);
    expect(doc.actions.map((a) => a.due?.slice(0, 7) ?? null)).toEqual(['2024-10', null, '2024-12', '2024-11', null]);
    // The date after the dash is when, not part of the task.
    expect(doc.actions[0]!.text).not.toMatch(/October/);
    expect(held(doc).date).toBe('2024-09-10');
  });
});

describe('a bilingual header: each line in Welsh and English, the chair on a line of its own above those present', () => {
  const minutes = [
    'Bwrdd Diogelu Cwm Taran',
    'Cwm Taran Safeguarding Board',
    '',
    'Is-grŵp Hyfforddiant / Training Sub-group',
    '',
    'Cofnodion / Minutes',
    'Dyddiad / Date: 14 March 2023',
    'Lleoliad / Venue: Civic Offices, Pontfaen, and by video link',
    '',
    'Cadeirydd / Chair: Bethan Rowlands (BR) – Workforce Development Manager, Cwm Taran Council',
    '',
    'Yn bresennol / Present:',
    'Alun Griffiths (AG) – Training Officer, Cwm Taran Council',
    'Nia Vaughan (NV) – Named Nurse, Cwm Taran Health Board',
    'Tomos Bevan (TB) – Detective Sergeant, Heddlu Cwm Taran Police',
    '',
    'Ymddiheuriadau / Apologies:',
    'Elin Parry – Education Safeguarding Lead',
    '',
    '1. Croeso / Welcome',
    'BR welcomed members to the meeting.',
    '',
    '2. Rhaglen hyfforddi / Training programme',
    'Members looked at attendance on the level 2 course. ACTION: BR to write to agencies with low attendance by 31 March 2023.',
    '',
    '3. Dyddiad y cyfarfod nesaf / Date of next meeting',
    'Dyddiad y cyfarfod nesaf / Date of next meeting: 13 June 2023',
  ];

  it('names the sub-group that met, and its chair from the line given to the chair alone', async () => {
    const doc = await read(minutes);
    const m = held(doc);
    expect(m.board).toMatch(/Training Sub-group$/);
    expect(m.attendance.filter((e) => e.role === 'chair').map((e) => e.name.display)).toEqual(['Bethan Rowlands']);
    expect(m.attendance.filter((e) => e.role === 'chair' || e.role === 'present').map((e) => e.name.display)).toEqual([
      'Bethan Rowlands',
      'Alun Griffiths',
      'Nia Vaughan',
      'Tomos Bevan',
    ]);
  });

  it('reads the chair from the line as a Word copy keeps it, both labels in one paragraph', () => {
    expect(chairInLine('Cadeirydd / Chair: Bethan Rowlands (BR) – Workforce Development Manager')?.display).toBe('Bethan Rowlands');
  });

  it("resolves the chair's initials in an action to the chair", async () => {
    const doc = await read(minutes);
    const action = doc.actions.find((a) => /low attendance/.test(a.text))!;
    expect(action.owners.map((o) => o.person?.name.display ?? null)).toEqual(['Bethan Rowlands']);
  });
});

describe('those present as a corporate parenting board lists them: young people by first name, the note-taker on a line of their own', () => {
  const notes = [
    'Harlby Borough Council',
    'Corporate Parenting Panel – Notes',
    'Wednesday 2 October 2024, 5.00pm, Youth Zone, Harlby',
    '',
    'Present: Cllr Tessa Moorcroft (Chair); Cllr Ravi Anand; Grace Whitlock (Service Manager, Children in Care); ' +
      'Dr Owen Pryce, Designated Doctor; Alan Lord, Virtual School Head; Kai, Noor and Ellis (Children in Care Council)',
    'Apologies: Cllr Jean Ashby; Ian Croft (Tenancy Sustainment Manager)',
    'Notes: Hannah Quill, Democratic Services',
    '',
    '1. Welcome',
    'The Chair welcomed everyone, and thanked Kai, Noor and Ellis for choosing the venue.',
    '',
    '2. Care leavers',
    'Grace Whitlock reported on the local offer. Cllr Anand will write to the housing associations about rent guarantees by 30 November 2024.',
  ];

  it('lists each young person named by first name with their council as present', async () => {
    const m = held(await read(notes));
    const present = m.attendance.filter((e) => e.role === 'present').map((e) => e.name.display);
    expect(present).toEqual(expect.arrayContaining(['Kai', 'Noor', 'Ellis']));
  });

  it('counts whoever took the notes among those in attendance, and a surname that is also a title among those present', async () => {
    const m = held(await read(notes));
    expect(m.attendance.filter((e) => e.role === 'in-attendance').map((e) => e.name.display)).toEqual(['Hannah Quill']);
    expect(m.attendance.filter((e) => e.role === 'present').map((e) => e.name.display)).toContain('Alan Lord');
  });

  it('takes no first name for a person anywhere else, nor a "Notes:" line that names nobody', async () => {
    const m = held(
      await read([...notes.slice(0, 6), 'Notes: the papers were sent out late', '', '1. Welcome', 'Kai (who chairs the council) sent a message of thanks.']),
    );
    expect(m.attendance.map((e) => e.name.display)).not.toContain('the papers were sent out late');
    expect(m.attendance.filter((e) => e.role === 'present').map((e) => e.name.display)).toEqual([
      'Ravi Anand',
      'Grace Whitlock',
      'Owen Pryce',
      'Alan Lord',
      'Kai',
      'Noor',
      'Ellis',
    ]);
  });
});

describe('an action log whose status moves an action to a new date', () => {
  const log = [
    'Rathmore Area Child Protection Committee',
    'Minutes of the meeting held on 9 February 2012',
    'Present: Fergal Quinn (Chair), Orla Devlin, Seamus Boyd',
    '1. Action log',
    'Members went through the log.',
    `No.${T}Action${T}Lead${T}Due${T}Status`,
    `1${T}Agree the joint protocol with the trust${T}OD${T}November 2011${T}Carried forward – April 2012`,
    `2${T}Publish the revised thresholds leaflet${T}SB${T}January 2012${T}Complete`,
    `3${T}Draft the annual report${T}FQ${T}March 2012${T}Open`,
    '2. Date of next meeting',
    'The next meeting will be held on 12 April 2012.',
  ];

  it('takes the date the status carries the action forward to, and keeps the due column where nothing moved it', async () => {
    const doc = await read(log);
    expect(doc.actions.map((a) => a.due?.slice(0, 7) ?? null)).toEqual(['2012-04', '2012-01', '2012-03']);
    expect(doc.actions.map((a) => a.status)).toEqual(['open', 'done', 'open']);
  });
});

describe('a task to be done before an event the minutes date elsewhere in the item', () => {
  const notes = [
    'Kelderby Children’s Services Improvement Board',
    'Notes of the meeting held on 6 June 2018',
    'Present: Alison Frame (Chair), Rob Tennant, Divya Shah',
    '1. Ofsted monitoring',
    'Rob Tennant said the monitoring visit on 17 July would look at the front door. ' +
      'It was agreed that the Head of Service would refresh the audit summary ahead of the monitoring visit.',
    '2. Workforce',
    'Divya Shah will send the agency staffing figures before the summer.',
  ];

  it("dates the task by the event's day", async () => {
    const doc = await read(notes);
    const task = doc.actions.find((a) => /audit summary/.test(a.text))!;
    expect(task.due).toBe('2018-07-17');
  });
});

describe("a post named with its body's letters, its holder listed with the field after the post", () => {
  const note = [
    'Carnbrae Chief Officers Group',
    'Note of meeting, 8 March 2023',
    'Present:',
    'Iain Dalgleish, Chief Executive (Chair)',
    'Shona Petrie, Lead Officer, Child Protection',
    'Gordon Fyfe, Lead Officer, Adult Protection',
    'Elspeth Rae, Chief Social Work Officer',
    '1. Multi-agency training',
    'Action: CPC Lead Officer to circulate the training needs analysis to chief officers – by 31 March 2023.',
    'Action: APC Lead Officer to report on large-scale investigations at the next meeting.',
  ];

  it('gives each task to the lead officer of the field its letters begin with', async () => {
    const doc = await read(note);
    const holder = (re: RegExp) => doc.actions.find((a) => re.test(a.text))!.owners.map((o) => o.person?.name.display ?? null);
    expect(holder(/training needs/)).toEqual(['Shona Petrie']);
    expect(holder(/large-scale/)).toEqual(['Gordon Fyfe']);
  });
});
