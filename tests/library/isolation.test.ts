import { answer } from '../../src/answers/answer';
import type { Library } from '../../src/library/library';
import { OPERATOR } from '../../src/library/scope';
import { updateAction } from '../../src/library/updates';
import { auditLog } from '../../src/store/audit';
import { ELMSTEAD, member, NORTHMOOR, PEOPLE, twoBoardLibrary } from '../helpers/two-boards';

/**
 * Two boards in one library: whatever a member, clerk or chair of one asks, nothing of the other
 * board comes back — actions, an action by number or id, meetings, minutes, search.
 */
describe('board isolation in the domain', () => {
  let library: Library;
  beforeAll(async () => {
    library = await twoBoardLibrary();
  });
  afterAll(() => library.close());

  const sides = [
    {
      board: NORTHMOOR,
      other: ELMSTEAD,
      people: PEOPLE.northmoor,
      otherPerson: 'Owen Pritchard',
      otherFirst: 'Owen',
      otherOnly: 'towpath lighting',
      otherRef: '216',
      otherId: 'escb-216',
    },
    {
      board: ELMSTEAD,
      other: NORTHMOOR,
      people: PEOPLE.elmstead,
      otherPerson: 'Simon Whitfield',
      otherFirst: 'Simon',
      otherOnly: 'neglect toolkit relaunch',
      otherRef: '312',
      otherId: 'nscp-312',
    },
  ];
  const cases = sides.flatMap((s) => (['member', 'clerk', 'chair'] as const).map((role) => [`${role} of ${s.board}`, role, s] as const));

  test.each(cases)('a %s reads only their own board', async (_label, role, s) => {
    const who = await member(library, s.people[role]);
    expect(who.role).toBe(role);
    expect(who.boards).toEqual([s.board]);

    const actions = await library.actions(who, { status: 'all' });
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((a) => a.board !== s.board)).toEqual([]);
    expect(await library.action(who, s.otherId)).toBeNull();
    expect(await library.history(who, s.otherId)).toEqual([]);
    expect((await library.meetings(who)).map((m) => m.boardKey)).not.toContain(s.other);
    // The other board's papers do answer these words, for someone who may read them.
    expect((await library.search(OPERATOR, s.otherOnly, { limit: 50 })).some((r) => otherDocument(r.document, s.other))).toBe(true);
    expect((await library.search(who, s.otherOnly, { limit: 50 })).filter((r) => otherDocument(r.document, s.other))).toEqual([]);

    // Every way of asking in words.
    for (const q of [
      `actions for ${s.otherPerson}`,
      `what does ${s.otherFirst} owe?`,
      `action ${s.otherRef}`,
      `what did we say about ${s.otherOnly}?`,
      'what is overdue?',
      `who attended on 9 September 2026?`,
      `decisions about ${s.otherOnly}`,
    ]) {
      const a = await answer(library, q, who);
      expect({ q, boards: [...new Set(a.actions.map((x) => x.board))].filter((b) => b !== s.board) }).toEqual({ q, boards: [] });
      expect({ q, docs: a.results.map((r) => r.document).filter((d) => otherDocument(d, s.other)) }).toEqual({ q, docs: [] });
      if (a.meeting) expect(a.meeting.boardKey).toBe(s.board);
    }
  });

  test('"action 305" means the asker\'s own board\'s 305 when both boards have one', async () => {
    expect((await answer(library, 'action 305', await member(library, 'Priya Sandhu'))).actions.map((a) => a.id)).toEqual(['nscp-305']);
    expect((await answer(library, 'action 305', await member(library, 'Owen Pritchard'))).actions.map((a) => a.id)).toEqual(['escb-305']);
  });

  test('the operator at the command line sees both boards', async () => {
    const boards = new Set((await library.actions(OPERATOR, { status: 'all' })).map((a) => a.board));
    expect(boards).toEqual(new Set([NORTHMOOR, ELMSTEAD]));
    expect((await library.action(OPERATOR, 'escb-216'))?.ref).toBe('216');
    expect((await library.search(OPERATOR, 'towpath lighting')).some((r) => r.document.includes('elmstead'))).toBe(true);
  });

  test("the other board's clerk cannot update an action, and nothing is recorded", async () => {
    const before = (await library.action(OPERATOR, 'escb-216'))!;
    const r = await updateAction(library, await member(library, 'Joanne Whitaker'), {
      actionId: 'escb-216',
      expectedVersion: before.version,
      submissionId: 'iso-1',
      status: 'done',
    });
    expect(r.outcome).toBe('not-found');
    expect(r.action).toBeNull();
    expect((await library.action(OPERATOR, 'escb-216'))!.status).toBe('open');
    expect(auditLog(library.db).filter((e) => e.action === 'action.update' && e.target === 'escb-216')).toEqual([]);
  });
});

function otherDocument(name: string, other: string): boolean {
  return other === ELMSTEAD ? name.includes('elmstead') : !name.includes('elmstead');
}
