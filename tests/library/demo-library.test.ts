import * as path from 'node:path';

import { demoLibraryPath } from '../../src/demo';
import { Library } from '../../src/library/library';
import { OPERATOR } from '../../src/library/scope';
import { loadGold, tempLibrary } from '../helpers/corpus';
import { defineGoldTests } from '../helpers/gold-check';

const gold = loadGold(path.join(__dirname, '../gold/demo-library.json'));
let library: Library;

beforeAll(async () => {
  library = tempLibrary('2026-11-24');
  const report = await library.ingest([demoLibraryPath()]);
  expect(report.errors).toEqual([]);
  expect(report.documents.map((d) => `${d.file}: ${d.kind}`)).toEqual([
    '2026-05-21-strategic-board-minutes.md: minutes',
    '2026-07-16-strategic-board-minutes.html: minutes',
    '2026-10-15-strategic-board-minutes.md: minutes',
    'action-log.xlsx: action-log',
    'glossary.md: guidance',
    'thresholds-guide.md: guidance',
  ]);
});
afterAll(() => library.close());

describe('the demo library', () => {
  defineGoldTests(() => library, gold, {});

  test('its next meeting is after today and known before any minutes exist for it', async () => {
    const next = (await library.meetings(OPERATOR)).find((m) => m.date > '2026-11-24')!;
    expect(next).toMatchObject({ date: '2027-01-21', source: 'scheduled', venue: expect.stringContaining('Moot Hall') });
  });
});
