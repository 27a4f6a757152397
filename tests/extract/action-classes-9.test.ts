import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedDocument } from '../../src/extract/model';
import { rowBlock } from '../../src/ingest/document';
import { readBuffer } from '../../src/ingest/readers';

/**
 * The classes of action the ninth blind set found unread or misread (owners, due dates, retold actions), each on a paper
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

describe('action bullets written "Name: task" under an Actions label', () => {
  const paper = [
    'Brockwell Family Services Partnership',
    'Notes of the meeting held on 9 March 2011',
    '',
    'Present:',
    'Alan Prescott – Chair',
    'Deborah Quayle – Head of Early Years',
    'Martin Ostler – Service Manager, Youth Support',
    'Nadia Kerr – Partnership Officer',
    '',
    '3. Early years strategy',
    'Deborah Quayle introduced the draft. Members wanted more on the voluntary sector.',
    'Actions:',
    '- Nadia Kerr: send the revised strategy to all members by 30 March',
    '- Deborah Quayle / Martin Ostler: rewrite the section on youth provision (by 25 March)',
    '',
    '4. Annual review',
    'The Partnership asked that the Youth Support annual report come to its next meeting.',
    'Actions:',
    '- Martin Ostler: Youth Support annual report to the June meeting',
    '',
    'Next meeting: Wednesday 8 June 2011',
  ].join('\n');

  test('the names before the colon own the task, and a request for a paper to come back is not another action', async () => {
    const doc = await read(paper);
    expect(ownersOf(doc, 'send the revised strategy')).toEqual(['Nadia Kerr']);
    expect(withWords(doc, 'send the revised strategy').due).toBe('2011-03-30');
    expect(ownersOf(doc, 'section on youth provision')).toEqual(['Deborah Quayle', 'Martin Ostler']);
    expect(ownersOf(doc, 'annual report to the June')).toEqual(['Martin Ostler']);
    expect(doc.actions.filter((a) => /annual report/.test(a.text))).toHaveLength(1);
  });
});

describe('a log whose owners are initials and posts, with a contacts table that says who they are', () => {
  test('initials, a post in the key column and a chair written the other way round resolve to the contacts named', () => {
    const actions = extractDocument(
      [
        rowBlock(['Fellside Child Protection Committee – action log', '', '', '']),
        rowBlock(['Ref', 'Action', 'Lead officer', 'Target date', 'RAG']),
        rowBlock(['FC/1', 'Write to head teachers about the new referral form', 'MB', '2025-02-28', 'Green']),
        rowBlock(['FC/2', 'Chart the quarterly referral figures for the committee', 'Performance officer', '2025-03-31', 'Amber']),
        rowBlock(['FC/3', 'Audit neglect cases open over a year', 'LR sub-group chair', '2025-04-30', 'Amber']),
        rowBlock(['FC/4', 'Plan the spring practitioner event', 'MB / TW', '2025-05-31', 'Green']),
        { type: 'heading', text: 'Contacts' },
        rowBlock(['Initials / role', 'Name', 'Post']),
        rowBlock(['MB', 'Morag Bellamy', 'Lead Officer, Child Protection']),
        rowBlock(['TW', 'Tariq Wahid', 'Chair, Learning Review Sub-group']),
        rowBlock(['Performance officer', 'Owen Dale', 'Performance officer, Fellside Council']),
      ],
      'log.xlsx',
    ).actions;
    const resolved = actions.map((a) => [a.ref, a.owners.map((o) => o.person?.name.display ?? null)]);
    expect(resolved).toEqual([
      ['FC/1', ['Morag Bellamy']],
      ['FC/2', ['Owen Dale']],
      ['FC/3', ['Tariq Wahid']],
      ['FC/4', ['Morag Bellamy', 'Tariq Wahid']],
    ]);
  });
});

describe('due dates written the short way a school or a tracker writes them', () => {
  test('"by end of term" at an autumn meeting, a month written short before "Board", and a date after the status word', async () => {
    const tracker = extractDocument(
      [
        rowBlock(['Ref', 'Meeting date', 'Action', 'Owner', 'Due', 'Status']),
        rowBlock(['K-1', '20/09/2023', 'Update the safer recruitment checklist for schools', 'Education', 'by end of term', 'Open']),
        rowBlock(['K-2', '20/09/2023', 'Bring the neglect audit findings back to the partnership', 'Business Unit', 'Feb Board', 'Open']),
        rowBlock(['K-3', '20/02/2024', 'Train governors on the new policy', 'Education', 'end of term', 'Open']),
      ],
      'tracker.csv',
    ).actions;
    expect(tracker.map((a) => [a.ref, a.due?.slice(0, 7) ?? null])).toEqual([
      ['K-1', '2023-12'],
      ['K-2', '2024-02'],
      ['K-3', '2024-03'],
    ]);
    const notes = await read(
      [
        'Kelby Schools Safeguarding Group',
        'Notes of the meeting held on 8 October 2024',
        '',
        'Present: Rhian Owens (RO), Dylan Shaw (DS)',
        '',
        '1. Review of actions',
        'No\tAction\tOwner\tUpdate\tStatus',
        '1\tMap the attendance support offer in each cluster\tDS\tFirst draft seen today\tOpen – November',
        '',
        '2. Training',
        'Action: RO to refresh the induction slides for new DSLs by end of term.',
      ].join('\n'),
    );
    expect(withWords(notes, 'attendance support offer').due?.slice(0, 7)).toBe('2024-11');
    expect(withWords(notes, 'induction slides').due?.slice(0, 7)).toBe('2024-12');
  });
});

describe('initials the attendance gives with a lower-case letter', () => {
  test('"Rosa Kimber (RKi)" owns what "RKi agreed to" do, though no surname prefix explains the small letter', async () => {
    const doc = await read(
      [
        'Ferndale Schools Safeguarding Group',
        'Notes of the meeting held on 5 March 2025',
        '',
        'Present: Rosa Kimber (RKi), DSL, Ferndale High; Raj Kumar (RK), Attendance Lead; Tom Pryce (TP), School Nurse',
        '',
        '2. Attendance',
        "RKi agreed to share her school's approach to morning calls with the group.",
      ].join('\n'),
    );
    expect(withWords(doc, 'morning calls').owners.map((o) => o.person?.name.display)).toEqual(['Rosa Kimber']);
  });
});

describe('minutes kept as a table whose any-other-business row carries an action', () => {
  test('the AOB row with a task, a lead and a date is an action; the next-meeting line still ends the table', async () => {
    const doc = await read(
      [
        'Dunford Safeguarding Children Board',
        'Minutes of the Board meeting held on 4 February 2016',
        'Present: Helen Ashe (Independent Chair), Gary Holt (Head of Service), Lena Ruiz (Business Manager)',
        'Item\tDiscussion\tAction\tLead\tDate',
        '1. Welcome\tThe Chair welcomed members.\t\t\t',
        '2. Neglect audit\tGH presented the findings.\tShare the audit findings with team managers\tGH\t31/03/16',
        '3. AOB\tThe Chair reminded members that annual returns are due.\tSend annual returns to the Business Manager\tAll\t30/04/16',
        'Date of next meeting: Thursday 12 May 2016',
      ].join('\n'),
    );
    expect(withWords(doc, 'annual returns to the Business Manager').due).toBe('2016-04-30');
    expect(doc.actions).toHaveLength(2);
  });
});

describe('an action told in the item and again in the summary or log, in other words', () => {
  test('"no date set" after the last dash is the date column, and "inviting" is "invite": one action each', async () => {
    const doc = await read(
      [
        'Holmby Safeguarding Partnership Review Subgroup',
        'Minutes of the meeting held on 6 April 2022',
        'Present: Anna Price (AP), Chair; Karl Nolan (KN); Maya Osei (MO)',
        '',
        '3. Review of Family S',
        'The subgroup agreed that AP and KN would visit the family before the report goes out to explain the findings.   ACTION – AP/KN',
        '',
        '4. Membership',
        "The Chair agreed to write to the colleges' network inviting a further education representative to join.",
        '',
        'Date of next meeting: Wednesday 8 June 2022',
        '',
        'Summary of actions',
        '1. AP/KN – visit Family S before the report goes out – no date set',
        '2. Chair – invite a further education representative to the subgroup – June meeting',
      ].join('\n'),
    );
    expect(doc.actions.filter((a) => /Family S|family/.test(a.text))).toHaveLength(1);
    expect(doc.actions.filter((a) => /further education representative/.test(a.text))).toHaveLength(1);
    expect(withWords(doc, 'visit Family S').due).toBeNull();
  });
});
