import * as fs from 'node:fs';
import * as path from 'node:path';

import { reminderRenderer } from '../../bot/reminder-cards';
import { readConfig } from '../../src/config';
import { addDays, weekdayOf } from '../../src/extract/dates';
import { Library } from '../../src/library/library';
import { respond } from '../../src/library/responses';
import { importRoster, memberFor } from '../../src/library/roster';
import { OPERATOR } from '../../src/library/scope';
import { updateAction } from '../../src/library/updates';
import type { ConversationRef, Messenger, SendResult } from '../../src/reminders/outbox';
import { runReminders } from '../../src/reminders/run';
import { remindersDue } from '../../src/reminders/run';
import { tempDir } from '../helpers/corpus';
import { minutes } from '../helpers/minutes';

/*
 * A year of days for one fictional board, every morning at 09:00 London time: which reminders go
 * to whom and when, with month ends, a meeting moved after its invitations went out, an action
 * closed early, a member who leaves the board and one who removes the app.
 */
const PEOPLE = [
  'Ruth Abernethy, Independent Chair',
  'Paul Hartley, Schools Safeguarding Lead, Eastvale Council',
  'Sonia Hartley, Head of Probation, Probation Service',
  'Claire Dobson, Head of Early Help, Eastvale Council',
  "Martin Kaye, Director of Children's Services, Eastvale Council",
];
const JANUARY = (next: string) =>
  minutes({
    date: 'Tuesday 13 January 2026',
    present: PEOPLE,
    items: [
      'ACTION TRACKER\nAction 1: Paul Hartley to circulate the escalation leaflet to all schools by 31 January 2026.\nAction 2: Sonia Hartley to share the probation case audit with partners by 28 February 2026.\nAction 3: All Members to nominate a neglect champion by 30 April 2026.\nAction 4: Claire Dobson to publish the early help annual report by 31 December 2026.\nAction 5: Martin Kaye to confirm the funding formula by 15 May 2026.',
    ],
    next,
  });
const APRIL = minutes({
  date: 'Tuesday 21 April 2026',
  present: PEOPLE,
  items: ['WELCOME\nThe chair welcomed everyone.'],
  next: 'Tuesday 14 July 2026 at 10.00 in Committee Room 1.',
});

const ROSTER = `name,email,aadObjectId,role
Joanne Whitaker,joanne.whitaker@eastvale.example,,clerk
Ruth Abernethy,ruth.abernethy@eastvale.example,,chair
Paul Hartley,paul.hartley@eastvale.example,,member
Sonia Hartley,sonia.hartley@eastvale.example,,member
Claire Dobson,claire.dobson@eastvale.example,,member
Martin Kaye,martin.kaye@eastvale.example,,member
`;

interface Sent {
  day: string;
  to: string;
  kind: string;
  actions: string[];
  meetingDate: string | null;
}

