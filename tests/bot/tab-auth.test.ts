import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

import type * as restify from 'restify';

import { PublishedKeys, TokenValidator } from '../../bot/tab-auth';
import type { ServerConfig } from '../../src/config';
import { createDemoApp, type DemoApp } from '../helpers/demo-server';
import { request } from '../helpers/inject';
import { DEV } from './harness';

/*
 * The tab's Teams SSO token, checked against keys made here and published by a local key server
 * (as Entra publishes its own), through the real server: every way a token can be wrong is a 401.
 */
const TENANT = '0b7e1f4c-2d3a-4b5c-8d9e-0f1a2b3c4d5e';
const OTHER_TENANT = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
const APP = '6f1c2e3a-4b5d-4e6f-8a9b-0c1d2e3f4a5b';
const HOST = 'board.northmoor.example';
const PRIYA_OID = '3c2b1a09-8f7e-4d6c-9b5a-493827160504';
const STRANGER_OID = '11112222-3333-4444-5555-666677778888';
const NOW = Math.floor(Date.parse('2026-11-24T10:00:00Z') / 1000);

const signing = generateKeyPairSync('rsa', { modulusLength: 2048 });
const impostor = generateKeyPairSync('rsa', { modulusLength: 2048 });
const KID = 'board-test-key';

function token(claims: Record<string, unknown> = {}, opts: { key?: KeyObject; kid?: string; alg?: string } = {}): string {
  const header = { alg: opts.alg ?? 'RS256', typ: 'JWT', kid: opts.kid ?? KID };
  const body = {
    aud: `api://${HOST}/${APP}`,
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    tid: TENANT,
    oid: PRIYA_OID,
    scp: 'access_as_user',
    name: 'Priya Sandhu',
    iat: NOW - 60,
    nbf: NOW - 60,
    exp: NOW + 3600,
    ...claims,
  };
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const input = `${enc(header)}.${enc(body)}`;
  return `${input}.${sign('RSA-SHA256', Buffer.from(input), opts.key ?? signing.privateKey).toString('base64url')}`;
}

let keyServer: http.Server;
let keyRequests: string[] = [];
let keysUrl = '';
let demo: DemoApp;
let server: restify.Server;

beforeAll(async () => {
  const jwk = { ...signing.publicKey.export({ format: 'jwk' }), kid: KID, use: 'sig', alg: 'RS256' };
  keyServer = http.createServer((req, res) => {
    keyRequests.push(req.url ?? '');
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk, { kty: 'EC', kid: 'ignored', crv: 'P-256', x: 'x', y: 'y' }] }));
  });
  await new Promise<void>((r) => keyServer.listen(0, '127.0.0.1', r));
  keysUrl = `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}`;

  const prod: ServerConfig = {
    ...DEV,
    mode: 'production',
    appId: APP,
    appPassword: 'not-used',
    appType: 'SingleTenant',
    appTenantId: TENANT,
    allowedTenants: [TENANT],
    publicUrl: `https://${HOST}`,
  };
  demo = await createDemoApp({
    config: prod,
    roster: `name,email,aadObjectId,role\nPriya Sandhu,priya.sandhu@northmoor.example,${PRIYA_OID},member\n`,
    server: { tabKeys: new PublishedKeys((t) => `${keysUrl}/${t}/discovery/v2.0/keys`) },
  });
  server = demo.server;
});
afterEach(() => jest.useRealTimers());
afterAll(async () => {
  demo.stop();
  await new Promise<void>((r) => keyServer.close(() => r()));
});

async function me(bearer?: string) {
  const res = await request(server, { url: '/api/tab/me', headers: bearer ? { Authorization: `Bearer ${bearer}` } : {} });
  return { status: res.status, body: res.json() };
}

test('a good token from the tenant, for our app, with the scope, names the member the roster says', async () => {
  const res = await me(token());
  expect(res).toEqual({ status: 200, body: expect.objectContaining({ name: 'Priya Sandhu', role: 'member' }) });
  expect(keyRequests).toContain(`/${TENANT}/discovery/v2.0/keys`);
  // The bare application id is an audience Entra also issues.
  expect((await me(token({ aud: APP }))).status).toBe(200);
});

