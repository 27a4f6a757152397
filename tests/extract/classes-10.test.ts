import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedDocument, ExtractedMeeting } from '../../src/extract/model';
import { readBuffer } from '../../src/ingest/readers';

/**
 * Classes of real papers the tenth round of fixes reads: each on a paper written here in our own words for an invented
 * board, so that the rule is for the layout or the phrasing, not for one paper.
 */
const LIMITS = { maxFileBytes: 5_000_000, pdfTimeoutMs: 30_000 };

async function read(lines: string[], name = 'paper.txt'): Promise<ExtractedDocument> {
  const doc = await readBuffer(name, Buffer.from(lines.join('\n'), 'utf8'), LIMITS);
  return extractDocument(doc.blocks, name);
}

const held = (doc: ExtractedDocument): ExtractedMeeting => doc.meetings.find((m) => m.source === 'minutes')!;
const itemNumbers = (m: ExtractedMeeting) => m.items.map((i) => i.number);

describe('minutes numbered on from the last meeting: a council numbers its minutes through the municipal year', () => {
  const minutes = [
    'KESTERFORD CITY COUNCIL',
    '',
    'FOSTERING AND ADOPTION PANEL',
    '',
    'MINUTES of a meeting of the Fostering and Adoption Panel held at the Civic Centre on Thursday 3 March 2022 at 2.00 pm',
    '',
    'PRESENT:      Councillor Wendy Orme (Chair), Councillors Basil Tran and Ruth Okafor',
    '',
    'OFFICERS:     Lionel Marsh (Head of Fostering) and Ada Brennan (Committee Clerk)',
    '',
    '131.  APOLOGIES',
    '',
    'Apologies were received from Councillor Dev Patel.',
    '',
    '132.  CARERS RECRUITED THIS YEAR',
    '',
    'The Head of Fostering gave the figures. The following points were raised:',
    '1. twelve households had been approved since April',
    '2. three households had withdrawn during assessment',
    '',
    'RESOLVED:',
    '(1) That the figures be noted.',
    '(2) That the Head of Fostering send members the recruitment campaign plan before the summer.',
    '',
    '133.  CHILDREN IN KINSHIP CARE',
    '',
    'Members discussed the allowances paid to kinship carers.',
    '',
    'RESOLVED: That the Head of Fostering report back on the kinship allowances at the next meeting.',
    '',
    '134.  DATE OF NEXT MEETING',
    '',
    'RESOLVED: That the next meeting be held on Thursday 9 June 2022 at 2.00 pm.',
  ];

  it('reads each numbered heading as an item, however high the first number, and no numbered point inside one', async () => {
    const m = held(await read(minutes));
    // The apologies heading opens the attendance, as "1. Apologies" does.
    expect(itemNumbers(m)).toEqual(['132', '133', '134']);
    expect(m.items[0]!.title).toMatch(/Carers Recruited/i);
  });

  it('files each task under the item it was resolved in', async () => {
    const doc = await read(minutes);
    const plan = doc.actions.find((a) => /campaign plan/.test(a.text))!;
    const kin = doc.actions.find((a) => /kinship allowances/.test(a.text))!;
    expect(plan.item).toBe('132');
    expect(kin.item).toBe('133');
  });

  it('still refuses a lone high number: a figure opening a paragraph is no item', async () => {
    const notes = [
      'Minutes of the Quality Assurance Group held on 4 May 2023',
      '',
      'Present: Amy Lowe (Chair), Ben Soto',
      '',
      '1. Welcome',
      '',
      'Amy welcomed everyone.',
      '',
      '2. Audit findings',
      '',
      '45 Audits completed',
      '',
      'Ben Soto to share the audit summary by 1 June 2023.',
    ];
    const m = held(await read(notes));
    expect(itemNumbers(m)).toEqual(['1', '2']);
  });
});

