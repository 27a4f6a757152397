import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedDocument, ExtractedMeeting } from '../../src/extract/model';
import { readBuffer } from '../../src/ingest/readers';

/**
 * The meeting, attendance and prose-owner classes the ninth blind set found misread, each on a paper written here in
 * our own words for an invented council committee.
 */
const LIMITS = { maxFileBytes: 5_000_000, pdfTimeoutMs: 30_000 };

async function read(lines: string[], name = 'paper.txt'): Promise<ExtractedDocument> {
  const doc = await readBuffer(name, Buffer.from(lines.join('\n'), 'utf8'), LIMITS);
  return extractDocument(doc.blocks, name);
}

const held = (doc: ExtractedDocument) => doc.meetings.filter((m) => m.source === 'minutes');
const names = (m: ExtractedMeeting, role: string) => m.attendance.filter((e) => e.role === role).map((e) => e.name.display);

describe('council committee minutes: a wrapped councillors list, "and from" apologies, RESOLVED lists under each item', () => {
  const minutes = [
    'BRENTMOOR DISTRICT COUNCIL',
    '',
    'CHILDREN AND FAMILIES SCRUTINY COMMITTEE',
    '',
    'MINUTES of a meeting of the Children and Families Scrutiny Committee held at the Guildhall on Wednesday 9 March 2022 at 7.00 pm',
    '',
    'PRESENT:      Councillor Harriet Doyle (Chair)',
    '              Councillors Owen Prentice (Vice-Chair), Selina Marsh, Quentin',
    '              Ashworth and Delia Bramley',
    '',
    'OFFICERS:     Rupert Fane (Head of Early Help), Mina Choudhury (Principal Social Worker) and Tessa Lund (Head of Service,',
    "              Disabled Children's Service)",
    '',
    '41.  APOLOGIES FOR ABSENCE',
    '',
    'Apologies were received from Councillor Victor Hale and from Imelda Grant (Designated Doctor).',
    '',
    '42.  EARLY HELP OFFER',
    '',
    'The Head of Early Help introduced the report. Councillor Marsh asked about waiting lists; the Principal Social Worker undertook to send members the waiting times by locality.',
    '',
    'RESOLVED:',
    '(1) That the report be noted.',
    '(2) That the Head of Early Help arrange a visit for members to the family hub at Station Street.',
    '',
    '43.  YOUTH OFFER',
    '',
    'RESOLVED:',
    '(1) That the update be noted.',
    '(2) That the Head of Early Help circulate the youth survey results to all members.',
    "(3) That the Head of Service, Disabled Children's Service report back in June on carers recruited this year.",
    '',
    '44.  DATE OF NEXT MEETING',
    '',
    'RESOLVED: That the next meeting be held on Wednesday 8 June 2022 at 7.00 pm.',
  ];

  it('reads every councillor of a list wrapped between a given name and its surname, and each "from" of the apologies', async () => {
    const m = held(await read(minutes))[0]!;
    expect(names(m, 'present')).toEqual(expect.arrayContaining(['Owen Prentice', 'Selina Marsh', 'Quentin Ashworth', 'Delia Bramley']));
    expect(names(m, 'present')).not.toContain('Quentin');
    expect(names(m, 'apologies').sort()).toEqual(['Imelda Grant', 'Victor Hale']);
  });

  it('reads the tasks of each item\'s "RESOLVED:" list even where the label repeats like a page header', async () => {
    const doc = await read(minutes);
    const texts = doc.actions.map((a) => a.text);
    expect(texts.some((t) => /family hub at Station Street/.test(t))).toBe(true);
    expect(texts.some((t) => /youth survey results/.test(t))).toBe(true);
  });

  it('numbers no action by its clause number alone, which every item\'s "RESOLVED:" list starts again', async () => {
    const doc = await read(minutes);
    const visit = doc.actions.find((x) => /Station Street/.test(x.text))!;
    const survey = doc.actions.find((x) => /youth survey/.test(x.text))!;
    expect(visit.ref ?? null).not.toBe('2');
    expect(survey.ref ?? null).not.toBe('2');
  });

  it("gives a task told after a semicolon to that clause's subject, not the whole sentence before it", async () => {
    const doc = await read(minutes);
    const a = doc.actions.find((x) => /waiting times/.test(x.text))!;
    expect(a.owners.map((o) => o.written)).toEqual(['Principal Social Worker']);
    expect(a.owners[0]!.person?.name.display).toBe('Mina Choudhury');
  });

  it('reads a post written "Head of Service, <service>" as one owner where the attendance gives that post and service', async () => {
    const doc = await read(minutes);
    const a = doc.actions.find((x) => /carers recruited/.test(x.text))!;
    expect(a.owners.map((o) => o.person?.name.display)).toEqual(['Tessa Lund']);
  });
});

