import { readIntent } from '../../src/answers/intents';
import { intentClassifier } from '../../src/answers/nlu/classifier';
import { extractEntities } from '../../src/answers/nlu/entities';
import { demoLibraryPath } from '../../src/demo';
import { OPERATOR } from '../../src/library/scope';
import { tempLibrary } from '../helpers/corpus';
test('dbg', async () => {
  const library = tempLibrary('2026-11-24');
  await library.ingest([demoLibraryPath()]);
  const c = intentClassifier();
  for (const q of (process.env.QS ?? '').split('|')) {
    const { masked } = extractEntities(library, q);
    const st = c.contentStems(masked);
    const r = readIntent(q, library);
    console.log(q, '=>', masked, '| content', st.map((s) => `${s}${c.isDomain(s) ? '*' : ''}`).join(' '), '|', r.intent, r.alternatives.map((a) => `${a.intent} ${a.score.toFixed(2)}`).join(', '),
      '| park search', library.search(OPERATOR, 'park', { limit: 1 }).map((x) => x.text.slice(0, 60)));
  }
  library.close();
});
