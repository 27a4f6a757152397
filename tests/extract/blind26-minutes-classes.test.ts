import { makeDocx } from '../helpers/make-files';
import { readLines, readPaper } from '../helpers/read-paper';

/**
 * A minutes class the twenty-sixth blind set (typical layouts) found misread, on papers written here in our own words for
 * an invented trust committee: each item ends in an "Actions:" line over bulleted actions, and the item after it opens
 * with a plain title line. The bullets are the actions; the next item's title, its first statement and the next
 * meeting's date are not (they were read as actions with no owner).
 */
const MINUTES = [
  'Brackenfold Community Health Trust',
  'Safeguarding Committee',
  'Minutes of the meeting held on Tuesday 14 September 2027',
  'Present: Dr Ines Royle (IR) – Chief Nurse (Chair); Tom Ashdown (TA) – Head of Safeguarding; Priya Lal (PL) – Named Midwife',
  '31/12 Quarterly report',
  'TA presented the figures for the quarter; referrals from the maternity wards have risen.',
  'Actions:',
  '• TA to share the quarterly report with the partnership assurance group.',
  '• PL to audit pre-birth referrals and report back in December.',
  '31/13 Policies for approval',
  'The revised supervision policy was approved.',
  'Actions:',
  '• TA to publish the approved policy on the staff intranet by the end of September.',
  'Date of next meeting',
  'Tuesday 14 December 2027, 10:00, Boardroom.',
];

const want = [
  'PL to audit pre-birth referrals and report back in December.',
  'TA to publish the approved policy on the staff intranet by the end of September.',
  'TA to share the quarterly report with the partnership assurance group.',
];

describe('twenty-sixth-set minutes classes', () => {
  it('reads only the bullets under each "Actions:" line as its actions, as text', async () => {
    const doc = await readLines('brackenfold-safeguarding-committee.txt', MINUTES);
    expect(doc.actions.map((a) => a.text).sort()).toEqual(want);
    expect(doc.actions.every((a) => a.owners.length === 1)).toBe(true);
  });

  it('reads only the bullets under each "Actions:" line as its actions, in Word', async () => {
    const bytes = await makeDocx(MINUTES.map((p) => ({ p })));
    const doc = await readPaper('brackenfold-safeguarding-committee.docx', bytes);
    expect(doc.actions.map((a) => a.text).sort()).toEqual(want);
  });
});