describe('a team, unit or agency as the subject of a task told in prose', () => {
  const notes = [
    'Morven Vale Safeguarding Partnership – Exploitation Sub Group',
    '',
    'Notes of the meeting held on 14 March 2024',
    '',
    'Present: Carys Wynne (Chair), DI Owen Pugh, Lowri Bevan, Gethin Rees',
    '',
    'Apologies: Nia Hopkins',
    '',
    '1. Missing children data',
    '',
    'The Partnership Team will circulate the missing episodes dashboard to members by the end of April.',
    '',
    'The police would normally attend every return home interview review in person.',
    '',
    'Health reported that immunisation rates for looked after children had recovered.',
    '',
    '2. Training',
    '',
    'It was agreed that the Safeguarding Unit would refresh the exploitation screening guidance and share it before the next meeting.',
    '',
    'The Board noted the report.',
    '',
    '3. Transitions',
    '',
    "Police and Children's Services will jointly review the threshold for strategy discussions.",
    '',
    'The Partnership will continue to meet every quarter.',
    '',
    'The Partnership will review its priorities in the autumn.',
    '',
    "Children's Social Care to provide an update on the contextual safeguarding pilot.",
    '',
    'The Local Authority will be inspected early next year.',
    '',
    'Date of next meeting: 20 June 2024',
  ];
  const ownersOf = (doc: ExtractedDocument, re: RegExp) => doc.actions.find((a) => re.test(a.text))?.owners.map((o) => `${o.written}:${o.kind}`);

  it('gives the task to the team, the unit or each agency named as its subject', async () => {
    const doc = await read(notes);
    expect(ownersOf(doc, /missing episodes dashboard/)).toEqual(['Partnership Team:group']);
    expect(ownersOf(doc, /screening guidance/)).toEqual(['Safeguarding Unit:organisation']);
    expect(ownersOf(doc, /threshold for strategy/)).toEqual(['Police:organisation', "Children's Services:organisation"]);
    expect(ownersOf(doc, /contextual safeguarding pilot/)).toEqual(["Children's Social Care:organisation"]);
  });

  it("dates the agreed task by the next meeting, and the team's by the month it names", async () => {
    const doc = await read(notes);
    expect(doc.actions.find((a) => /screening guidance/.test(a.text))!.due).toBe('2024-06-20');
    expect(doc.actions.find((a) => /dashboard/.test(a.text))!.due).toBe('2024-04-30');
  });

  it('reads no habit, report, noting or plan for the board itself as a task', async () => {
    const doc = await read(notes);
    const texts = doc.actions.map((a) => a.text).join('\n');
    expect(texts).not.toMatch(/normally attend|immunisation|noted the report|meet every quarter|be inspected|its priorities/);
    expect(doc.actions).toHaveLength(4);
  });
});

describe('a due date written as a meeting, where the paper gives that meeting its day', () => {
  const minutes = (withDates: boolean) => [
    'Ashgrove Safeguarding Children Partnership – Executive Group',
    '',
    'Minutes of the meeting held on 12 March 2025',
    '',
    'Present: Rhian Doyle (Chair), Tom Faber, Priya Nair, Owen Clegg',
    '',
    '1. Neglect strategy',
    '',
    'Tom Faber to bring the neglect audit findings to the December meeting.',
    '',
    'Priya Nair will present the revised thresholds document to the September Board.',
    '',
    '2. Action log',
    '',
    'Action | Owner | Due',
    'Refresh the escalation policy | TF | June meeting',
    'Circulate the training offer to schools | PN | Sept Board',
    'Publish the annual report | RD | end of July',
    '',
    ...(withDates
      ? ['3. Dates of meetings 2025', '', '18 June 2025, 17 September 2025 and 10 December 2025, all at 10am in the Town Hall.', '']
      : ['3. Any other business', '', 'None.', '']),
  ];
  const dueOf = (doc: ExtractedDocument, re: RegExp) => doc.actions.find((a) => re.test(a.text))?.due;

  it("takes the listed meeting's day for a meeting named by its month, in a cell or in a sentence", async () => {
    const doc = await read(minutes(true));
    expect(dueOf(doc, /escalation policy/)).toBe('2025-06-18');
    expect(dueOf(doc, /training offer/)).toBe('2025-09-17');
    expect(dueOf(doc, /neglect audit/)).toBe('2025-12-10');
    expect(dueOf(doc, /thresholds document/)).toBe('2025-09-17');
    // A month's end is a month's end, meetings or not.
    expect(dueOf(doc, /annual report/)).toBe('2025-07-31');
  });

  it("takes the next meeting's day for a cell naming that month's meeting", async () => {
    const doc = await read([...minutes(false), 'Date of next meeting: 18 June 2025']);
    expect(dueOf(doc, /escalation policy/)).toBe('2025-06-18');
    expect(dueOf(doc, /training offer/)).toBe('2025-09-30');
  });

  it("keeps the month's last day where the paper gives no meeting its day", async () => {
    const doc = await read(minutes(false));
    expect(dueOf(doc, /escalation policy/)).toBe('2025-06-30');
    expect(dueOf(doc, /training offer/)).toBe('2025-09-30');
    expect(dueOf(doc, /neglect audit/)).toBe('2025-12-31');
  });
});

