import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedAction } from '../../src/extract/model';
import { linesToBlocks } from '../../src/ingest/readers/line-blocks';
import { readCsv } from '../../src/ingest/readers/sheet-reader';

/**
 * Classes of paper layout that unseen boards' papers use and the extraction misread (issue 11), each on a paper
 * written for this test in our own words for a fictional board.
 */
function actionsOf(lines: string[]): ExtractedAction[] {
  return extractDocument(linesToBlocks(lines), 'minutes.txt').actions;
}

const view = (a: ExtractedAction) => ({ owners: a.owners.map((o) => o.person?.name.display ?? o.written), status: a.status });

function one(actions: ExtractedAction[], words: string): ExtractedAction {
  const hits = actions.filter((a) => a.text.includes(words));
  expect(hits.map((a) => a.text)).toHaveLength(1);
  return hits[0]!;
}

// A plain-text copy hard-wrapped at 100 characters: each line is cut where the next word would not fit, wherever the
// sentence is, so a clause can break just before a capital ("… write to Fenmarsh" / "Community NHS Trust …").
const WRAPPED = [
  'Saltby Vale Safeguarding Children Partnership',
  '',
  'Minutes of the Partnership Board held on Thursday, 16 April 2026 at 10.00 am, Saltby Civic Centre',
  '',
  "Present: Councillor Judith Amberley (Chair), Owen Petrakis (Director of Children's Services), Farah",
  'Lindqvist (Head of Early Help), Desmond Achebe (Partnership Manager), Imogen Treharne (Designated',
  'Nurse)',
  '',
  'Apologies: Councillor Ralph Densmore and Yusuf Okonkwo.',
  '',
  '5. EARLY HELP PERFORMANCE',
  '',
  'The Head of Early Help presented the quarterly figures. Referrals from schools had risen by a fifth',
  'since the spring, while contacts from health visitors had fallen for the second quarter running.',
  'Members asked whether the fall reflected vacancies or a change in recording practice.',
  '',
  'RESOLVED that (a) the figures be noted; and (b) the Head of Early Help be asked to write to Fenmarsh',
  'Community NHS Trust about the vacancies in health visiting.',
  '',
  '6. TRAINING',
  '',
  'The Partnership Manager reported that attendance at training had recovered to the level seen before',
  'the pandemic. Imogen Treharne agreed to send the dates of the next supervision course to General',
  'Practice leads before the end of the month.',
  '',
  'Owen Petrakis to agree a date for the joint audit of strategy discussions with the Designated',
  'Officer and the Police.',
  'Desmond Achebe to circulate the revised escalation protocol with the comments received',
  'The Chair to thank the volunteers who ran the summer safeguarding stalls.',
  '',
  '7. DATE OF NEXT MEETING',
  '',
  'The next meeting would be held on Thursday, 9 July 2026 at 2.00 pm.',
];

describe('a plain-text copy hard-wrapped at the page width', () => {
  test('an action cut before a capitalised word is one action, whole, with its owner; nothing is made of its halves', () => {
    const actions = actionsOf(WRAPPED);
    expect(view(one(actions, 'Fenmarsh Community NHS Trust'))).toEqual({ owners: ['Farah Lindqvist'], status: 'open' });
    expect(view(one(actions, 'General Practice leads'))).toEqual({ owners: ['Imogen Treharne'], status: 'open' });
    expect(view(one(actions, 'Designated Officer and the Police'))).toEqual({ owners: ['Owen Petrakis'], status: 'open' });
    // A line its writer ended short of the width is not run into the next, though neither ends with a full stop.
    expect(view(one(actions, 'escalation protocol'))).toEqual({ owners: ['Desmond Achebe'], status: 'open' });
    expect(one(actions, 'escalation protocol').text).not.toContain('volunteers');
    expect(view(one(actions, 'thank the volunteers'))).toEqual({ owners: ['Judith Amberley'], status: 'open' });
    expect(actions).toHaveLength(5);
  });

  test('in a paper whose paragraphs are whole (lines of every length), a long line without a full stop is not run into the next', () => {
    const actions = actionsOf([
      'Saltby Vale Safeguarding Children Partnership',
      'Minutes of the Partnership Board held on Thursday, 16 April 2026 at 10.00 am, Saltby Civic Centre',
      'Present: Councillor Judith Amberley (Chair), Owen Petrakis (Director of Children’s Services), Farah Lindqvist (Head of Early Help)',
      'Apologies: Councillor Ralph Densmore and Yusuf Okonkwo.',
      '5. Early help performance',
      'The Head of Early Help presented the quarterly figures, which showed that referrals from schools had risen by a fifth since the spring while contacts ' +
        'from health visitors had fallen for the second quarter running.',
      'Members asked whether the fall reflected vacancies in the service or a change in the way contacts were recorded by the teams.',
      'Farah Lindqvist to compare the contact figures with those of the neighbouring partnerships for the next meeting',
      'Owen Petrakis to raise the vacancies with the provider.',
      'Date of next meeting: 9 July 2026',
    ]);
    expect(view(one(actions, 'compare the contact figures'))).toEqual({ owners: ['Farah Lindqvist'], status: 'open' });
    expect(one(actions, 'compare the contact figures').text).not.toContain('Owen');
    expect(view(one(actions, 'raise the vacancies'))).toEqual({ owners: ['Owen Petrakis'], status: 'open' });
  });
});

