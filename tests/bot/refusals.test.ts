import * as fs from 'node:fs';
import * as path from 'node:path';

import { demoLibraryPath } from '../../src/demo';
import type { Library } from '../../src/library/library';
import { importRoster } from '../../src/library/roster';
import { type AuditEntry, auditLog } from '../../src/store/audit';
import { runBoard } from '../helpers/cli';
import { tempLibrary } from '../helpers/corpus';
import { type DemoServer, startDemoServer } from '../helpers/demo-server';
import { BotHarness, buttonData, cardOf } from './harness';

/** Refusals are audited (who, what, why), but a flood of them writes only a bounded number of rows. */
const ROSTER = fs.readFileSync(path.resolve(__dirname, '../../src/demo/roster.csv'), 'utf8');

const refusals = (library: Library): AuditEntry[] => auditLog(library.db).filter((e) => e.action.startsWith('refused '));
const reasonOf = (e: AuditEntry) => (e.after as { reason: string }).reason;

describe('refusals in the audit', () => {
  let library: Library;
  let h: BotHarness;
  let dbFile: string;
  beforeEach(async () => {
    library = tempLibrary('2026-11-24');
    await library.ingest([demoLibraryPath()]);
    await importRoster(library.store, ROSTER, 'test', '2026-11-24T09:00:00Z');
    dbFile = library.config.dbPath;
    h = new BotHarness(library);
  });
  afterEach(() => library.close());

  /** Someone else's action, as a card the member could have been shown (Simon Whitfield's 312). */
  const others = () => library.db.prepare("SELECT id, version FROM actions WHERE ref = '312'").get() as { id: string; version: number };

  test("a member's update to someone else's action is refused and audited with who, what and why", async () => {
    const a = others();
    await h.press('Priya Sandhu', 'action.save', { actionId: a.id, version: a.version, sid: 'forged-1', status: 'done' });
    const [r] = refusals(library);
    expect(r).toMatchObject({ actor: 'Priya Sandhu', action: 'refused action.update', target: a.id });
    expect(reasonOf(r!)).toMatch(/only its owners, the clerk or the chair/i);
  });

  test('a forged save (an action that is not there, a status that is not one) is audited', async () => {
    await h.press('Priya Sandhu', 'action.save', { actionId: 'nscp-99999', version: 1, sid: 'forged-2', status: 'done' });
    const [mine] = await h.say('Priya Sandhu', 'what are my outstanding actions?');
    const form = await h.press('Priya Sandhu', 'action.edit', { actionId: buttonData(cardOf(mine), 'action.edit')['actionId'] });
    await h.press('Priya Sandhu', 'action.save', { ...buttonData(form, 'action.save'), status: 'constructor' });
    expect(refusals(library).map((e) => [e.actor, e.action, e.target.startsWith('nscp-')])).toEqual([
      ['Priya Sandhu', 'refused action.update', true],
      ['Priya Sandhu', 'refused action.update', true],
    ]);
  });

  test("a member's upload is refused and audited; nothing is read from it", async () => {
    await h.say('Priya Sandhu', '', {
      attachments: [
        { contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'minutes.docx', content: { downloadUrl: 'http://127.0.0.1:1/never' } },
      ],
    } as never);
    expect(refusals(library)).toEqual([expect.objectContaining({ actor: 'Priya Sandhu', action: 'refused document.upload' })]);
  });

  test('someone who is not a member is refused and audited — without what they wrote', async () => {
    await h.say('Random Visitor', 'my secret question about a child');
    const [r] = refusals(library);
    expect(r).toMatchObject({ action: 'refused message' });
    expect(r!.actor).toContain('Random Visitor');
    expect(reasonOf(r!)).toBe('not a member');
    expect(JSON.stringify(auditLog(library.db))).not.toContain('secret question');
  });

  test('a flood of refusals writes a bounded number of rows, and says how many it held back', async () => {
    const a = others();
    for (let i = 0; i < 300; i++) await h.press('Priya Sandhu', 'action.save', { actionId: a.id, version: a.version, sid: `flood-${i}`, status: 'done' });
    const one = refusals(library);
    expect(one.length).toBeGreaterThan(0);
    expect(one.length).toBeLessThanOrEqual(5);
    // Strangers with a different made-up name each time: the overall limit holds.
    for (let i = 0; i < 400; i++) await h.say(`Stranger Number${i}`, 'hello');
    const all = refusals(library);
    expect(all.length).toBeLessThanOrEqual(205);
    // Nothing is lost from the count: each entry written says how many were held back before it.
    library.clock.now = () => new Date('2026-11-24T10:30:00Z');
    await h.say('Random Visitor', 'hello');
    const written = refusals(library);
    const heldBack = written.reduce((n, e) => n + ((e.after as { heldBack?: number }).heldBack ?? 0), 0);
    expect(written.length + heldBack).toBe(300 + 400 + 1);
    expect((written.at(-1)!.after as { heldBack?: number }).heldBack).toBeGreaterThan(0);
  });

  test('`board audit` shows refusals with their reason', async () => {
    const a = others();
    await h.press('Priya Sandhu', 'action.save', { actionId: a.id, version: a.version, sid: 'cli-1', status: 'done' });
    const { code, stdout } = await runBoard(['audit', '--db', dbFile], '2026-11-24T10:00:00Z');
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`Priya Sandhu: refused action\\.update ${a.id} \\(Only its owners`));
  });
});

describe('refusals at the tab', () => {
  let demo: DemoServer;
  beforeAll(async () => {
    demo = await startDemoServer({ roster: 'demo' });
  });
  afterAll(() => demo.stop());

  test('a name that is not a member is refused with 403 and audited', async () => {
    const res = await fetch(`${demo.server.url}/api/tab/actions`, { headers: { 'x-board-member': 'Random Visitor' } });
    expect(res.status).toBe(403);
    expect(refusals(demo.library)).toEqual([expect.objectContaining({ actor: 'Random Visitor', action: 'refused tab GET /api/tab/actions' })]);
  });
});
