import * as fs from 'node:fs';
import { availableParallelism } from 'node:os';

import { BoardError, ErrorCode } from './errors';
import { IsoDate, isValidIso } from './extract/dates';

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
  /** Worker threads that extract a batch of files while the main thread stores them (0: extract on the main thread). */
  ingestWorkers: number;
  logLevel: string;
  /** Time zone that decides what "today" is. */
  timeZone: string;
  /** How much indexed text the search keeps loaded at once (the rest loads on demand). */
  searchCacheBytes: number;
  /** The attendance a board expects of each agency (0.75 = 75 %). */
  attendanceTarget: number;
  /** The share of a board's members that makes a meeting quorate. */
  quorum: number;
  reminders: ReminderSettings;
}

/** When reminders go out (all days are calendar days where the board sits). */
export interface ReminderSettings {
  /** `npm start` sends reminders on its own schedule unless BOARD_REMINDERS=off. */
  enabled: boolean;
  /** Remind owners this many days before an action is due (and again on the day). */
  dueSoonDays: number;
  /** The weekday of the overdue digest, 0 = Sunday … 6 = Saturday. */
  digestWeekday: number;
  /** Nothing is sent before this hour of the day. */
  hour: number;
  /** Ask members about a meeting this many days before it… */
  attendanceDays: number;
  /** …and chase those who have not replied this many days before. */
  chaserDays: number;
  /** How long the "mute" button on a reminder silences action reminders. */
  muteDays: number;
  /**
   * Hold action reminders this many days after a document is read while the clerk has not marked
   * it reviewed (BOARD_REMIND_REVIEW_HOLD_DAYS; 0, the default, holds nothing back).
   */
  reviewHoldDays?: number;
}

/**
 * Reads `.env` in the working directory into the environment, as .env.example describes, for the
 * two entry points (`npm start`, `board`). Variables already set in the real environment win.
 */
