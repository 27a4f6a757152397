import * as os from 'node:os';

import { readConfig, readServerConfig } from '../src/config';

const APP = '12345678-1234-1234-1234-123456789012';
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
/** Why a configuration is refused, or null when it is accepted. */
const refusal = (read: (env: Record<string, string>) => unknown, env: Record<string, string>) => {
  try {
    read(env);
  } catch (err) {
    return (err as Error).message;
  }
  return null;
};
const refused = (env: Record<string, string>) => refusal(readServerConfig, env);

describe('the server configuration', () => {
  test('without MicrosoftAppId it is development mode, on loopback and port 3978 by default', () => {
    expect(readServerConfig({})).toMatchObject({ mode: 'development', host: '127.0.0.1', port: 3978, allowedTenants: [] });
    expect(readServerConfig({ HOST: '::1', PORT: '4000' })).toMatchObject({ host: '::1', port: 4000 });
  });

  test('development mode will not listen beyond this machine, and says why', () => {
    expect(refused({ HOST: '0.0.0.0' })).toMatch(/only listens on 127\.0\.0\.1 .*set MicrosoftAppId/);
  });

  test('half-set credentials are refused, naming what is missing', () => {
    expect(refused({ MicrosoftAppPassword: 'secret' })).toBe(
      'MicrosoftAppPassword is set but MicrosoftAppId is not: set MicrosoftAppId for production, or unset MicrosoftAppPassword for development',
    );
    const msg = refused({ MicrosoftAppId: APP })!;
    expect(msg).toContain('production start refused');
    expect(msg).toContain('MicrosoftAppType');
    expect(msg).toContain('MicrosoftAppPassword');
    expect(msg).toContain('BOARD_ALLOWED_TENANTS');
    expect(refused({ MicrosoftAppId: APP, MicrosoftAppType: 'SingleTenant', MicrosoftAppPassword: 's' })).toContain('MicrosoftAppTenantId');
    expect(refused({ MicrosoftAppId: 'my-bot', MicrosoftAppType: 'MultiTenant', MicrosoftAppPassword: 's', BOARD_ALLOWED_TENANTS: TENANT })).toContain(
      'a GUID',
    );
    expect(refused({ MicrosoftAppId: APP, MicrosoftAppType: 'Sometimes', MicrosoftAppPassword: 's', BOARD_ALLOWED_TENANTS: TENANT })).toContain(
      'got "Sometimes"',
    );
  });

  test("production mode: all interfaces by default, tenants from BOARD_ALLOWED_TENANTS or the app's own tenant", () => {
    expect(
      readServerConfig({
        MicrosoftAppId: APP,
        MicrosoftAppType: 'MultiTenant',
        MicrosoftAppPassword: 's',
        BOARD_ALLOWED_TENANTS: `${TENANT.toUpperCase()}, ${TENANT.replace('a', 'b')}`,
      }),
    ).toMatchObject({
      mode: 'production',
      host: '0.0.0.0',
      allowedTenants: [TENANT, TENANT.replace('a', 'b')],
    });
    expect(
      readServerConfig({ MicrosoftAppId: APP, MicrosoftAppType: 'SingleTenant', MicrosoftAppPassword: 's', MicrosoftAppTenantId: TENANT }).allowedTenants,
    ).toEqual([TENANT]);
    expect(readServerConfig({ MicrosoftAppId: APP, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT, HOST: '127.0.0.1' })).toMatchObject({
      mode: 'production',
      host: '127.0.0.1',
    });
  });

  test('nonsense values are refused with the value shown', () => {
    expect(refused({ PORT: 'eighty' })).toBe('PORT must be a port number (got "eighty")');
    expect(refused({ BOARD_ALLOWED_TENANTS: 'contoso.com' })).toContain('not valid: contoso.com');
  });
});

test('the quorum is a share of members, one third unless BOARD_QUORUM says otherwise', () => {
  expect(readConfig({}).quorum).toBeCloseTo(1 / 3);
  expect(readConfig({ BOARD_QUORUM: '0.5' }).quorum).toBe(0.5);
  expect(() => readConfig({ BOARD_QUORUM: '2' })).toThrow(/BOARD_QUORUM/);
});

test('reminder settings: defaults, a named digest day, and nonsense refused', () => {
  expect(readConfig({}).reminders).toEqual({
    enabled: true,
    dueSoonDays: 7,
    digestWeekday: 1,
    hour: 8,
    attendanceDays: 7,
    chaserDays: 2,
    muteDays: 14,
    reviewHoldDays: 0,
  });
  expect(readConfig({ BOARD_REMIND_REVIEW_HOLD_DAYS: '3' }).reminders.reviewHoldDays).toBe(3);
  expect(() => readConfig({ BOARD_REMIND_REVIEW_HOLD_DAYS: 'soon' })).toThrow('BOARD_REMIND_REVIEW_HOLD_DAYS must be a whole number of days from 0 to 60');
  expect(readConfig({ BOARD_REMIND_DIGEST_DAY: 'Fri', BOARD_REMINDERS: 'off', BOARD_REMIND_HOUR: '7' }).reminders).toMatchObject({
    digestWeekday: 5,
    enabled: false,
    hour: 7,
  });
  expect(() => readConfig({ BOARD_REMIND_DIGEST_DAY: 'someday' })).toThrow('BOARD_REMIND_DIGEST_DAY must be a day of the week');
  expect(() => readConfig({ BOARD_REMIND_CHASER_DAYS: '9' })).toThrow('must be fewer than BOARD_REMIND_ATTENDANCE_DAYS');
  expect(() => readConfig({ BOARD_REMIND_DUE_SOON_DAYS: '0' })).toThrow('whole number of days');
});

test('PLAYGROUND_PORT moves the one browser origin development accepts; a bad value is refused in one line', () => {
  expect(readServerConfig({ PORT: '0' }).playgroundPort).toBe(56150);
  expect(readServerConfig({ PORT: '0', PLAYGROUND_PORT: '56200' }).playgroundPort).toBe(56200);
  expect(() => readServerConfig({ PORT: '0', PLAYGROUND_PORT: 'soon' })).toThrow('PLAYGROUND_PORT must be a port number (got "soon")');
});

describe('the library configuration', () => {
  const refusedLibrary = (env: Record<string, string>) => refusal(readConfig, env);

  test('a batch ingest uses one extraction worker per core beside the main thread, up to four, or the number set; a bad number is refused saying what is allowed', () => {
    expect(readConfig({}).ingestWorkers).toBe(Math.min(4, os.availableParallelism() - 1));
    expect(readConfig({ BOARD_INGEST_WORKERS: '0' }).ingestWorkers).toBe(0);
    expect(readConfig({ BOARD_INGEST_WORKERS: ' 3 ' }).ingestWorkers).toBe(3);
    expect(refusedLibrary({ BOARD_INGEST_WORKERS: 'two' })).toBe('BOARD_INGEST_WORKERS must be a whole number from 0 to 64 (got "two")');
    expect(refusedLibrary({ BOARD_INGEST_WORKERS: '-1' })).toContain('from 0 to 64');
    expect(refusedLibrary({ BOARD_INGEST_WORKERS: '1.5' })).toContain('from 0 to 64');
  });
});
