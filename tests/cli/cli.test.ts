import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { main } from '../../src/cli/main';
import { fixedClock } from '../../src/clock';
import { runBoard } from '../helpers/cli';
import { CORPUS_DOCS, corpusFile, tempDir } from '../helpers/corpus';

const run = (args: string[], env: NodeJS.ProcessEnv = {}) => runBoard(args, '2018-01-15T10:00:00Z', { env });

const db = () => path.join(tempDir(), 'board.db');

test('board ingest --json reports each document and nothing else on stdout', async () => {
  const file = db();
  const r = await run(['ingest', ...CORPUS_DOCS.map(corpusFile), '--db', file, '--json']);
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout);
  expect(out.documents.map((d: { file: string; kind: string; meetings: number }) => [d.file, d.kind, d.meetings])).toEqual([
    ['000_894d964afa4623be.txt', 'minutes', 1],
    ['001_611570e858e957a4.txt', 'minutes', 1],
    ['002_9731488b56301238.txt', 'agenda-pack', 2],
    ['004_8401099103566743.txt', 'report', 0],
  ]);
  expect(out.errors).toEqual([]);
  expect(r.stderr).toBe('');
});

test('board ingest exits 1 when a file fails, and still ingests the others', async () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'broken.pdf'), 'not a pdf at all');
  const file = db();
  const r = await run(['--json', '--db', file, 'ingest', corpusFile(CORPUS_DOCS[0]!), path.join(dir, 'broken.pdf')]);
  expect(r.code).toBe(1);
  expect(JSON.parse(r.stdout)).toMatchObject({
    documents: [{ file: '000_894d964afa4623be.txt' }],
    errors: [{ file: 'broken.pdf', error: 'is not a valid PDF (no PDF header)' }],
  });
});

test('board actions, meetings and people follow the JSON contract', async () => {
  const file = db();
  await run(['ingest', ...CORPUS_DOCS.map(corpusFile), '--db', file]);
  const actions = JSON.parse((await run(['actions', '--owner', 'Diane Booth', '--db', file, '--today', '2018-02-01', '--json'])).stdout);
  const a217 = actions.find((a: { ref: string }) => a.ref === '217');
  expect(a217).toEqual({
    id: 'bscb-217',
    ref: '217',
    text: expect.stringContaining('validity of the consultant'),
    owners: ['Diane Booth'],
    status: 'open',
    state: 'in progress',
    due: '2018-01-30',
    dueText: 'the next meeting in January 2018',
    overdue: true,
    rag: null,
    document: '000_894d964afa4623be.txt',
    meetingDate: '2017-10-05',
    board: 'Blackpool Safeguarding Children Board',
    item: '3',
    progress: expect.any(String),
  });
  const done = JSON.parse((await run(['actions', '--status', 'done', '--db', file, '--json'])).stdout);
  expect(done.every((a: { status: string }) => a.status === 'done')).toBe(true);
  expect(done.map((a: { ref: string }) => a.ref)).toContain('135');

  const meetings = JSON.parse((await run(['meetings', '--db', file, '--json'])).stdout);
  expect(meetings.find((m: { date: string }) => m.date === '2017-10-05')).toMatchObject({
    board: 'Blackpool Safeguarding Children Board',
    title: 'Strategic Board Meeting',
    venue: 'The Clubhouse Room, Blackpool Cricket Club',
    chair: 'David Sanders',
    apologies: ['Diane Booth', 'Jenny Briscoe', 'Alison Cole', 'John Donnellon', 'Rosie Sycamore'],
    nextMeeting: '2018-01-30',
    document: '000_894d964afa4623be.txt',
  });
  // A next meeting known only as a date is still a meeting.
  expect(meetings.find((m: { date: string }) => m.date === '2018-01-30')).toMatchObject({ source: 'scheduled', present: [], apologies: [] });

  const people = JSON.parse((await run(['people', '--db', file, '--json'])).stdout);
  const diane = people.find((p: { name: string }) => p.name === 'Diane Booth');
  expect(diane).toMatchObject({ initials: 'DB', titles: ["Director of Children's Services"], organisations: ['Blackpool Council'] });
  expect(diane.roles).toContain("Director of Children's Services");
  const turners = people.filter((p: { name: string }) => p.name.endsWith(' Turner')).map((p: { name: string }) => p.name);
  expect(turners.sort()).toEqual(['Cathie Turner', 'Paul Turner', 'Sonia Turner']);
});

