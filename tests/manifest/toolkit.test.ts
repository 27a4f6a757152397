import * as fs from 'node:fs';
import * as path from 'node:path';

import Ajv from 'ajv';
import { parse } from 'yaml';

import { buildManifest, placeholders, toolkitEnv, validateManifest } from '../../manifest/package';
import { readConfig, readPackageConfig, readServerConfig } from '../../src/config';

/*
 * The Microsoft 365 Agents Toolkit project files (m365agents*.yml, env/, aad.manifest.json, infra/), checked
 * offline: nobody here has an Azure account to run them. The Toolkit's own YAML schema ships only inside its
 * 80 MB CLI, so the actions we use are described below from its published v1.11 schema (required and
 * allowed fields), and every `${{VAR}}` is traced to the env file or the earlier action that writes it.
 */
const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const VERSION = (JSON.parse(read('package.json')) as { version: string }).version;

type Action = { uses: string; name?: string; env?: Record<string, string>; with?: Record<string, unknown>; writeToEnvironmentFile?: Record<string, string> };
type Project = { version: string; environmentFolderPath: string; provision: Action[]; deploy?: Action[]; publish?: Action[] };
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ENV_VAR = { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' };
const SECRET_VAR = { type: 'string', pattern: '^SECRET_[A-Z0-9_]+$' };
const str = { type: 'string' };

/** One action: its `with` fields (required ones marked `!`) and what it may write to the env file. */
function action(uses: string, withFields: Record<string, object>, write?: { required: string[]; fields: Record<string, object> }): object {
  const required = Object.keys(withFields)
    .filter((k) => k.endsWith('!'))
    .map((k) => k.slice(0, -1));
  const props = Object.fromEntries(Object.entries(withFields).map(([k, v]) => [k.replace(/!$/, ''), v]));
  return {
    type: 'object',
    additionalProperties: false,
    required: ['uses', 'with', ...(write ? ['writeToEnvironmentFile'] : [])],
    properties: {
      uses: { const: uses },
      name: str,
      env: { type: 'object', additionalProperties: str },
      with: { type: 'object', additionalProperties: false, required, properties: props },
      ...(write ? { writeToEnvironmentFile: { type: 'object', additionalProperties: false, required: write.required, properties: write.fields } } : {}),
    },
  };
}

const ACTIONS: Record<string, object> = {
  'teamsApp/create': action('teamsApp/create', { 'name!': str }, { required: ['teamsAppId'], fields: { teamsAppId: ENV_VAR, teamsAppTenantId: ENV_VAR } }),
  'aadApp/create': action(
    'aadApp/create',
    {
      'name!': str,
      'generateClientSecret!': { const: true },
      'signInAudience!': { enum: ['AzureADMyOrg', 'AzureADMultipleOrgs', 'AzureADandPersonalMicrosoftAccount', 'PersonalMicrosoftAccount'] },
      generateServicePrincipal: { type: 'boolean' },
      serviceManagementReference: str,
      clientSecretExpireDays: { type: 'integer', minimum: 1 },
      clientSecretDescription: str,
    },
    {
      required: ['clientId', 'objectId', 'clientSecret'],
      fields: { clientId: ENV_VAR, objectId: ENV_VAR, clientSecret: SECRET_VAR, tenantId: ENV_VAR, authority: ENV_VAR, authorityHost: ENV_VAR },
    },
  ),
  'aadApp/update': action('aadApp/update', { 'manifestPath!': str, 'outputFilePath!': str }),
  'arm/deploy': action('arm/deploy', {
    'subscriptionId!': str,
    'resourceGroupName!': str,
    bicepCliVersion: str,
    'templates!': {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'deploymentName'],
        properties: { path: str, parameters: str, deploymentName: str },
      },
    },
  }),
  'cli/runNpmCommand': action('cli/runNpmCommand', { 'args!': str, workingDirectory: str }),
  script: action('script', { 'run!': str, workingDirectory: str, shell: str, timeout: { type: 'number' }, redirectTo: str }),
  'botFramework/create': action('botFramework/create', {
    'botId!': str,
    'name!': str,
    'messagingEndpoint!': str,
    description: str,
    iconUrl: str,
    channels: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: { name: { enum: ['msteams', 'm365extensions'] }, callingWebhook: str },
      },
    },
  }),
  'teamsApp/validateManifest': action('teamsApp/validateManifest', { 'manifestPath!': str }),
  'teamsApp/zipAppPackage': action('teamsApp/zipAppPackage', { 'manifestPath!': str, 'outputZipPath!': str, 'outputFolder!': str }),
  'teamsApp/validateAppPackage': action('teamsApp/validateAppPackage', { 'appPackagePath!': str }),
  'teamsApp/update': action('teamsApp/update', { 'appPackagePath!': str }),
  'teamsApp/publishAppPackage': action(
    'teamsApp/publishAppPackage',
    { 'appPackagePath!': str },
    { required: ['publishedAppId'], fields: { publishedAppId: ENV_VAR } },
  ),
  'azureAppService/zipDeploy': action('azureAppService/zipDeploy', {
    'artifactFolder!': str,
    'resourceId!': str,
    workingDirectory: str,
    ignoreFile: str,
    dryRun: { type: 'boolean' },
    outputZipFile: str,
  }),
  'file/createOrUpdateEnvironmentFile': action('file/createOrUpdateEnvironmentFile', {
    'target!': str,
    'envs!': { type: 'object', additionalProperties: { type: ['string', 'boolean', 'number'] } },
  }),
};

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const checkAction = Object.fromEntries(Object.entries(ACTIONS).map(([uses, schema]) => [uses, ajv.compile(schema)]));
const checkProject = ajv.compile({
  type: 'object',
  additionalProperties: false,
  required: ['version', 'provision'],
  properties: {
    version: { const: 'v1.11' },
    environmentFolderPath: str,
    provision: { type: 'array', minItems: 1, items: { type: 'object', required: ['uses'], properties: { uses: str } } },
    deploy: { type: 'array', items: { type: 'object', required: ['uses'], properties: { uses: str } } },
    publish: { type: 'array', items: { type: 'object', required: ['uses'], properties: { uses: str } } },
  },
});

