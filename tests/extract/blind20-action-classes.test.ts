import type { ExtractedAction } from '../../src/extract/model';
import { dueMonth, findAction, readLines } from '../helpers/read-paper';

/**
 * Classes the twentieth blind set found missed in actions, each on a paper written here in our own words for an invented
 * board: an action as a task, its owners and when, wherever the paper puts them — labels given in two languages, an
 * arrow line with "(Lead: …; by: …)", "Responsibility:" / "Timescale:" lines under a paragraph, "[XX – when]" closing a
 * sentence, a closing list grouped under owner headings, and a resolution's clauses over "ACTION BY: post; post".
 */
const people = (a: ExtractedAction) => a.owners.map((o) => o.person?.name.display ?? o.written);
const written = (a: ExtractedAction) => a.owners.map((o) => o.written);

describe('action lines whose labels are given in two languages', () => {
  const minutes = [
    'Bwrdd Diogelu Bryncoed / Bryncoed Safeguarding Board',
    'Minutes of the meeting held on Tuesday 8 March 2022 on Microsoft Teams',
    '',
    'Present: Huw Gwallter (Chair), Director of Social Services; Mali Prosser, Head of Safeguarding; Ifan Dafis, Partnership Manager.',
    '',
    '1. Exploitation strategy',
    'The draft strategy was discussed.',
    'Gweithred / Action: publish the exploitation strategy on the partnership website. Perchennog / Owner: Partnership Manager. Dyddiad / By: 29 Ebrill 2022 / 29 April 2022.',
    'Gweithred / Action: write to the regional leads about the strategy launch. Perchennog / Owner: Cadeirydd / Chair. Dyddiad / By: 15.4.22.',
  ];

  test('each line is one action with its owner and date, read from the English side of each pair', async () => {
    const { actions } = await readLines('bryncoed-board-2022-03-08.txt', minutes);
    const website = findAction(actions, /exploitation strategy on the partnership website/);
    expect(people(website)).toEqual(['Ifan Dafis']);
    expect(dueMonth(website)).toBe('2022-04');
    const leads = findAction(actions, /regional leads/);
    expect(written(leads)).toEqual(['Chair']);
    expect(website.text).not.toMatch(/Gweithred|Perchennog/);
  });
});

describe('an arrow line with its lead and date in a labelled bracket', () => {
  const minutes = [
    'Ashcombe Safeguarding Partnership – Quality Group',
    'Minutes of the meeting held on 2 October 2023',
    'Present: Rhona Tate (Chair), Head of Quality; Dev Raman, Designated Doctor; Ines Holt, Business Manager',
    '',
    '3. Learning reviews',
    'Rhona Tate introduced the themes report.',
    '→ Circulate the themes report to the three partners (Lead: Business Manager; by: 20 October 2023)',
    '→ Plan a briefing for GP leads on the themes (Lead: Designated Doctor / Rhona Tate; by: end of November)',
  ];

  test('each arrow is an action, the bracket giving its owners and when', async () => {
    const { actions } = await readLines('ashcombe-quality-2023-10-02.txt', minutes);
    const report = findAction(actions, /themes report to the three partners/);
    expect(people(report)).toEqual(['Ines Holt']);
    expect(dueMonth(report)).toBe('2023-10');
    const briefing = findAction(actions, /briefing for GP leads/);
    expect(people(briefing)).toEqual(['Dev Raman', 'Rhona Tate']);
    expect(dueMonth(briefing)).toBe('2023-11');
  });
});

describe('"Responsibility:" and "Timescale:" lines under a paragraph', () => {
  const notes = [
    'Lisnacree Schools Safeguarding Group',
    'Notes of meeting, Wednesday 5th October 2022',
    'Present: Mrs Orla Keane (Chair), Mr Declan Fyfe, Ms Nuala Barr',
    '',
    '2. Online safety',
    'Members asked for a short leaflet for parents on reporting harmful content.',
    'Responsibility: Mr Fyfe with Ms Barr',
    'Timescale: by the winter meeting',
    '',
    '3. Attendance',
    'Attendance officers reported late notifications.',
    'Responsibility: Mrs Keane to write to all principals about the notification form',
    'Timescale: Term 2',
    '',
    '4. Dates',
    'Meeting dates: winter meeting Wednesday 7th December 2022; spring meeting Wednesday 15th March 2023.',
  ];

  test('the owner field owns the task above it, or is the task where it says what the owner will do', async () => {
    const { actions } = await readLines('lisnacree-group-2022-10-05.txt', notes);
    const leaflet = findAction(actions, /leaflet for parents/);
    expect(written(leaflet)).toEqual(['Mr Fyfe', 'Ms Barr']);
    expect(dueMonth(leaflet)).toBe('2022-12');
    const letter = findAction(actions, /write to all principals/);
    expect(written(letter)).toEqual(['Mrs Keane']);
    // Numbered school terms: the second ends at Easter, read as March.
    expect(dueMonth(letter)).toBe('2023-03');
  });
});

