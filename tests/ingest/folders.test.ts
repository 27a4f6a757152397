import * as fs from 'node:fs';
import * as path from 'node:path';

import { runBoard } from '../helpers/cli';
import { tempDir } from '../helpers/corpus';
import { minutes } from '../helpers/minutes';

const run = (args: string[]) => runBoard(args, '2026-04-10T10:00:00Z');

const PAPER = minutes({
  date: 'Tuesday 3 February 2026',
  present: ['Ruth Abernethy, Independent Chair', 'Paul Hartley, Schools Safeguarding Lead, Eastvale Council'],
  items: ['ACTION TRACKER\nAction 12: Paul Hartley to draft a leaflet on escalation for school staff.'],
  next: 'Tuesday 5 May 2026.',
});

/** A folder of papers with a secret beside it, outside, that links inside point at. */
function layout() {
  const root = tempDir('board-folder-');
  const papers = path.join(root, 'papers');
  fs.mkdirSync(path.join(papers, 'archive'), { recursive: true });
  fs.writeFileSync(path.join(papers, 'feb-minutes.txt'), PAPER);
  fs.writeFileSync(path.join(root, 'secret.txt'), 'root:x:0:0:private line that must never be searchable\n');
  fs.mkdirSync(path.join(root, 'elsewhere'));
  fs.writeFileSync(path.join(root, 'elsewhere', 'other.md'), "# Someone else's notes\nNot part of the papers.\n");
  return { root, papers };
}

test('links out of the folder given are not followed, and each one is reported', async () => {
  const { root, papers } = layout();
  fs.symlinkSync(path.join(root, 'secret.txt'), path.join(papers, 'passwords.txt'));
  fs.symlinkSync(path.join(root, 'elsewhere'), path.join(papers, 'more'));
  fs.symlinkSync('/etc/hostname', path.join(papers, 'host.txt'));
  const db = path.join(tempDir(), 'board.db');
  const r = await run(['--db', db, '--json', 'ingest', papers]);
  const out = JSON.parse(r.stdout);
  expect(out.documents.map((d: { file: string }) => d.file)).toEqual(['feb-minutes.txt']);
  expect(out.errors).toEqual(
    expect.arrayContaining([
      { file: 'passwords.txt', error: expect.stringMatching(/link to somewhere outside the folder.*not read/) },
      { file: 'more', error: expect.stringMatching(/link to somewhere outside the folder.*not read/) },
      { file: 'host.txt', error: expect.stringMatching(/link to somewhere outside the folder.*not read/) },
    ]),
  );
  expect(r.code).toBe(1);
  const search = await run(['--db', db, '--json', 'search', 'private line searchable']);
  expect(JSON.parse(search.stdout)).toEqual([]);
});

test('links inside the folder are read once, and links that loop are reported, not followed forever', async () => {
  const { papers } = layout();
  fs.symlinkSync('..', path.join(papers, 'archive', 'up'));
  fs.symlinkSync('..', path.join(papers, 'archive', 'up-again'));
  fs.symlinkSync('.', path.join(papers, 'here'));
  fs.symlinkSync(path.join(papers, 'feb-minutes.txt'), path.join(papers, 'archive', 'copy-of-feb.txt'));
  fs.symlinkSync('..', path.join(papers, 'parent-a'));
  fs.symlinkSync('..', path.join(papers, 'parent-b'));
  const db = path.join(tempDir(), 'board.db');
  const r = await run(['--db', db, '--json', 'ingest', papers]);
  const out = JSON.parse(r.stdout);
  // The linked copy is the same file: read once, under its own name.
  expect(out.documents.map((d: { file: string }) => d.file).sort()).toEqual(['feb-minutes.txt']);
  const errors = new Map<string, string>(out.errors.map((e: { file: string; error: string }) => [e.file, e.error]));
  for (const loop of ['up', 'up-again', 'here']) expect(errors.get(loop)).toMatch(/link to a folder already being read.*not followed/);
  expect(errors.get('copy-of-feb.txt')).toMatch(/link to a file already read/);
  for (const out2 of ['parent-a', 'parent-b']) expect(errors.get(out2)).toMatch(/outside the folder/);
});

test('file names with newlines and terminal escape sequences are printed escaped', async () => {
  const dir = tempDir('board-names-');
  const nasty = 'minutes\n\u001b[2J\u001b]0;owned\u0007.txt';
  fs.writeFileSync(path.join(dir, nasty), PAPER);
  fs.writeFileSync(path.join(dir, 'broken\rline.pdf'), 'not a pdf');
  const db = path.join(tempDir(), 'board.db');
  const r = await run(['--db', db, 'ingest', dir]);
  // eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal
  expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  expect(r.stdout).toContain('minutes\\n\\x1b[2J\\x1b]0;owned\\x07.txt: minutes');
  expect(r.stdout).toContain('broken\\rline.pdf: ERROR');
  const actions = await run(['--db', db, 'actions']);
  expect(actions.stdout).toContain('From: minutes\\n\\x1b[2J');
  expect(actions.stdout).not.toContain('\u001b');
  // JSON output escapes them already, and keeps the real name.
  const json = JSON.parse((await run(['--db', db, '--json', 'actions'])).stdout);
  expect(json[0].document).toBe(nasty);
});
