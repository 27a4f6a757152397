import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

import { type DownloadPolicy, downloadPolicy, fetchUpload, hostAllowed, publicAddress } from '../../bot/download';
import { readServerConfig } from '../../src/config';
import { demoLibraryPath } from '../../src/demo';
import { importRoster } from '../../src/library/roster';
import { OPERATOR } from '../../src/library/scope';
import { tempLibrary } from '../helpers/corpus';
import { BotHarness, cardOf, DEV, textOf } from './harness';

/**
 * A local server plays SharePoint, and a local service the server must never be made to fetch.
 * Tests stand it in by injecting the resolver (names of our own → 127.0.0.1) and the address check;
 * the real policy is shown refusing the same server.
 */
const LOG = 'No,Meeting,Item,Action,By whom,By when,Status\n601,20/11/2026,2,Circulate the revised escalation policy,Simon Whitfield,31/12/2026,\n';
let server: http.Server;
let port = 0;
const seen: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(`${req.headers.host} ${req.url}`);
    const to = (location: string) => {
      res.statusCode = 302;
      res.setHeader('location', location);
      res.end();
    };
    if (req.url === '/log.csv') res.end(LOG);
    else if (req.url === '/same-host') to('/log.csv');
    else if (req.url === '/other-host') to(`http://internal.test:${port}/secret`);
    else if (req.url === '/loop') to('/loop');
    else if (req.url === '/secret') res.end('Internal service page: payroll figures');
    else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => seen.splice(0));

/** Names that exist only here: files.test (the stand-in file store) and internal.test both resolve to the test server. */
const standIn = (overrides: Partial<DownloadPolicy> = {}): DownloadPolicy => ({
  hosts: ['files.test'],
  protocols: ['http:'],
  resolve: async () => [{ address: '127.0.0.1', family: 4 }],
  addressAllowed: (a) => a === '127.0.0.1',
  ...overrides,
});
const MB = 1048576;

test('a file on an allowed host is fetched from exactly the address the name resolved to, following a redirect on the same host', async () => {
  // files.test is not a real name: only the pinned address can have reached the server.
  const bytes = await fetchUpload(`http://files.test:${port}/same-host`, standIn(), MB);
  expect(bytes.toString()).toBe(LOG);
  expect(seen).toEqual([`files.test:${port} /same-host`, `files.test:${port} /log.csv`]);
});

test('a redirect to another host is refused before anything is fetched from it', async () => {
  await expect(fetchUpload(`http://files.test:${port}/other-host`, standIn({ hosts: ['files.test', 'internal.test'] }), MB)).rejects.toThrow(
    'redirected to another host',
  );
  expect(seen).toEqual([`files.test:${port} /other-host`]);
});

test('endless redirects stop', async () => {
  await expect(fetchUpload(`http://files.test:${port}/loop`, standIn(), MB)).rejects.toThrow('redirected too many times');
  expect(seen.length).toBe(6);
});

test('each hop is resolved and checked again: a name that turns private between hops is refused', async () => {
  let calls = 0;
  const rebinding = standIn({ resolve: async () => [{ address: calls++ === 0 ? '127.0.0.1' : '127.0.0.2', family: 4 }] });
  await expect(fetchUpload(`http://files.test:${port}/same-host`, rebinding, MB)).rejects.toThrow('resolves to a private or local address');
  expect(seen).toEqual([`files.test:${port} /same-host`]);
});

test('a file larger than the limit is refused', async () => {
  await expect(fetchUpload(`http://files.test:${port}/log.csv`, standIn(), 20)).rejects.toThrow('too large');
});

