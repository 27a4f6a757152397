import type { ExtractedAction } from '../../src/extract/model';
import { dueMonth, findAction, readLines } from '../helpers/read-paper';

/**
 * The class the twenty-sixth blind set found: a minute whose items tell their actions in prose and point at the closing
 * "Action points" table by number ("(action point 2)"). The table restates each action, so each is one action with the
 * table's wording, owner and due; a prose sentence that points at no row of a table stays an action. Invented board.
 */
const people = (a: ExtractedAction) => a.owners.map((o) => o.person?.name.display ?? o.written);

const head = [
  'Strathbrae Child Protection Committee',
  'Minute of meeting held on Tuesday 14 March 2023 at 10.00am, Strathbrae Town Hall',
  '',
  'Present',
  'Morag Lindsay, Head of Children’s Services (Chair)',
  'Euan Buchanan, Child Protection Lead Officer',
  'Kirsty Rennie, Education Manager',
  '',
  '1. Audit of case files',
  '1.1 Euan Buchanan outlined the findings. Members asked for the themes to be brought together (action point 1).',
  '',
  '2. School liaison',
  '2.1 Kirsty Rennie offered to survey head teachers on the new referral form (action point 2).',
  '',
];

describe('a minute whose closing action table restates the actions its items tell', () => {
  test('each action is told once, with the table row’s wording, owner and due', async () => {
    const { actions } = await readLines('strathbrae-cpc-2023-03-14.txt', [
      ...head,
      '3. Date of next meeting',
      '3.1 Tuesday 9 May 2023 at 10.00am.',
      '',
      'Action points',
      'No\tAction\tResponsible\tTimescale',
      '1\tSummarise the themes of the case file audit\tEuan Buchanan\tApril 2023',
      '2\tSurvey head teachers on the referral form\tKirsty Rennie\tJune 2023',
    ]);
    expect(actions).toHaveLength(2);
    const themes = findAction(actions, /themes/);
    expect(themes.text).toMatch(/^Summarise/);
    expect(people(themes)).toEqual(['Euan Buchanan']);
    expect(dueMonth(themes)).toBe('2023-04');
    const survey = findAction(actions, /head teachers/);
    expect(survey.text).toMatch(/^Survey/);
    expect(people(survey)).toEqual(['Kirsty Rennie']);
    expect(dueMonth(survey)).toBe('2023-06');
    expect(actions.some((a) => a.owners.some((o) => /point/i.test(o.written)))).toBe(false);
  });

  test('a sentence pointing at an action point no row restates stays an action', async () => {
    const { actions } = await readLines('strathbrae-cpc-2023-03-14.txt', [
      ...head,
      'Action points',
      'No\tAction\tResponsible\tTimescale',
      '1\tSummarise the themes of the case file audit\tEuan Buchanan\tApril 2023',
    ]);
    const survey = findAction(actions, /survey head teachers/i);
    expect(people(survey)).toEqual(['Kirsty Rennie']);
    expect(actions.filter((a) => /themes/.test(a.text))).toHaveLength(1);
  });
});
