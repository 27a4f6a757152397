import * as path from 'node:path';
import { readFile } from '../../src/ingest/readers';
import { buildGuidance } from '../../src/guidance/build';
import { answer } from '../../src/answers/answer';
import { answerContact, answerLevel, answerWhichLevel } from '../../src/answers/levels';
import { tempLibrary } from '../helpers/corpus';
import { GUIDANCE, guidanceFiles, guidanceGold, guidanceQuestions, meetGold, fold } from '../helpers/guidance-corpus';

const limits = { maxFileBytes: 64 * 1024 * 1024, pdfTimeoutMs: 60000 };

test('report', async () => {
  const gold = guidanceGold();
  let pass = 0;
  let all = 0;
  for (const f of guidanceFiles()) {
    const r = await readFile(path.join(GUIDANCE, f), limits);
    const m = buildGuidance(r.blocks, f, null);
    const res = meetGold(m, gold[f.replace(/\.\w+$/, '')]!);
    pass += res.passed.length;
    all += res.passed.length + res.failed.length;
    if (res.failed.length) console.log(f, res.failed);
  }
  console.log('gold', pass, all);
  const library = tempLibrary();
  await library.ingest(guidanceFiles().filter((f) => f.endsWith('.txt')).map((f) => path.join(GUIDANCE, f)));
  let e2e = 0;
  let byKind = 0;
  const qs = guidanceQuestions();
  const out: string[] = [];
  for (const q of qs) {
    const a = answer(library, q.q, null);
    const ok = q.has.every((h) => fold(a.text).includes(fold(h)));
    const d = q.kind === 'which-level' ? answerWhichLevel(library.db, q.q, null) : q.kind === 'contact' ? answerContact(library.db, q.q, null) : q.kind === 'level-definition' || q.kind === 'indicator' ? answerLevel(library.db, q.q, null) : { text: a.text, placed: [] as number[] };
    const ok2 = q.has.every((h) => fold(d.text).includes(fold(h)));
    if (ok) e2e++;
    if (ok2) byKind++;
    if (!ok || !ok2 || process.env.SHOWALL) out.push(`${ok ? '' : 'E2E '}${ok2 ? '' : 'KIND '}[${q.kind}/${a.intent}] ${q.q}\n   has ${JSON.stringify(q.has)}\n   ${d.text.slice(0, Number(process.env.SHOWLEN ?? 500)).replace(/\n/g, '\n   ')}`);
    if (q.expectedLevel) out.push(`WL ${q.expectedLevel} placed ${JSON.stringify((d as { placed: number[] }).placed)} ${q.q}`);
  }
  console.log(out.join('\n'));
  console.log('e2e', e2e, 'bykind', byKind, qs.length);
  library.close();
});
