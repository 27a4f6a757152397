import { buildGuidance } from '../../src/guidance/build';
import type { GuidanceModel } from '../../src/guidance/model';
import type { Block } from '../../src/ingest/document';
import { rowBlock } from '../../src/ingest/document';
import { linesToBlocks } from '../../src/ingest/readers/line-blocks';

/**
 * Level tables as a partnership we have not seen might lay them out, in our own words: a column per
 * level and a row per domain, however the reader cut them (whole rows, one row per printed line,
 * lines where only one column had words), and tables with a row per level.
 */
const para = (text: string): Block => ({ type: 'paragraph', text });
const intro = [para('Glenmoor Safeguarding Children Partnership threshold guide'), para('There are four levels of need.')];

const itemsAt = (m: GuidanceModel, n: number, domain: string) =>
  m.levels.find((l) => l.n === n)?.indicators.find((d) => d.domain.toLowerCase() === domain.toLowerCase())?.items ?? [];

describe('a table with a column per level and a row per domain', () => {
  const head = rowBlock(['', 'Level 2 - Early Help', 'Level 3 - Child in Need']);
  const whole = [
    ...intro,
    head,
    rowBlock(['Health', 'Misses routine check-ups; Minor dental decay;', 'Chronic condition left untreated; Frequent injuries with no explanation;']),
    rowBlock(['School', 'Late most mornings;', 'Out of school for weeks; At risk of exclusion;']),
  ];
  // The same table as a PDF reader may give it: a row per printed line, and lines where only one column had words.
  const byLine = [
    ...intro,
    head,
    rowBlock(['Health', 'Misses routine', 'Chronic condition left']),
    rowBlock(['', 'check-ups;', 'untreated; Frequent injuries']),
    para('with no explanation;'),
    rowBlock(['', 'Minor dental decay;', '']),
    rowBlock(['School', 'Late most mornings;', 'Out of school for weeks; At risk of']),
    para('exclusion;'),
  ];

  test.each([
    ['whole rows', whole],
    ['a row per printed line', byLine],
  ])('read from %s: each level keeps its own indicators, by domain', (_how, blocks) => {
    const m = buildGuidance(blocks, 'glenmoor.pdf', null);
    expect(m.levels.find((l) => l.n === 2)?.name).toBe('Early Help');
    expect(m.levels.find((l) => l.n === 3)?.name).toBe('Child in Need');
    expect(itemsAt(m, 2, 'Health')).toEqual(['Misses routine check-ups;', 'Minor dental decay;']);
    expect(itemsAt(m, 3, 'Health')).toEqual(['Chronic condition left untreated;', 'Frequent injuries with no explanation;']);
    expect(itemsAt(m, 2, 'School')).toEqual(['Late most mornings;']);
    expect(itemsAt(m, 3, 'School')).toEqual(['Out of school for weeks;', 'At risk of exclusion;']);
  });

  test('a line that starts a new item goes to the column whose list is still running, not to one that has ended', () => {
    const blocks = [
      ...intro,
      head,
      rowBlock(['Home', 'Cramped housing;', 'No heating in winter.']),
      para('Frequent moves;'),
      para('Rent arrears.'),
      para('Contact the Hub on 01632 960 000.'),
    ];
    const m = buildGuidance(blocks, 'glenmoor.pdf', null);
    expect(itemsAt(m, 2, 'Home')).toEqual(['Cramped housing;', 'Frequent moves;', 'Rent arrears.']);
    expect(itemsAt(m, 3, 'Home')).toEqual(['No heating in winter.']);
    // After every column has ended, the table is over: the contact line is no indicator.
    expect(m.levels.flatMap((l) => l.indicators.flatMap((d) => d.items)).join(' ')).not.toContain('Hub');
  });

  test('the head repeated on the next page carries the same table on', () => {
    const m = buildGuidance([...whole, head, rowBlock(['Family', 'Parents argue often;', 'Violence at home;'])], 'glenmoor.pdf', null);
    expect(m.levels.filter((l) => l.n === 2)).toHaveLength(1);
    expect(itemsAt(m, 3, 'Family')).toEqual(['Violence at home;']);
    expect(itemsAt(m, 3, 'Health')).toHaveLength(2);
  });

  test('split levels (2a / 2b) and colour-named columns are levels too', () => {
    const split = buildGuidance(
      [
        para('Glenmoor Safeguarding Children Partnership'),
        rowBlock(['Domain', 'Level 2a Early support', 'Level 2b Targeted support']),
        rowBlock(['Health', 'Few check-ups;', 'Untreated illness;']),
      ],
      'x.docx',
      null,
    );
    expect(split.levels.map((l) => `${l.n}${l.sub ?? ''} ${l.name}`)).toEqual(['2a Early support', '2b Targeted support']);
    expect(itemsAt(split, 2, 'Health')).toEqual(['Few check-ups;']);
    const colours = buildGuidance(
      [
        para('Fernvale Safeguarding Partnership'),
        rowBlock(['', 'Green', 'Amber', 'Red']),
        rowBlock(['Behaviour', 'Sulks at times;', 'Runs off for a night;', 'Missing for days;']),
      ],
      'fernvale.docx',
      null,
    );
    expect(colours.levels.map((l) => l.name)).toEqual(['Green', 'Amber', 'Red']);
    expect(itemsAt(colours, 3, 'Behaviour')).toEqual(['Missing for days;']);
  });
});

describe('a table with a row per level', () => {
  test('columns headed by domain give indicators by domain; a description column gives the definition', () => {
    const blocks = linesToBlocks([
      'Brackley Safeguarding Children Partnership',
      '| Tier | Description | Health | Home life |',
      '|---|---|---|---|',
      '| Tier 1 Universal | Needs met by everyday services. | Registered with a GP; | Stable home; |',
      '| Tier 3 Complex | Several agencies must work together. | Untreated injuries; | Domestic abuse at home; |',
    ]);
    const m = buildGuidance(blocks, 'brackley.txt', null);
    expect(m.term).toBe('tier');
    const t3 = m.levels.find((l) => l.n === 3)!;
    expect(t3.name).toBe('Complex');
    expect(t3.definition).toContain('Several agencies must work together.');
    expect(itemsAt(m, 3, 'Home life')).toEqual(['Domestic abuse at home;']);
    expect(itemsAt(m, 1, 'Health')).toEqual(['Registered with a GP;']);
  });
});
