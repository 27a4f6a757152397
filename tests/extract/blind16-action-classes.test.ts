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

describe('a schedule of outstanding actions written as one labelled block per action', () => {
  const schedule = [
    'BRANSCOMBE SAFEGUARDING ADULTS AND CHILDREN PARTNERSHIP',
    'Outstanding actions – report to the Partnership on 9 October 2019',
    '',
    'A.  From: 10 July 2019, item 4 (Neglect toolkit)',
    '    Action: Launch the refreshed neglect toolkit with health visitors',
    '    Owner: Maureen Tregaskis, Health Visiting Lead',
    '    By: August 2019',
    '    Position at 1 October 2019: Done. Launch events held in August.',
    '',
    'B.  From: 10 July 2019, item 7 (Audit)',
    '    Action: Audit a sample of strategy discussions held out of hours',
    '    Owner: Business Manager',
    '    By: end of November 2019',
    '    Position at 1 October 2019: Sample chosen; audit not yet begun. Open.',
    '',
    'Business Manager: Olatunde Farr.',
  ];

  test('"By:" is the deadline, "Position at <date>:" the status, and "Name, Post" one person', async () => {
    const doc = await read('branscombe-outstanding.txt', text(schedule));
    const toolkit = find(doc.actions, /neglect toolkit/);
    expect(toolkit.owners.map((o) => o.person?.name.display ?? `(${o.written})`)).toEqual(['Maureen Tregaskis']);
    expect(month(toolkit)).toBe('2019-08');
    expect(toolkit.status).toBe('done');
    const audit = find(doc.actions, /strategy discussions/);
    expect(month(audit)).toBe('2019-11');
    expect(audit.status).toBe('open');
  });
});

describe('a deadline set before a school term begins', () => {
  test('"before the summer term" is due when that term starts, "by the end of the summer term" when it ends', async () => {
    const doc = await read(
      'glenmorran-minutes.txt',
      text([
        'Glenmorran Schools Child Protection Liaison Group',
        'Minutes of the meeting held on 4 February 2027',
        'Present: Ruaridh Gillies (Chair), Morag Stewart, Tomasz Nowak',
        '',
        '2. Bullying policy',
        'Morag Stewart will redraft the anti-bullying guidance before the summer term.',
        'Tomasz Nowak will collect pupil feedback on the guidance by the end of the summer term.',
      ]),
    );
    expect(month(find(doc.actions, /redraft/))).toBe('2027-04');
    expect(month(find(doc.actions, /pupil feedback/))).toBe('2027-07');
  });
});

describe('"Action: <post> – <task>" where the post is written in full', () => {
  test('posts of several words, with "of", "for" and "and" inside them, own the task after the dash', async () => {
    const doc = await read(
      'ravensworth-trust-minutes.txt',
      text([
        'Ravensworth Community Health Trust – Child Safeguarding Assurance Group',
        'Minutes of the meeting held on 14 May 2026',
        'Present: Gwen Atherton (Chair), Samir Haddad, Irene Colquhoun',
        '',
        '5. Supervision',
        'Action: Lead Nurse for Looked After Children – audit the supervision records of health visitors by August 2026.',
        'Action: Head of Quality and Governance – add supervision uptake to the quality dashboard by July 2026.',
        'Action: Designated Doctor / Deputy Director of Nursing – write to GP practices about supervision for the next meeting.',
      ]),
    );
    const written = (a: ExtractedAction) => a.owners.map((o) => o.written);
    expect(written(find(doc.actions, /supervision records/))).toEqual(['Lead Nurse for Looked After Children']);
    expect(written(find(doc.actions, /quality dashboard/))).toEqual(['Head of Quality and Governance']);
    expect(written(find(doc.actions, /GP practices/))).toEqual(['Designated Doctor', 'Deputy Director of Nursing']);
  });
});

describe('a deadline given as a later meeting of the body, month and year', () => {
  test('"to the June 2027 panel" is due in June 2027', async () => {
    const doc = await read(
      'ostermoor-panel-minutes.txt',
      text([
        'Ostermoor Multi-Agency Audit Panel',
        'Minutes of the meeting held on 10 January 2027',
        'Present: Hilde Brandt (Chair), Kwame Asante, Lorna Pryce',
        '',
        '4. Audit of strategy meetings',
        'Action: Kwame Asante – bring the re-audit of strategy meetings to the June 2027 panel.',
      ]),
    );
    expect(month(find(doc.actions, /re-audit/))).toBe('2027-06');
  });
});

describe('a request of how a thing is done, not of someone', () => {
  test('"asked that the Polish leaflet is printed …" names nobody: the capital opens the thing, not an owner', async () => {
    const doc = await read(
      'kelderby-forum-minutes.txt',
      text([
        'Kelderby Early Years Safeguarding Forum',
        'Minutes of the meeting held on 2 June 2027',
        'Present: Bronagh Keane (Chair), Yusuf Demir, Alys Rhydderch',
        '',
        '3. Leaflets for parents',
        'Members asked that the Polish leaflet is printed in larger type. Members asked that the Nursery Team send the leaflet to every setting.',
      ]),
    );
    expect(doc.actions.map((a) => a.text).filter((t) => /Polish/.test(t))).toEqual([]);
    expect(find(doc.actions, /send the leaflet/).owners.map((o) => o.written)).toEqual(['Nursery Team']);
  });
});

describe('housekeeping asked of members for the meeting under way', () => {
  test('"members by video link were asked to switch their cameras off …" is no action; "members were asked to send …" is one', async () => {
    const doc = await read(
      'tarnbridge-board-minutes.txt',
      text([
        'Tarnbridge Safeguarding Children Partnership Executive',
        'Minutes of the meeting held on 8 September 2027',
        'Present: Corinne Lavelle (Chair), Dmitri Volkov, Fiona Achterberg',
        '',
        '1. Welcome',
        'Members attending by video link were asked to switch their cameras off while the film was shown. Members were asked to send comments on the draft plan to Dmitri Volkov by 30 September 2027.',
      ]),
    );
    expect(doc.actions.map((a) => a.text).filter((t) => /cameras/.test(t))).toEqual([]);
    expect(find(doc.actions, /comments on the draft plan/).owners.length).toBeGreaterThan(0);
  });
});
