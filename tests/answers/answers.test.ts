import { answer } from '../../src/answers/answer';
import { readIntent } from '../../src/answers/intents';
import { demoLibraryPath } from '../../src/demo';
import { Library } from '../../src/library/library';
import { askerNamed } from '../../src/library/roster';
import { OPERATOR } from '../../src/library/scope';
import { CORPUS_DOCS, corpusFile, tempLibrary } from '../helpers/corpus';

describe('on the corpus, as of 15 January 2018', () => {
  let library: Library;
  beforeAll(async () => {
    library = tempLibrary('2018-01-15');
    await library.ingest(CORPUS_DOCS.map(corpusFile));
  });
  afterAll(() => library.close());
  const ask = async (q: string, who: string | null = 'Diane Booth') => await answer(library, q, who === null ? OPERATOR : await askerNamed(library.store, who));

  test('"what are my outstanding actions?" lists the asker\'s open actions, hers alone', async () => {
    const a = await ask('what are my outstanding actions?');
    expect(a.intent).toBe('my-actions');
    expect(a.actions.map((x) => x.ref)).toContain('217');
    expect(a.actions.map((x) => x.ref)).not.toContain('225');
    expect(a.text).toMatch(/^You have \d+ outstanding actions/);
  });

  test('"what\'s overdue?" puts the asker\'s overdue actions first, then the rest on their boards', async () => {
    const a = await ask("what's overdue?", 'Pauline Stables');
    expect(a.intent).toBe('overdue');
    expect(a.actions[0]!.ref).toBe('216');
    expect(a.actions.every((x) => x.overdue)).toBe(true);
  });

  test('"actions for the police" finds actions owned by police officers and by "Police"', async () => {
    const a = await ask('actions for the police');
    expect(a.intent).toBe('actions-for');
    expect(a.actions.map((x) => x.ref)).toContain('216');
    expect(a.actions.some((x) => x.owners.some((o) => o.written === 'Police'))).toBe(true);
  });

  test('"what does Tony owe us?" resolves a first name to the one Tony in the papers', async () => {
    const a = await ask('what does Tony owe us?');
    expect(a.intent).toBe('actions-for');
    expect(a.text).toMatch(/^Tony Morrissey has/);
    expect(a.actions.map((x) => x.ref)).toContain('225');
  });

  test('"action 217" gives the action with its owner, due date and source', async () => {
    const a = await ask('action 217');
    expect(a.intent).toBe('action');
    expect(a.text).toContain('Owner: Diane Booth');
    expect(a.text).toContain('Tuesday 30 January 2018');
    expect(a.text).toContain('000_894d964afa4623be.txt');
  });

  test('"what did I agree to do at the last meeting?" lists the asker\'s actions from her last meeting', async () => {
    const a = await ask('what did I agree to do at the last meeting?');
    expect(a.intent).toBe('my-last-meeting');
    expect(a.meeting!.date).toBe('2017-12-07');
    expect(a.actions.map((x) => x.text)).toEqual(expect.arrayContaining([expect.stringContaining('performance scorecard')]));
  });

  test('"when is the next meeting?" gives the next meeting after today on the asker\'s board', async () => {
    const a = await ask('when is the next meeting?', 'Sonia Turner');
    expect(a.intent).toBe('next-meeting');
    expect(a.meeting).toMatchObject({ date: '2018-01-30', venue: expect.stringContaining('Solaris Centre') });
  });

  test('"who has sent apologies?" says none yet for the next meeting and names last time\'s', async () => {
    const a = await ask('who has sent apologies?', 'Sonia Turner');
    expect(a.intent).toBe('apologies');
    expect(a.text).toContain('No apologies have been sent yet for the meeting on Tuesday 30 January 2018');
    expect(a.text).toContain('Diane Booth, Jenny Briscoe, Alison Cole, John Donnellon, Rosie Sycamore');
  });

  test('"who attended on 5 October 2017?" lists the chair, those present and in attendance', async () => {
    const a = await ask('who attended on 5 October 2017?');
    expect(a.intent).toBe('attended');
    expect(a.text).toContain('Chair: David Sanders');
    expect(a.text).toContain('Present (29)');
    expect(a.text).toContain('Margot Roe');
  });

  test('"what did we decide about private fostering?" quotes the resolution and when it was made', async () => {
    const a = await ask('what did we decide about private fostering?', 'Tony Morrissey');
    expect(a.intent).toBe('decision');
    expect(a.text).toMatch(/^On Thursday 5 October 2017 the Strategic Board Meeting decided: Private Fostering/);
  });

  test('"what does early help mean?" quotes the sentence that defines it', async () => {
    const a = await ask('what does early help mean?');
    expect(a.intent).toBe('define');
    expect(a.text).toMatch(/^Early Help is the level of provision between universal services and statutory intervention/);
  });

  test('"what does LADO stand for?" expands the acronym from the library\'s glossary', async () => {
    const a = await ask('what does LADO stand for?');
    expect(a.text).toMatch(/^LADO stands for Local Authority Designated Officer\./);
  });

  test('"what is my attendance rate?" counts the meetings she attended against those she was listed for', async () => {
    const a = await ask('what is my attendance rate?');
    expect(a.intent).toBe('my-attendance');
    expect(a.attendance.map((f) => [f.board, f.attended, f.meetings])).toEqual(
      expect.arrayContaining([
        ['Blackpool Safeguarding Children Board', 0, 1],
        ["Resilient Communities and Children's Scrutiny Committee", 1, 1],
      ]),
    );
  });

  test('"which agencies are below 75%?" reads the attendance table the annual report publishes', async () => {
    const a = await ask('which agencies are below 75%?');
    expect(a.intent).toBe('agency-attendance');
    expect(a.attendance.map((f) => f.name).sort()).toEqual(
      [
        'Blackpool CCG – Chief Nurse',
        'Blackpool Council – Early Help',
        'Blackpool Council – Youth Offending Team',
        'Lancashire Constabulary – HQ Public Protection Unit',
        'Lancashire Constabulary – Western Division',
        'Schools',
      ].sort(),
    );
  });

  test('anything else is a search, with sources; gibberish gets the plain out-of-scope answer, never search hits', async () => {
    const a = await ask('how many private fostering arrangements were there at the end of the year?');
    expect(a.intent).toBe('search');
    expect(a.results[0]!.document).toBe('000_894d964afa4623be.txt');
    expect(await ask('asdfgh')).toMatchObject({ intent: 'out-of-scope', text: expect.stringMatching(/^I can only help with the board’s papers/), results: [] });
  });

  test('someone the papers do not know is told so when they ask about themselves', async () => {
    expect((await ask('what are my outstanding actions?', 'Nobody Known')).text).toMatch(/^I can't find you in the board's papers/);
  });
});

