import * as path from 'node:path';

import { demoLibraryPath } from '../../src/demo';
import type { Library } from '../../src/library/library';
import { importRoster, type Member, memberFor } from '../../src/library/roster';
import { tempLibrary } from './corpus';

/** A second, unrelated board (our own words): Elmstead, with its own people, actions 216, 217 and 305, and a towpath item. */
export const SECOND_BOARD = path.resolve(__dirname, '../fixtures/second-board');

export const NORTHMOOR = 'northmoor safeguarding children partnership';
export const ELMSTEAD = 'elmstead safeguarding children board';

/** Roster for both boards: a member, the clerk and the chair of each (ids are made up). */
const ROSTER = `name,email,aadObjectId,role
Priya Sandhu,priya@northmoor.example,00000000-0000-0000-0000-0000000000a1,member
Joanne Whitaker,joanne@northmoor.example,00000000-0000-0000-0000-0000000000a2,clerk
Ruth Kendall,ruth@northmoor.example,00000000-0000-0000-0000-0000000000a3,chair
Owen Pritchard,owen@elmstead.example,00000000-0000-0000-0000-0000000000b1,member
Nadia Fernsby,nadia@elmstead.example,00000000-0000-0000-0000-0000000000b2,clerk
Margaret Oyelaran,margaret@elmstead.example,00000000-0000-0000-0000-0000000000b3,chair
`;

/** Who sits where, by role, with what only the other board's papers say. */
export const PEOPLE = {
  northmoor: { member: 'Priya Sandhu', clerk: 'Joanne Whitaker', chair: 'Ruth Kendall' },
  elmstead: { member: 'Owen Pritchard', clerk: 'Nadia Fernsby', chair: 'Margaret Oyelaran' },
} as const;

/** The demo library (Northmoor) and the Elmstead board in one library, with the roster above; today 2026-11-24. */
export async function twoBoardLibrary(): Promise<Library> {
  const library = tempLibrary('2026-11-24');
  await library.ingest([demoLibraryPath(), SECOND_BOARD]);
  await importRoster(library.store, ROSTER, 'test', '2026-11-24T09:00:00Z');
  return library;
}

export async function member(library: Library, name: string): Promise<Member> {
  const m = await memberFor(library.store, { displayName: name, allowDisplayName: true });
  if (!m) throw new Error(`${name} is not a member`);
  return m;
}