export function loadDotEnv(file = '.env'): void {
  if (!fs.existsSync(file)) return;
  try {
    process.loadEnvFile(file);
  } catch (err) {
    throw new BoardError(ErrorCode.BadArgument, `cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

export const DEFAULTS = {
  dbPath: './data/board.db',
  maxFileMb: 32,
  pdfTimeoutS: 60,
  logLevel: 'info',
  timeZone: 'Europe/London',
  searchCacheMb: 16,
  attendanceTargetPercent: 75,
  quorum: 1 / 3,
  reminders: { enabled: true, dueSoonDays: 7, digestWeekday: 1, hour: 8, attendanceDays: 7, chaserDays: 2, muteDays: 14 },
} as const;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

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
    ingestWorkers: workerCount(env['BOARD_INGEST_WORKERS']?.trim()),
    logLevel: env['BOARD_LOG_LEVEL']?.trim() || DEFAULTS.logLevel,
    timeZone: timeZone(env['BOARD_TIMEZONE']?.trim() || DEFAULTS.timeZone),
    searchCacheBytes: positiveNumber(env, 'BOARD_SEARCH_CACHE_MB', DEFAULTS.searchCacheMb) * 1048576,
    attendanceTarget: Math.min(100, positiveNumber(env, 'BOARD_ATTENDANCE_TARGET', DEFAULTS.attendanceTargetPercent)) / 100,
    quorum: fraction(env['BOARD_QUORUM']?.trim(), DEFAULTS.quorum),
    reminders: readReminderSettings(env),
  };
}

function readReminderSettings(env: NodeJS.ProcessEnv): ReminderSettings {
  const d = DEFAULTS.reminders;
  const days = (name: string, fallback: number, max = 60) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw new BoardError(ErrorCode.BadArgument, `${name} must be a whole number of days from 1 to ${max} (got "${raw}")`);
    return n;
  };
  const dayRaw = env['BOARD_REMIND_DIGEST_DAY']?.trim().toLowerCase();
  const digestWeekday = dayRaw ? WEEKDAYS.findIndex((w) => w === dayRaw || w.slice(0, 3) === dayRaw) : d.digestWeekday;
  if (digestWeekday < 0) throw new BoardError(ErrorCode.BadArgument, `BOARD_REMIND_DIGEST_DAY must be a day of the week such as monday (got "${dayRaw}")`);
  const hourRaw = env['BOARD_REMIND_HOUR']?.trim();
  const hour = hourRaw ? Number(hourRaw) : d.hour;
  if (!Number.isInteger(hour) || hour < 0 || hour > 23)
    throw new BoardError(ErrorCode.BadArgument, `BOARD_REMIND_HOUR must be an hour from 0 to 23 (got "${hourRaw}")`);
  const chaserDays = days('BOARD_REMIND_CHASER_DAYS', d.chaserDays);
  const attendanceDays = days('BOARD_REMIND_ATTENDANCE_DAYS', d.attendanceDays);
  if (chaserDays >= attendanceDays)
    throw new BoardError(ErrorCode.BadArgument, `BOARD_REMIND_CHASER_DAYS (${chaserDays}) must be fewer than BOARD_REMIND_ATTENDANCE_DAYS (${attendanceDays})`);
  const switchRaw = env['BOARD_REMINDERS']?.trim().toLowerCase() || 'on';
  if (!['on', 'off'].includes(switchRaw)) throw new BoardError(ErrorCode.BadArgument, `BOARD_REMINDERS must be on or off (got "${switchRaw}")`);
  const holdRaw = env['BOARD_REMIND_REVIEW_HOLD_DAYS']?.trim() || '0';
  const reviewHoldDays = Number(holdRaw);
  if (!Number.isInteger(reviewHoldDays) || reviewHoldDays < 0 || reviewHoldDays > 60) {
    throw new BoardError(ErrorCode.BadArgument, `BOARD_REMIND_REVIEW_HOLD_DAYS must be a whole number of days from 0 to 60 (got "${holdRaw}")`);
  }
  return {
    reviewHoldDays,
    enabled: switchRaw === 'on',
    dueSoonDays: days('BOARD_REMIND_DUE_SOON_DAYS', d.dueSoonDays),
    digestWeekday,
    hour,
    attendanceDays,
    chaserDays,
    muteDays: days('BOARD_REMIND_MUTE_DAYS', d.muteDays, 365),
  };
}

/** "1/3", "0.34", "34%" -> a fraction between 0 and 1. */
function fraction(raw: string | undefined, fallback: number): number {
  if (!raw) return fallback;
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(raw);
  const value = m ? Number(m[1]) / Number(m[2]) : raw.endsWith('%') ? Number(raw.slice(0, -1)) / 100 : Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > 1) {
    throw new BoardError(ErrorCode.BadArgument, `BOARD_QUORUM must be a share of members such as 1/3, 0.5 or 40% (got "${raw}")`);
  }
  return value;
}

function timeZone(tz: string): string {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return tz;
  } catch {
    throw new BoardError(ErrorCode.BadArgument, `BOARD_TIMEZONE must be a time zone such as Europe/London (got "${tz}")`);
  }
}

/**
 * BOARD_INGEST_WORKERS, or one worker for each core but the main thread's, up to four: the main thread stores (about a
 * third of an ingest) and extracts files itself while it waits, and each worker compiles the extraction code again.
 */
function workerCount(raw: string | undefined): number {
  if (!raw) return Math.min(4, availableParallelism() - 1);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 64) {
    throw new BoardError(ErrorCode.BadArgument, `BOARD_INGEST_WORKERS must be a whole number from 0 to 64 (got "${raw}")`);
  }
  return n;
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

export type Mode = 'development' | 'production';
export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

/** How the Teams endpoint runs. Development means no app id: loopback only, names trusted. */
export interface ServerConfig {
  mode: Mode;
  port: number;
  host: string;
  appId: string | null;
  appPassword: string | null;
  appType: AppType | null;
  appTenantId: string | null;
  /** Where Teams reaches the server (https://host), for the tab's token audience; optional. */
  publicUrl: string | null;
  /** Tenants whose users may talk to the assistant (enforced whenever set; required in production). */
  allowedTenants: string[];
  /** The public https address Teams reaches the server at (for the tab and the app package). */
  /** Hosts the clerk's uploads may be downloaded from (Teams' SharePoint / OneDrive file stores). */
  uploadHosts: string[];
  /** Development only: the Agents Playground's port (PLAYGROUND_PORT, default 56150), the one browser origin accepted. */
  playgroundPort?: number;
}

/**
 * Teams hands a bot files sent in personal chat as SharePoint / OneDrive download addresses:
 * `*.sharepoint.com` in the commercial cloud and GCC, `*.sharepoint.us` in the US government
 * clouds. Other sovereign clouds (`*.sharepoint-mil.us`, `*.sharepoint.cn`) or a tenant's own
 * list are set with BOARD_UPLOAD_HOSTS.
 */
export const DEFAULT_UPLOAD_HOSTS = ['*.sharepoint.com', '*.sharepoint.us'];
const HOST_PATTERN = /^(\*\.)?(?=[a-z0-9-]+\.[a-z0-9.-]+$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

function readUploadHosts(raw: string | null): string[] {
  if (!raw) return DEFAULT_UPLOAD_HOSTS;
  const hosts = raw
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((h) => h.toLowerCase());
  // A wildcard must keep at least two labels fixed (*.sharepoint.com, never *.com or *).
  const bad = hosts.filter((h) => !HOST_PATTERN.test(h) || (h.startsWith('*.') && h.split('.').length < 3));
  if (bad.length || !hosts.length) {
    throw new BoardError(
      ErrorCode.BadArgument,
      `BOARD_UPLOAD_HOSTS must list host names such as *.sharepoint.com or contoso.sharepoint.com; not valid: ${bad.join(', ') || raw}`,
    );
  }
  return hosts;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * Reads and checks the server settings. Without MicrosoftAppId the endpoint accepts unsigned
 * requests, so development mode only ever listens on loopback; a production start with missing
 * or half-set credentials refuses to run and says exactly what to set.
 */
export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const get = (k: string) => env[k]?.trim() || null;
  const appId = get('MicrosoftAppId');
  const appPassword = get('MicrosoftAppPassword');
  const appTypeRaw = get('MicrosoftAppType');
  const appTenantId = get('MicrosoftAppTenantId');
  const portRaw = get('PORT') ?? '3978';
  const port = Number(portRaw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new BoardError(ErrorCode.BadArgument, `PORT must be a port number (got "${portRaw}")`);
  const allowedTenants = (get('BOARD_ALLOWED_TENANTS') ?? '')
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((t) => t.toLowerCase());
  const bad = allowedTenants.filter((t) => !GUID.test(t));
  if (bad.length) throw new BoardError(ErrorCode.BadArgument, `BOARD_ALLOWED_TENANTS must list tenant ids (GUIDs); not valid: ${bad.join(', ')}`);

  const publicUrl = readPublicUrl(get('BOARD_PUBLIC_URL'), false);
  const uploadHosts = readUploadHosts(get('BOARD_UPLOAD_HOSTS'));
  if (!appId) {
    const stray = [
      ['MicrosoftAppPassword', appPassword],
      ['MicrosoftAppType', appTypeRaw],
      ['MicrosoftAppTenantId', appTenantId],
    ]
      .filter(([, v]) => v)
      .map(([k]) => k);
    if (stray.length) {
      throw new BoardError(
        ErrorCode.BadArgument,
        `${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'} set but MicrosoftAppId is not: set MicrosoftAppId for production, or unset ${stray.join(' and ')} for development`,
      );
    }
    const host = get('HOST') ?? '127.0.0.1';
    if (!LOOPBACK.has(host)) {
      throw new BoardError(
        ErrorCode.BadArgument,
        `without MicrosoftAppId the endpoint is unauthenticated, so it only listens on 127.0.0.1 (HOST is "${host}"); set MicrosoftAppId and its credentials to listen on ${host}`,
      );
    }
    const playgroundPort = Number(get('PLAYGROUND_PORT') ?? 56150);
    if (!Number.isInteger(playgroundPort) || playgroundPort < 1 || playgroundPort > 65535)
      throw new BoardError(ErrorCode.BadArgument, `PLAYGROUND_PORT must be a port number (got "${get('PLAYGROUND_PORT')}")`);
    return {
      mode: 'development',
      port,
      host,
      appId: null,
      appPassword: null,
      appType: null,
      appTenantId: null,
      allowedTenants,
      publicUrl,
      uploadHosts,
      playgroundPort,
    };
  }

  const missing: string[] = [];
  if (!GUID.test(appId)) missing.push("MicrosoftAppId must be the bot's application (client) id, a GUID");
  const appType = appTypeRaw as AppType | null;
  if (!appType) missing.push('MicrosoftAppType (SingleTenant, MultiTenant or UserAssignedMSI)');
  else if (!['MultiTenant', 'SingleTenant', 'UserAssignedMSI'].includes(appType))
    missing.push(`MicrosoftAppType must be SingleTenant, MultiTenant or UserAssignedMSI (got "${appType}")`);
  if (appType !== 'UserAssignedMSI' && !appPassword) missing.push('MicrosoftAppPassword (the client secret)');
  if ((appType === 'SingleTenant' || appType === 'UserAssignedMSI') && !appTenantId) missing.push('MicrosoftAppTenantId');
  if (appTenantId && !GUID.test(appTenantId)) missing.push('MicrosoftAppTenantId must be a tenant id (GUID)');
  const tenants = allowedTenants.length ? allowedTenants : appTenantId ? [appTenantId.toLowerCase()] : [];
  if (!tenants.length) missing.push('BOARD_ALLOWED_TENANTS (the tenant ids whose users may use the assistant)');
  if (missing.length)
    throw new BoardError(ErrorCode.BadArgument, `production start refused (MicrosoftAppId is set): missing or invalid: ${missing.join('; ')}`);
  return {
    mode: 'production',
    port,
    host: get('HOST') ?? '0.0.0.0',
    appId,
    appPassword,
    appType,
    appTenantId,
    allowedTenants: tenants,
    publicUrl,
    uploadHosts,
  };
}

