import { actionCard, actionsCard } from '../../bot/features/actions';
import { renderCard } from '../../cards/render';
import { demoLibraryPath } from '../../src/demo';
import { actionHistory } from '../../src/library/actions-view';
import { Library } from '../../src/library/library';
import { OPERATOR } from '../../src/library/scope';
import { BotHarness, buttons, textOf } from '../bot/harness';
import { tempLibrary } from '../helpers/corpus';

let library: Library;

beforeAll(async () => {
  library = tempLibrary('2026-11-24');
  await library.ingest([demoLibraryPath()]);
});
afterAll(() => library.close());

describe('cards a member can trust', () => {
  test('an action without a number is headed by its own first words, and source lines do not repeat the board name', async () => {
    const unnumbered = (await library.actions(OPERATOR)).filter((a) => !a.ref);
    expect(unnumbered.length).toBeGreaterThan(0);
    const card = actionsCard('Overdue on the board', unnumbered);
    for (const [i, item] of card.actions.entries()) {
      expect(item.heading).not.toBe(unnumbered[i]!.boardName);
      expect(unnumbered[i]!.text.startsWith(item.heading.replace(/ …$/, ''))).toBe(true);
      expect(item.source).not.toContain(unnumbered[i]!.boardName);
    }
  });

  test('"Due" is said once, a done action keeps its due date, and history lines give each date once', async () => {
    for (const a of await library.actions(OPERATOR, { status: 'all' })) {
      const card = actionCard(a, await actionHistory(library.store, a.id));
      expect(card.dueLine).not.toMatch(/due\W+due/i);
      if (a.status === 'done' && a.due) expect(card.dueLine).toContain('was due');
      (await actionHistory(library.store, a.id)).forEach((h, i) => expect(card.history[i]!.line).not.toContain(h.when.slice(0, 10)));
    }
  });

  test('the action card says where the action was agreed and where it was last reviewed', async () => {
    const a = (await library.actions(OPERATOR, { status: 'all' })).find((x) => x.ref === '305')!;
    const card = actionCard(a, await actionHistory(library.store, a.id));
    expect(card.source).toMatch(/^Agreed .*21 May 2026.*; last reviewed .*15 October 2026/);
  });

  test('a member refused an update gets the action back without an Update button, the refusal not in success colours', async () => {
    const h = new BotHarness(library);
    const priyas = new Set((await library.actions(OPERATOR, { owner: 'Priya Sandhu', status: 'all' })).map((a) => a.id));
    const others = (await library.actions(OPERATOR, { owner: 'Gareth Lindley' })).find((a) => !priyas.has(a.id))!;
    const card = await h.press('Priya Sandhu', 'action.edit', { actionId: others.id });
    expect(textOf(card)).toContain('Only its owners, the clerk or the chair can update this action.');
    expect(buttons(card).filter((b) => b && b['actionId'] === others.id && !b['verb'])).toEqual([]);
    expect(JSON.stringify(card)).not.toContain('"verb":"action.edit"');
    expect(JSON.stringify(card)).toContain('"style":"attention"');
    expect(renderCard('action', actionCard(others, [], 'Saved.', 'Good'))).toMatchObject({
      body: expect.arrayContaining([expect.objectContaining({ style: 'good' })]),
    });
  });
});
