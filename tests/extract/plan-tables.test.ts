import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedAction } from '../../src/extract/model';
import { rowBlock } from '../../src/ingest/document';
import { linesToBlocks } from '../../src/ingest/readers/line-blocks';

/**
 * Business plans and logs kept as tables (a fictional partnership, our own words): a plan's "What we will do" column,
 * rows that head a priority or a group of actions inside the table, a "Status" column beside a "Progress" story, and
 * quarters of the financial year the plan's title names.
 */
const view = (a: ExtractedAction) => ({ ref: a.ref, owners: a.owners.map((o) => o.written), due: a.due, status: a.status });

test('a business plan: its "What we will do" rows under priority headings, status from the Status column, quarters of the plan\'s financial year', () => {
  const actions = extractDocument(
    linesToBlocks([
      'Pelham Safeguarding Children Partnership',
      'Business Plan 2025-26: where we are at 5 December 2025',
      'No.\tWhat we will do\tLead agency\tBy when\tProgress\tStatus',
      'Priority 1 – Early help\t\t\t\t\t',
      '1.1\tTrain family hub staff in the new assessment\tPelham Council\tQ2\tAll sessions delivered in July.\tComplete',
      '1.2\tPublish a leaflet on the front door for families\tPelham Health Trust\tQ4\tFirst leaflet delivered to the printers.\tOn track',
      'Priority 2 – Online harm\t\t\t\t\t',
      '2.1\tRun a campaign for parents of primary pupils\tPelham Police\t31 January 2026\t\tNot started',
    ]),
    'plan.txt',
  ).actions;
  expect(actions.map(view)).toEqual([
    { ref: '1.1', owners: ['Pelham Council'], due: '2025-09-30', status: 'done' },
    { ref: '1.2', owners: ['Pelham Health Trust'], due: '2026-03-31', status: 'open' },
    { ref: '2.1', owners: ['Pelham Police'], due: '2026-01-31', status: 'open' },
  ]);
});

test('a spreadsheet log whose group rows fill only their first cell keeps every action under them', () => {
  const actions = extractDocument(
    [
      rowBlock(['Pelham Child Protection Committee – action log', '', '']),
      rowBlock(['Ref', 'Action', 'Lead officer', 'Target date', 'RAG']),
      rowBlock(['Committee actions', '', '']),
      rowBlock(['PC/1', 'Write the committee response to the inspection letter', 'HT', '2025-02-28', 'Green']),
      rowBlock(['Sub-group actions', '', '']),
      rowBlock(['PC/2', 'Audit referrals for children under two', 'QA sub-group chair', '2025-04-30', 'Amber']),
    ],
    'log.xlsx',
  ).actions;
  expect(actions.map((a) => [a.ref, a.owners.map((o) => o.written)])).toEqual([
    ['PC/1', ['HT']],
    ['PC/2', ['QA sub-group chair']],
  ]);
});
