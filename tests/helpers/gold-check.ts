import type { ActionView } from '../../src/library/actions-view';
import type { Library } from '../../src/library/library';
import { OPERATOR } from '../../src/library/scope';
import type { Gold, GoldAction } from './corpus';

function findAction(all: ActionView[], g: GoldAction): ActionView | undefined {
  if (g.ref) return all.find((a) => a.ref === g.ref);
  const needle = g.textHas!.toLowerCase();
  return all.find((a) => a.text.toLowerCase().includes(needle));
}

/**
 * The checks a labelled file asks for, on a library that has ingested the labelled documents:
 * every action with its owners, status and due month (and overdue, where labelled); nothing
 * beyond the labelled actions; each meeting's chair, counts, apologies and next meeting; and
 * each member's "what are my outstanding actions?".
 */
export function defineGoldTests(library: () => Library, gold: Gold, scope: { document?: string }): void {
  const actions = async () => (await library().actions(OPERATOR, { status: 'all' })).filter((a) => !scope.document || a.document === scope.document);

  test('every labelled action is found with its owners, status and due month', async () => {
    const all = await actions();
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
        if (JSON.stringify(got) !== JSON.stringify([...g.owners].sort()))
          problems.push(`${label}: owners ${JSON.stringify(got)}, expected ${JSON.stringify(g.owners)}`);
      }
      if (g.due && a.due?.slice(0, 7) !== g.due) problems.push(`${label}: due ${a.due}, expected month ${g.due}`);
      if (g.overdue !== undefined && a.overdue !== g.overdue) problems.push(`${label}: overdue ${a.overdue}, expected ${g.overdue}`);
    }
    expect(problems).toEqual([]);
  });

  test('nothing is reported as an action beyond what a reader would count', async () => {
    const all = await actions();
    const matched = new Set(gold.actions.map((g) => findAction(all, g)?.id).filter(Boolean));
    expect(all.filter((a) => !matched.has(a.id)).map((a) => `${a.ref ?? ''} ${a.text}`)).toEqual([]);
  });

  test('meetings: chair, attendance counts, apologies and the next meeting', async () => {
    const expected = gold.meetings ?? (gold.meeting ? [gold.meeting] : []);
    const meetings = (await library().meetings(OPERATOR)).filter((m) => (!scope.document || m.document === scope.document) && m.source !== 'scheduled');
    expect(meetings.map((m) => m.date).sort()).toEqual(expected.map((m) => m.date).sort());
    for (const g of expected) {
      const m = meetings.find((x) => x.date === g.date)!;
      expect({ date: m.date, apologies: [...m.apologies].sort(), present: m.present.length, inAttendance: m.inAttendance.length, next: m.nextMeeting }).toEqual(
        {
          date: g.date,
          apologies: [...g.apologies].sort(),
          present: g.presentCount,
          inAttendance: g.inAttendanceCount,
          next: g.nextMeeting,
        },
      );
      if (g.chair) expect(m.chair).toBe(g.chair);
      if (g.board) expect(m.board).toBe(g.board);
    }
  });

  const questions = gold.questions ?? [];
  if (questions.length) {
    test.each(questions.map((q) => [q.as, q] as const))('"my outstanding actions" for %s', async (_as, q) => {
      const mine = await library().actions(OPERATOR, { owner: q.as, status: 'open' });
      const has = (key: string) => mine.some((a) => a.ref === key || a.text.toLowerCase().includes(key.toLowerCase()));
      expect(q.mustInclude.filter((k) => !has(k))).toEqual([]);
      expect(q.mustExclude.filter((k) => has(k))).toEqual([]);
    });
  }
}
