import * as fs from 'node:fs';
import * as path from 'node:path';

import { Activity, TestAdapter } from 'botbuilder';
import pino from 'pino';

import { BoardBot } from '../../bot/board-bot';
import type { DownloadPolicy } from '../../bot/download';
import { readServerConfig, type ServerConfig } from '../../src/config';
import { demoLibraryPath } from '../../src/demo';
import type { Library } from '../../src/library/library';
import { importRoster } from '../../src/library/roster';
import { tempLibrary } from '../helpers/corpus';

export const DEV: ServerConfig = readServerConfig({ PORT: '0' });

/** The one tenant the production-mode tests admit. */
export const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

/** Production mode as a multi-tenant app that admits TENANT only (the id and secret are made up). */
export const PROD: ServerConfig = {
  ...DEV,
  mode: 'production',
  appId: '12345678-1234-1234-1234-123456789012',
  appPassword: 'not-a-real-secret',
  appType: 'MultiTenant',
  allowedTenants: [TENANT],
};

/** Uploads from a test server on loopback, over http: the stand-in for SharePoint in tests. */
export const LOOPBACK_DOWNLOADS: DownloadPolicy = {
  hosts: ['127.0.0.1'],
  protocols: ['http:'],
  resolve: async (host) => [{ address: host, family: 4 }],
  addressAllowed: (a) => a === '127.0.0.1',
};

export type Card = Record<string, unknown> & { body: unknown[]; actions?: unknown[] };

/** Drives the bot in-process with botbuilder's TestAdapter, as a named Teams user. */
export class BotHarness {
  readonly adapter: TestAdapter;
  readonly bot: BoardBot;

  constructor(
    readonly library: Library,
    config: ServerConfig = DEV,
    download?: DownloadPolicy,
  ) {
    this.bot = new BoardBot(library, config, pino({ level: 'silent' }), download, async (reference, activity) => {
      this.proactive.push({ to: reference.user?.name ?? '', activity: activity as Partial<Activity> });
    });
    this.adapter = new TestAdapter(async (ctx) => this.bot.run(ctx));
    const update = this.adapter.updateActivity.bind(this.adapter);
    this.adapter.updateActivity = async (ctx, activity) => {
      this.updated.push(activity);
      return update(ctx, activity);
    };
  }

  /** Messages the bot sent outside a turn (an upload's review, a proposal's outcome), oldest first. */
  readonly proactive: { to: string; activity: Partial<Activity> }[] = [];

  /** Cards the bot replaced in place (Teams' updateActivity), newest last. */
  readonly updated: Partial<Activity>[] = [];

  private base(name: string, extra: Partial<Activity> = {}): Partial<Activity> {
    return {
      channelId: 'msteams',
      from: { id: `29:${name.replace(/\W/g, '')}`, name, ...((extra.from as object) ?? {}) },
      conversation: { id: `a:${name.replace(/\W/g, '')}`, conversationType: 'personal', isGroup: false, name: '' },
      recipient: { id: '28:bot', name: 'Board assistant' },
      ...extra,
    } as Partial<Activity>;
  }

  /** Sends a message (text or an Action.Submit value) and returns the replies. */
  async say(name: string, text: string, extra: Partial<Activity> = {}): Promise<Partial<Activity>[]> {
    this.adapter.activeQueue.splice(0);
    await this.adapter.processActivity({ ...this.base(name, extra), type: 'message', text, ...extra } as Partial<Activity>);
    return this.adapter.activeQueue.splice(0);
  }

  /** Presses an Action.Execute button: returns the card that replaces it. */
  async press(name: string, verb: string, data: Record<string, unknown>, extra: Partial<Activity> = {}): Promise<Card> {
    this.adapter.activeQueue.splice(0);
    await this.adapter.processActivity({
      ...this.base(name, extra),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb, data } },
    } as Partial<Activity>);
    const replies = this.adapter.activeQueue.splice(0);
    const response = replies.find((r) => r.type === 'invokeResponse');
    const body = (response?.value as { body?: { statusCode: number; type: string; value: Card } })?.body;
    if (!body || body.type !== 'application/vnd.microsoft.card.adaptive')
      throw new Error(`no card came back for ${verb}: ${JSON.stringify(replies).slice(0, 500)}`);
    return body.value;
  }

  async invoke(name: string, invokeName: string, value: unknown): Promise<unknown> {
    this.adapter.activeQueue.splice(0);
    await this.adapter.processActivity({ ...this.base(name), type: 'invoke', name: invokeName, value } as Partial<Activity>);
    const response = this.adapter.activeQueue.splice(0).find((r) => r.type === 'invokeResponse');
    return (response?.value as { body?: unknown })?.body;
  }
}

export function cardOf(reply: Partial<Activity> | undefined): Card {
  const content = reply?.attachments?.[0]?.content as Card | undefined;
  if (!content) throw new Error(`not a card: ${JSON.stringify(reply).slice(0, 300)}`);
  return content;
}

/** All the text a card shows, for assertions. */
export function textOf(card: unknown): string {
  const out: string[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      for (const k of ['text', 'title', 'value', 'label']) if (typeof o[k] === 'string') out.push(o[k] as string);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out.join('\n');
}

/** The data of the first button with this verb. */
export function buttonData(card: unknown, verb: string): Record<string, unknown> {
  let found: Record<string, unknown> | null = null;
  const walk = (n: unknown) => {
    if (found) return;
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o['type'] === 'Action.Execute' && o['verb'] === verb) found = o['data'] as Record<string, unknown>;
      else Object.values(o).forEach(walk);
    }
  };
  walk(card);
  if (!found) throw new Error(`no ${verb} button`);
  return found;
}

/** The data of every Action.Execute button, in order. */
export function buttons(card: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o['type'] === 'Action.Execute') found.push(o['data'] as Record<string, unknown>);
      else Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return found;
}

/** The demo roster (Joanne Whitaker is the clerk), as `board members import` reads it. */
export const DEMO_ROSTER = fs.readFileSync(path.resolve(__dirname, '../../src/demo/roster.csv'), 'utf8');

/** The demo library on a fresh database (today 2026-11-24) with a roster, behind the bot. */
export async function demoBot(roster = DEMO_ROSTER): Promise<{ library: Library; h: BotHarness }> {
  const library = tempLibrary('2026-11-24');
  await library.ingest([demoLibraryPath()]);
  await importRoster(library.store, roster, 'test', '2026-11-24T09:00:00Z');
  return { library, h: new BotHarness(library) };
}