test('bad arguments get a one-line message and exit code 2, never a stack trace', async () => {
  for (const args of [
    ['actions', '--status', 'maybe'],
    ['actions', '--today', '2018-13-45'],
    ['frobnicate'],
    ['actions', '--colour'],
    ['ingest'],
    ['actions', '--owner', ''],
  ]) {
    const r = await run([...args, '--db', db()]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^board: /);
    expect(r.stdout).toBe('');
  }
  const ambiguous = await run(['ingest', ...CORPUS_DOCS.map(corpusFile), '--db', db()]);
  expect(ambiguous.code).toBe(0);
});

test('an ambiguous owner name is refused with the candidates', async () => {
  const file = db();
  await run(['ingest', ...CORPUS_DOCS.map(corpusFile), '--db', file]);
  const r = await run(['actions', '--owner', 'Booth', '--db', file]);
  expect(r.code).toBe(2);
  expect(r.stderr).toBe('board: "Booth" matches 2 people: Diane Booth, Jane Booth; give the full name\n');
});

test('a database file that is not a database is reported as such', async () => {
  const file = path.join(tempDir(), 'not-a.db');
  fs.writeFileSync(file, 'hello, this is a text file and not SQLite at all. '.repeat(200));
  const r = await run(['meetings', '--db', file]);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/^board: .*not-a\.db is not a board-assistant database/);
});

