import * as fs from 'node:fs';
import * as path from 'node:path';

import { Router } from '../../bot/router';
import { BoardError, ErrorCode } from '../../src/errors';
import type { Library } from '../../src/library/library';
import type { Member } from '../../src/library/roster';

const MEMBER: Member = { name: 'Priya Sandhu', personKey: null, role: 'member', boards: [], fromRoster: true };

describe('one user-error type, mapped once for chat', () => {
  const logged: string[] = [];
  const log = { error: (o: { err: string }) => logged.push(o.err) } as never;
  const router = new Router({} as Library, undefined, log)
    .verb('search.run', () => {
      throw new BoardError(ErrorCode.NotFound, 'no board called "Eastmoor" in the library');
    })
    .verb('tally.refresh', () => {
      throw new TypeError("Cannot read properties of undefined (reading 'boardKey') at /srv/app/dist/bot/x.js:12");
    });

  test('a member’s mistake comes back in its own words on a notice card', async () => {
    const card = JSON.stringify(await router.forVerb(MEMBER, 'search.run', {}));
    expect(card).toContain('no board called \\"Eastmoor\\" in the library');
  });

  test('anything else is "something went wrong", logged, and shows nothing of the failure', async () => {
    const card = JSON.stringify(await router.forVerb(MEMBER, 'tally.refresh', {}));
    expect(card).toMatch(/Something went wrong on our side; nothing was changed/);
    expect(card).not.toMatch(/boardKey|dist|TypeError/);
    expect(logged.some((l) => l.includes('boardKey'))).toBe(true);
  });

  test('a verb no feature handles is answered, not thrown', async () => {
    expect(JSON.stringify(await router.forVerb(MEMBER, 'nobody.handles', {}))).toContain('I don’t recognise that button');
  });
});

describe('errors a member can cause speak to a member', () => {
  const files = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

  test('no BoardError outside the command line names a command-line option', () => {
    const root = path.resolve(__dirname, '../..');
    const offenders = [...files(path.join(root, 'src')), ...files(path.join(root, 'bot'))]
      .filter((f) => !f.includes(`${path.sep}cli${path.sep}`))
      .flatMap((f) => {
        const text = fs.readFileSync(f, 'utf8');
        return [...text.matchAll(/new BoardError\([\s\S]{0,400}?\);/g)]
          .filter((m) => /['"`][^'"`]*\s--[a-z][a-z-]+/.test(m[0]))
          .map((m) => `${path.relative(root, f)}: ${m[0].slice(0, 120)}`);
      });
    expect(offenders).toEqual([]);
  });
});
