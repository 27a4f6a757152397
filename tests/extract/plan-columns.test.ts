import { extractDocument } from '../../src/extract/extract-document';
import { linesToBlocks } from '../../src/ingest/readers/line-blocks';

/**
 * A review's action plan in our own words: each recommendation written across the table as a long row of its own, then
 * its actions, with a lead agency and a lead officer side by side. The officer is who answers for the action, the Action
 * column (not "Learning / recommendation") holds its words, and the columns the header named hold across the
 * recommendation rows.
 */
const plan = [
  'Westmoor Safeguarding Children Partnership',
  'Rapid review (Child P) – multi-agency action plan, updated 2 March 2026',
  ['Learning / recommendation', 'Action', 'Lead agency', 'Lead officer', 'Target date', 'Progress update', 'RAG'].join('\t'),
  'Recommendation 1: Agencies should hear from the child directly when a referral names a concern about home.\t\t\t\t\t\t',
  [
    '1a',
    'Add a prompt to speak to the child alone to the referral form',
    'Westmoor Council',
    'Hana Price (Head of Front Door)',
    '30.04.2026',
    'Draft prompt agreed.',
    'Green',
  ].join('\t'),
  ['1b', 'Brief school staff on recording the child’s own words', 'Westmoor Schools', 'Tom Reid', 'June 2026', 'Not started.', 'Amber'].join('\t'),
  'Recommendation 2: Health and police should share information about missed appointments the same week.\t\t\t\t\t\t',
  [
    '2a',
    'Agree a weekly missed-appointments list between health visiting and the MASH',
    'Westmoor Health Trust',
    'Lucy Obi',
    '31.05.2026',
    'Meeting booked.',
    'Green',
  ].join('\t'),
  ['2b', 'Audit ten referrals for whether the missed appointments were shared', 'Westmoor Police', 'DI Sam Cole', 'July 2026', '', 'Green'].join('\t'),
];

test('a plan with recommendation rows between its actions gives each action its lead officer and target date', () => {
  const doc = extractDocument(linesToBlocks(plan), 'westmoor-child-p-action-plan.txt');
  expect(doc.actions.map((a) => [a.text.slice(0, 30), a.owners.map((o) => o.person?.name.display ?? o.written), a.due])).toEqual([
    ['Add a prompt to speak to the c', ['Hana Price'], '2026-04-30'],
    ['Brief school staff on recordin', ['Tom Reid'], '2026-06-30'],
    ['Agree a weekly missed-appointm', ['Lucy Obi'], '2026-05-31'],
    ['Audit ten referrals for whethe', ['Sam Cole'], '2026-07-31'],
  ]);
});
