import { makeDocx } from '../helpers/make-files';
import { apologiesOf, chairOf, meetingOf, readLines, readPaper, there } from '../helpers/read-paper';

/**
 * A minutes class the twenty-sixth blind set (typical layouts) found misread, on papers written here in our own words for
 * an invented trust committee: each item ends in an "Actions:" line over bulleted actions, and the item after it opens
 * with a plain title line. The bullets are the actions; the next item's title, its first statement and the next
 * meeting's date are not (they were read as actions with no owner). And two attendance classes: a detective's rank
 * written "D/Insp" before a name in a one-line list (the rest of the list became the chair's title), and apologies
 * followed straight by the header of minutes typed as a table ("No | Item | Action by", read as the last name's detail
 * and its "No" as a mark of absence).
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

  it('reads a detective rank written with a slash and keeps the rest of a one-line list as people', async () => {
    const m = meetingOf(
      await readLines('corrowbeg-panel.txt', [
        'CORROWBEG AREA SAFEGUARDING PANEL',
        'Minutes of meeting held on Wednesday 3rd March 2027 at 2.00pm via Zoom',
        'Present: Mr Aidan Rourke (Chair, Corrowbeg HSC Trust), Ms Leah Tiernan (Corrowbeg HSC Trust), D/Insp Conall Breen (PSNI), Mrs Ruth Galway (Education Authority)',
        'Apologies: Dr Fintan Moles (Corrowbeg HSC Trust)',
        '1. Welcome',
        'The Chair welcomed members.',
      ]),
    );
    expect(chairOf(m)).toBe('Aidan Rourke');
    expect(there(m)).toEqual(['Aidan Rourke', 'Conall Breen', 'Leah Tiernan', 'Ruth Galway']);
  });

  it('ends the apologies where minutes typed as a table begin', async () => {
    const m = meetingOf(
      await readLines('dunmere-lscb.txt', [
        'Dunmere Local Safeguarding Children Board',
        'Minutes of the meeting held on Thursday 11 November 2027',
        'Present: Helen Vause (HV) – Independent Chair; Omar Quigg (OQ) – Business Manager',
        'Apologies: Cllr Beth Yarrow (Lead Member); Sara Linton (Cafcass)',
        'No\tItem\tAction by',
        '1\tApologies were received as above.\t',
        '2\tOQ to add the audit findings to the February agenda.\tOQ',
      ]),
    );
    expect(apologiesOf(m)).toEqual(['Beth Yarrow', 'Sara Linton']);
    expect(m.attendance.find((e) => e.name.display === 'Sara Linton')?.organisation).toBe('Cafcass');
  });
});
