import * as fs from 'node:fs';
import * as path from 'node:path';

import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';

import { loadDotEnv, type PackageConfig, readPackageConfig } from '../src/config';
import { describeError } from '../src/errors';

/** The manifest folder, from the source tree or the compiled one. */
function manifestDir(): string {
  const candidates = [__dirname, path.resolve(__dirname, '../../manifest')];
  const found = candidates.find((c) => fs.existsSync(path.join(c, 'manifest.template.json')));
  if (!found) throw new Error('manifest/manifest.template.json is missing from this installation');
  return found;
}

/** Beside the template, as the Toolkit's teamsApp/zipAppPackage expects them: the manifest names them relative to itself. */
export const ICONS = { color: 'color.png', outline: 'outline.png' } as const;

/**
 * The template's placeholders are the Microsoft 365 Agents Toolkit's `${{VAR}}` (see m365agents.yml), so the
 * Toolkit's zipAppPackage and `npm run package` fill the same file. Here one Entra app is both the bot and
 * the tab's SSO resource, and its id is also the Teams app id (the Toolkit's teamsApp/create makes its own).
 */
export function manifestValues(config: PackageConfig, version: string): Record<string, string> {
  return {
    TEAMS_APP_ID: config.appId,
    AAD_APP_CLIENT_ID: config.appId,
    BOARD_PUBLIC_URL: config.publicUrl,
    BOARD_PUBLIC_HOST: config.host,
    APP_VERSION: version,
  };
}

/** Every `${{VAR}}` a text uses, in order of first use. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\$\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!))];
}

/** The template with the app id, public address and version filled in. */
export function buildManifest(config: PackageConfig, version: string): Record<string, unknown> {
  const template = fs.readFileSync(path.join(manifestDir(), 'manifest.template.json'), 'utf8');
  const values = manifestValues(config, version);
  // Values are JSON-escaped before they go in, so an odd character cannot break the document.
  const filled = template.replace(/\$\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`manifest template: unknown placeholder ${whole}`);
    return JSON.stringify(v).slice(1, -1);
  });
  return JSON.parse(filled) as Record<string, unknown>;
}

/** The schema the manifest names, read from @microsoft/app-manifest's own copy: never fetched. */
export function manifestSchema(manifest: Record<string, unknown>): Record<string, unknown> {
  const version = String(manifest['manifestVersion']);
  const file = path.join(
    path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
    'build/json-schemas/teams',
    `v${version}`,
    'MicrosoftTeams.schema.json',
  );
  return JSON.parse(fs.readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as Record<string, unknown>;
}

export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(manifest as never, manifestSchema(manifest) as never);
}

/**
 * Writes the app package (manifest.json and both icons) to `outFile`, only if the manifest
 * validates; written beside it first and renamed, so a failure never leaves a half-made zip.
 */
export async function writePackage(outFile: string, config: PackageConfig, version: string): Promise<Record<string, unknown>> {
  const manifest = buildManifest(config, version);
  const errors = await validateManifest(manifest);
  if (errors.length) throw new Error(`the manifest does not validate against schema ${String(manifest['manifestVersion'])}: ${errors.join('; ')}`);
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [, file] of Object.entries(ICONS)) zip.file(path.basename(file), fs.readFileSync(path.join(manifestDir(), file)));
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const partial = `${outFile}.partial`;
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, outFile);
  return manifest;
}

function packageVersion(root: string): string {
  return (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * For the Toolkit's `script` action: the values the template needs that the Toolkit has no action for (the
 * host of BOARD_PUBLIC_URL, the version in package.json), as `::set-teamsfx-env` lines, checked by the same
 * rules as `npm run package` so both routes refuse the same bad address.
 */
export function toolkitEnv(env: NodeJS.ProcessEnv, version: string): string[] {
  const config = readPackageConfig(env);
  return [`::set-teamsfx-env BOARD_PUBLIC_HOST=${config.host}`, `::set-teamsfx-env APP_VERSION=${version}`];
}

/** `npm run package`: build/board-assistant.zip from MicrosoftAppId and BOARD_PUBLIC_URL. */
async function main(): Promise<void> {
  const root = path.resolve(manifestDir(), '..');
  const version = packageVersion(root);
  if (process.argv.includes('--toolkit-env')) {
    process.stdout.write(`${toolkitEnv(process.env, version).join('\n')}\n`);
    return;
  }
  loadDotEnv();
  const config = readPackageConfig();
  const out = path.join(root, 'build', 'board-assistant.zip');
  await writePackage(out, config, version);
  process.stdout.write(`Wrote ${path.relative(process.cwd(), out) || out}: app ${config.appId}, version ${version}, tab ${config.publicUrl}/tab\n`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`package: ${describeError(err)}\n`);
    process.exitCode = 1;
  });
}
