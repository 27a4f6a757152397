import type { ExtractedDocument } from '../../src/extract/model';
import { parseOwners } from '../../src/extract/owners';
import type { ActionView } from '../../src/library/actions-view';
import { makeXlsx } from '../helpers/make-files';
import { libraryActions, readPaper as read, textPaper as text } from '../helpers/read-paper';

/**
 * Classes the eleventh blind set found misread, each on a paper written here in our own words for invented boards:
 * plans and registers that record no meeting, roles whose holders the paper names in a key, and one action told twice.
 */
const held = (doc: ExtractedDocument) => doc.meetings.filter((m) => m.source === 'minutes');

/** The actions a fresh library shows for one paper, owners as the reader sees them. */
const ownersOf = (actions: ActionView[], words: RegExp) => actions.find((a) => words.test(a.text))?.owners.map((o) => o.display);

// A council's plan: the table first, then the people who hold the posts it names, on a sheet of their own.
async function improvementPlan(): Promise<Buffer> {
  return makeXlsx({
    Plan: [
      ['Larkhill Borough Council – Early Help Improvement Plan 2021-22'],
      ['Version 2: position at 30 June 2021, for the Early Help Board on 21 July 2021'],
      ['Ref', 'Action', 'Lead', 'Due', 'RAG', 'Update'],
      ['1.1', 'Publish a single early help assessment form for all agencies', 'Head of Early Help', 'Sept 2021', 'G', 'Draft with partners.'],
      ['1.2', 'Train family support workers in the new assessment form', 'Early Help Practice Lead', 'End Q3', 'A', 'Trainer booked.'],
      ['1.3', 'Agree a data sharing protocol with the two school trusts', 'DI Vulnerability Unit', 'Dec 2021', 'G', 'Trusts have the draft.'],
      ['1.4', 'Report the plan to the Early Help Board every quarter', 'Director of Family Services', 'Quarterly', 'G', 'First report in July.'],
      ['1.5', 'Fund two more family support workers from the grant', 'Assistant Director, Early Help / Head of Finance', 'Nov 2021', 'A', 'Bid made.'],
      ['1.6', 'Chair a partnership review of the early help offer', 'Independent Chair, Larkhill Safeguarding Partnership', 'Jan 2022', 'G', 'Dates set.'],
      ['1.7', 'Dip-sample ten early help plans against the new standard', 'Head of Early Help', 'Monthly from Sept 2021', 'G', 'July sample done.'],
      ['1.8', 'Move the early help team into the family hub', 'Head of Early Help', 'May 2021', 'B', 'Team moved in.'],
    ],
    'RAG key': [['B', 'Blue – complete'], ['G', 'Green – on track'], ['A', 'Amber – at risk'], ['Quarters are financial-year quarters.']],
    Officers: [
      ['Lead officers at June 2021'],
      ['Role', 'Name'],
      ['Director of Family Services', 'Rosalind Achterberg'],
      ['Head of Early Help', 'Tobias Quennell'],
      ['Early Help Practice Lead', 'Marisol Dunkerley'],
      ['DI Vulnerability Unit', 'DI Fergus Halloran (Larkhill Police)'],
      ['Assistant Director, Early Help', 'Yusuf Brannagh'],
      ['Head of Finance', 'Celia Wintringham'],
      ['Independent Chair, Larkhill Safeguarding Partnership', 'Prof Anselm Kettering'],
    ],
  });
}

// A committee appendix written as tab-separated lines: the plan, then one line saying who holds each post.
const parentingPlan = [
  'Larkhill Borough Council',
  'Corporate Parenting Panel – Appendix B',
  'Pledges to our care leavers: Delivery Plan 2022-23. Position at November 2022.',
  'Ref\tAction\tDue date\tLead\tUpdate\tStatus',
  'Pledge 1 – A home that suits you\t\t\t\t\t',
  '1.1\tOpen a staying-close house for care leavers in the town centre\tJune 2023\tHead of Leaving Care\tSite identified.\tOn track',
  '1.2\tFind ten supported lodgings hosts\t31 March 2023\tSupported Lodgings Coordinator\tFour approved.\tOn track',
  'Pledge 2 – Help into work\t\t\t\t\t',
  '2.1\tOffer every care leaver a mentor from a local employer\tJanuary 2023\tEmployment Support Manager\tSix employers signed up.\tNot started',
  '2.2\tWaive council tax for care leavers up to the age of 25\tApril 2023\tHead of Revenues\tCabinet report drafted.\tOn track',
  'Officers: Head of Leaving Care – Priyanka Sandford; Supported Lodgings Coordinator – Ewan Gillespie; ' +
    'Employment Support Manager – Beatrix Okafor; Head of Revenues – Lionel Varga.',
];

