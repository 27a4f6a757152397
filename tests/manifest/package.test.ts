import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import JSZip from 'jszip';
import { PNG } from 'pngjs';

import { buildManifest, validateManifest, writePackage } from '../../manifest/package';
import { readPackageConfig } from '../../src/config';
import { demoLibraryPath } from '../../src/demo';
import { BotHarness, cardOf, textOf } from '../bot/harness';
import { tempDir, tempLibrary } from '../helpers/corpus';

const ROOT = path.resolve(__dirname, '../..');
const ENV = { MicrosoftAppId: '6F1C2E3A-4B5D-4E6F-8A9B-0C1D2E3F4A5B', BOARD_PUBLIC_URL: 'https://board.northmoor.example' };
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

type Manifest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let manifest: Manifest;
let files: Record<string, Buffer>;

beforeAll(async () => {
  const out = path.join(tempDir(), 'board-assistant.zip');
  await writePackage(out, readPackageConfig(ENV), VERSION);
  const zip = await JSZip.loadAsync(fs.readFileSync(out));
  files = {};
  for (const name of Object.keys(zip.files)) files[name] = await zip.file(name)!.async('nodebuffer');
  manifest = JSON.parse(files['manifest.json']!.toString('utf8')) as Manifest;
});

test('the zip holds exactly manifest.json and the two icons, and the manifest validates against its own schema offline', async () => {
  expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  expect(manifest['manifestVersion']).toBe('1.24');
  expect(await validateManifest(manifest)).toEqual([]);
});

test('the validator is not a rubber stamp: a broken manifest is reported', async () => {
  const broken: Manifest = { ...manifest, name: { short: 'A board assistant whose name is far too long for Teams' }, accentColor: 'teal' };
  delete broken['developer'];
  const errors = (await validateManifest(broken)).join('\n');
  expect(errors).toMatch(/developer/);
  expect(errors).toMatch(/short/);
  expect(errors).toMatch(/accentColor/);
});

test('it carries the environment and package.json: app id, public address, version', () => {
  const appId = ENV.MicrosoftAppId.toLowerCase();
  expect(manifest).toMatchObject({
    id: appId,
    version: VERSION,
    validDomains: ['board.northmoor.example'],
    webApplicationInfo: { id: appId, resource: `api://board.northmoor.example/${appId}` },
    staticTabs: [{ entityId: 'my-board', name: 'My board', contentUrl: 'https://board.northmoor.example/tab', scopes: ['personal'] }],
    developer: { privacyUrl: 'https://board.northmoor.example/privacy', termsOfUseUrl: 'https://board.northmoor.example/terms' },
  });
  expect(manifest['bots']).toEqual([expect.objectContaining({ botId: appId, scopes: ['personal', 'team', 'groupChat'], supportsFiles: true })]);
  expect(manifest['composeExtensions'][0]).toMatchObject({ botId: appId, commands: [{ id: 'searchGuidance', type: 'query' }] });
});

function png(name: string): PNG {
  return PNG.sync.read(files[name]!);
}

test('the colour icon is 192×192 and the outline icon 32×32, white on a transparent background', () => {
  const color = png('color.png');
  expect([color.width, color.height]).toEqual([192, 192]);
  expect(files['color.png']!.equals(fs.readFileSync(path.join(ROOT, 'manifest/color.png')))).toBe(true);
  const outline = png('outline.png');
  expect([outline.width, outline.height]).toEqual([32, 32]);
  let transparent = 0;
  let drawn = 0;
  for (let i = 0; i < outline.data.length; i += 4) {
    const [r, g, b, a] = [outline.data[i]!, outline.data[i + 1]!, outline.data[i + 2]!, outline.data[i + 3]!];
    if (a === 0) transparent++;
    else {
      drawn++;
      expect([r, g, b]).toEqual([255, 255, 255]);
    }
  }
  expect(transparent).toBeGreaterThan(32 * 32 * 0.5);
  expect(drawn).toBeGreaterThan(60); // a shape, not an empty square
  // The colour icon is drawn too: more than one colour, and its corners are the accent colour.
  const colours = new Set<string>();
  for (let i = 0; i < color.data.length; i += 4) colours.add(color.data.subarray(i, i + 3).toString('hex'));
  expect(colours.size).toBeGreaterThan(3);
  expect(color.data.subarray(0, 3).toString('hex')).toBe(String(manifest['accentColor']).slice(1).toLowerCase());
});

test('each command in the menu, sent to the bot as typed, gets the card it promises', async () => {
  const library = tempLibrary('2026-11-24');
  try {
    await library.ingest([demoLibraryPath()]);
    const h = new BotHarness(library);
    const commands = manifest['bots'][0].commandLists[0].commands as { title: string }[];
    const expected: Record<string, string> = {
      'My actions': 'Your outstanding actions',
      'Next meeting': 'Will you be there?',
      'Send apologies': '"value":"apologies"',
      'Search guidance': 'Search the board’s papers',
      Help: 'What are my outstanding actions?',
    };
    expect(commands.map((c) => c.title)).toEqual(Object.keys(expected));
    for (const c of commands) {
      const card = cardOf((await h.say('Priya Sandhu', c.title))[0]);
      expect([c.title, `${textOf(card)}\n${JSON.stringify(card)}`]).toEqual([c.title, expect.stringContaining(expected[c.title]!)]);
    }
  } finally {
    library.close();
  }
});

test('npm run package with a missing or bad setting fails with a clear message and writes no zip', () => {
  const main = path.join(ROOT, 'dist/manifest/package.js');
  if (!fs.existsSync(main)) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const cwd = tempDir();
  const run = (env: Record<string, string>) => spawnSync(process.execPath, [main], { cwd, env: { PATH: process.env['PATH'] ?? '', ...env }, encoding: 'utf8' });
  const missing = run({ MicrosoftAppId: ENV.MicrosoftAppId });
  expect(missing.status).toBe(1);
  expect(missing.stderr).toBe('package: cannot build the Teams app package: BOARD_PUBLIC_URL (the https address Teams reaches the server at) is not set\n');
  const plain = run({ ...ENV, BOARD_PUBLIC_URL: 'http://board.northmoor.example/app' });
  expect(plain.status).toBe(1);
  expect(plain.stderr).toContain('BOARD_PUBLIC_URL must be an https address with no path');
  expect(run({ BOARD_PUBLIC_URL: ENV.BOARD_PUBLIC_URL, MicrosoftAppId: 'board-bot' }).stderr).toContain('MicrosoftAppId must be a GUID (got "board-bot")');
  expect(fs.readdirSync(cwd)).toEqual([]);
});

test('buildManifest escapes what it fills in', () => {
  const m = buildManifest({ appId: ENV.MicrosoftAppId, publicUrl: 'https://x.example', host: 'x"y.example' }, '1.0.0');
  expect(m['validDomains']).toEqual(['x"y.example']);
});