describe("an agenda pack's cover naming the partnership over the group that meets", () => {
  const pack = [
    'BRAMLEY FORD SAFEGUARDING CHILDREN PARTNERSHIP',
    'EXECUTIVE GROUP',
    '',
    'Thursday 9 October 2025, 10.00am – 12.00pm',
    'Committee Room 2, Bramley Ford Civic Centre',
    '',
    'AGENDA',
    '1.  Welcome and apologies',
    '2.  Minutes of 10 July 2025 and action log – Paper A',
    '3.  Budget monitoring – Paper B',
    '4.  Any other business',
    '',
    'Paper A',
    '',
    'BRAMLEY FORD SAFEGUARDING CHILDREN PARTNERSHIP – EXECUTIVE GROUP',
    'Minutes of the meeting held on 10 July 2025, Bramley Ford Civic Centre',
    '',
    'Members:',
    '  Ruth Amos, Director of Children’s Services (Chair)',
    '  Det Supt Colin Varga, Bramley Ford Police',
    '  Hannah Ilsley, Chief Nurse, ICB',
    'Apologies: none',
    '',
    '1. Budget',
    'RA to circulate the budget monitoring report before the October meeting.',
    '',
    'Next meeting: 9 October 2025',
  ];

  it('names the meeting the cover announces after the group, as its carried minutes are named', async () => {
    const doc = await read(pack);
    const announced = doc.meetings.find((m) => m.source === 'agenda')!;
    const carried = held(doc);
    expect(announced.date).toBe('2025-10-09');
    expect(announced.board).toMatch(/Executive Group$/);
    expect(announced.board).toBe(carried.board);
  });
});

describe('several tasks for one person in one item', () => {
  const minutes = [
    'Larkhill Safeguarding Children Partnership',
    '',
    'Minutes of the meeting held on 5 February 2025',
    '',
    'Present: Jane Orr (Chair), Mark Tully (Business Manager), Sara Khan (Designated Nurse), DCI Paul Ennis',
    '',
    '1. Health pathway',
    '',
    'Sara will send the audit tool to all designated leads.',
    '',
    'DCI Ennis agreed to share the hotspot map.',
    '',
    'Jane asked Sara to update the health pathway.',
    '',
    'The Designated Nurse will liaise with GP leads regarding training.',
    '',
    '2. Training',
    '',
    'Mark will report back on the training offer at the next meeting.',
    'Action: Mark to feed back on the training offer.',
  ];

  it('keeps a task told in prose when the same person is given another one paragraphs away', async () => {
    const doc = await read(minutes);
    const texts = doc.actions.map((a) => a.text).join('\n');
    expect(texts).toMatch(/audit tool/);
    expect(texts).toMatch(/health pathway/);
    expect(texts).toMatch(/liaise with GP leads/);
  });

  it('still reads a task told and then set down as an action straight after as one', async () => {
    const doc = await read(minutes);
    expect(doc.actions.filter((a) => /training offer/.test(a.text))).toHaveLength(1);
  });
});

describe('a post holder\'s task told with "would", and an agreement that leaves out "that"', () => {
  const minutes = [
    'Larkhill Safeguarding Children Partnership',
    '',
    'Minutes of the meeting held on 5 February 2025',
    '',
    'Present: Jane Orr (Chair), Mark Tully (Business Manager), Sara Khan (Designated Nurse), DCI Paul Ennis',
    '',
    '1. Risk register',
    '',
    'The Business Manager would circulate the revised risk register after the meeting.',
    '',
    'Following discussion it was agreed the Designated Nurse would update the escalation flowchart for GPs.',
    '',
    'The Designated Nurse would normally attend the child death review meetings.',
    '',
    'It was agreed the audit would be repeated next year.',
  ];

  it('gives each task to the post its holder at the meeting has', async () => {
    const doc = await read(minutes);
    const register = doc.actions.find((a) => /risk register/.test(a.text));
    const flowchart = doc.actions.find((a) => /escalation flowchart/.test(a.text));
    expect(register?.owners.map((o) => o.person?.name.display)).toEqual(['Mark Tully']);
    expect(flowchart?.owners.map((o) => o.person?.name.display)).toEqual(['Sara Khan']);
    expect(doc.actions.map((a) => a.text).join('\n')).not.toMatch(/normally attend|audit would be repeated/);
  });
});
