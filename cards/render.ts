import * as fs from 'node:fs';
import * as path from 'node:path';

import type { CardModels, CardName } from './models';
import { compileTemplate } from './template';

export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

const templates = new Map<CardName, (data: unknown) => unknown>();

/** Where the JSON templates live, from the source tree or the compiled one. */
export function templatesDir(): string {
  const candidates = [path.join(__dirname, 'templates'), path.resolve(__dirname, '../../cards/templates')];
  const found = candidates.find((c) => fs.existsSync(path.join(c, 'notice.json')));
  if (!found) throw new Error('the card templates (cards/templates) are missing from this installation');
  return found;
}

export const CARD_NAMES: CardName[] = [
  'actions',
  'action',
  'action-update',
  'meeting',
  'tally',
  'results',
  'level',
  'notice',
  'help',
  'choose-board',
  'review',
  'review-add',
  'review-merge',
];

/**
 * Renders a card from its template and typed data. Text from documents and members is data,
 * never template: a "${…}" someone typed is shown as typed, not evaluated.
 */
export function renderCard<N extends CardName>(name: N, data: CardModels[N]): AdaptiveCardJson {
  let template = templates.get(name);
  if (!template) {
    template = compileTemplate(loadTemplate(name));
    templates.set(name, template);
  }
  return template(defuse(data)) as AdaptiveCardJson;
}

export function loadTemplate(name: CardName): unknown {
  return JSON.parse(fs.readFileSync(path.join(templatesDir(), `${name}.json`), 'utf8'));
}

/**
 * Neutralises template syntax inside data strings ("${" becomes "$\u200b{"). Our expander never
 * evaluates data, but a card may pass through other templating on its way to a screen.
 */
export function defuse<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/\$\{/g, '$\u200b{') as unknown as T;
  if (Array.isArray(value)) return value.map(defuse) as unknown as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = defuse(v);
    return out as T;
  }
  return value;
}
