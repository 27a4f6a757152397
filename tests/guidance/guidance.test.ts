import * as fs from 'node:fs';
import * as path from 'node:path';

import { registerFeatures } from '../../bot/features';
import { Router } from '../../bot/router';
import { answer } from '../../src/answers/answer';
import { answerContact, answerLevel, answerWhichLevel } from '../../src/answers/levels';
import { demoLibraryPath } from '../../src/demo';
import { buildGuidance } from '../../src/guidance/build';
import { loadGuidance } from '../../src/guidance/library';
import { readFile } from '../../src/ingest/readers';
import { Library } from '../../src/library/library';
import { askerNamed } from '../../src/library/roster';
import { OPERATOR } from '../../src/library/scope';
import { tempLibrary } from '../helpers/corpus';
import { answerByKind, fold, GUIDANCE, guidanceFiles, guidanceGold, guidanceQuestions, meetGold } from '../helpers/guidance-corpus';

const limits = { maxFileBytes: 64 * 1024 * 1024, pdfTimeoutMs: 60000 };
const base = (f: string) => f.replace(/\.\w+$/, '');
const has = (text: string, wanted: string[]) => wanted.every((h) => fold(text).includes(fold(h)));

interface Situation {
  doc: string;
  q: string;
  atLeast: number;
}
const SAFETY: Situation[] = JSON.parse(fs.readFileSync(path.join(__dirname, '../gold/guidance-safety.json'), 'utf8')).situations;

/** Every which-level answer ends with the partnership's words on judgement, its route and 999. */
function expectCaveat(text: string): void {
  expect(text).toMatch(/judgement|fixed measure|taken literally|not always be clear/i);
  expect(text).toMatch(/If you are worried, contact .*(?:\d{3,}|Team|Hub|Door)/);
  expect(text).toMatch(/If a child is at immediate risk, call 999\.$/);
}

describe('each document and rendition meets the hand labels', () => {
  const gold = guidanceGold();
  const results: { file: string; passed: number; failed: string[] }[] = [];
  beforeAll(async () => {
    for (const f of guidanceFiles()) {
      const r = await readFile(path.join(GUIDANCE, f), limits);
      const m = meetGold(buildGuidance(r.blocks, f, null), gold[base(f)]!);
      results.push({ file: f, passed: m.passed.length, failed: m.failed });
    }
  });

  test('every file of the folder is read, text and renditions alike', () => {
    expect(results.length).toBe(guidanceFiles().length);
    expect(results.filter((r) => /\.(pdf|docx)$/.test(r.file)).length).toBeGreaterThanOrEqual(5);
  });

  test('in every document the levels are recognised: each level found, named as written, in order', () => {
    const levelMisses = results.flatMap((r) =>
      r.failed.filter((f) => /^level \d+ (?:found|named)|levels in order|is not in the text/.test(f)).map((f) => `${r.file}: ${f}`),
    );
    expect(levelMisses).toEqual([]);
  });

  test('definitions, indicators by level and contact routes: at least 99% of the labels in every rendition', () => {
    const passed = results.reduce((n, r) => n + r.passed, 0);
    const failed = results.flatMap((r) => r.failed.map((f) => `${r.file}: ${f}`));
    expect(passed / (passed + failed.length)).toBeGreaterThanOrEqual(0.99);
    // At most one label missed in any one file, whichever reader (text, Word, PDF tables) produced its blocks.
    for (const r of results) expect({ file: r.file, failed: r.failed.length > 1 ? r.failed : [] }).toEqual({ file: r.file, failed: [] });
  });
});