/** What `npm run package` needs to fill the Teams app manifest. */
export interface PackageConfig {
  appId: string;
  /** https://host, no trailing slash. */
  publicUrl: string;
  host: string;
}

export function readPackageConfig(env: NodeJS.ProcessEnv = process.env): PackageConfig {
  const appId = env['MicrosoftAppId']?.trim() || null;
  const problems: string[] = [];
  if (!appId) problems.push("MicrosoftAppId (the bot's Entra application id) is not set");
  else if (!GUID.test(appId)) problems.push(`MicrosoftAppId must be a GUID (got "${appId}")`);
  let publicUrl: string | null = null;
  try {
    publicUrl = readPublicUrl(env['BOARD_PUBLIC_URL']?.trim() || null, true);
  } catch (err) {
    problems.push((err as Error).message);
  }
  if (problems.length || !appId || !publicUrl) throw new BoardError(ErrorCode.BadArgument, `cannot build the Teams app package: ${problems.join('; ')}`);
  return { appId: appId.toLowerCase(), publicUrl, host: new URL(publicUrl).host };
}

/** BOARD_PUBLIC_URL: an https origin Teams can reach (no path: Teams' validDomains are hosts). */
function readPublicUrl(raw: string | null, required: boolean): string | null {
  if (!raw) {
    if (required) throw new BoardError(ErrorCode.BadArgument, 'BOARD_PUBLIC_URL (the https address Teams reaches the server at) is not set');
    return null;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new BoardError(ErrorCode.BadArgument, `BOARD_PUBLIC_URL must be an address like https://board.example.org (got "${raw}")`);
  }
  if (url.protocol !== 'https:' || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username) {
    throw new BoardError(ErrorCode.BadArgument, `BOARD_PUBLIC_URL must be an https address with no path, like https://board.example.org (got "${raw}")`);
  }
  return url.origin;
}
