/**
 * The repository contract: what the domain relies on from any store engine (docs/storage.md).
 * Each engine in ENGINES runs the same cases; a PostgreSQL engine joins the list when it exists
 * (started by .ci/run on 127.0.0.1). Only the Store interface is used here, never SQL.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { openStore } from '../../src/store/open';
import type { Store } from '../../src/store/repositories';

const ENGINES: { name: string; open: () => { store: Store; done: () => void } }[] = [
  {
    name: 'SQLite',
    open: () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'contract-'));
      const store = openStore(path.join(dir, 'board.db'));
      return {
        store,
        done: () => {
          store.close();
          fs.rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
];

const AT = '2026-11-30T09:00:00.000Z';
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
const entry = (target: string) => ({ at: AT, actor: 'Clerk One', action: 'test.write', target, before: null, after: { target } });

describe.each(ENGINES)('$name store', ({ open }) => {
  let store: Store;
  let done: () => void;
  beforeEach(() => {
    ({ store, done } = open());
  });
  afterEach(() => done());

  test('a write inside a unit of work is visible on the next read inside it, and to everyone once committed', async () => {
    const seen = await store.transaction(async (tx) => {
      await tx.mutes.set('Ann Example', '2026-12-07', AT);
      return tx.mutes.until('Ann Example');
    });
    expect(seen).toBe('2026-12-07');
    expect(await store.mutes.until('Ann Example')).toBe('2026-12-07');
  });

  test('a failed unit of work leaves nothing, and its error reaches the caller', async () => {
    await expect(
      store.transaction(async (tx) => {
        await tx.audit.record(entry('first'));
        await tx.conversations.save('user-1', 'Ann Example', '{"ref":1}', AT);
        throw new Error('refused half way');
      }),
    ).rejects.toThrow('refused half way');
    expect(await store.audit.all()).toEqual([]);
    expect(await store.conversations.stored('user-1')).toBeNull();
    // The store is usable afterwards.
    await store.transaction(async (tx) => tx.audit.record(entry('after')));
    expect((await store.audit.all()).map((e) => e.target)).toEqual(['after']);
  });

  test('a nested unit that fails is undone alone; the outer unit goes on', async () => {
    await store.transaction(async (tx) => {
      await tx.audit.record(entry('outer'));
      await expect(
        tx.transaction(async (inner) => {
          await inner.audit.record(entry('inner'));
          throw new Error('inner refused');
        }),
      ).rejects.toThrow('inner refused');
    });
    expect((await store.audit.all()).map((e) => e.target)).toEqual(['outer']);
  });

  test('two interleaved units of work are serialised: the second reads what the first committed, never half of it', async () => {
    const order: string[] = [];
    const first = store.transaction(async (tx) => {
      await tx.audit.record(entry('a1'));
      order.push('a wrote one');
      await tick(); // another turn gets the thread here
      await tx.audit.record(entry('a2'));
      order.push('a wrote two');
    });
    const second = store.transaction(async (tx) => {
      order.push('b started');
      return (await tx.audit.all()).map((e) => e.target);
    });
    // A read outside any unit, asked while the first is open, waits for it too.
    const outside = store.audit.all().then((all) => all.map((e) => e.target));
    await first;
    expect(await second).toEqual(['a1', 'a2']);
    expect(await outside).toEqual(['a1', 'a2']);
    expect(order).toEqual(['a wrote one', 'a wrote two', 'b started']);
  });

  test('a write outside any unit, made while another turn’s unit is open, is not rolled back with it', async () => {
    let begun: () => void = () => undefined;
    const open = new Promise<void>((resolve) => (begun = resolve));
    const failing = store.transaction(async (tx) => {
      await tx.audit.record(entry('doomed'));
      begun();
      await tick();
      throw new Error('second step failed');
    });
    await open; // the unit is open now: this save comes from another turn in the middle of it
    const saved = store.conversations.save('user-2', 'Bea Example', '{"ref":2}', AT);
    await expect(failing).rejects.toThrow('second step failed');
    await saved;
    expect(await store.conversations.stored('user-2')).toEqual({ person: 'Bea Example', referenceJson: '{"ref":2}' });
    expect(await store.audit.all()).toEqual([]);
  });

  test('upserts are idempotent: saving the same thing twice keeps one', async () => {
    await store.conversations.save('user-3', 'Cal Example', '{"ref":3}', AT);
    await store.conversations.save('user-3', 'Cal Example', '{"ref":3}', AT);
    expect((await store.conversations.reachable()).filter((r) => r.user_key === 'user-3')).toHaveLength(1);
    await store.mutes.set('Cal Example', '2026-12-01', AT);
    await store.mutes.set('Cal Example', '2026-12-02', AT);
    expect(await store.mutes.until('Cal Example')).toBe('2026-12-02');
    expect(await store.mutes.clear('Cal Example')).toBe(true);
    expect(await store.mutes.clear('Cal Example')).toBe(false);
  });

  test('the outbox queues a reason once, and two senders never take the same message', async () => {
    const message = {
      kind: 'action-due-soon',
      person: 'Ann Example',
      userKey: 'user-1',
      board: null,
      meetingDate: null,
      actions: ['a-1'],
      activity: { type: 'message', text: 'due soon' },
      reasons: ['due-soon:a-1:2026-12-03'],
    };
    expect(await store.outbox.enqueue([message], AT)).toBe(1);
    expect(await store.outbox.enqueue([message], AT)).toBe(0);
    // A reason counts as taken once queued: a second planner does not queue it again.
    expect(await store.outbox.wasSent('due-soon:a-1:2026-12-03')).toBe(true);
    const next = await store.outbox.nextDue('2026-11-30T10:00:00.000Z');
    expect(next).not.toBeNull();
    const claims = await Promise.all([store.outbox.claim(next!.id, AT), store.outbox.claim(next!.id, AT)]);
    expect(claims.sort()).toEqual([false, true]);
  });

  test('the generation moves when data is committed, and a memoised view is recomputed then (not before)', async () => {
    let computed = 0;
    const view = () =>
      store.memo('contract-view', async () => {
        computed++;
        return (await store.audit.all()).length;
      });
    const g0 = await store.generation();
    expect(await view()).toBe(0);
    expect(await view()).toBe(0);
    expect(computed).toBe(1);
    await store.transaction(async (tx) => tx.audit.record(entry('changed')));
    expect(await store.generation()).not.toBe(g0);
    expect(await view()).toBe(1);
    expect(computed).toBe(2);
  });

  test('a roster replaced in a unit of work is read whole: never half the old list and half the new', async () => {
    const person = (name: string) => ({ name, email: null, aadObjectId: null, role: 'member' as const, deputy: null });
    await store.roster.replace([person('Old One'), person('Old Two')]);
    const replacing = store.transaction(async (tx) => {
      await tx.roster.replace([person('New One')]);
      await tick();
      await tx.audit.record(entry('roster'));
    });
    const read = store.roster.all();
    await replacing;
    expect((await read).map((r) => r.name)).toEqual(['New One']);
  });
});
