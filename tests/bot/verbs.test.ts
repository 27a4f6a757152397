import * as fs from 'node:fs';
import * as path from 'node:path';

import { FEATURES, registerFeatures } from '../../bot/features';
import { Router } from '../../bot/router';
import type { CardName } from '../../cards/models';
import { CARD_NAMES, loadTemplate } from '../../cards/render';
import { INTENT_LABELS } from '../../src/answers/answer';
import type { Library } from '../../src/library/library';

/** Every "verb" a template's buttons carry (Action.Execute and its Action.Submit fallback alike). */
function verbsIn(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) verbsIn(n, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'verb' && typeof v === 'string') out.add(v);
      else verbsIn(v, out);
    }
  }
  return out;
}

// Registering reads nothing from the library; the handlers are not run here.
const router = registerFeatures(new Router({} as Library));
const handled = new Set<string>(router.handledVerbs());
const declared = new Map<string, readonly CardName[]>(Object.values(FEATURES).flatMap((f) => Object.entries(f.VERBS)));
const templates = new Map(CARD_NAMES.map((name) => [name, verbsIn(loadTemplate(name))]));
const PLACEHOLDER = '${verb}';

describe('card verbs and their handlers', () => {
  test('every verb a template uses has a handler', () => {
    const missing = [...templates].flatMap(([name, verbs]) => [...verbs].filter((v) => v !== PLACEHOLDER && !handled.has(v)).map((v) => `${name}: ${v}`));
    expect(missing).toEqual([]);
  });

  test('every handled verb is declared by its feature, and every declared verb is handled', () => {
    expect([...handled].filter((v) => !declared.has(v))).toEqual([]);
    expect([...declared.keys()].filter((v) => !handled.has(v))).toEqual([]);
  });

  test('every handled verb appears in a template its feature names (literally, or through the template’s ${verb})', () => {
    const absent = [...declared].flatMap(([verb, names]) => {
      if (!names.length) return [`${verb}: names no template`];
      return names.filter((n) => !templates.get(n)?.has(verb) && !templates.get(n)?.has(PLACEHOLDER)).map((n) => `${verb}: not in ${n}`);
    });
    expect(absent).toEqual([]);
  });

  test('a verb shown only through ${verb} is named by a template that has the placeholder', () => {
    const literal = new Set([...templates.values()].flatMap((v) => [...v]));
    const viaData = [...declared.keys()].filter((v) => !literal.has(v));
    for (const v of viaData) expect(declared.get(v)!.some((n) => templates.get(n)!.has(PLACEHOLDER))).toBe(true);
  });

  test('every intent the classifier can give has a card', () => {
    const intents = new Set<string>(router.handledIntents());
    expect(Object.keys(INTENT_LABELS).filter((i) => !intents.has(i))).toEqual([]);
  });

  test('a second handler for the same verb is refused at start-up', () => {
    expect(() => registerFeatures(new Router({} as Library)).verb('action.view', () => ({ type: 'AdaptiveCard', version: '1.5' }))).toThrow(/two handlers/);
  });
});

describe('the Teams layer is sealed from the database', () => {
  const root = path.resolve(__dirname, '../../bot');
  const files = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

  test('no file under bot/ holds the database or writes SQL', () => {
    const offenders = files(root).flatMap((f) => {
      const text = fs.readFileSync(f, 'utf8');
      const hits = [/\.db\b/, /\.prepare\(/, /better-sqlite3/, /\b(?:SELECT\s+[\s\S]{0,200}?\bFROM|INSERT\s+INTO|DELETE\s+FROM|UPDATE\s+\w+\s+SET)\b/].filter(
        (re) => re.test(text),
      );
      return hits.length ? [`${path.relative(root, f)}: ${hits.map(String).join(' ')}`] : [];
    });
    expect(offenders).toEqual([]);
  });
});