/** What the Toolkit would refuse in a project file, as readable lines. */
function structuralErrors(project: unknown): string[] {
  const errors: string[] = [];
  if (!checkProject(project)) errors.push(...(checkProject.errors ?? []).map((e) => `project${e.instancePath} ${e.message}`));
  const p = project as Project;
  for (const stage of ['provision', 'deploy', 'publish'] as const) {
    (p[stage] ?? []).forEach((a, i) => {
      const { uses } = a;
      const check = checkAction[uses];
      if (!check) errors.push(`${stage}[${i}]: unknown action ${uses}`);
      else if (!check(a)) errors.push(...(check.errors ?? []).map((e) => `${stage}[${i}] ${uses}${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`));
    });
  }
  return errors;
}

function readEnvFile(file: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const line of read(file).split('\n')) {
    const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (m) vars.set(m[1]!, m[2]!);
  }
  return vars;
}

const bicep = read('infra/azure.bicep');
const bicepOutputs = [...bicep.matchAll(/^output (\w+) /gm)].map((m) => m[1]!);

/** The command the `script` actions run, and what it writes (from running the real function). */
const TOOLKIT_ENV_SCRIPT = 'node dist/manifest/package.js --toolkit-env';
const SAMPLE = { AAD_APP_CLIENT_ID: '6f1c2e3a-4b5d-4e6f-8a9b-0c1d2e3f4a5b', BOARD_PUBLIC_URL: 'https://board.northmoor.example' };
const scriptWrites = toolkitEnv({ MicrosoftAppId: SAMPLE.AAD_APP_CLIENT_ID, BOARD_PUBLIC_URL: SAMPLE.BOARD_PUBLIC_URL }, VERSION).map(
  (l) => /^::set-teamsfx-env (\w+)=/.exec(l)![1]!,
);

/** Variables an action writes for the ones after it. */
function writes(a: Action): string[] {
  const out = Object.values(a.writeToEnvironmentFile ?? {});
  if (a.uses === 'arm/deploy') out.push(...bicepOutputs);
  if (a.uses === 'script' && a.with?.['run'] === TOOLKIT_ENV_SCRIPT) out.push(...scriptWrites);
  // aadApp/update makes the scope's id when the variable is empty, and saves it.
  if (a.uses === 'aadApp/update') out.push('AAD_APP_ACCESS_AS_USER_PERMISSION_ID');
  return out;
}

