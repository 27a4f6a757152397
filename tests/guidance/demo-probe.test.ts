import { answer } from '../../src/answers/answer';
import { demoLibraryPath } from '../../src/demo';
import { tempLibrary } from '../helpers/corpus';
test('probe', async () => {
  const library = tempLibrary();
  await library.ingest([demoLibraryPath()]);
  for (const q of (process.env.QS ?? '').split('|')) console.log(q, '\n', answer(library, q, null).text);
  library.close();
});
