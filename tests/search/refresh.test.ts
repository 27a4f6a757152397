import { demoLibraryPath } from '../../src/demo';
import { Library } from '../../src/library/library';
import type { Member } from '../../src/library/roster';
import { OPERATOR } from '../../src/library/scope';
import { updateAction } from '../../src/library/updates';
import { tempLibrary } from '../helpers/corpus';

const CLERK: Member = { name: 'Joanne Whitaker', personKey: null, role: 'clerk', boards: [], fromRoster: true };

const builtAt = (library: Library) => library.db.prepare('SELECT shard, built_at FROM search_shards ORDER BY shard').all();
const generation = (library: Library) => Number(library.db.prepare("SELECT value FROM meta WHERE key = 'index_generation'").pluck().get() ?? 0);
const finds = async (library: Library, word: string) => (await library.search(OPERATOR, word, { kind: 'actions' })).some((r) => r.text.includes(word));

async function save(library: Library, n: number, word: string) {
  const action = (await library.actions(OPERATOR, { status: 'all' }))[n % 3]!;
  return await updateAction(
    library,
    { ...CLERK, boards: [action.board] },
    { actionId: action.id, expectedVersion: action.version, submissionId: `s-${word}-${n}`, note: `Progress ${n}: ${word} agreed with partners.` },
  );
}

/** Polls as a member's later searches would, giving the event loop room between them. */
async function eventually(check: () => Promise<boolean>, ms = 20000): Promise<boolean> {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return await check();
}

let library: Library;
beforeEach(async () => {
  library = tempLibrary('2026-11-24');
  await library.ingest([demoLibraryPath()]);
});
afterEach(() => library.close());

test('a save answers before the index is rebuilt; searches use the old index until the new one is swapped in, then see the update', async () => {
  const before = builtAt(library);
  expect((await save(library, 0, 'quillwort')).outcome).toBe('recorded');
  // Recorded and answered, and the index not touched on the way.
  expect((await library.actions(OPERATOR, { status: 'all' })).some((a) => a.progress?.includes('quillwort'))).toBe(true);
  expect(builtAt(library)).toEqual(before);
  expect(await finds(library, 'quillwort')).toBe(false);
  expect(await eventually(async () => await finds(library, 'quillwort'))).toBe(true);
  expect(builtAt(library)).not.toEqual(before);
});

test('twenty saves in a row are coalesced into a few rebuilds, and the last one is in the index', async () => {
  const start = generation(library);
  for (let i = 0; i < 20; i++) expect((await save(library, i, `burst${i}x`)).outcome).toBe('recorded');
  await library.refreshIndex();
  expect(await finds(library, 'burst19x')).toBe(true);
  expect(generation(library) - start).toBeLessThanOrEqual(3);
});

test('a process that stops between a save and its rebuild leaves the index to be rebuilt on the next read', async () => {
  const before = builtAt(library);
  expect((await save(library, 1, 'marramgrass')).outcome).toBe('recorded');
  // As if the server were killed: nothing more runs in it, and the rebuild never lands.
  library.close();
  const next = new Library(library.config, library.clock);
  try {
    expect(builtAt(next)).toEqual(before);
    expect(await eventually(async () => await finds(next, 'marramgrass'))).toBe(true);
  } finally {
    next.close();
  }
  library = new Library(library.config, library.clock);
});

test('an upload answers before the index is rebuilt, and search sees the new document once it is', async () => {
  const before = builtAt(library);
  const report = await library.ingestUpload(
    'glasswort-note.md',
    Buffer.from('# Glasswort review\n\nThe board noted the glasswort review of neglect referrals.\n'),
  );
  expect(report.errors).toEqual([]);
  expect(builtAt(library)).toEqual(before);
  expect(await eventually(async () => (await library.search(OPERATOR, 'glasswort review')).some((r) => r.document === 'glasswort-note.md'))).toBe(true);
});
