import type { ExtractedDocument } from '../../src/extract/model';
import { makeDocx, makeXlsx } from '../helpers/make-files';
import { readPaper as read } from '../helpers/read-paper';

/**
 * Deadlines that have been moved, in papers of our own: a tracker keeps the first date and writes the new one beside it,
 * in a column of its own or in the same cell. The newest date is when the action is due; the first is history.
 */
const dues = (doc: ExtractedDocument) => doc.actions.map((a) => [a.text.split(' ').slice(0, 3).join(' '), a.due?.slice(0, 7) ?? null]);

test('a workbook with a "New deadline" column beside "Due": a filled one moves the date, a dash or n/a leaves it', async () => {
  const bytes = await makeXlsx({
    Tracker: [
      ['Pellham Vale Safeguarding Partnership – Education Reference Group'],
      ['Action', 'Owner', 'Due', 'New deadline', 'Progress'],
      ['Refresh the attendance protocol for children on part-time timetables', 'Nadia Okafor', '30/11/2025', '27/02/2026', 'Second draft with heads.'],
      ['Collect the exclusion figures for children with a social worker', 'Owen Marsh', '31/10/2025', 'n/a', 'Complete.'],
      ['Survey designated leads on the new referral form', 'Ruth Ingham', '15/12/2025', '–', 'Survey open until Friday.'],
      ['Plan the spring conference for designated safeguarding leads', 'Owen Marsh', '31/01/2026', 'April 2026', 'Venue lost; new date sought.'],
    ],
  });
  const doc = await read('pellham-vale-erg-tracker.xlsx', bytes);
  expect(dues(doc)).toEqual([
    ['Refresh the attendance', '2026-02'],
    ['Collect the exclusion', '2025-10'],
    ['Survey designated leads', '2025-12'],
    ['Plan the spring', '2026-04'],
  ]);
});

test('a Word plan with "Original target" and "Revised target" columns takes the revised one where it is given', async () => {
  const bytes = await makeDocx([
    { p: 'Ferncastle Children’s Safeguarding Board – learning review action plan' },
    {
      table: [
        ['No.', 'Action', 'Lead', 'Original target', 'Revised target', 'Status'],
        ['1', 'Rewrite the pre-discharge planning guidance for babies on the neonatal unit', 'Dr Iris Kane', 'Sept 2025', 'Jan 2026', 'On track'],
        ['2', 'Train ward staff in the revised discharge guidance', 'Kofi Mensah', 'Dec 2025', '', 'Not started'],
      ],
    },
  ]);
  const doc = await read('ferncastle-review-plan.docx', bytes);
  expect(dues(doc)).toEqual([
    ['Rewrite the pre-discharge', '2026-01'],
    ['Train ward staff', '2025-12'],
  ]);
});

test('one due cell that records its own change: the newest date is the due', async () => {
  const lines = [
    'Ashby Marsh Adolescent Safety Group – actions',
    ['Ref', 'Action', 'Lead', 'Target', 'Update'].join('\t'),
    ['AS/1', 'Map the youth clubs open on Friday evenings', 'Lee Tran', '15/01/26 extended to 27/02/26', 'Half the clubs replied.'].join('\t'),
    ['AS/2', 'Agree a return interview script with the police', 'Mia Roe', 'March 26 (was Jan 26)', 'Draft seen.'].join('\t'),
    ['AS/3', 'Publish the contextual safeguarding leaflet', 'Lee Tran', 'Nov 25 → Feb 26', 'At the printer.'].join('\t'),
    ['AS/4', 'Invite the bus company to the next meeting', 'Mia Roe', 'Oct 25, now Dec 25', 'Invitation sent.'].join('\t'),
    ['AS/5', 'Review the hotspot map with the community safety team', 'Lee Tran', '30/01/26', 'Not started.'].join('\t'),
  ].join('\n');
  const doc = await read('ashby-marsh-actions.txt', Buffer.from(lines, 'utf8'));
  expect(dues(doc)).toEqual([
    ['Map the youth', '2026-02'],
    ['Agree a return', '2026-03'],
    ['Publish the contextual', '2026-02'],
    ['Invite the bus', '2025-12'],
    ['Review the hotspot', '2026-01'],
  ]);
});
