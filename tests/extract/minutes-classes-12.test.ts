import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedDocument, ExtractedMeeting } from '../../src/extract/model';
import { readBuffer } from '../../src/ingest/readers';

/**
 * Classes of real minutes the twelfth round of fixes reads, each on a short paper written here in our own words for an
 * invented board: the rule is for the layout or the phrasing, not for one paper.
 */
const LIMITS = { maxFileBytes: 5_000_000, pdfTimeoutMs: 30_000 };

async function read(lines: string[], name = 'paper.txt'): Promise<ExtractedDocument> {
  const doc = await readBuffer(name, Buffer.from(lines.join('\n'), 'utf8'), LIMITS);
  return extractDocument(doc.blocks, name);
}

const held = (doc: ExtractedDocument): ExtractedMeeting => doc.meetings.find((m) => m.source === 'minutes')!;
const T = '\t';

describe('minutes as a table whose action column carries who and when in its words', () => {
  const minutes = [
    'ARDCRAIG CHILD PROTECTION COMMITTEE',
    'Minute of the meeting held on Tuesday 10 September 2024 at 10.00am in the Burgh Chambers, Ardcraig',
    'Sederunt: Morag Lindsay, Independent Chair (Chair); Duncan Ferguson, Chief Social Work Officer; DI Ewan Murray, Police Scotland; ' +
      'Isla Buchanan, Child Protection Lead Officer; Kirsty Todd, Quality Improvement Officer, Education.',
    'In attendance: Callum Rae, Data Analyst (item 4).',
    'Apologies: Hamish Grant, NHS Ardcraig.',
    `Item${T}Discussion and decisions${T}Action – who – when`,
    `1. Welcome${T}The Chair opened the meeting and noted the apologies.${T}`,
    `2. Self-evaluation${T}DF set out the timetable for the self-evaluation. Members agreed that each agency would send its evidence to the lead officer.${T}` +
      'IB to collate the agency returns for the self-evaluation – 31 October 2024. DF to share the draft findings with chief officers.',
    `3. Training${T}KT reported that uptake of the contextual safeguarding course was low in secondary schools.${T}` +
      'KT / EM to arrange a joint briefing for guidance staff – December 2024',
    `4. Performance${T}CR presented the quarterly report. Members asked for a view by area.${T}CR to split the missing episodes by area for the November meeting`,
    `5. Any other business${T}EM told members about the new police referral form.${T}EM to send the referral form to all members – as soon as possible`,
    `6. Date of next meeting${T}Tuesday 12 November 2024 at 10.00am.${T}`,
  ];

  it('reads each owner-led sentence of an action cell as an action, two in one cell, none from an empty cell', async () => {
    const doc = await read(minutes);
    expect(doc.actions.map((a) => a.text)).toEqual([
      expect.stringMatching(/^IB to collate the agency returns/),
      expect.stringMatching(/^DF to share the draft findings/),
      expect.stringMatching(/^KT \/ EM to arrange a joint briefing/),
      expect.stringMatching(/^CR to split the missing episodes/),
      expect.stringMatching(/^EM to send the referral form/),
    ]);
  });

  it('gives each action to the people whose names fit its initials, and the date the cell gives', async () => {
    const doc = await read(minutes);
    const owners = doc.actions.map((a) => a.owners.map((o) => o.person?.name.display ?? o.written));
    expect(owners).toEqual([['Isla Buchanan'], ['Duncan Ferguson'], ['Kirsty Todd', 'Ewan Murray'], ['Callum Rae'], ['Ewan Murray']]);
    expect(doc.actions.map((a) => a.due?.slice(0, 7) ?? null)).toEqual(['2024-10', null, '2024-12', '2024-11', null]);
    // The date after the dash is when, not part of the task.
    expect(doc.actions[0]!.text).not.toMatch(/October/);
    expect(held(doc).date).toBe('2024-09-10');
  });
});