test.each([
  ['that is missing', undefined, 'sign-in required'],
  ['expired', token({ exp: NOW - 3600, nbf: NOW - 7200, iat: NOW - 7200 }), 'expired'],
  ['not yet valid', token({ nbf: NOW + 3600 }), 'not valid yet'],
  ['for another application', token({ aud: 'api://elsewhere.example/00000000-0000-0000-0000-000000000000' }), 'another application'],
  ['from another issuer', token({ iss: 'https://login.example.com/v2.0' }), 'not issued by the tenant'],
  ['from another tenant', token({ tid: OTHER_TENANT, iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }), 'does not serve'],
  ['signed by another key', token({}, { key: impostor.privateKey }), 'signature does not match'],
  [
    'with its claims changed after signing',
    (() => {
      const [h, , s] = token().split('.');
      const forged = Buffer.from(
        JSON.stringify({
          aud: APP,
          iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
          tid: TENANT,
          oid: PRIYA_OID,
          scp: 'access_as_user',
          exp: NOW + 3600,
        }),
      ).toString('base64url');
      return `${h}.${forged}.${s}`;
    })(),
    'signature does not match',
  ],
  ['without the access_as_user scope', token({ scp: 'User.Read' }), 'access_as_user'],
  ['signed with "none"', token({}, { alg: 'none' }), 'not accepted'],
  ['naming a key the tenant does not publish', token({}, { kid: 'unknown-key' }), 'does not publish'],
  ['that is not a token at all', 'not.a.token!', 'not a JSON Web Token'],
])('refused with 401: a token %s', async (_what, bearer, reason) => {
  const res = await me(bearer);
  expect(res.status).toBe(401);
  expect(String(res.body['error'])).toContain(reason);
});

test('a valid token for someone not in the roster gets 403 and no board content', async () => {
  const res = await me(token({ oid: STRANGER_OID }));
  expect(res.status).toBe(403);
  expect(JSON.stringify(res.body)).not.toMatch(/Action|Northmoor/);
  const actions = await request(server, { url: '/api/tab/actions', headers: { Authorization: `Bearer ${token({ oid: STRANGER_OID })}` } });
  expect(actions.status).toBe(403);
});

test('in production the development member header is ignored', async () => {
  const res = await request(server, { url: '/api/tab/me', headers: { 'X-Board-Member': 'Priya Sandhu' } });
  expect(res.status).toBe(401);
  expect((await request(server, { url: '/api/tab/dev/members' })).status).toBe(404);
});

test('unknown key ids refetch the key set at most every five minutes; keys are kept for a day', async () => {
  // jose times its key cache by the machine's clock: only Date is faked here, so sockets still work.
  let now = Date.parse('2026-11-24T10:00:00Z');
  jest.useFakeTimers({
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
    now,
  });
  keyRequests = [];
  const keys = new PublishedKeys((t) => `${keysUrl}/${t}/keys`);
  const validator = new TokenValidator({ appId: APP, publicHost: HOST, tenants: [TENANT] }, keys, () => new Date(NOW * 1000));
  expect((await validator.check(token())).ok).toBe(true);
  expect((await validator.check(token())).ok).toBe(true);
  expect(keyRequests).toHaveLength(1);
  for (let i = 0; i < 5; i++)
    expect(await validator.check(token({}, { kid: `rotated-${i}` }))).toEqual({
      ok: false,
      reason: 'the token is signed with a key the tenant does not publish',
    });
  expect(keyRequests).toHaveLength(1);
  now += 6 * 60 * 1000;
  jest.setSystemTime(now);
  await validator.check(token({}, { kid: 'rotated-later' }));
  expect(keyRequests).toHaveLength(2);
  now += 25 * 60 * 60 * 1000;
  jest.setSystemTime(now);
  expect((await validator.check(token())).ok).toBe(true);
  expect(keyRequests).toHaveLength(3);
  jest.useRealTimers();
});