/** Variables an action needs: in its own fields, and in the files it fills in. */
function needs(a: Action): string[] {
  const own = placeholders(JSON.stringify({ env: a.env, with: a.with }));
  const w = a.with ?? {};
  const files: string[] = [];
  if (a.uses === 'aadApp/update') files.push(String(w['manifestPath']));
  if (a.uses === 'teamsApp/zipAppPackage' || a.uses === 'teamsApp/validateManifest') files.push(String(w['manifestPath']));
  if (a.uses === 'arm/deploy') files.push(...(w['templates'] as { parameters?: string }[]).flatMap((t) => (t.parameters ? [t.parameters] : [])));
  const inFiles = files.flatMap((f) => placeholders(read(f)));
  // Generated by aadApp/update itself.
  return [...own, ...inFiles].filter((v) => !(a.uses === 'aadApp/update' && v === 'AAD_APP_ACCESS_AS_USER_PERMISSION_ID'));
}

/** Every variable used before anything has written it, as "stage[i] action: VAR" lines. */
function unresolved(project: Project, envFile: Map<string, string>): string[] {
  const all = (['provision', 'deploy', 'publish'] as const).flatMap((s) => project[s] ?? []);
  const writtenAnywhere = new Set(all.flatMap(writes));
  // What the developer sets (or the Toolkit asks for): in the env file and written by no action.
  const settings = [...envFile.keys()].filter((k) => !writtenAnywhere.has(k));
  const problems: string[] = [];
  const afterProvision = new Set<string>(settings);
  for (const stage of ['provision', 'deploy', 'publish'] as const) {
    // deploy and publish run later, with what provision saved to the env file.
    const known = new Set<string>(stage === 'provision' ? settings : afterProvision);
    (project[stage] ?? []).forEach((a, i) => {
      for (const v of needs(a)) if (!known.has(v)) problems.push(`${stage}[${i}] ${a.uses}: ${v}`);
      for (const v of writes(a)) known.add(v);
    });
    if (stage === 'provision') for (const v of known) afterProvision.add(v);
  }
  return problems;
}

const PROJECTS = [
  { file: 'm365agents.yml', env: 'env/.env.dev' },
  { file: 'm365agents.local.yml', env: 'env/.env.local' },
];

describe.each(PROJECTS)('$file', ({ file, env }) => {
  const project = parse(read(file)) as Project;
  const envFile = readEnvFile(env);

  test('every action and field is one the Toolkit defines (schema v1.11), and the file names the same schema', () => {
    expect(structuralErrors(project)).toEqual([]);
    expect(read(file).split('\n')[0]).toBe(`# yaml-language-server: $schema=https://aka.ms/m365-agents-toolkits/${project.version}/yaml.schema.json`);
    expect(project.environmentFolderPath).toBe('./env');
  });

  test('every ${{VAR}} is set in its env file or written by an earlier action; every written one is declared there', () => {
    expect(unresolved(project, envFile)).toEqual([]);
    const all = (['provision', 'deploy', 'publish'] as const).flatMap((s) => project[s] ?? []);
    const undeclared = all.flatMap(writes).filter((v) => !v.startsWith('SECRET_') && !envFile.has(v));
    expect(undeclared).toEqual([]);
  });

  test('secrets stay out of git: SECRET_* only in the ignored .user file, none committed with a value', () => {
    expect([...envFile.keys()].filter((k) => k.startsWith('SECRET_'))).toEqual([]);
    expect(read('.gitignore').split('\n')).toContain('env/.env.*.user');
    expect(read(env)).not.toMatch(/(PASSWORD|SECRET)\w*=\S/);
  });

  test('the files it names exist, and it packages our one manifest template', () => {
    const all = (['provision', 'deploy', 'publish'] as const).flatMap((s) => project[s] ?? []);
    const paths = all.flatMap((a) => {
      const w = a.with ?? {};
      const t = (w['templates'] as { path: string; parameters?: string }[] | undefined) ?? [];
      return [w['manifestPath'], w['ignoreFile'], ...t.flatMap((x) => [x.path, x.parameters])].filter((p): p is string => typeof p === 'string');
    });
    expect(paths.filter((p) => !fs.existsSync(path.join(ROOT, p)))).toEqual([]);
    const manifests = new Set(all.filter((a) => a.uses.startsWith('teamsApp/') && a.with?.['manifestPath']).map((a) => a.with!['manifestPath']));
    expect([...manifests]).toEqual(['./manifest/manifest.template.json']);
    const create = all.find((a) => a.uses === 'aadApp/create')!;
    expect(create.with).toMatchObject({ generateServicePrincipal: true, signInAudience: parse(read('aad.manifest.json'))['signInAudience'] });
  });
});

