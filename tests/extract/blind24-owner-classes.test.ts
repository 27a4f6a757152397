import { withDeputies } from '../../src/extract/attendance';
import type { AttendanceEntry } from '../../src/extract/model';
import { parsePersonName } from '../../src/extract/names';
import { parseOwners } from '../../src/extract/owners';
import { findAction, ownerPeople, readLines } from '../helpers/read-paper';

/**
 * Classes the twenty-fourth blind set found in resolving owners to the people the paper names, each on a paper written
 * here in our own words for an invented board: a bilingual log whose closing leads line is labelled in both languages
 * ("Ceannairí / Leads:") and names posts with a comma inside ("Chair, Eastern Forum"), two of them in one Lead cell; a
 * work plan whose foot names the chair and the clerk, their names carrying accents; an "Updated … by the Clerk (Name)"
 * line; and a deputy whose initials the member's line gives after the deputy's name. ("MT to be asked to …" as MT's is fix24a's, who made the same change to context.ts.)
 */
describe('a bilingual log whose leads line names posts with a comma inside', () => {
  const log = [
    'Bord Cosanta Leanaí Dhún Caoin / Dunkeen Child Protection Board,,,,',
    'Tag. / Ref,Gníomh / Action,Ceannaire / Lead,Faoi / By,Stádas / Status',
    'DCB 25/03,Publish the annual report on the Board website,Board Business Manager,30/09/2025,Open',
    'DCB 25/04,Agree a shared escalation protocol with both forums,"Chair, Eastern Forum / Chair, Western Forum",31/10/2025,Open',
    'DCB 25/05,Audit the timeliness of health assessments,Named Nurse for Looked After Children,30/11/2025,Open',
    'DCB 25/06,Decide how the co-ordinator post is funded after March,Chair of the Board,31/12/2025,Open',
    ',,,,',
    '"Ceannairí / Leads: Chair of the Board – Éamonn Breathnach; Chair, Eastern Forum – Gráinne Ní Fhaoláin; Chair, Western Forum – Colm Deasy; Named Nurse for Looked After Children – Úna Keaveney; Board Business Manager – Pádraig Mulready.",,,,',
  ];

  test('each post is its holder, and a Lead cell of two comma posts is two owners', async () => {
    const doc = await readLines('dunkeen-cpb-action-log-2025.csv', log);
    expect(ownerPeople(findAction(doc.actions, /annual report/))).toEqual(['Pádraig Mulready']);
    const protocol = findAction(doc.actions, /escalation protocol/);
    expect(protocol.owners.map((o) => o.written)).toEqual(['Chair, Eastern Forum', 'Chair, Western Forum']);
    expect(ownerPeople(protocol)).toEqual(['Gráinne Ní Fhaoláin', 'Colm Deasy']);
    expect(ownerPeople(findAction(doc.actions, /health assessments/))).toEqual(['Úna Keaveney']);
    expect(ownerPeople(findAction(doc.actions, /co-ordinator post/))).toEqual(['Éamonn Breathnach']);
  });
});

describe('a work plan whose foot names the holders of its posts', () => {
  const plan = [
    'Dunkeen Family Support Panel – work plan 2025-26,,,,',
    'Revised 2 October 2025 by the Panel Clerk (Siobhán Ó Dálaigh).,,,,',
    'Meeting,Type,Item or action,Lead,By',
    '2025-09-10,Action,Write to agencies that missed two meetings,Chair,2025-10-31',
    '2025-09-10,Action,Put the training calendar on the website,Panel Clerk,2025-11-30',
    '2025-09-10,Action,Bring the audit of referrals to the panel,Declan Furey,2025-12-10',
    'Chair: Róisín Mac Aodha. Panel Clerk: Siobhán Ó Dálaigh.,,,,',
  ];

  test('"Chair" is the person the foot names, accents and all; the clerk is who updated the plan', async () => {
    const doc = await readLines('dunkeen-fsp-work-plan-2025-26.csv', plan);
    expect(ownerPeople(findAction(doc.actions, /missed two meetings/))).toEqual(['Róisín Mac Aodha']);
    expect(ownerPeople(findAction(doc.actions, /training calendar/))).toEqual(['Siobhán Ó Dálaigh']);
  });

  test('an "updated by the post (Name)" line alone says who holds the post', async () => {
    const doc = await readLines('dunkeen-fsp-work-plan-2025-26.csv', plan.slice(0, -1));
    expect(ownerPeople(findAction(doc.actions, /training calendar/))).toEqual(['Siobhán Ó Dálaigh']);
  });
});

describe("a deputy whose initials the member's line gives after the deputy's name", () => {
  test('"TEg to bring …" is the deputy, though the deputy\'s name was read without the bracket', () => {
    const person = (n: string) => parsePersonName(n)!;
    const entry = (name: string, initials: string, extra: Partial<AttendanceEntry> = {}): AttendanceEntry => ({
      name: person(name),
      title: null,
      organisation: null,
      date: '2025-06-11',
      role: 'present',
      deputy: null,
      raw: name,
      initials,
      ...extra,
    });
    const attendance = withDeputies([
      entry('Colm Deasy', 'CD'),
      entry('Rhona Gale', 'RGa', {
        role: 'apologies',
        deputy: person('Tomas Egan'),
        raw: 'Rhona Gale (RGa), Named Nurse | Apologies – Tomas Egan (TEg), Named Midwife, deputised',
      }),
    ]);
    const owners = parseOwners('TEg', { attendance, date: '2025-06-11' });
    expect(owners?.map((o) => o.person?.name.display)).toEqual(['Tomas Egan']);
  });
});