test('a year of mornings: every reminder on its day, once, to the right people', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'eastvale-2026-01-13.txt');
  fs.writeFileSync(file, JANUARY('Tuesday 14 April 2026 at 10.00 in Committee Room 1.'));
  let now = new Date('2026-01-01T09:00:00Z');
  const library = new Library(readConfig({ BOARD_DB: path.join(dir, 'board.db') }), { now: () => new Date(now.getTime()) });
  try {
    await library.ingest([file]);
    await importRoster(library.store, ROSTER, 'test', now.toISOString());
    const conversation = library.db.prepare("INSERT INTO conversations (user_key, person, reference_json, updated_at) VALUES (?, ?, ?, '2026-01-01')");
    for (const name of ['Joanne Whitaker', 'Ruth Abernethy', 'Paul Hartley', 'Sonia Hartley', 'Claire Dobson', 'Martin Kaye']) {
      conversation.run(
        name.toLowerCase(),
        name,
        JSON.stringify({ serviceUrl: 'https://smba.example/uk/', conversation: { id: `a:${name}`, tenantId: 't1' }, user: { id: name } }),
      );
    }
    const ref = async (id: string) => (await library.actions(OPERATOR, { status: 'all' })).find((a) => a.ref === id)!.id;

    const sent: Sent[] = [];
    const messenger: Messenger = {
      async send(reference: ConversationRef): Promise<SendResult> {
        const row = library.db
          .prepare("SELECT person, kind, actions_json, meeting_date FROM outbox WHERE state = 'sending' ORDER BY id DESC LIMIT 1")
          .get() as { person: string; kind: string; actions_json: string; meeting_date: string | null };
        expect(reference.conversation?.id).toBe(`a:${row.person}`);
        sent.push({
          day: now.toISOString().slice(0, 10),
          to: row.person,
          kind: row.kind,
          actions: JSON.parse(row.actions_json) as string[],
          meetingDate: row.meeting_date,
        });
        return { ok: true, id: `m${sent.length}` };
      },
    };
    const render = reminderRenderer(library);

    // Nothing goes out before 08:00.
    now = new Date('2026-01-26T07:30:00Z');
    expect(await remindersDue(library)).toEqual([]);

    for (let day = '2026-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
      now = new Date(`${day}T09:00:00Z`);
      if (day === '2026-04-09') {
        // The clerk re-issues the January minutes: the April meeting moves from the 14th to the 21st.
        fs.writeFileSync(file, JANUARY('Tuesday 21 April 2026 at 10.00 in Committee Room 1.'));
        await library.ingest([file]);
      }
      if (day === '2026-04-22') {
        const april = path.join(dir, 'eastvale-2026-04-21.txt');
        fs.writeFileSync(april, APRIL);
        await library.ingest([april]);
      }
      if (day === '2026-05-02') {
        const martin = (await memberFor(library.store, { email: 'martin.kaye@eastvale.example', allowDisplayName: false }))!;
        const five = (await library.actions(OPERATOR, { status: 'all' })).find((a) => a.ref === '5')!;
        expect(
          (
            await updateAction(library, martin, {
              actionId: five.id,
              expectedVersion: five.version,
              submissionId: 'year-1',
              status: 'done',
              note: 'Formula confirmed.',
            })
          ).outcome,
        ).toBe('recorded');
      }
      if (day === '2026-07-08') {
        // Paul replies before the chaser; Sonia has left the board (off the roster); Claire removed the app.
        const paul = (await memberFor(library.store, { email: 'paul.hartley@eastvale.example', allowDisplayName: false }))!;
        expect((await respond(library, paul, { boardKey: paul.boards[0]!, date: '2026-07-14', response: 'attending' })).ok).toBe(true);
        await importRoster(
          library.store,
          ROSTER.split('\n')
            .filter((l) => !l.startsWith('Sonia'))
            .join('\n'),
          'test',
          now.toISOString(),
        );
        library.db.prepare('DELETE FROM conversations WHERE person = ?').run('Claire Dobson');
      }
      await runReminders(library, messenger, render, { sleep: async () => undefined, maxWaitMs: 0 });
    }

    const refs = Object.fromEntries(await Promise.all(['1', '2', '3', '4', '5'].map(async (n) => [n, await ref(n)] as const)));
    const to = (name: string, kind?: string) => sent.filter((s) => s.to === name && (!kind || s.kind === kind));

    // Paul's leaflet, due Saturday 31 January: seven days before, then on the day.
    expect(
      to('Paul Hartley', 'action-due-soon')
        .filter((s) => s.actions.includes(refs['1']!))
        .map((s) => s.day),
    ).toEqual(['2026-01-24']);
    expect(
      to('Paul Hartley', 'action-due-today')
        .filter((s) => s.actions.includes(refs['1']!))
        .map((s) => s.day),
    ).toEqual(['2026-01-31']);
    // Sonia's audit, due 28 February (a month end in a short month).
    expect(
      to('Sonia Hartley', 'action-due-soon')
        .filter((s) => s.actions.includes(refs['2']!))
        .map((s) => s.day),
    ).toEqual(['2026-02-21']);
    expect(
      to('Sonia Hartley', 'action-due-today')
        .filter((s) => s.actions.includes(refs['2']!))
        .map((s) => s.day),
    ).toEqual(['2026-02-28']);
    // "All Members" reaches each member of the board, clerk excluded (not a member in the papers).
    const champion = sent.filter((s) => s.kind === 'action-due-soon' && s.actions.includes(refs['3']!));
    expect(champion.map((s) => s.to).sort()).toEqual(['Claire Dobson', 'Martin Kaye', 'Paul Hartley', 'Ruth Abernethy', 'Sonia Hartley']);
    expect(new Set(champion.map((s) => s.day))).toEqual(new Set(['2026-04-23']));
    // Martin closed his action (due 15 May) on 2 May, before its reminders were due: none went.
    expect(sent.filter((s) => s.actions.includes(refs['5']!) && s.day >= '2026-05-02')).toEqual([]);
    // Claire's December action: she removed the app in July, so nothing reaches her after that.
    expect(to('Claire Dobson').filter((s) => s.day > '2026-07-08')).toEqual([]);
    expect(sent.filter((s) => s.actions.includes(refs['4']!))).toEqual([]);

    // Overdue digests only on Mondays, at most one per person per week, listing only overdue actions.
    const digests = sent.filter((s) => s.kind === 'action-overdue');
    expect(digests.length).toBeGreaterThan(10);
    expect(digests.every((s) => weekdayOf(s.day) === 1)).toBe(true);
    expect(new Set(digests.map((s) => `${s.to}|${s.day}`)).size).toBe(digests.length);
    expect(to('Paul Hartley', 'action-overdue')[0]!.day).toBe('2026-02-02');
    // Sonia left the board in July: nothing to her afterwards.
    expect(to('Sonia Hartley').filter((s) => s.day > '2026-07-08')).toEqual([]);

    // Attendance: the 14 April meeting's invitation went on 7 April; it moved on 9 April, so no
    // chaser or tally for the 14th, and the 21 April meeting got its own invitation and chaser.
    const april14 = sent.filter((s) => s.meetingDate === '2026-04-14');
    expect(new Set(april14.map((s) => s.kind))).toEqual(new Set(['attendance-request']));
    expect(new Set(april14.map((s) => s.day))).toEqual(new Set(['2026-04-07']));
    const april21 = sent.filter((s) => s.meetingDate === '2026-04-21');
    expect(april21.filter((s) => s.kind === 'attendance-request').map((s) => s.day)).toEqual(Array(5).fill('2026-04-14'));
    expect(new Set(april21.filter((s) => s.kind === 'attendance-chaser').map((s) => s.day))).toEqual(new Set(['2026-04-19']));
    expect(april21.filter((s) => s.kind === 'attendance-tally')).toEqual([
      { day: '2026-04-21', to: 'Joanne Whitaker', kind: 'attendance-tally', actions: [], meetingDate: '2026-04-21' },
    ]);
    // July: Paul replied before the chaser, so he is not chased; the others still on the board are.
    const julyChasers = sent
      .filter((s) => s.meetingDate === '2026-07-14' && s.kind === 'attendance-chaser')
      .map((s) => s.to)
      .sort();
    expect(julyChasers).toEqual(['Martin Kaye', 'Ruth Abernethy']);

    // Nothing was sent twice for the same reason.
    const reasons = library.db.prepare('SELECT count(*) AS n, count(DISTINCT reason) AS d FROM reminder_reasons').get() as { n: number; d: number };
    expect(reasons.n).toBe(reasons.d);
    const keys = sent.flatMap((s) =>
      s.kind.startsWith('action-due') ? s.actions.map((a) => `${s.kind}|${s.to}|${a}`) : [`${s.kind}|${s.to}|${s.meetingDate ?? s.day}`],
    );
    expect(new Set(keys).size).toBe(keys.length);
  } finally {
    library.close();
  }
});
