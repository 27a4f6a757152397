import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { fixedClock } from '../../src/clock';
import { readConfig } from '../../src/config';
import { Library } from '../../src/library/library';

/** The shared material beside the repository: real board papers, read in place, never copied in. */
export const SHARED = path.resolve(__dirname, '../../../shared');
export const CORPUS = path.join(SHARED, 'corpus');

/**
 * A file of ../shared. When it is missing the test fails with one line saying where the corpus
 * is expected — not an opaque assertion on an empty library further on.
 */
export function sharedFile(...parts: string[]): string {
  const file = path.join(SHARED, ...parts);
  if (!fs.existsSync(file)) {
    const err = new Error(`shared corpus missing: expected ${file} (the shared/ folder beside the repository)`);
    err.stack = err.message;
    throw err;
  }
  return file;
}

export const corpusFile = (name: string) => sharedFile('corpus', name);

export const CORPUS_DOCS = ['000_894d964afa4623be.txt', '001_611570e858e957a4.txt', '002_9731488b56301238.txt', '004_8401099103566743.txt'];

export function tempDir(prefix = 'board-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A library on a fresh database file, with "today" fixed. */
export function tempLibrary(today = '2026-11-24', env: NodeJS.ProcessEnv = {}): Library {
  const dir = tempDir();
  const config = readConfig({ BOARD_DB: path.join(dir, 'board.db'), BOARD_TODAY: today, ...env });
  return new Library(config, fixedClock(`${today}T10:00:00Z`));
}

export interface GoldAction {
  ref: string | null;
  textHas?: string;
  status: 'open' | 'done' | 'either';
  owners?: string[];
  due?: string;
  overdue?: boolean;
}

export interface GoldMeeting {
  date: string;
  board?: string;
  chair?: string;
  apologies: string[];
  presentCount: number;
  inAttendanceCount: number;
  nextMeeting: string | null;
}

export interface Gold {
  document: string;
  meeting?: GoldMeeting;
  meetings?: GoldMeeting[];
  actions: GoldAction[];
  glossaryAtLeast?: number;
  questions?: { as: string; asks: string; mustInclude: string[]; mustExclude: string[] }[];
}

export function loadGold(file: string): Gold {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Gold;
}
