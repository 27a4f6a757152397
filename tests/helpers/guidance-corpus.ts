import * as fs from 'node:fs';
import * as path from 'node:path';

import { answer } from '../../src/answers/answer';
import { answerContact, answerLevel, answerWhichLevel } from '../../src/answers/levels';
import type { GuidanceModel } from '../../src/guidance/model';
import type { Library } from '../../src/library/library';
import { OPERATOR } from '../../src/library/scope';
import { normaliseChars, squash } from '../../src/util/text';
import { CORPUS } from './corpus';

/** The shared threshold guidance (read in place, never copied) and its hand labels. */
export const GUIDANCE = path.join(CORPUS, 'guidance');

export interface GoldLevel {
  n: number;
  name: string | null;
  headingAsWritten: string | null;
  definitionHas: string[];
}
export interface GoldDoc {
  area: string;
  levels: GoldLevel[];
  indicators: { level: number; domain: string; has: string }[];
  contacts: { what: string; has: string }[];
}
export interface GoldQuestion {
  q: string;
  doc: string;
  has: string[];
  kind: string;
  expectedLevel?: number;
}

export const guidanceGold = (): Record<string, GoldDoc> => JSON.parse(fs.readFileSync(path.join(GUIDANCE, 'gold.json'), 'utf8')).documents;
export const guidanceQuestions = (): GoldQuestion[] => JSON.parse(fs.readFileSync(path.join(GUIDANCE, 'questions.json'), 'utf8')).questions;

/** Every file of the folder: each document's text and its PDF / DOCX renditions. */
export const guidanceFiles = (): string[] =>
  fs
    .readdirSync(GUIDANCE)
    .filter((f) => /\.(txt|pdf|docx)$/.test(f))
    .sort();

/** The text of the answer the question's kind goes to: which-level, contact or level (and indicator), else the chat answer. */
export async function answerByKind(library: Library, q: GoldQuestion): Promise<string> {
  if (q.kind === 'which-level') return (await answerWhichLevel(library.store, q.q, null)).text;
  if (q.kind === 'contact') return (await answerContact(library.store, q.q, null)).text;
  if (q.kind === 'level-definition' || q.kind === 'indicator') return (await answerLevel(library.store, q.q, null)).text;
  return (await answer(library, q.q, OPERATOR)).text;
}

export const fold = (s: string) => squash(normaliseChars(s).normalize('NFKC')).toLowerCase();
export const digits = (s: string) => s.replace(/\D/g, '');

/** Which labels of one document a model meets: each label checked on its own, so a miss names itself. */
export function meetGold(model: GuidanceModel, gold: GoldDoc): { passed: string[]; failed: string[] } {
  const passed: string[] = [];
  const failed: string[] = [];
  const check = (ok: boolean, what: string) => (ok ? passed : failed).push(what);
  for (const gl of gold.levels) {
    const l = model.levels.find((x) => x.n === gl.n);
    if (gl.headingAsWritten === null) {
      check(!l || !l.name || l.missing, `level ${gl.n} is not in the text`);
      continue;
    }
    check(Boolean(l), `level ${gl.n} found`);
    if (!l) continue;
    check(fold(l.name ?? '') === fold(gl.name ?? ''), `level ${gl.n} named ${JSON.stringify(gl.name)} (got ${JSON.stringify(l.name)})`);
    for (const d of gl.definitionHas) check(fold(l.definition).includes(fold(d)), `level ${gl.n} definition has "${d}"`);
  }
  const order = model.levels.map((l) => l.n);
  check(
    order.every((n, i) => i === 0 || n >= order[i - 1]!),
    'levels in order',
  );
  for (const gi of gold.indicators) {
    const l = model.levels.find((x) => x.n === gi.level);
    const items = l ? l.indicators.flatMap((d) => d.items) : [];
    check(
      Boolean(l) && (items.some((it) => fold(it).includes(fold(gi.has))) || fold(l!.definition).includes(fold(gi.has))),
      `level ${gi.level} indicator "${gi.has}"`,
    );
  }
  for (const c of gold.contacts) {
    const ok = model.contacts.some((x) =>
      /\d{5}/.test(digits(c.has))
        ? digits(x.number ?? '') === digits(c.has) || digits(x.line).includes(digits(c.has))
        : fold(`${x.service} ${x.line}`).includes(fold(c.has)),
    );
    check(ok, `contact ${c.what}: ${c.has}`);
  }
  return { passed, failed };
}