describe('the real policy', () => {
  const real = downloadPolicy(readServerConfig({ PORT: '0' }).uploadHosts);

  test('accepts SharePoint and OneDrive hosts over https only', () => {
    expect(real.protocols).toEqual(['https:']);
    for (const host of ['contoso.sharepoint.com', 'contoso-my.sharepoint.com', 'CONTOSO.SharePoint.com.', 'agency.sharepoint.us'])
      expect(hostAllowed(host, real.hosts)).toBe(true);
    for (const host of ['sharepoint.com', 'evilsharepoint.com', 'contoso.sharepoint.com.evil.example', 'a.b.sharepoint.com', '127.0.0.1', 'localhost']) {
      expect(hostAllowed(host, real.hosts)).toBe(false);
    }
  });

  test('refuses loopback, private, link-local and metadata addresses in every spelling', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.9',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fe80::1',
      'fd00::5',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      'not-an-address',
    ]) {
      expect(publicAddress(a)).toBe(false);
    }
    for (const a of ['52.104.7.20', '2603:1036:303:2850::2']) expect(publicAddress(a)).toBe(true);
  });

  test('refuses the local server, whether named directly, by http, or through a SharePoint name that resolves to it', async () => {
    await expect(fetchUpload(`http://127.0.0.1:${port}/secret`, real, MB)).rejects.toThrow('not https');
    await expect(fetchUpload(`https://127.0.0.1:${port}/secret`, real, MB)).rejects.toThrow('not an allowed upload host');
    await expect(fetchUpload(`https://localhost:${port}/secret`, real, MB)).rejects.toThrow('not an allowed upload host');
    const pointedHome = { ...real, resolve: async () => [{ address: '127.0.0.1', family: 4 }] };
    await expect(fetchUpload(`https://contoso.sharepoint.com:${port}/secret`, pointedHome, MB)).rejects.toThrow('private or local address');
    const mixed = {
      ...real,
      resolve: async () => [
        { address: '52.104.7.20', family: 4 },
        { address: '::ffff:127.0.0.1', family: 6 },
      ],
    };
    await expect(fetchUpload(`https://contoso.sharepoint.com:${port}/secret`, mixed, MB)).rejects.toThrow('private or local address');
    expect(seen).toEqual([]);
  });

  test("the clerk's upload through the bot, pointing at a local service, is refused and nothing reaches the library", async () => {
    const library = tempLibrary('2026-11-24');
    try {
      await library.ingest([demoLibraryPath()]);
      await importRoster(
        library.store,
        'name,email,aadObjectId,role\nJoanne Whitaker,jo@northmoor.example,11111111-2222-3333-4444-555555555555,clerk\n',
        'test',
        '2026-11-24T09:00:00Z',
      );
      const h = new BotHarness(library, DEV);
      const clerk = { from: { id: '29:clerk', name: 'Jo W', aadObjectId: '11111111-2222-3333-4444-555555555555' } };
      for (const url of [`http://127.0.0.1:${port}/secret`, `http://localhost:${port}/secret`]) {
        const [ack] = await h.say('Jo W', '', {
          ...clerk,
          attachments: [
            { contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'page.txt', content: { downloadUrl: url, fileType: 'txt' } },
          ],
        });
        expect(ack?.text).toMatch(/^Reading 1 file/);
        // The upload is read off the turn; its outcome comes as a message of its own.
        await h.bot.uploads.idle();
        const [outcome] = h.proactive.splice(0);
        expect(textOf(cardOf(outcome!.activity))).toMatch(/page\.txt: not added — the download address is not https/);
      }
      expect(seen).toEqual([]);
      expect((await library.search(OPERATOR, 'payroll figures')).filter((r) => /payroll/i.test(r.text))).toEqual([]);
    } finally {
      library.close();
    }
  });
});

test('BOARD_UPLOAD_HOSTS sets the hosts for a sovereign cloud, and refuses a pattern that would allow too much', () => {
  expect(readServerConfig({ BOARD_UPLOAD_HOSTS: '*.sharepoint-mil.us, *.sharepoint.us' }).uploadHosts).toEqual(['*.sharepoint-mil.us', '*.sharepoint.us']);
  for (const bad of ['*', '*.com', 'http://x.sharepoint.com', '127.0.0.1'])
    expect(() => readServerConfig({ BOARD_UPLOAD_HOSTS: bad })).toThrow('BOARD_UPLOAD_HOSTS');
});
