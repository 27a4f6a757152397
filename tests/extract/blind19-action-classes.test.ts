import type { ExtractedAction } from '../../src/extract/model';
import { dueMonth, findAction, readLines } from '../helpers/read-paper';

/**
 * Classes the nineteenth blind set found missed in actions, each on a paper written here in our own words for an
 * invented board: a closing numbered action list whose brackets label the owners ("(Owner: AB / CD) – when"), tasks
 * handed over in a few words after them ("– XY to action by …", "ZZ to take forward.", "all members, ongoing", "Mr X will
 * find out."), a council action sheet with a "Response by" column, and a CSV log with "Complete (Y/N)" and a board date.
 */
const people = (a: ExtractedAction) => a.owners.map((o) => o.person?.name.display ?? o.written);

describe('a closing action list whose brackets label the owners', () => {
  const minutes = [
    'Pennwick Safeguarding Partnership',
    'Quality Assurance Group',
    'Minutes of the meeting held on Thursday 9 October 2025, 2.00 pm, Pennwick House',
    '',
    'Present',
    'Aled Morcombe (AM), Head of Quality Assurance – Chair',
    'Bethany Quill (BQ), Named Nurse, Pennwick Health',
    'Dorian Sallow (DS), Detective Inspector, Pennwick Police',
    '',
    '1. Audit programme',
    'BQ will share the audit tool with the schools group.',
    '',
    '2. Date of next meeting',
    'Thursday 11 December 2025.',
    '',
    'Action points',
    '1. Share the revised audit tool with the schools group (Owner: BQ) – for the December meeting',
    '2. Report missing episodes to every meeting (Owner: DS / AM) – ongoing',
    '3. Send the annual return to the regional office (Owner: AM) – carried forward, now 30 November 2025',
  ];

  test('each entry is one action with its owners and when, and the prose is not a second one', async () => {
    const { actions } = await readLines('pennwick-qa-2025-10-09.txt', minutes);
    const tool = findAction(actions, /revised audit tool/);
    expect(tool.text).not.toMatch(/Owner|\)/);
    expect(people(tool)).toEqual(['Bethany Quill']);
    expect(dueMonth(tool)).toBe('2025-12');
    expect(people(findAction(actions, /missing episodes/))).toEqual(['Dorian Sallow', 'Aled Morcombe']);
    expect(dueMonth(findAction(actions, /annual return/))).toBe('2025-11');
    expect(actions.filter((a) => /audit tool/.test(a.text))).toHaveLength(1);
  });
});

describe('tasks handed over in a few words after them', () => {
  const minutes = [
    'Glenmure Public Protection Committee',
    'Training Subgroup',
    'Minute of meeting held on 4 September 2024 at Glenmure Council Offices',
    '',
    'Members present',
    'Ishbel Rankine (Glenmure Council) – Chair',
    'Tomasz Lewandowski (Police Scotland)',
    'Una Farquhar (NHS Glenmure)',
    'Mr Keir Dalgleish (Education)',
    '',
    '1. Course calendar',
    'The calendar was agreed, but it needs a page on online harm before it goes out – TL to action by 30 September.',
    'The calendar should also go to every head teacher. UF to action.',
    'Agencies should send their course numbers each term so that places can be shared – all members, ongoing.',
    'Members asked whether the course can be run in the evening. Mr Dalgleish will find out.',
  ];

  test('the task stated before the hand-over is its owners’ action', async () => {
    const { actions } = await readLines('glenmure-training-2024-09-04.txt', minutes);
    const page = findAction(actions, /page on online harm/);
    expect(people(page)).toEqual(['Tomasz Lewandowski']);
    expect(dueMonth(page)).toBe('2024-09');
    expect(people(findAction(actions, /every head teacher/))).toEqual(['Una Farquhar']);
    expect(people(findAction(actions, /course numbers each term/))).toEqual(['all members']);
    expect(people(findAction(actions, /run in the evening/))).toEqual(['Keir Dalgleish']);
    expect(actions.some((a) => /^(?:UF to action|Mr Dalgleish will find out)/.test(a.text))).toBe(false);
  });
});

describe('logs whose columns are headed in other words', () => {
  test('"Response by" is the due date of an action sheet', async () => {
    const sheet = [
      'Tarnbrook Council',
      'Action sheet',
      'No.\tMinute\tAction\tOfficer\tResponse by',
      '1\t12\tSend members the updated fostering figures\tHead of Fostering\t14 March 2023',
    ];
    const { actions } = await readLines('tarnbrook-action-sheet.txt', sheet);
    expect(dueMonth(findAction(actions, /fostering figures/))).toBe('2023-03');
  });

  test('"Complete (Y/N)" says whether it is done, and "end of Q3" counts the log’s financial year from its board date', async () => {
    const csv = [
      'Ref,Board date,Action required,Action owner,Due by,Latest position,Complete (Y/N)',
      'T-01,12/06/2024,Refresh the neglect toolkit,Lorna Beattie,end of Q3,Draft with the subgroup,N',
      'T-02,12/06/2024,Book the annual conference venue,Owen Price,31/07/2024,Venue booked in July,Y',
    ];
    const { actions } = await readLines('kestrel-board-action-log-2024-25.csv', csv);
    expect(findAction(actions, /conference venue/).status).toBe('done');
    expect(findAction(actions, /neglect toolkit/).status).toBe('open');
    expect(dueMonth(findAction(actions, /neglect toolkit/))).toBe('2024-12');
  });

  test('"Open/Closed" says how it stands, whatever the update column says', async () => {
    const csv = [
      'What,Who,When,Update/Comments,Open/Closed',
      'Agree a shared feedback form,Nia Roberts,Sept 2019,Draft agreed; to be used from September,Closed',
      'Run the launch events,Business Unit,Sept 2019,Venues booked,Open',
    ];
    const { actions } = await readLines('llyn-training-log.csv', csv);
    expect(findAction(actions, /feedback form/).status).toBe('done');
    expect(findAction(actions, /launch events/).status).toBe('open');
  });

  test('"Q4 23/24" is the last quarter of that financial year', async () => {
    const csv = ['Action,Lead,Target,Status', 'Publish the annual report,Business Manager,Q4 23/24,In progress'];
    const { actions } = await readLines('rookby-tracker.csv', csv);
    expect(dueMonth(findAction(actions, /annual report/))).toBe('2024-03');
  });
});