test('the checker is not a rubber stamp: an unknown action, a misspelt field, a missing one and a bad secret name are reported', () => {
  const project = parse(read('m365agents.yml')) as Project;
  const broken = structuredClone(project);
  broken.provision.push({ uses: 'teamsApp/zip', with: {} });
  const zip = broken.provision.find((a) => a.uses === 'teamsApp/zipAppPackage')!;
  zip.with = { manifestFile: './manifest/manifest.template.json', outputZipPath: 'x.zip', outputFolder: 'x' };
  broken.provision.find((a) => a.uses === 'aadApp/create')!.writeToEnvironmentFile!['clientSecret'] = 'AAD_APP_CLIENT_SECRET';
  const errors = structuralErrors(broken).join('\n');
  expect(errors).toContain('unknown action teamsApp/zip');
  expect(errors).toMatch(/zipAppPackage\/with must NOT have additional properties.*manifestFile/);
  expect(errors).toMatch(/zipAppPackage\/with must have required property 'manifestPath'/);
  expect(errors).toMatch(/aadApp\/create\/writeToEnvironmentFile\/clientSecret must match pattern/);
  // Using a variable before the action that writes it.
  const early = structuredClone(project);
  const update = early.provision.findIndex((a) => a.uses === 'aadApp/update');
  early.provision.unshift(early.provision.splice(update, 1)[0]!);
  expect(unresolved(early, readEnvFile('env/.env.dev'))).toEqual(
    expect.arrayContaining(['provision[0] aadApp/update: AAD_APP_CLIENT_ID', 'provision[0] aadApp/update: BOARD_PUBLIC_HOST']),
  );
});