describe('on the demo library, as of 24 November 2026', () => {
  let library: Library;
  beforeAll(async () => {
    library = tempLibrary('2026-11-24');
    await library.ingest([demoLibraryPath()]);
  });
  afterAll(() => library.close());

  test('"what is level 3?" gives the level\'s definition, indicators and how to get support', async () => {
    const a = await answer(library, 'what is level 3?', OPERATOR);
    expect(a.intent).toBe('level');
    expect(a.level).toMatchObject({ number: 3, name: 'Targeted Support' });
    expect(a.level!.definition.length).toBeGreaterThan(50);
    expect(a.level!.indicators.map((i) => i.area)).toEqual(expect.arrayContaining(['Health', 'Education and learning', 'Family and environment']));
    expect(a.level!.support).toMatch(/Early Help Hub|MASH|Multi-Agency Safeguarding Hub/);
  });

  test('"which level is a child missing school regularly?" points to the level whose indicators say so', async () => {
    const a = await answer(library, 'which level is a child missing school regularly?', OPERATOR);
    expect(a.intent).toBe('which-level');
    expect(a.level).not.toBeNull();
    // The guide puts regular absence at Level 3 (and long absence with other concerns at 4): never lower.
    expect(a.level!.number).toBeGreaterThanOrEqual(3);
    expect(a.text).toMatch(/^In Northmoor’s guidance this matches/);
    expect(a.text).toMatch(/call 999\.$/);
  });

  test('"when is the next meeting?" finds the January 2027 meeting known only from the October minutes', async () => {
    const a = await answer(library, 'when is the next meeting?', await askerNamed(library.store, 'Simon Whitfield'));
    expect(a.meeting).toMatchObject({ date: '2027-01-21', source: 'scheduled' });
  });

  test('"what does MASH mean?" expands it from the glossary', async () => {
    expect((await answer(library, 'what does MASH mean?', OPERATOR)).text).toMatch(/^MASH stands for Multi-Agency Safeguarding Hub/i);
  });
});

test.each([
  ['what are my outstanding actions?', 'my-actions'],
  ['anything I still owe?', 'my-actions'],
  ["what's overdue?", 'overdue'],
  ['am I behind on anything', 'overdue'],
  ['actions for the police', 'actions-for'],
  ['what does Tony owe us?', 'actions-for'],
  ["Diane's actions", 'actions-for'],
  ['action 217', 'action'],
  ['Action No. 35?', 'action'],
  ['what did I agree to do at the last meeting?', 'my-last-meeting'],
  ['when is the next meeting?', 'next-meeting'],
  ['when do we next meet', 'next-meeting'],
  ['who has sent apologies?', 'apologies'],
  ['who attended on 5 October 2017?', 'attended'],
  ['what is my attendance rate?', 'my-attendance'],
  ['which agencies are below 75%?', 'agency-attendance'],
  ['what did we decide about private fostering?', 'decision'],
  ['what is level 3?', 'level'],
  ['which level is a child missing school regularly?', 'which-level'],
  ['what does LADO stand for?', 'define'],
  ['what does early help mean?', 'define'],
  ['CSE in schools', 'search'],
])('"%s" is read as %s', async (q, intent) => {
  expect((await readIntent(q)).intent).toBe(intent);
});