describe('a minute closing with its rolling action log, owners written as an initial and a surname', () => {
  const minute = [
    'GLENMORAY CHILD PROTECTION COMMITTEE',
    '',
    'Minute of Meeting held on Tuesday 3 November 2020 via Microsoft Teams',
    '',
    'Chair:          Fraser Dunbar, Independent Chair',
    'Present:        Morag Kinnear, Chief Social Work Officer',
    '                Neil Baxter, Police Scotland',
    '                Shona Petrie, Head of Education',
    'Apologies:      Ewan Tulloch, NHS',
    '',
    '1.  NEGLECT',
    'Morag Kinnear will share the neglect audit findings with head teachers by 30 November.',
    '',
    '2.  TRAINING',
    'Action: Shona Petrie – arrange refresher training on chronologies for guidance staff.',
    '',
    'DATE OF NEXT MEETING',
    'Tuesday 2 February 2021 at 2.00pm via Microsoft Teams.',
    '',
    'ROLLING ACTION LOG (updated 4 November 2020)',
    'No.\tAction\tLead\tTimescale\tStatus',
    '31\tShare neglect audit findings with head teachers\tM Kinnear\t30/11/2020\tNew',
    '32\tRefresher training on chronologies for guidance staff\tS Petrie\tJanuary 2021\tNew',
  ];

  it('reads "M Kinnear" as the attendee Morag Kinnear, and each action told in the items and the log once', async () => {
    const doc = await read(minute);
    expect(doc.actions.map((a) => a.owners.map((o) => o.person?.name.display))).toEqual([['Morag Kinnear'], ['Shona Petrie']]);
  });

  it('takes the next meeting from the line under a "DATE OF NEXT MEETING" heading, not the log\'s later "updated" date', async () => {
    const m = held(await read(minute))[0]!;
    expect(m.nextMeeting?.date).toBe('2021-02-02');
  });
});

describe('minutes carried in an agenda pack under their own letterhead naming a group of the partnership', () => {
  const pack = [
    'FERNLEA SAFEGUARDING CHILDREN PARTNERSHIP',
    'PERFORMANCE GROUP',
    '',
    'Tuesday 9 September 2025, 10.00am – 12.00pm',
    'Committee Room 2, Fernlea Town Hall',
    '',
    'AGENDA',
    '1.  Welcome and apologies (Chair)',
    '2.  Minutes of 10 June 2025 (Chair) – Paper A',
    '3.  Quarterly dashboard (Analyst) – Paper B',
    '4.  Audit programme (Business Manager) – verbal',
    '5.  Any other business',
    '',
    'Paper A',
    '',
    'FERNLEA SAFEGUARDING CHILDREN PARTNERSHIP – PERFORMANCE GROUP',
    'Minutes of the meeting held on 10 June 2025, Fernlea Town Hall',
    'Members:',
    '  Ruth Ingham, Head of Quality Assurance (Chair)',
    '  Owain Pritchard, Named Nurse, Fernlea Community NHS Trust',
    'Attending:',
    '  Imran Shah, Business Manager',
    'Apologies: none',
    '',
    '1. Dashboard',
    'The dashboard was noted. RI to add re-referral rates to the next dashboard by 31 July.',
  ];

  it("names the carried minutes' meeting as the group's, from the heading just above them", async () => {
    const doc = await read(pack);
    const m = held(doc).find((x) => x.date === '2025-06-10')!;
    expect(m.board).toMatch(/Performance Group$/);
  });
});
