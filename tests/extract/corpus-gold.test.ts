import * as path from 'node:path';
import { ActionView } from '../../src/library/actions-view';
import { Library } from '../../src/library/library';
import { CORPUS, CORPUS_DOCS, corpusFile, Gold, GoldAction, loadGold, tempLibrary } from '../helpers/corpus';

const GOLD_FILES = [
  path.join(CORPUS, 'gold/000_894d964afa4623be.json'),
  path.join(__dirname, '../gold/001_611570e858e957a4.json'),
  path.join(__dirname, '../gold/002_9731488b56301238.json'),
  path.join(__dirname, '../gold/004_8401099103566743.json'),
];

let library: Library;

beforeAll(async () => {
  library = tempLibrary('2018-01-15');
  const report = await library.ingest(CORPUS_DOCS.map(corpusFile));
  expect(report.errors).toEqual([]);
});

afterAll(() => library.close());

function findAction(all: ActionView[], g: GoldAction): ActionView | undefined {
  if (g.ref) return all.find((a) => a.ref === g.ref);
  const needle = g.textHas!.toLowerCase();
  return all.find((a) => a.text.toLowerCase().includes(needle));
}

describe.each(GOLD_FILES.map((f) => [path.basename(f), loadGold(f)] as [string, Gold]))('labelled document %s', (_name, gold) => {
  const ofDoc = () => library.actions({ status: 'all' }).filter((a) => a.document === gold.document);

  test('every labelled action is found with its owners, status and due month', () => {
    const all = ofDoc();
    const problems: string[] = [];
    for (const g of gold.actions) {
      const label = g.ref ? `action ${g.ref}` : `"${g.textHas}"`;
      const a = findAction(all, g);
      if (!a) {
        problems.push(`${label}: not found`);
        continue;
      }
      if (g.status !== 'either' && a.status !== g.status) problems.push(`${label}: status ${a.status}, expected ${g.status}`);
      if (g.owners) {
        const got = a.owners.map((o) => o.display).sort();
        if (JSON.stringify(got) !== JSON.stringify([...g.owners].sort())) problems.push(`${label}: owners ${JSON.stringify(got)}, expected ${JSON.stringify(g.owners)}`);
      }
      if (g.due && a.due?.slice(0, 7) !== g.due) problems.push(`${label}: due ${a.due}, expected month ${g.due}`);
    }
    expect(problems).toEqual([]);
  });

  test('nothing is reported as an action beyond what a reader would count', () => {
    // The shared gold file lists the tracker and inline actions; our own labels list every action.
    const all = ofDoc();
    const matched = new Set(gold.actions.map((g) => findAction(all, g)?.id).filter(Boolean));
    const extra = all.filter((a) => !matched.has(a.id));
    expect(extra.map((a) => `${a.ref ?? ''} ${a.text}`)).toEqual([]);
  });

  test('meetings: attendance counts, apologies and the next meeting', () => {
    const expected = gold.meetings ?? (gold.meeting ? [gold.meeting] : []);
    const meetings = library.meetings().filter((m) => m.document === gold.document && m.source !== 'scheduled');
    expect(meetings.map((m) => m.date).sort()).toEqual(expected.map((m) => m.date).sort());
    for (const g of expected) {
      const m = meetings.find((x) => x.date === g.date)!;
      expect({ date: m.date, apologies: [...m.apologies].sort(), present: m.present.length, inAttendance: m.inAttendance.length, next: m.nextMeeting }).toEqual({
        date: g.date,
        apologies: [...g.apologies].sort(),
        present: g.presentCount,
        inAttendance: g.inAttendanceCount,
        next: g.nextMeeting,
      });
      if (g.chair) expect(m.chair).toBe(g.chair);
      if (g.board) expect(m.board).toBe(g.board);
    }
  });

  test.each((gold.questions ?? []).map((q) => [q.as, q] as const))('"my outstanding actions" for %s', (_as, q) => {
    const mine = library.actions({ owner: q.as, status: 'open' });
    const has = (key: string) => mine.some((a) => a.ref === key || a.text.toLowerCase().includes(key.toLowerCase()));
    expect(q.mustInclude.filter((k) => !has(k))).toEqual([]);
    expect(q.mustExclude.filter((k) => has(k))).toEqual([]);
  });
});

test('the annual report glossary is read', () => {
  const rows = library.db.prepare("SELECT term FROM glossary g JOIN documents d ON d.id = g.document_id WHERE d.name = '004_8401099103566743.txt'").all() as { term: string }[];
  const terms = rows.map((r) => r.term);
  expect(terms.length).toBeGreaterThanOrEqual(51);
  expect(terms).toEqual(expect.arrayContaining(['MASH', 'LADO', 'CON', 'PMEG', 'CSE', 'EHA']));
});

test('a next meeting dated before the meeting is read as the following year and flagged', () => {
  const row = library.db
    .prepare("SELECT next_date, next_written, next_corrected FROM meetings m JOIN documents d ON d.id = m.document_id WHERE d.name = '000_894d964afa4623be.txt'")
    .get() as { next_date: string; next_written: string; next_corrected: number };
  expect(row).toEqual({ next_date: '2018-01-30', next_written: 'Tuesday 30 January 2017', next_corrected: 1 });
});
