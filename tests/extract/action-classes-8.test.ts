import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedDocument } from '../../src/extract/model';
import { readBuffer } from '../../src/ingest/readers';

/**
 * The classes of action the eighth blind set found unread or misread (see tests/fixtures/blind-8/README.md), each on a paper
 * written here in our own words for an invented board.
 */
const LIMITS = { maxFileBytes: 5_000_000, pdfTimeoutMs: 30_000 };

async function read(text: string, name = 'paper.txt'): Promise<ExtractedDocument> {
  const doc = await readBuffer(name, Buffer.from(text, 'utf8'), LIMITS);
  return extractDocument(doc.blocks, name);
}

const withWords = (doc: ExtractedDocument, words: string) => {
  const hits = doc.actions.filter((a) => a.text.includes(words));
  expect(hits.map((a) => a.text)).toHaveLength(1);
  return hits[0]!;
};
const ownersOf = (doc: ExtractedDocument, words: string) => withWords(doc, words).owners.map((o) => o.person?.name.display ?? o.written);

describe('council resolutions whose clauses are tasks in the subjunctive', () => {
  const paper = [
    'Marlow Vale Council',
    'Fostering and Adoption Panel Committee',
    'Minutes of the meeting held on 4 June 2020 at 2.00 pm',
    '',
    'Present:',
    'Councillor Ian Brook (Chairman)',
    'Councillors Rosa Linde and Peter Quinn',
    'Officers: Martha Hale (Head of Fostering), Simon Tate (Committee Clerk)',
    '',
    '12. FOSTERING ANNUAL REPORT',
    'The Head of Fostering presented the annual report.',
    'RESOLVED – (1) That the annual report be noted.',
    '(2) That the Head of Fostering provide a summary of carer recruitment by area to the next meeting.',
    '',
    '13. PANEL MEMBERSHIP',
    'RESOLVED – That the changes be noted and that Legal Services arrange a training session for new members before the end of October 2020.',
    '',
    '14. LEAFLETS',
    'RESOLVED:',
    '(a) That the leaflet be approved.',
    '(b) That the Committee Clerk circulate the final leaflet to Members by the end of July 2020.',
    '',
    '15. DATE OF NEXT MEETING',
    'RESOLVED – That the next meeting be held on Thursday 3 September 2020.',
  ].join('\n');

  test('a numbered clause on the line after the first, a task after "be noted and that", a lettered clause: each owned by its subject', async () => {
    const doc = await read(paper);
    expect(ownersOf(doc, 'summary of carer recruitment')).toEqual(['Martha Hale']);
    expect(withWords(doc, 'summary of carer recruitment').due).toBe('2020-09-03');
    expect(ownersOf(doc, 'training session for new members')).toEqual(['Legal Services']);
    expect(withWords(doc, 'training session for new members').due).toBe('2020-10-31');
    // The officers' line names the Committee Clerk (Simon Tate): the post resolves to him (fix25r: a title joined with "; ").
    expect(ownersOf(doc, 'circulate the final leaflet')).toEqual(['Simon Tate']);
    expect(withWords(doc, 'circulate the final leaflet').owners.map((o) => o.written)).toEqual(['Committee Clerk']);
    expect(doc.actions.some((a) => /be (?:noted|approved)|next meeting be held/.test(a.text))).toBe(false);
  });
});

describe('a fixed-width minutes table whose minute cells wrap and whose Lead sits on the first line', () => {
  const paper = [
    'Redmarsh Safeguarding Children Partnership',
    'Minutes: 11 March 2015, 2.00pm, Redmarsh House',
    '',
    'Present: Ruth Gale (Independent Chair), Mary-Jane Voss (Partnership Manager), Colin Dyer (Head of Early Help),',
    'Dr Priya Nair (Named GP), Sam Ellery (Police)',
    '',
    'Item   Minute                                                              Lead',
    '1.     Welcome',
    '1.1    Noted.',
    '2.     Early help',
    '2.1    Early help audit: most cases had a plan; three cases lacked       MJV',
    '       a review date. MJV to follow up the three cases and',
    '       report to the May meeting.',
    '2.2    A leaflet for parents to be drafted with health visitors and      CD / PN',
    '       sent to all GP practices; report back in June 2015.',
    '3.     Any other business',
    '3.1    Sam Ellery asked about joint training on domestic abuse.          RG',
    '       Ruth Gale will raise the training offer with the police college.',
    '',
    'Date of next meeting: Wednesday 13 May 2015',
  ].join('\n');

  test("each row's wrapped lines are one cell, the task sentence in it is the action, and no wrapped line stands alone", async () => {
    const doc = await read(paper);
    expect(ownersOf(doc, 'follow up the three cases')).toEqual(['Mary-Jane Voss']);
    expect(withWords(doc, 'follow up the three cases').due).toBe('2015-05-13');
    expect(ownersOf(doc, 'leaflet for parents')).toEqual(['Colin Dyer', 'Priya Nair']);
    expect(ownersOf(doc, 'raise the training offer')).toEqual(['Ruth Gale']);
    expect(doc.actions.some((a) => /^(?:sent to all|report to the May|a review date|Sam Ellery asked)/.test(a.text.replace(/^[\d.]+\s*/, '')))).toBe(false);
    expect(doc.actions).toHaveLength(3);
  });
});