describe('an owner cell of a spreadsheet tracker with "&" in it', () => {
  const tracker = (rows: string[][]) =>
    extractDocument(
      readCsv(
        Buffer.from([['Ref', 'Action', 'Owner', 'Due', 'Status'], ...rows].map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\n')),
      ),
      'tracker.csv',
    ).actions;
  const owners = (actions: ExtractedAction[], words: string) => one(actions, words).owners.map((o) => o.written);

  test('a post whose field is written with "&" ("Head of Commissioning & Partnerships", "… & QA") is one owner', () => {
    const actions = tracker([
      ['T1', 'Map the voluntary sector services for families', 'Head of Commissioning & Partnerships', '30/06/2026', 'Open'],
      ['T2', 'Report the audit findings on private fostering', 'Head of Safeguarding & QA', '31/07/2026', 'Open'],
      ['T8', 'Audit the quality of strategy discussions', 'Lead for Practice Standards & Quality Assurance', '31/08/2026', 'Open'],
    ]);
    expect(owners(actions, 'voluntary sector')).toEqual(['Head of Commissioning & Partnerships']);
    expect(owners(actions, 'private fostering')).toEqual(['Head of Safeguarding & QA']);
    expect(owners(actions, 'strategy discussions')).toEqual(['Lead for Practice Standards & Quality Assurance']);
  });

  test('"&" between owners that stand alone (two posts, a post and an agency, a post and initials) still names two', () => {
    const actions = tracker([
      ['T4', 'Agree the terms of the joint review', 'Chair & Vice Chair', '30/06/2026', 'Open'],
      ['T5', 'Check the health assessments of children placed out of area', 'Head of Service & Designated Nurse', '30/06/2026', 'Open'],
      ['T6', 'Share the missing episodes data each month', 'Head of Early Help & Police', '30/06/2026', 'Open'],
      ['T7', 'Draft the revised inclusion protocol', 'Head of Inclusion & LT', '30/06/2026', 'Open'],
    ]);
    expect(owners(actions, 'joint review')).toEqual(['Chair', 'Vice Chair']);
    expect(owners(actions, 'health assessments')).toEqual(['Head of Service', 'Designated Nurse']);
    expect(owners(actions, 'missing episodes')).toEqual(['Head of Early Help', 'Police']);
    expect(owners(actions, 'inclusion protocol')).toEqual(['Head of Inclusion', 'LT']);
  });
});

describe('an action log whose title names the meeting its actions were agreed at', () => {
  const log = (title: string[]) =>
    extractDocument(
      linesToBlocks([
        ...title,
        '',
        'Item\tAction\tResponsible Officer\tComments',
        '3.2\tThe youth voice survey results to be presented to the Board on 14 October 2026\tParticipation Lead\t',
        '5.1\tThe neglect strategy to be circulated for comment\tHead of Early Help\t',
        '7.4\tA report on elective home education to come back to the meeting on 14 October 2026\tHead of Inclusion\t',
      ]),
      'log.txt',
    );

  test('"Minutes of last meeting (date) and matters arising" over the action table: the actions carry that meeting, with nobody listed', () => {
    const doc = log([
      'Saltby Vale Children and Young People Trust Board',
      'Minutes of last meeting (Monday 13 July 2026) and matters arising',
      'The table below sets out the action points from the Trust Board meeting on 13 July 2026 and the progress made.',
    ]);
    expect(doc.meetings.map((m) => ({ date: m.date, board: m.board, source: m.source, people: m.attendance.length }))).toEqual([
      { date: '2026-07-13', board: 'Saltby Vale Children and Young People Trust Board', source: 'minutes', people: 0 },
    ]);
    expect(doc.meetings[0]!.nextMeeting?.date).toBe('2026-10-14');
    expect(doc.actions).toHaveLength(3);
    expect(doc.actions.map((a) => a.meetingDate)).toEqual(['2026-07-13', '2026-07-13', '2026-07-13']);
  });

  test('"Actions from the meeting held on (date)" is that meeting; a log "as at" a date or "for" a meeting to come records no meeting', () => {
    const from = log(['Saltby Vale Safeguarding Children Partnership', 'Actions from the meeting held on 13 July 2026']);
    expect(from.meetings.map((m) => m.date)).toEqual(['2026-07-13']);
    expect(log(['Saltby Vale Safeguarding Children Partnership', 'Board action log – as at 13 July 2026']).meetings).toEqual([]);
    expect(log(['Saltby Vale Safeguarding Children Partnership', 'Action log, for the Board meeting on 14 October 2026']).meetings).toEqual([]);
    expect(log(['Saltby Vale Safeguarding Children Partnership', '1. Welcome', '2. Minutes of the last meeting (13 July 2026)']).meetings).toEqual([]);
  });
});