describe('one manifest template, two routes', () => {
  const appId = SAMPLE.AAD_APP_CLIENT_ID;
  const config = readPackageConfig({ MicrosoftAppId: appId, BOARD_PUBLIC_URL: SAMPLE.BOARD_PUBLIC_URL });

  test('the Toolkit (its ${{VAR}} filled from the env) and `npm run package` make the same valid manifest', async () => {
    const env: Record<string, string> = { ...SAMPLE, TEAMS_APP_ID: appId };
    for (const line of toolkitEnv({ MicrosoftAppId: appId, BOARD_PUBLIC_URL: SAMPLE.BOARD_PUBLIC_URL }, VERSION)) {
      const [name, value] = line.replace('::set-teamsfx-env ', '').split('=') as [string, string];
      env[name] = value;
    }
    const template = read('manifest/manifest.template.json');
    expect(placeholders(template).filter((v) => !(v in env))).toEqual([]);
    const byToolkit = JSON.parse(template.replace(/\$\{\{(\w+)\}\}/g, (_w, k: string) => env[k]!)) as Json;
    expect(await validateManifest(byToolkit)).toEqual([]);
    expect(byToolkit).toEqual(buildManifest(config, VERSION));
    // The icons are beside the template, where the Toolkit looks for them.
    for (const icon of Object.values(byToolkit['icons'] as Record<string, string>)) expect(fs.existsSync(path.join(ROOT, 'manifest', icon))).toBe(true);
  });

  test('the script step refuses what `npm run package` refuses, in the same words', () => {
    expect(toolkitEnv({ MicrosoftAppId: appId, BOARD_PUBLIC_URL: 'https://board.northmoor.example' }, '1.2.3')).toEqual([
      '::set-teamsfx-env BOARD_PUBLIC_HOST=board.northmoor.example',
      '::set-teamsfx-env APP_VERSION=1.2.3',
    ]);
    expect(() => toolkitEnv({ MicrosoftAppId: appId, BOARD_PUBLIC_URL: '' }, '1.2.3')).toThrow(
      'BOARD_PUBLIC_URL (the https address Teams reaches the server at) is not set',
    );
    expect(() => toolkitEnv({ MicrosoftAppId: appId, BOARD_PUBLIC_URL: 'http://localhost:3978' }, '1.2.3')).toThrow('must be an https address with no path');
  });

  test('aad.manifest.json exposes access_as_user at the address the tab asks for, pre-authorising the Teams clients', () => {
    const aad = parse(read('aad.manifest.json')) as Json;
    const scopeId = '${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}';
    // Microsoft's Teams tab SSO guide: desktop and mobile, and web.
    const TEAMS_CLIENTS = ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', '5e3ce6c0-2b1f-4285-8d4b-75ee78787346'];
    const check = new Ajv({ allErrors: true }).compile({
      type: 'object',
      required: ['id', 'appId', 'displayName', 'signInAudience', 'identifierUris', 'api'],
      properties: {
        id: { const: '${{AAD_APP_OBJECT_ID}}' },
        appId: { const: '${{AAD_APP_CLIENT_ID}}' },
        identifierUris: { type: 'array', items: { type: 'string', pattern: '^api://' }, minItems: 1 },
        api: {
          type: 'object',
          required: ['requestedAccessTokenVersion', 'oauth2PermissionScopes', 'preAuthorizedApplications'],
          properties: {
            requestedAccessTokenVersion: { const: 2 },
            oauth2PermissionScopes: {
              type: 'array',
              contains: {
                type: 'object',
                required: ['id', 'value', 'type', 'isEnabled', 'adminConsentDisplayName', 'adminConsentDescription'],
                properties: { id: { const: scopeId }, value: { const: 'access_as_user' }, type: { const: 'User' }, isEnabled: { const: true } },
              },
            },
            preAuthorizedApplications: {
              type: 'array',
              items: { type: 'object', required: ['appId', 'delegatedPermissionIds'], properties: { delegatedPermissionIds: { const: [scopeId] } } },
            },
          },
        },
      },
    });
    expect(check(aad) ? [] : check.errors).toEqual([]);
    expect((aad['api']['preAuthorizedApplications'] as { appId: string }[]).map((a) => a.appId).sort()).toEqual([...TEAMS_CLIENTS].sort());
    // Filled in as the Toolkit would, the identifier URI is the resource the app manifest gives the tab.
    const filled = aad['identifierUris'][0].replace('${{BOARD_PUBLIC_HOST}}', config.host).replace('${{AAD_APP_CLIENT_ID}}', appId);
    expect(filled).toBe((buildManifest(config, VERSION)['webApplicationInfo'] as { resource: string }).resource);
  });
});