describe('owners and when in square brackets closing a sentence', () => {
  const notes = [
    'Kilvarran Health Board – Child Protection Practice Group',
    'Note of meeting held on 12 September 2023',
    'Present: Moira Fenwick (MF), Lead Nurse (Chair); Tariq Shah (TS), Consultant Paediatrician',
    '',
    '1. Case file audit',
    'TS presented the audit. The audit tool will be shortened for health visitors [MF – end October].',
    'Repeat the audit on the neonatal unit [TS – 15.12.23].',
  ];

  test('the bracket names who and when, for a passive sentence too', async () => {
    const { actions } = await readLines('kilvarran-practice-group-2023-09-12.txt', notes);
    const tool = findAction(actions, /audit tool will be shortened/);
    expect(people(tool)).toEqual(['Moira Fenwick']);
    expect(dueMonth(tool)).toBe('2023-10');
    const repeat = findAction(actions, /Repeat the audit/);
    expect(people(repeat)).toEqual(['Tariq Shah']);
    expect(dueMonth(repeat)).toBe('2023-12');
  });
});

describe('a closing action list grouped under owner headings', () => {
  const minute = [
    'Strathmuir Child Protection Committee',
    'Minute of meeting held on Thursday 6th June 2013',
    'Present: Ruaridh Moffat (Chair), Lead Officer Child Protection; Dr Senga Lyall, Lead Paediatrician; Colin Boyd, Quality Improvement Officer',
    '',
    '1. Guidance',
    'The revised guidance was approved.',
    '',
    '2. Next meeting',
    'Thursday 12th September 2013.',
    '',
    'Actions',
    'Lead Paediatrician',
    '• Audit medical examinations for children under two – September CPC',
    '• Report on waiting times within six weeks of referral – by end of July 2013',
    'Education (Colin Boyd)',
    '• Confirm training numbers for secondary schools',
  ];

  test('each bullet is owned by the heading above it, and a date set off at its end is when', async () => {
    const { actions } = await readLines('strathmuir-cpc-2013-06-06.txt', minute);
    const audit = findAction(actions, /medical examinations/);
    expect(written(audit)).toEqual(['Lead Paediatrician']);
    expect(dueMonth(audit)).toBe('2013-09');
    expect(dueMonth(findAction(actions, /waiting times/))).toBe('2013-07');
    expect(people(findAction(actions, /training numbers/))).toEqual(['Colin Boyd']);
    expect(actions.some((a) => /^Education/.test(a.text))).toBe(false);
  });
});

describe('a resolution whose clauses each go to the post an "ACTION BY:" line names', () => {
  const page = [
    'Westmarch Council – Children and Families Scrutiny Committee',
    'Minutes of the meeting held on Tuesday, 14th February, 2012 7.00 pm',
    'Attendee\tRole',
    'Councillor Jean Potts\tChairman',
    'Kofi Mensah\tHead of Service, Fostering',
    'Ann Rudd\tDemocratic Services Officer',
    '',
    '12. Fostering recruitment',
    'RESOLVED – That (1) the report be noted; (2) the Head of Service, Fostering provide the recruitment figures by age band before the next meeting; (3) the Democratic Services Officer arrange a visit to the fostering team in April.',
    'ACTION BY: Head of Service, Fostering; Democratic Services Officer (to arrange the visit)',
  ];

  test('one action a task clause, each with its own post, the comma inside a post kept', async () => {
    const { actions } = await readLines('westmarch-scrutiny-2012-02-14.txt', page);
    const figures = findAction(actions, /recruitment figures/);
    expect(written(figures)).toEqual(['Head of Service, Fostering']);
    const visit = findAction(actions, /arrange a visit/);
    expect(written(visit)).toEqual(['Democratic Services Officer']);
    expect(dueMonth(visit)).toBe('2012-04');
    expect(actions.some((a) => /report be noted/.test(a.text) && a.owners.length > 1)).toBe(false);
  });
});

describe('an action point owned by two posts each qualified in brackets, with a day set off at its end', () => {
  const notes = [
    'Harrowdene Safeguarding Children Group',
    'Notes of the meeting held on Tuesday 13 April 2010',
    'Present: Gwen Ashby (Chair), Designated Nurse; Ravi Kohli, Named Doctor; Lena Orme, Named Nurse',
    '',
    '1. Training',
    'Level 3 figures were reported.',
    '',
    'Action points',
    '1. Named Doctor (Acute) and Named Doctor (Community) to send the audit returns to the Designated Nurse – w/e 7.5.10',
  ];

  test('both posts own it and the week-ending day is when', async () => {
    const { actions } = await readLines('harrowdene-group-2010-04-13.txt', notes);
    const returns = findAction(actions, /audit returns/);
    expect(written(returns)).toEqual(['Named Doctor (Acute)', 'Named Doctor (Community)']);
    expect(returns.due).toBe('2010-05-07');
  });
});