describe("an inline action and its row in the paper's own action table, worded differently", () => {
  const paper = [
    'Elmbridge Safeguarding Partnership',
    'Minutes of the Partnership meeting, 6 February 2024',
    '',
    'Chaired by: Helen Varga',
    'Present: Helen Varga (HV), Owen Rusk (OR), Bethan Lloyd (BL), Farid Amin (FA)',
    '',
    '3. Neglect dashboard',
    '3.1 BL said the health figures for the dashboard still arrive late. Action: FA to set up a monthly data feed to BL by 15th March 2024.',
    '',
    '4. Training',
    '4.1 Action: OR to book the venue for the spring conference by 1 March 2024.',
    '',
    'Actions arising',
    'No\tAction\tOwner\tDeadline\tStatus',
    '1\tSet up a monthly health data feed for the neglect dashboard to the Partnership Manager\tFA\t15/03/2024\tOpen',
    '2\tBook the spring conference venue\tOR\t01/03/2024\tOpen',
  ].join('\n');

  test('the same owner by the same date with the task words in common is one action, the row standing', async () => {
    const doc = await read(paper);
    expect(doc.actions.filter((a) => /data feed/.test(a.text))).toHaveLength(1);
    expect(ownersOf(doc, 'data feed')).toEqual(['Farid Amin']);
    expect(doc.actions).toHaveLength(2);
  });
});

describe('an owner-only "Action: Name" line after a passive agreement', () => {
  const paper = [
    'Strathbeg Child Protection Committee',
    'MINUTE OF MEETING held in Kilbride House on 9 May 2023',
    '',
    'Present:',
    'Morag Lennox, Chief Social Work Officer (Chair)',
    'Euan Baird, Lead Officer',
    'Insp Fiona Gow, Police Scotland',
    '',
    '2. NEGLECT TOOLKIT',
    'Euan Baird described the pilot in two schools. It was agreed that an evaluation of the pilot would be brought to the June meeting.',
    'Action: Euan Baird',
    '',
    '3. POLICE DATA',
    'It was agreed that a breakdown of missing-person figures would be brought to the next meeting.',
    'Action: Inspector Gow',
    '',
    'The next meeting will be held on 8 August 2023.',
  ].join('\n');

  test('gives one action, the passive sentence owned by the name on the line below', async () => {
    const doc = await read(paper);
    expect(doc.actions.filter((a) => /evaluation of the pilot/.test(a.text))).toHaveLength(1);
    expect(ownersOf(doc, 'evaluation of the pilot')).toEqual(['Euan Baird']);
    expect(ownersOf(doc, 'missing-person figures')).toEqual(['Fiona Gow']);
    expect(doc.actions).toHaveLength(2);
  });
});

describe('an action log with school terms, yearless weeks and a BRAG key', () => {
  const paper = [
    'Fairhaven Safeguarding Children Partnership',
    'Executive – Action Log (updated 20 March 2025)',
    'BRAG key: B = complete / closed; R = off track; A = at risk; G = on track',
    'Ref\tDate raised\tAction\tOwner\tDue\tBRAG\tUpdate',
    'EX24-07\t10/10/24\tRevise the attendance protocol with head teachers\tEducation Lead\tSummer term 2025\tG\tDraft with schools',
    'EX24-09\t12/12/24\tAudit the neglect tool in early help\tEarly Help Lead\tw/c 3 Mar\tG\tAudit booked',
    'EX24-10\t12/12/24\tPublish a termly newsletter for designated leads\tBusiness Manager\tend of the autumn term\tG\tFirst issue drafted',
    'EX24-11\t12/12/24\tProduce a monthly report on elective home education\tEducation Lead\t31/01/25\tB\tSuperseded by EX25-02',
  ].join('\n');

  test('a term is due when it ends, a yearless week counts from the date raised, and B on the key closes a superseded row', async () => {
    const doc = await read(paper);
    expect(withWords(doc, 'attendance protocol').due).toBe('2025-07-31');
    expect(withWords(doc, 'neglect tool').due).toBe('2025-03-03');
    expect(withWords(doc, 'termly newsletter').due).toBe('2024-12-31');
    expect(withWords(doc, 'elective home education').status).toBe('done');
  });
});

test('"by 31.07.22" in a tab-flattened item row is its due date', async () => {
  const paper = [
    'Glanmor Regional Safeguarding Board',
    'Minutes of the meeting held on 15 June 2022',
    'Present: Eleri Vaughan (Chair), Huw Pritchard, Catrin Morgan',
    '',
    'Item\tDiscussion\tLead',
    '3.1\tThe neglect toolkit to be refreshed and shared with all partners by 30.09.22.\tHP',
  ].join('\n');
  const doc = await read(paper);
  expect(withWords(doc, 'neglect toolkit').due).toBe('2022-09-30');
});