describe('infra/azure.bicep', () => {
  const params = [...bicep.matchAll(/^param (\w+) (\w+)( = .*)?$/gm)].map((m) => ({ name: m[1]!, hasDefault: Boolean(m[3]) }));
  const settingsBlock = /resource appSettings 'Microsoft\.Web\/sites\/config@[\d-]+' = \{[\s\S]*?properties: \{([\s\S]*?)\n {2}\}/.exec(bicep)![1]!;
  const settings = Object.fromEntries([...settingsBlock.matchAll(/^ {4}(\w+): (.+)$/gm)].map((m) => [m[1]!, m[2]!.trim()]));
  const configSource = read('src/config.ts');
  const readByConfig = new Set([...configSource.matchAll(/env\['(\w+)'\]|get\('(\w+)'\)/g)].map((m) => m[1] ?? m[2]!));

  test('its parameters file gives every parameter without a default, and nothing else', () => {
    const given = Object.keys((JSON.parse(read('infra/azure.parameters.json')) as { parameters: Record<string, unknown> }).parameters);
    expect(given.filter((g) => !params.some((p) => p.name === g))).toEqual([]);
    expect(params.filter((p) => !p.hasDefault && !given.includes(p.name)).map((p) => p.name)).toEqual([]);
    expect(bicep).toMatch(/@secure\(\)\n(@description\([^\n]*\)\n)?param botAppPassword string/);
  });

  test('the App Service settings are the variables src/config.ts reads, enough for a production start with the library under /home', () => {
    const ours = Object.keys(settings).filter((k) => !/^(WEBSITE_|WEBSITES_|SCM_)/.test(k));
    expect(ours.filter((k) => !readByConfig.has(k))).toEqual([]);
    expect(ours.sort()).toEqual([
      'BOARD_ALLOWED_TENANTS',
      'BOARD_DB',
      'BOARD_PUBLIC_URL',
      'MicrosoftAppId',
      'MicrosoftAppPassword',
      'MicrosoftAppTenantId',
      'MicrosoftAppType',
    ]);
    expect(settings['MicrosoftAppPassword']).toBe('botAppPassword');
    // Each setting as App Service would see it, with the parameters filled in.
    const sample: Record<string, string> = {
      botAppId: SAMPLE.AAD_APP_CLIENT_ID,
      botAppPassword: 'from-the-secure-parameter',
      botTenantId: '0b7e1f4c-2d3a-4b5c-8d9e-0f1a2b3c4d5e',
      allowedTenants: '',
      "'https://${webApp.properties.defaultHostName}'": 'https://board123.azurewebsites.net',
    };
    const env = Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, sample[v] ?? v.replace(/^'(.*)'$/, '$1')]));
    const server = readServerConfig({ ...env, PORT: '8080' });
    expect(server).toMatchObject({
      mode: 'production',
      host: '0.0.0.0',
      appType: 'SingleTenant',
      allowedTenants: ['0b7e1f4c-2d3a-4b5c-8d9e-0f1a2b3c4d5e'],
      publicUrl: 'https://board123.azurewebsites.net',
    });
    expect(readConfig(env).dbPath).toMatch(/^\/home\/.+\.db$/);
  });

  test('Linux, Node 20, always on, HTTPS only; the Azure Bot is single-tenant on the same app, with the Teams channel, at the site', () => {
    expect(bicep).toMatch(/linuxFxVersion: 'NODE\|20-lts'/);
    expect(bicep).toMatch(/alwaysOn: true/);
    expect(bicep).toMatch(/httpsOnly: true/);
    expect(bicep).toMatch(/reserved: true/);
    expect(bicep).toMatch(/msaAppId: botAppId\n\s+msaAppType: 'SingleTenant'\n\s+msaAppTenantId: botTenantId/);
    expect(bicep).toMatch(/channelName: 'MsTeamsChannel'/);
    expect(bicep).toContain(`endpoint: ${settings['BOARD_PUBLIC_URL']!.slice(0, -1)}/api/messages'`);
    expect(bicepOutputs).toEqual(expect.arrayContaining(['AZURE_APP_SERVICE_RESOURCE_ID', 'BOARD_PUBLIC_URL']));
  });
});

test('m365agents.local.yml writes a .env that `npm start` accepts for production behind the tunnel', () => {
  const local = parse(read('m365agents.local.yml')) as Project;
  const write = (local.deploy ?? []).find((a) => a.uses === 'file/createOrUpdateEnvironmentFile')!;
  expect(write.with!['target']).toBe('./.env');
  const values: Record<string, string> = {
    ...SAMPLE,
    AAD_APP_TENANT_ID: '0b7e1f4c-2d3a-4b5c-8d9e-0f1a2b3c4d5e',
    SECRET_AAD_APP_CLIENT_SECRET: 'x',
    BOARD_ALLOWED_TENANTS: '',
  };
  const env = Object.fromEntries(
    Object.entries(write.with!['envs'] as Record<string, unknown>).map(([k, v]) => [k, String(v).replace(/\$\{\{(\w+)\}\}/g, (_w, n: string) => values[n]!)]),
  );
  expect(readServerConfig(env)).toMatchObject({
    mode: 'production',
    host: '127.0.0.1',
    port: 3978,
    publicUrl: SAMPLE.BOARD_PUBLIC_URL,
    appId: SAMPLE.AAD_APP_CLIENT_ID,
  });
});
