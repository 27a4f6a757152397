import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

import { TeamsMessenger } from '../../bot/proactive';
import { reminderRenderer } from '../../bot/reminder-cards';
import type { CliIo } from '../../src/cli/main';
import { readServerConfig } from '../../src/config';
import { demoLibraryPath } from '../../src/demo';
import { importRoster } from '../../src/library/roster';
import { BotHarness, cardOf, textOf } from '../bot/harness';
import { runBoard } from '../helpers/cli';
import { tempLibrary } from '../helpers/corpus';

const ROOT = path.resolve(__dirname, '../..');

/*
 * `board reminders` on the demo library a week before its January meeting: the JSON contract,
 * --send through a fake Bot Connector, nothing twice, and the mute button on a reminder.
 */
test('board reminders lists what is due now; --send sends it once; --log shows what went', async () => {
  const received: { conversation: string; body: { summary?: string; attachments?: { content: unknown }[] } }[] = [];
  const connector = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ conversation: decodeURIComponent(/conversations\/([^/]+)\//.exec(req.url ?? '')?.[1] ?? ''), body: JSON.parse(body) });
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ id: `m${received.length}` }));
    });
  });
  await new Promise<void>((r) => connector.listen(0, '127.0.0.1', r));
  const serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;

  const library = tempLibrary('2027-01-14');
  await library.ingest([demoLibraryPath()]);
  await importRoster(library.store, fs.readFileSync(path.join(ROOT, 'src/demo/roster.csv'), 'utf8'), 'test', '2027-01-14T08:00:00Z');
  for (const name of ['Priya Sandhu', 'Simon Whitfield', 'Joanne Whitaker']) {
    const key = name.toLowerCase().replace(/ /g, '.');
    library.db
      .prepare('INSERT INTO conversations (user_key, person, reference_json, updated_at) VALUES (?, ?, ?, ?)')
      .run(key, name, JSON.stringify({ serviceUrl, conversation: { id: `a:${key}` }, user: { id: key } }), '2027-01-01');
  }
  const db = library.config.dbPath;
  library.close();

  const run = (args: string[], extra: Partial<CliIo> = {}) => runBoard([...args, '--db', db], '2027-01-14T09:00:00Z', extra);
  try {
    const due = await run(['reminders', '--today', '2027-01-14']);
    expect(due.code).toBe(0);
    const list = JSON.parse(due.stdout) as { kind: string; to: string; actions: string[]; meetingDate: string | null }[];
    for (const r of list) expect(Object.keys(r)).toEqual(['kind', 'to', 'actions', 'meetingDate']);
    // The 21 January meeting is seven days away: both members are asked; the clerk is not.
    expect(
      list
        .filter((r) => r.kind === 'attendance-request')
        .map((r) => r.to)
        .sort(),
    ).toEqual(['Priya Sandhu', 'Simon Whitfield']);
    expect(list.find((r) => r.kind === 'attendance-request')!.meetingDate).toBe('2027-01-21');
    // Priya's Action 305 is due on the meeting day, within seven days.
    expect(list.find((r) => r.kind === 'action-due-soon' && r.to === 'Priya Sandhu')!.actions.length).toBeGreaterThan(0);
    // The clerk owns an action of her own (309), so she is reminded of it, but not asked to attend.
    expect(list.filter((r) => r.to === 'Joanne Whitaker').map((r) => r.kind)).toEqual(['action-due-soon']);

    const refused = await run(['reminders', '--send']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('sending needs the Teams configuration');

    const sender: CliIo['reminderSender'] = (lib) => ({
      messenger: new TeamsMessenger(readServerConfig({ PORT: '0' }), { now: () => lib.clock.now().getTime() }),
      render: reminderRenderer(lib),
    });
    const sent = await run(['reminders', '--send', '--json', '--today', '2027-01-14'], { reminderSender: sender });
    expect(sent.code).toBe(0);
    expect(JSON.parse(sent.stdout)).toMatchObject({ queued: list.length, sent: list.length, failed: 0, undeliverable: 0 });
    expect(received).toHaveLength(list.length);
    const request = received.find((r) => r.conversation === 'a:simon.whitfield' && /Will you be at the meeting/.test(r.body.summary ?? ''))!;
    expect(textOf(request.body.attachments![0]!.content)).toContain('Will you be there?');

    // Nothing is due twice.
    expect(JSON.parse((await run(['reminders', '--today', '2027-01-14'])).stdout)).toEqual([]);
    await run(['reminders', '--send', '--today', '2027-01-14'], { reminderSender: sender });
    expect(received).toHaveLength(list.length);
    const log = JSON.parse((await run(['reminders', '--log', '--json'])).stdout) as { state: string }[];
    expect(log.map((e) => e.state)).toEqual(Array(list.length).fill('sent'));
  } finally {
    await new Promise<void>((r) => connector.close(() => r()));
  }
});

test('the mute button on a reminder silences action reminders for a while; "unmute reminders" brings them back', async () => {
  const library = tempLibrary('2027-01-14');
  try {
    await library.ingest([demoLibraryPath()]);
    await importRoster(library.store, fs.readFileSync(path.join(ROOT, 'src/demo/roster.csv'), 'utf8'), 'test', '2027-01-14T08:00:00Z');
    library.db
      .prepare('INSERT INTO conversations (user_key, person, reference_json, updated_at) VALUES (?, ?, ?, ?)')
      .run('priya', 'Priya Sandhu', JSON.stringify({ serviceUrl: 'https://smba.example/', conversation: { id: 'a:priya' } }), '2027-01-01');
    const { remindersDue } = await import('../../src/reminders/run');
    const render = reminderRenderer(library);
    const due = (await remindersDue(library)).find((r) => r.kind === 'action-due-soon')!;
    const card = ((await render(due))['attachments'] as { content: unknown }[])[0]!.content;
    expect(textOf(card)).toContain('Mute reminders for 14 days');

    const h = new BotHarness(library);
    const muted = await h.press('Priya Sandhu', 'reminders.mute', { days: 14 });
    expect(textOf(muted)).toContain('until after Wednesday 27 January 2027');
    expect((await remindersDue(library)).filter((r) => r.to === 'Priya Sandhu').map((r) => r.kind)).toEqual(['attendance-request']);
    const back = textOf(cardOf((await h.say('Priya Sandhu', 'unmute reminders'))[0]));
    expect(back).toContain('Action reminders are back on.');
    expect((await remindersDue(library)).map((r) => r.kind)).toContain('action-due-soon');
  } finally {
    library.close();
  }
});