describe('papers that record no meeting are not read as meetings', () => {
  it('does not read a plan whose officers are listed on a sheet after its table as the minutes of a meeting', async () => {
    const doc = await read('early-help-plan.xlsx', await improvementPlan());
    expect(held(doc)).toEqual([]);
    expect(doc.actions.length).toBeGreaterThanOrEqual(4);
  });

  it('does not read an appendix plan whose "Officers:" line closes it as a meeting', async () => {
    const doc = await read('pledges-plan.txt', text(parentingPlan));
    expect(held(doc)).toEqual([]);
    expect(doc.actions.length).toBe(4);
  });

  it("does not read a year's attendance register, one column per meeting date, as one meeting", async () => {
    const register = [
      'Larkhill Safeguarding Partnership – Strategic Group attendance 2023-24',
      '',
      'Name,Agency,Post,12/06/2023,11/09/2023,04/12/2023,11/03/2024,Rate',
      'Veronica Ashdown,Larkhill Council,Director of Family Services (Chair),P,P,P,A,75%',
      'Conrad Meeks,Larkhill Police,Detective Superintendent,P,D,P,P,100%',
      'Hilda Brannigan,Larkhill ICB,Chief Nurse,A,P,P,P,75%',
      'Otis Carmody,Larkhill Schools Forum,Head Teacher,P,P,A,P,75%',
      '',
      'Key: P present, A apologies, D deputy sent',
    ];
    const doc = await read('strategic-group-attendance.csv', text(register));
    expect(held(doc)).toEqual([]);
  });
});

describe('a role owner is the person the paper says holds that post', () => {
  it('resolves posts to the holders an officers sheet names, a rank with its unit included', async () => {
    const actions = await libraryActions('early-help-plan.xlsx', await improvementPlan());
    expect(ownersOf(actions, /single early help assessment/)).toEqual(['Tobias Quennell']);
    expect(ownersOf(actions, /Train family support workers/)).toEqual(['Marisol Dunkerley']);
    expect(ownersOf(actions, /data sharing protocol/)).toEqual(['Fergus Halloran']);
  });

  it('resolves posts to the holders an "Officers:" line after the table names', async () => {
    const actions = await libraryActions('pledges-plan.txt', text(parentingPlan));
    expect(ownersOf(actions, /staying-close house/)).toEqual(['Priyanka Sandford']);
    expect(ownersOf(actions, /supported lodgings hosts/)).toEqual(['Ewan Gillespie']);
    expect(ownersOf(actions, /council tax/)).toEqual(['Lionel Varga']);
  });

  it('resolves a post to the holder a "Contacts:" line names, and reads "Name (Post)" as the person', async () => {
    const plan = [
      'Larkhill Safeguarding Adults and Children Board',
      'Rapid Review LR 04/2024 – Action Plan',
      'Ref\tAction\tPartner\tLead officer\tDue date\tUpdate\tRAG',
      '1\tUpdate the bruising in non-mobile babies protocol\tLarkhill Health Trust\tNadia Fairweather (Named Nurse)\t30.09.2024\tDraft ready.\tGreen',
      '2\tAudit twenty strategy discussions for health attendance\tLarkhill Board\tQuality Sub-group chair\t31.12.2024\tNot started.\tAmber',
      '3\tPublish a practitioner briefing on the review\tLarkhill Board\tBoard Business Manager\t31.10.2024\tIn draft.\tGreen',
      'Contacts: Board Business Manager – Idris Penhaligon; Quality Sub-group chair – Dr Winifred Soames.',
    ];
    const actions = await libraryActions('rapid-review-plan.txt', text(plan));
    expect(ownersOf(actions, /non-mobile babies/)).toEqual(['Nadia Fairweather']);
    expect(ownersOf(actions, /strategy discussions/)).toEqual(['Winifred Soames']);
    expect(ownersOf(actions, /practitioner briefing/)).toEqual(['Idris Penhaligon']);
  });
});

