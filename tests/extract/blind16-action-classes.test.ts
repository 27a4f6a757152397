import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedAction, ExtractedDocument } from '../../src/extract/model';
import { readBuffer } from '../../src/ingest/readers';

/**
 * Classes the sixteenth blind set found misread in actions, each on a paper written here in our own words for an invented
 * board: a schools' tracker whose meeting column gives only the month and whose deadlines are school terms and half terms.
 */
const LIMITS = { maxFileBytes: 5_000_000, pdfTimeoutMs: 30_000 };

async function read(name: string, bytes: Buffer): Promise<ExtractedDocument> {
  const doc = await readBuffer(name, bytes, LIMITS);
  return extractDocument(doc.blocks, name);
}

const text = (lines: string[]) => Buffer.from(lines.join('\n'), 'utf8');

const find = (actions: ExtractedAction[], words: RegExp): ExtractedAction => {
  const a = actions.find((x) => words.test(x.text));
  if (!a) throw new Error(`no action ${words}: ${actions.map((x) => x.text).join(' / ')}`);
  return a;
};
const month = (a: ExtractedAction) => a.due?.slice(0, 7) ?? null;

describe('a tracker whose meetings are months and whose deadlines are school terms', () => {
  test('"end of spring term", "Oct half-term" are the next such after the month the action was agreed', async () => {
    const doc = await read(
      'harrowdene-headteachers-log.csv',
      text([
        'Harrowdene Primary Heads Safeguarding Group – log of agreed actions 2025/26',
        'Meeting date,Topic,Action,Lead,When by,Where we are',
        'Oct 2025,Online safety,Write to parents about the new online safety guidance,Farida Qureshi,end of autumn term,Underway',
        'Sep 2025,Induction,Prepare an induction pack for new designated leads,Owain Pritchard,Oct half-term,Complete',
        'Dec 2025,Attendance,Pilot the early attendance letters in three schools,Owain Pritchard,end of spring term,Not begun',
        'Jan 2026,Training,Book refresher training for governors,Farida Qureshi,February half term,Underway',
        'Mar 2026,Transition,Hand over the Year 6 safeguarding files,Farida Qureshi,end of summer term,Not begun',
      ]),
    );
    expect(month(find(doc.actions, /parents about/))).toBe('2025-12');
    expect(month(find(doc.actions, /induction pack/))).toBe('2025-10');
    expect(month(find(doc.actions, /attendance letters/))).toBe('2026-03');
    expect(month(find(doc.actions, /governors/))).toBe('2026-02');
    expect(month(find(doc.actions, /Year 6/))).toBe('2026-07');
  });
});
