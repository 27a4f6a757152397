import type { Library } from '../../src/library/library';
import { type DemoServer, startDemoServer } from '../helpers/demo-server';
import { BotHarness, buttonData, cardOf, demoBot } from './harness';

/**
 * A member's note, a deputy's name and a chat message carrying a markdown link reach other
 * people's cards (the clerk's, the chair's) and the tab only as text: never a link or markup.
 */
const PHISH = '[Your Teams session expired - sign in again](https://evil.example/login)';
/** A link (or bare address) that a Teams TextBlock or the tab would make clickable. */
const LIVE = /(?<!\\)\[[^\]]*(?<!\\)\]\(|https?:\/\/evil/;

/** Everything a card displays (TextBlocks, facts, titles), leaving out inputs: an input's value is what the member edits, not markup. */
function shown(card: unknown): string {
  const out: string[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (typeof o['type'] === 'string' && o['type'].startsWith('Input.')) return;
      for (const k of ['text', 'title', 'value']) if (typeof o[k] === 'string') out.push(o[k] as string);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out.join('\n');
}

const CLERK = { from: { id: '29:clerk', name: 'Joanne Whitaker', aadObjectId: '00000000-0000-0000-0000-000000000021' } };

describe('markup from people and documents is data', () => {
  let library: Library;
  let h: BotHarness;
  beforeEach(async () => {
    ({ library, h } = await demoBot());
  });
  afterEach(() => library.close());

  test("a progress note with a link reaches the clerk's card as words, not a link", async () => {
    const [mine] = await h.say('Priya Sandhu', 'what are my outstanding actions?');
    const id = buttonData(cardOf(mine), 'action.edit')['actionId'] as string;
    const form = await h.press('Priya Sandhu', 'action.edit', { actionId: id });
    const saved = await h.press('Priya Sandhu', 'action.save', { ...buttonData(form, 'action.save'), status: 'in progress', note: PHISH });
    expect(JSON.stringify(saved)).toContain('Update recorded.');
    const seen = shown(await h.press('Joanne Whitaker', 'action.view', { actionId: id }, CLERK));
    expect(seen).toContain('Your Teams session expired - sign in again');
    expect(seen).not.toMatch(LIVE);
  });

  test("a deputy's name with a link reaches the clerk's tally and the member's card as words", async () => {
    const card = cardOf((await h.say('Simon Whitfield', 'send my apologies for the next meeting'))[0]);
    const done = await h.press('Simon Whitfield', 'attendance.respond', {
      ...buttonData(card, 'attendance.respond'),
      response: 'deputy',
      deputy: PHISH,
      reason: 'away',
    });
    expect(shown(done)).toContain('Your Teams session expired');
    expect(shown(done)).not.toMatch(LIVE);
    const tally = shown(cardOf((await h.say('Joanne Whitaker', 'attendance for the next meeting', CLERK))[0]));
    expect(tally).toContain('Your Teams session expired');
    expect(tally).not.toMatch(LIVE);
  });

  test('a chat message is never echoed back as a link', async () => {
    for (const q of [`actions for ${PHISH}`, `what does ${PHISH} stand for?`, `what did we say about ${PHISH}`, `action ${PHISH}`, PHISH]) {
      const replies = await h.say('Priya Sandhu', q);
      for (const r of replies) expect({ q, card: shown(r).match(LIVE)?.[0] ?? null }).toEqual({ q, card: null });
    }
  });
});

describe('markup in the tab', () => {
  let demo: DemoServer;
  beforeAll(async () => {
    demo = await startDemoServer({ roster: 'demo' });
  });
  afterAll(() => demo.stop());

  test("a note with a link, saved from the tab, reaches the clerk's card and list as words", async () => {
    const call = async (who: string, verb: string, data: Record<string, unknown>) => {
      const res = await fetch(`${demo.server.url}/api/tab/card`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-board-member': who },
        body: JSON.stringify({ verb, data }),
      });
      return (await res.json()) as { card: unknown };
    };
    const list = (await (await fetch(`${demo.server.url}/api/tab/actions`, { headers: { 'x-board-member': 'Priya Sandhu' } })).json()) as { id: string }[];
    const id = list[0]!.id;
    const form = await call('Priya Sandhu', 'action.edit', { actionId: id });
    await call('Priya Sandhu', 'action.save', { ...buttonData(form.card, 'action.save'), status: 'in progress', note: PHISH });
    const seen = shown(await call('Joanne Whitaker', 'action.view', { actionId: id }));
    expect(seen).toContain('Your Teams session expired');
    expect(seen).not.toMatch(LIVE);
  });
});