describe('several partnerships in one library', () => {
  let library: Library;
  beforeAll(async () => {
    library = tempLibrary();
    await library.ingest(
      guidanceFiles()
        .filter((f) => f.endsWith('.txt'))
        .map((f) => path.join(GUIDANCE, f)),
    );
  });
  afterAll(() => library.close());

  test('each guidance document is stored at ingest with its partnership and scheme', async () => {
    const stored = await loadGuidance(library.store);
    const byDoc = new Map(stored.map((g) => [base(g.document), g.model]));
    const gold = guidanceGold();
    for (const [doc, g] of Object.entries(gold)) {
      const m = byDoc.get(doc);
      expect(m).toBeDefined();
      // The partnership by name (never the file name), one of the places the labels give.
      const areaWords = new Set(fold(g.area).split(/[^a-z]+/));
      expect(
        fold(m!.partnership)
          .split(/[^a-z]+/)
          .filter((w) => w.length > 3 && !areaWords.has(w)),
      ).toEqual([]);
      expect(m!.levels.length).toBeGreaterThanOrEqual(2);
    }
  });

  test('a question naming an area is answered from that area’s guidance, and says whose it is', async () => {
    const cornwall = await answerLevel(library.store, 'what is level 3 in cornwall?', null);
    expect(cornwall.partnership).toMatch(/Cornwall/);
    expect(cornwall.text).toMatch(/^Cornwall and Isles of Scilly’s guidance — Level 3 Complex/);
    const suffolk = await answerLevel(library.store, 'what is level 3 in suffolk?', null);
    expect(suffolk.text).toMatch(/^Suffolk’s guidance — Level 3: Medium Risk/);
    expect((await answerContact(library.store, 'out of hours number for bournemouth/poole?', null)).text).toContain('01202 657279');
    expect((await answerContact(library.store, 'out of hours number in cornwall?', null)).text).toContain('01208 251300');
  });

  test('"tier 2" means the tier scheme where the partnership counts tiers; "level 5" the five-level one', async () => {
    expect((await answerLevel(library.store, 'what does tier 2 mean in trafford', null)).text).toContain('Tier 2 Targeted and coordinated');
    expect((await answerLevel(library.store, 'what is level 5 in trafford', null)).text).toContain('Level 5 - Child Protection');
  });

  const questions = guidanceQuestions();

  test('level, indicator, which-level and contact questions: at least 0.85 of answers contain the answer', async () => {
    const asked = questions.filter((q) => ['level-definition', 'indicator', 'which-level', 'contact'].includes(q.kind));
    const right: typeof questions = [];
    for (const q of asked) if (has(await answerByKind(library, q), q.has)) right.push(q);
    expect(right.length / asked.length).toBeGreaterThanOrEqual(0.85);
  });

  test('asked in chat as members write them, most answers contain the answer', async () => {
    const right: typeof questions = [];
    for (const q of questions) if (has((await answer(library, q.q, OPERATOR)).text, q.has)) right.push(q);
    // Measured 0.98 (59 of 60): the answer's lead sentence is chosen to hold the answer, not the query's words.
    expect(right.length / questions.length).toBeGreaterThanOrEqual(0.85);
  });

  test('no which-level question is placed lower than the guidance places it, and each answer carries the caveat', async () => {
    for (const q of questions.filter((x) => x.kind === 'which-level')) {
      const a = await answerWhichLevel(library.store, q.q, null);
      // Names the question when it is given no level at all.
      expect({ q: q.q, placed: a.placed[0] }).toEqual({ q: q.q, placed: expect.any(Number) });
      expect(a.placed[0]).toBeGreaterThanOrEqual(q.expectedLevel!);
      expectCaveat(a.text);
    }
  });

  test.each(SAFETY.filter((s) => s.doc !== 'demo').map((s) => [s.q, s.atLeast] as const))(
    'safety: "%s" is placed at level %d or higher',
    async (q, atLeast) => {
      const a = await answerWhichLevel(library.store, q, null);
      expect(a.placed.length).toBeGreaterThan(0);
      expect(a.placed[0]).toBeGreaterThanOrEqual(atLeast);
      expect(a.text).toContain('“');
      expectCaveat(a.text);
    },
  );

  test('a situation the guidance does not cover is not given a level: it says so and shows the nearest indicators', async () => {
    const a = await answerWhichLevel(library.store, 'suffolk: which level is a child who likes football and piano lessons?', null);
    expect(a.placed).toEqual([]);
    expect(a.text).toMatch(/^I can’t place that at a level from Suffolk’s guidance/);
    expectCaveat(a.text);
  });

  test('contact questions give the number itself', async () => {
    expect((await answer(library, 'MARU number pls', OPERATOR)).text).toMatch(/0300 123 1116|0300 1231 116/);
    expect((await answer(library, 'bradford EDT number', OPERATOR)).text).toContain('01274 431010');
    expect((await answer(library, 'who do i ring out of hours in cheshire west and chester', OPERATOR)).text).toContain('01244 977277');
  });
});

describe('the demo guide', () => {
  let library: Library;
  beforeAll(async () => {
    library = tempLibrary();
    await library.ingest([demoLibraryPath()]);
  });
  afterAll(() => library.close());

  test('"which level is a 15 yr old who keeps going missing overnight?" is not Level 2: repeated missing is 3–4', async () => {
    const a = await answer(library, 'which level is a 15 yr old who keeps going missing overnight?', OPERATOR);
    expect(a.intent).toBe('which-level');
    expect(a.level!.number).toBeGreaterThanOrEqual(3);
    expect(a.text).toMatch(/Level 4 – Specialist and Statutory/);
    expect(a.text).toContain('missing from home or care repeatedly');
    expectCaveat(a.text);
  });

  test('the Teams card keeps the caveat, the route and 999', async () => {
    const member = { name: 'Priya Sandhu', personKey: null, role: 'member' as const, boards: [], fromRoster: false };
    const card = JSON.stringify(await registerFeatures(new Router(library)).forText(member, 'which level is a 15 yr old who keeps going missing overnight?'));
    expect(card).toContain('Matching indicators');
    expect(card).toContain('professional judgement');
    expect(card).toContain('01632 960 499');
    expect(card).toContain('call 999');
  });

  test('the level card shows the indicators as a list by domain, one per line', async () => {
    const member = { name: 'Priya Sandhu', personKey: null, role: 'member' as const, boards: [], fromRoster: false };
    const card = JSON.stringify(await registerFeatures(new Router(library)).forText(member, 'what is level 3?'));
    expect(card).toContain('Level 3 – Targeted Support');
    expect(card).toMatch(/- Domestic abuse in the household[^"]*\\n- /);
  });

  test.each(SAFETY.filter((s) => s.doc === 'demo').map((s) => [s.q, s.atLeast] as const))(
    'safety: "%s" is placed at level %d or higher',
    async (q, atLeast) => {
      const a = await answer(library, q, await askerNamed(library.store, 'Priya Sandhu'));
      expect(a.intent).toBe('which-level');
      expect(a.level).not.toBeNull();
      expect(a.level!.number).toBeGreaterThanOrEqual(atLeast);
      expectCaveat(a.text);
    },
  );

  test('a member is answered from their own board’s guidance when the library holds several partnerships', async () => {
    await library.ingest([path.join(GUIDANCE, 'wirral-thresholds.txt')]);
    const a = await answer(library, 'what is level 4?', await askerNamed(library.store, 'Priya Sandhu'));
    expect(a.text).toMatch(/^Northmoor’s guidance — Level 4 – Specialist and Statutory/);
    const w = await answer(library, 'what is level 4 in wirral?', await askerNamed(library.store, 'Priya Sandhu'));
    expect(w.text).toMatch(/^Wirral’s guidance — Level Four/);
  });
});
