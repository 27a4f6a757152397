import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { loadDotEnv, readPackageConfig, type PackageConfig } from '../src/config';
import { describeError } from '../src/errors';

/** The manifest folder, from the source tree or the compiled one. */
function manifestDir(): string {
  const candidates = [__dirname, path.resolve(__dirname, '../../manifest')];
  const found = candidates.find((c) => fs.existsSync(path.join(c, 'manifest.template.json')));
  if (!found) throw new Error('manifest/manifest.template.json is missing from this installation');
  return found;
}

export const ICONS = { color: 'icons/color.png', outline: 'icons/outline.png' } as const;

/** The template with the app id, public address and version filled in. */
export function buildManifest(config: PackageConfig, version: string): Record<string, unknown> {
  const template = fs.readFileSync(path.join(manifestDir(), 'manifest.template.json'), 'utf8');
  const values: Record<string, string> = { APP_ID: config.appId, PUBLIC_URL: config.publicUrl, HOST: config.host, VERSION: version };
  // Values are JSON-escaped before they go in, so an odd character cannot break the document.
  const filled = template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`manifest template: unknown placeholder ${whole}`);
    return JSON.stringify(v).slice(1, -1);
  });
  return JSON.parse(filled) as Record<string, unknown>;
}

/** The schema the manifest names, read from @microsoft/app-manifest's own copy: never fetched. */
export function manifestSchema(manifest: Record<string, unknown>): Record<string, unknown> {
  const version = String(manifest['manifestVersion']);
  const file = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build/json-schemas/teams', `v${version}`, 'MicrosoftTeams.schema.json');
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

/** `npm run package`: build/board-assistant.zip from MicrosoftAppId and BOARD_PUBLIC_URL. */
async function main(): Promise<void> {
  loadDotEnv();
  const config = readPackageConfig();
  const root = path.resolve(manifestDir(), '..');
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
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