describe('a post with a comma inside it is one owner', () => {
  const written = (phrase: string) => parseOwners(phrase, { attendance: [], date: null })?.map((o) => o.written);

  it('reads "Post, Field / Post" as two owners and "Post, Body" as one', () => {
    expect(written('Assistant Director, Early Help / Head of Finance')).toEqual(['Assistant Director, Early Help', 'Head of Finance']);
    expect(written('Independent Chair, Larkhill Safeguarding Partnership')).toEqual(['Independent Chair, Larkhill Safeguarding Partnership']);
    expect(written('Head of Finance / Assistant Director, Early Help')).toEqual(['Head of Finance', 'Assistant Director, Early Help']);
  });

  it('still reads "Name, Post" as one person and "A / B" as two', () => {
    expect(written('Celia Wintringham, Head of Finance')).toEqual(['Celia Wintringham']);
    expect(written('Head of Finance / Director of Family Services')).toEqual(['Head of Finance', 'Director of Family Services']);
  });

  it('resolves each of the two posts to the holder the officers sheet names', async () => {
    const actions = await libraryActions('early-help-plan.xlsx', await improvementPlan());
    expect(ownersOf(actions, /two more family support workers/)).toEqual(['Yusuf Brannagh', 'Celia Wintringham']);
    expect(ownersOf(actions, /partnership review/)).toEqual(['Anselm Kettering']);
  });
});

describe('one action told twice in the same minutes is one action', () => {
  const minutes = [
    'Larkhill Safeguarding Partnership',
    'Strategic Group',
    'Minutes of the meeting held on Tuesday 11 March 2025, 14.00, Larkhill Town Hall',
    'Present: Veronica Ashdown (Chair), Conrad Meeks, Hilda Brannigan, Otis Carmody',
    'Apologies: Gwendolyn Pryor',
    '',
    '1. Matters arising',
    'Ref\tAction\tOwner\tStatus',
    'SG/24/30\tSend members the revised missing children protocol\tOC\tComplete',
    'SG/24/32\tBring the audit of repeat referrals within twelve months to the group\tHB\tCarried forward – analyst post vacant',
    'SG/24/35\tReport the share of strategy discussions held within one working day\tCM\tOpen',
    'SG/24/36\tCheck that return interviews are offered within three days of a child coming home\tOC\tOpen',
    '',
    '2. Exploitation',
    'CM and OC will look at the interview records together (SG/25/04). The group agreed to ask the Performance sub-group for two new ' +
      'measures (action log SG/25/05).',
    '',
    '3. Date of next meeting',
    'Tuesday 10 June 2025, 14.00.',
    '',
    'New actions',
    'Ref\tAction\tOwner\tDue\tStatus',
    'SG/25/03\tBring the audit of repeat referrals within twelve months to the group (c/f SG/24/32)\tHilda Brannigan\tJune meeting\tOpen',
    'SG/25/04\tMap where return home interviews are recorded by each agency\tCM / OC\t30 April 2025\tOpen',
    'SG/25/05\tPropose exploitation measures for the partnership dataset\tConrad Meeks\t31 May 2025\tOpen',
  ];

  it('keeps one action for a carried-forward row restated in the new actions, due when the new row says', async () => {
    const doc = await read('strategic-group-minutes.txt', text(minutes));
    const audits = doc.actions.filter((a) => /repeat referrals/.test(a.text));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.due?.slice(0, 7)).toBe('2025-06');
    expect(audits[0]!.status).toBe('open');
    expect(audits[0]!.owners.map((o) => o.person?.name.display)).toEqual(['Hilda Brannigan']);
  });

  it('reads no deadline from a period that measures the work ("held within one working day", "within three days of")', async () => {
    const doc = await read('strategic-group-minutes.txt', text(minutes));
    expect(doc.actions.find((a) => a.ref === 'SG/24/35')?.due).toBeNull();
    expect(doc.actions.find((a) => a.ref === 'SG/24/36')?.due).toBeNull();
  });

  it('keeps one action for a sentence that retells a log row and cites its number', async () => {
    const doc = await read('strategic-group-minutes.txt', text(minutes));
    expect(doc.actions.map((a) => a.ref).sort()).toEqual(['SG/24/30', 'SG/24/32', 'SG/24/35', 'SG/24/36', 'SG/25/04', 'SG/25/05']);
    expect(doc.actions.find((a) => a.ref === 'SG/25/04')?.owners.map((o) => o.written)).toEqual(['CM', 'OC']);
  });
});

describe("an improvement plan's timescales and letter ratings", () => {
  it("reads a recurring timescale as no deadline, a quarter as the financial year's, and a B rating as complete", async () => {
    const doc = await read('early-help-plan.xlsx', await improvementPlan());
    const find = (words: RegExp) => doc.actions.find((a) => words.test(a.text))!;
    expect(find(/Dip-sample/).due).toBeNull();
    expect(find(/Dip-sample/).dueText).toBe('Monthly from Sept 2021');
    expect(find(/Train family support workers/).due?.slice(0, 7)).toBe('2021-12');
    expect(find(/family hub/).status).toBe('done');
    expect(find(/single early help assessment/).status).toBe('open');
  });
});