describe('owners resolved through a key below the table', () => {
  test('"Key to names:" pairs end at semicolons and full stops, a post with a dash in its name takes the holder after the colon', async () => {
    const paper = [
      'Westmere Safeguarding Partnership',
      'Board – Action Log (updated 4 June 2024)',
      'Ref\tDate raised\tAction\tOwner\tDue\tStatus',
      'WB24-01\t10/04/24\tRefresh the neglect strategy\tHead of Service – Children in Care\t31/07/24\tOpen',
      'WB24-02\t10/04/24\tBook the annual conference venue\tRT/PL\t30/06/24\tOpen',
      'WB24-03\t10/04/24\tPublish the learning review summary\tQuality Assurance Manager\t31/08/24\tOpen',
      'Key to names: RT – Rhian Tolley, Partnership Manager; PL – Patrick Lowe, Independent Scrutineer. Head of Service – Children in Care:' +
        ' Nadia Okoro. Quality Assurance Manager: Grant Ellison.',
    ].join('\n');
    const doc = await read(paper);
    expect(ownersOf(doc, 'neglect strategy')).toEqual(['Nadia Okoro']);
    expect(ownersOf(doc, 'conference venue')).toEqual(['Rhian Tolley', 'Patrick Lowe']);
    expect(ownersOf(doc, 'learning review')).toEqual(['Grant Ellison']);
  });

  test("a spreadsheet's key row of one cell names a post's holder", async () => {
    const csv = [
      'ID,Action,Lead,Target Date,RAG',
      'T1,Revise the escalation leaflet,Partnership Officer,30/09/21,G',
      'T2,Audit section 47 timeliness,Early Help Lead,31/10/21,A',
      ',,,,',
      'Key: G = complete; A = in progress. Partnership Officer = Imran Shah.,,,,',
    ].join('\n');
    const doc = await read(csv, 'tracker.csv');
    expect(ownersOf(doc, 'escalation leaflet')).toEqual(['Imran Shah']);
  });
});

test('a term in prose is a deadline after "by" or with its year; "during the spring term" alone is not one', async () => {
  const paper = [
    'Ashbourne Schools Safeguarding Group',
    'Minutes of the meeting held on 5 November 2024',
    'Present: Lena Marsh (Chair), Omar Reid, Judith Cole',
    '',
    '2. Training',
    'Omar Reid will circulate the refreshed audit tool to schools by the end of the spring term.',
    'Judith Cole will arrange visits to the three new academies during the spring term.',
  ].join('\n');
  const doc = await read(paper);
  expect(withWords(doc, 'refreshed audit tool').due).toBe('2025-03-31');
  expect(withWords(doc, 'three new academies').due).toBeNull();
});

describe('Northern Ireland panel notes: inline owners first, "&" between initials, an owner in brackets, and an Action Points table', () => {
  // With a meeting recognised, each inline action and its row are one action (a guard: read right before this branch too).
  const paper = [
    'Loughvale Safeguarding Panel',
    'Notes of the Panel meeting held on 12 March 2024, 2.00pm, Riverside Centre',
    'Chaired by: Aoife Morgan (AM), Panel Chair',
    'Present:',
    'Name\tOrganisation',
    'Aoife Morgan (AM)\tPanel Chair',
    'Kieran Doyle (KD)\tLoughvale HSC Trust – Gateway Team',
    'Sgt Niamh Boyle (NB)\tPSNI – Public Protection',
    'Fionnuala McAteer (FMcA)\tPanel Support Officer',
    'Ruth Patton (RP)\tEducation Authority',
    'Apologies: Colm Hart (NSPCC)',
    '',
    '1. Referrals',
    'KD presented the quarter 3 figures. KD & RP to compare school referrals with Gateway outcomes and bring this to the next meeting.',
    '',
    '2. Training',
    'RP will share the updated designated teacher guidance with members by 30/04/24.',
    'FMcA to arrange a workshop on neglect for June 2024.',
    '',
    '3. Policing',
    'Figures on missing children in the Loughvale area to be brought to the next meeting (NB).',
    'Next meeting: 11 June 2024 at 2pm',
    '',
    'Action Points',
    'No.\tAction\tResponsible\tTimescale',
    '1\tCompare school referrals with Gateway outcomes\tKD & RP\tNext meeting',
    '2\tShare the updated designated teacher guidance with members\tRP\t30/04/24',
    '3\tArrange a workshop on neglect\tFMcA\tJune 2024',
    '4\tFigures on missing children in the Loughvale area\tNB\tNext meeting',
  ].join('\n');

  test('gives the four actions once each, with their owners', async () => {
    const doc = await read(paper);
    expect(ownersOf(doc, 'school referrals')).toEqual(['Kieran Doyle', 'Ruth Patton']);
    expect(ownersOf(doc, 'designated teacher guidance')).toEqual(['Ruth Patton']);
    expect(withWords(doc, 'designated teacher guidance').due).toBe('2024-04-30');
    expect(ownersOf(doc, 'workshop on neglect')).toEqual(['Fionnuala McAteer']);
    expect(ownersOf(doc, 'missing children')).toEqual(['Niamh Boyle']);
    expect(doc.actions).toHaveLength(4);
  });
});
