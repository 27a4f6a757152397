import { parseArgs } from 'node:util';

import { BoardError, ErrorCode } from '../errors';
import { isValidIso } from '../extract/dates';

export interface GlobalOptions {
  db?: string;
  today?: string;
  json: boolean;
}

export interface Parsed {
  command: string | null;
  args: string[];
  global: GlobalOptions;
  options: Record<string, string | boolean | string[] | undefined>;
}

const GLOBAL = {
  db: { type: 'string' },
  today: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Options each command accepts besides the global ones. */
export const COMMAND_OPTIONS: Record<string, Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>> = {
  ingest: {},
  read: {},
  meetings: {},
  actions: { owner: { type: 'string' }, status: { type: 'string' } },
  people: {},
  groups: { board: { type: 'string' } },
  remove: {},
  members: {},
  audit: {},
  reminders: { send: { type: 'boolean' }, log: { type: 'boolean' } },
  search: { limit: { type: 'string' }, kind: { type: 'string' } },
  ask: { as: { type: 'string' } },
  help: {},
  review: { 'mark-reviewed': { type: 'boolean' }, as: { type: 'string' } },
  correct: {
    owner: { type: 'string', multiple: true },
    'new-owner': { type: 'string', multiple: true },
    due: { type: 'string' },
    status: { type: 'string' },
    text: { type: 'string' },
    'not-an-action': { type: 'boolean' },
    'merge-into': { type: 'string' },
    restore: { type: 'boolean' },
    as: { type: 'string' },
    why: { type: 'string' },
  },
  'correct-meeting': {
    board: { type: 'string' },
    present: { type: 'string', multiple: true },
    apologies: { type: 'string', multiple: true },
    'next-meeting': { type: 'string' },
    as: { type: 'string' },
    why: { type: 'string' },
  },
  proposals: { all: { type: 'boolean' }, as: { type: 'string' }, why: { type: 'string' } },
  export: { board: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
};

/**
 * Parses a command line strictly: an unknown option or a malformed date is a clear one-line
 * error, never a stack trace. Global options may come before or after the command.
 */
export function parseCommandLine(argv: string[]): Parsed {
  const command = argv.find((a) => !a.startsWith('-') && !isOptionValue(argv, a)) ?? null;
  const extra = command ? COMMAND_OPTIONS[command] : {};
  if (command && !extra) {
    throw new BoardError(ErrorCode.BadArgument, `unknown command "${command}"; try: board help`);
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...GLOBAL, ...extra }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new BoardError(ErrorCode.BadArgument, (err as Error).message.split('\n')[0]!.replace(/^TypeError \[\w+\]: /, ''));
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const today = values['today'] as string | undefined;
  if (today !== undefined && !isValidIso(today)) {
    throw new BoardError(ErrorCode.BadArgument, `--today must be a date like 2026-11-24 (got "${today}")`);
  }
  const positionals = parsed.positionals;
  const idx = positionals.indexOf(command ?? '');
  return {
    command: values['help'] ? 'help' : command,
    args: idx >= 0 ? positionals.slice(idx + 1) : positionals,
    global: { db: values['db'] as string | undefined, today, json: values['json'] === true },
    options: values,
  };
}

/** "--db FILE" style options take the next word; that word is not the command. */
function isOptionValue(argv: string[], word: string): boolean {
  const i = argv.indexOf(word);
  const prev = argv[i - 1];
  return [
    '--db',
    '--today',
    '--owner',
    '--status',
    '--board',
    '--limit',
    '--kind',
    '--as',
    '--new-owner',
    '--due',
    '--text',
    '--merge-into',
    '--why',
    '--format',
    '--out',
    '--present',
    '--apologies',
    '--next-meeting',
  ].includes(prev ?? '');
}