test('the installed "board" command runs (npx board), with BOARD_DB and BOARD_TODAY from the environment', async () => {
  const root = path.resolve(__dirname, '../..');
  if (!fs.existsSync(path.join(root, 'dist/bot/cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  const file = db();
  // One spawn is enough to prove the installed command and its environment; npx costs seconds on a loaded machine.
  const ingest = await run(['ingest', corpusFile(CORPUS_DOCS[0]!), '--json'], { BOARD_DB: file });
  expect(JSON.parse(ingest.stdout).documents[0].actions).toBe(22);
  const env = { ...process.env, BOARD_DB: file, BOARD_TODAY: '2018-02-01' };
  const overdue = spawnSync('npx', ['--no-install', 'board', 'actions', '--json'], { cwd: root, env, encoding: 'utf8' });
  const list = JSON.parse(overdue.stdout) as { ref: string; overdue: boolean }[];
  expect(list.find((a) => a.ref === '217')!.overdue).toBe(true);
  expect(list.find((a) => a.ref === '224')!.overdue).toBe(false);
});

test('a clerk says who sits on a subgroup, and its actions reach them', async () => {
  const file = db();
  await run(['ingest', corpusFile('004_8401099103566743.txt'), '--db', file]);
  const before = JSON.parse((await run(['actions', '--owner', 'Cathie Turner', '--db', file, '--json'])).stdout);
  expect(before.filter((a: { owners: string[] }) => a.owners.includes('PMEG'))).toEqual([]);
  const set = await run(['groups', 'set', 'PMEG', 'Cathie Turner', 'Amanda Quirke', '--db', file, '--json']);
  expect(set.code).toBe(0);
  expect(JSON.parse(set.stdout)).toMatchObject({ group: 'PMEG', members: ['Amanda Quirke', 'Cathie Turner'], actions: 3 });
  const after = JSON.parse((await run(['actions', '--owner', 'Cathie Turner', '--db', file, '--json'])).stdout);
  expect(after.filter((a: { owners: string[] }) => a.owners.includes('PMEG'))).toHaveLength(3);
  const stranger = await run(['groups', 'set', 'PMEG', 'Nobody Known', '--db', file]);
  expect(stranger.stderr).toBe('board: no one called "Nobody Known" appears in the library\'s documents\n');
});

test('progress is shown on stderr in a terminal, and never with --json', async () => {
  const lines: string[] = [];
  const io = () => ({ stdout: () => undefined, stderr: (t: string) => lines.push(t), env: {}, clock: fixedClock('2018-01-15'), interactive: true });
  const file = db();
  await main(['ingest', ...CORPUS_DOCS.map(corpusFile), '--db', file], io());
  expect(lines.join('')).toContain('[4/4]');
  lines.length = 0;
  await main(['ingest', ...CORPUS_DOCS.map(corpusFile), '--db', db(), '--json'], io());
  expect(lines).toEqual([]);
});

test('board search and board ask follow the JSON contract', async () => {
  const file = db();
  await run(['ingest', ...CORPUS_DOCS.map(corpusFile), '--db', file]);
  const search = JSON.parse((await run(['search', 'private fostering', '--limit', '2', '--db', file, '--json'])).stdout);
  expect(search).toHaveLength(2);
  expect(Object.keys(search[0]).sort()).toEqual(['document', 'heading', 'kind', 'meetingDate', 'score', 'snippet', 'text', 'title']);
  expect(search[0]).toMatchObject({ document: '000_894d964afa4623be.txt', meetingDate: '2017-10-05' });
  const guidance = JSON.parse((await run(['search', 'CSE', '--kind', 'guidance', '--db', file, '--json'])).stdout);
  expect(guidance.every((r: { kind: string }) => r.kind === 'guidance')).toBe(true);
  const ask = JSON.parse(
    (await run(['ask', 'what are my outstanding actions?', '--as', 'Diane Booth', '--db', file, '--today', '2018-01-15', '--json'])).stdout,
  );
  expect(Object.keys(ask).sort()).toEqual(['actions', 'alternatives', 'confidence', 'entities', 'intent', 'reply', 'results', 'text']);
  expect(ask.intent).toBe('my-actions');
  expect(ask.actions.find((a: { ref: string }) => a.ref === '217')).toMatchObject({ owners: ['Diane Booth'], due: '2018-01-30', overdue: false });
  const nothing = JSON.parse((await run(['ask', 'asdfgh', '--db', file, '--json'])).stdout);
  expect(nothing).toMatchObject({ intent: 'out-of-scope', text: expect.stringMatching(/^I can only help with the board’s papers/), actions: [], results: [] });
  expect(ask).toMatchObject({ confidence: expect.any(Number), entities: { actionRef: null, people: [] } });
  for (const bad of [['search', 'x', '--limit', '0'], ['search', 'x', '--kind', 'emails'], ['search'], ['ask']]) {
    const r = await run([...bad, '--db', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^board: /);
  }
});

test('a clerk imports the roster: a broken file changes nothing, a good one replaces the roster and is audited', async () => {
  const file = db();
  const dir = tempDir();
  const bad = path.join(dir, 'bad.csv');
  fs.writeFileSync(bad, 'name,email,aadObjectId,role\nRuth Kendall,ruth.kendall@example.org,,chair\nSimon Whitfield,not-an-email,,boss\n');
  const refused = await run(['members', 'import', bad, '--db', file]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain('line 3: "not-an-email" is not an email address');
  expect(refused.stderr).toContain('line 3: role must be member, clerk or chair (got "boss")');
  expect(refused.stderr).not.toMatch(/\n\s+at /);
  expect((await run(['members', '--db', file])).stdout).toContain('The roster is empty.');

  const good = path.join(dir, 'roster.csv');
  fs.writeFileSync(
    good,
    'Name,Email,AAD Object Id,Role,Deputy\nRuth Kendall,ruth.kendall@example.org,,chair,\nSimon Whitfield,simon.whitfield@example.org,0f8fad5b-d9cb-469f-a165-70867728950e,member,Helen Whitfield\n',
  );
  const imported = await run(['members', 'import', good, '--db', file, '--json']);
  expect(imported.code).toBe(0);
  expect(JSON.parse(imported.stdout)).toMatchObject({ imported: 2 });
  const listed = await run(['members', '--db', file]);
  expect(listed.stdout).toContain('Ruth Kendall (chair) <ruth.kendall@example.org>');
  expect(listed.stdout).toContain('Simon Whitfield (member) <simon.whitfield@example.org>, deputy Helen Whitfield');
  const audit = JSON.parse((await run(['audit', '--db', file, '--json'])).stdout) as { actor: string; action: string }[];
  expect(audit).toEqual([expect.objectContaining({ actor: 'command line', action: 'roster.import' })]);
  expect((await run(['members', 'import', path.join(dir, 'missing.csv'), '--db', file])).stderr).toContain('cannot read');
});

test('board read shows what one file says, and what it could not resolve, without storing it', async () => {
  const dir = tempDir();
  const minutes = path.join(dir, 'fenmoor-minutes.txt');
  // Our own minutes in a layout the extraction was not written around: a committee-system header,
  // a list that wraps with initials in brackets, apologies as a sentence, initials nobody has.
  fs.writeFileSync(
    minutes,
    [
      "Fenmoor Children's Partnership Board - Wednesday, 4th March, 2026 10.00 am",
      'Present: Alice Brennan (AB) (Chair), Tom Okafor (TO), Cllr Ruth Mensah (RM),',
      'Gareth Lloyd (GL)',
      '1. Apologies',
      'Apologies for absence were received from Dr Sunita Rao and Mark Ellis.',
      '2. Neglect audit',
      'The audit was discussed.',
      'ACTION: TO to circulate the audit summary to members by 31 March 2026.',
      'ACTION: QX to check the referral figures.',
    ].join('\n'),
  );
  const file = db();
  const r = await run(['read', minutes, '--db', file, '--json']);
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout);
  expect(out.meetings).toEqual([
    expect.objectContaining({
      date: '2026-03-04',
      board: "Fenmoor Children's Partnership Board",
      chair: 'Alice Brennan',
      apologies: ['Sunita Rao', 'Mark Ellis'],
    }),
  ]);
  expect(out.meetings[0].present).toEqual(['Tom Okafor', 'Ruth Mensah', 'Gareth Lloyd']);
  expect(out.people).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Tom Okafor', initials: 'TO', roles: ['present 2026-03-04'] })]));
  const circulate = out.actions.find((a: { text: string }) => a.text.includes('audit summary'));
  expect(circulate).toMatchObject({ owners: [{ written: 'TO', person: 'Tom Okafor' }], due: '2026-03-31', line: expect.stringContaining('TO to circulate') });
  expect(out.unresolved).toEqual(expect.arrayContaining([expect.objectContaining({ reason: expect.stringContaining('"QX"') })]));
  // Nothing was stored.
  expect(fs.existsSync(file)).toBe(false);

  const text = await run(['read', minutes]);
  expect(text.stdout).toContain('Not understood (1):');
  expect(text.stdout).toContain('owners: TO = Tom Okafor; open; due 2026-03-31');
  expect((await run(['read'])).code).toBe(2);
  expect((await run(['read', path.join(dir, 'nothing.txt')])).stderr).toMatch(/^board: nothing\.txt: cannot be opened/);
  // A broken file is named in the message, as `board ingest` names it.
  fs.writeFileSync(path.join(dir, 'scan.pdf'), 'not a pdf at all');
  const broken = await run(['read', path.join(dir, 'scan.pdf')]);
  expect(broken.stderr).toBe('board: scan.pdf: is not a valid PDF (no PDF header)\n');
  expect(broken.code).toBe(1);
});
