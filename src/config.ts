import { BoardError, ErrorCode } from './errors';
import { isValidIso, IsoDate } from './extract/dates';

/**
 * Every setting the assistant reads from the environment, read here and nowhere else.
 * `readConfig(env)` is pure so tests can pass their own environment.
 */
export interface Config {
  /** SQLite database file. */
  dbPath: string;
  /** Fixed "today" for overdue calculations, or null for the real date. */
  today: IsoDate | null;
  /** Largest file the library accepts. */
  maxFileBytes: number;
  /** How long one PDF may take to read before it is abandoned. */
  pdfTimeoutMs: number;
  logLevel: string;
  /** Time zone that decides what "today" is. */
  timeZone: string;
  /** How much indexed text the search keeps loaded at once (the rest loads on demand). */
  searchCacheBytes: number;
  /** The attendance a board expects of each agency (0.75 = 75 %). */
  attendanceTarget: number;
}

export const DEFAULTS = {
  dbPath: './data/board.db',
  maxFileMb: 32,
  pdfTimeoutS: 60,
  logLevel: 'info',
  timeZone: 'Europe/London',
  searchCacheMb: 16,
  attendanceTargetPercent: 75,
} as const;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const today = env['BOARD_TODAY']?.trim() || null;
  if (today !== null && !isValidIso(today)) {
    throw new BoardError(ErrorCode.BadArgument, `BOARD_TODAY must be a date like 2026-11-24 (got "${today}")`);
  }
  return {
    dbPath: env['BOARD_DB']?.trim() || DEFAULTS.dbPath,
    today,
    maxFileBytes: positiveNumber(env, 'BOARD_MAX_FILE_MB', DEFAULTS.maxFileMb) * 1048576,
    pdfTimeoutMs: positiveNumber(env, 'BOARD_PDF_TIMEOUT_S', DEFAULTS.pdfTimeoutS) * 1000,
    logLevel: env['BOARD_LOG_LEVEL']?.trim() || DEFAULTS.logLevel,
    timeZone: timeZone(env['BOARD_TIMEZONE']?.trim() || DEFAULTS.timeZone),
    searchCacheBytes: positiveNumber(env, 'BOARD_SEARCH_CACHE_MB', DEFAULTS.searchCacheMb) * 1048576,
    attendanceTarget: Math.min(100, positiveNumber(env, 'BOARD_ATTENDANCE_TARGET', DEFAULTS.attendanceTargetPercent)) / 100,
  };
}

function timeZone(tz: string): string {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return tz;
  } catch {
    throw new BoardError(ErrorCode.BadArgument, `BOARD_TIMEZONE must be a time zone such as Europe/London (got "${tz}")`);
  }
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) {
    throw new BoardError(ErrorCode.BadArgument, `${name} must be a positive number (got "${raw}")`);
  }
  return n;
}
