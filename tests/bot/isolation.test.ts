import { readServerConfig } from '../../src/config';
import type { Library } from '../../src/library/library';
import { type DemoServer, startDemoServer } from '../helpers/demo-server';
import { PEOPLE, twoBoardLibrary } from '../helpers/two-boards';
import { BotHarness, cardOf, textOf } from './harness';

/**
 * Two boards, every way a member reaches the papers — chat, buttons, the compose-box search, the
 * tab — as a member, the clerk and the chair of each: nothing of the other board comes back.
 */
const SIDES = [
  {
    board: 'Northmoor',
    people: PEOPLE.northmoor,
    ownWords: 'neglect toolkit relaunch',
    own: /neglect\W*toolkit/i,
    other: {
      person: 'Owen Pritchard',
      first: 'Owen',
      ref: '216',
      id: 'escb-216',
      words: 'towpath lighting',
      text: /Marlpit|Elmstead|return home interviews|borough engineers/i,
      date: '9 September 2026',
    },
  },
  {
    board: 'Elmstead',
    people: PEOPLE.elmstead,
    ownWords: 'towpath lighting',
    own: /towpath/i,
    other: {
      person: 'Simon Whitfield',
      first: 'Simon',
      ref: '312',
      id: 'nscp-312',
      words: 'neglect toolkit relaunch',
      text: /Northmoor|funding formula|Stannerdale|practitioner event/i,
      date: '15 October 2026',
    },
  },
];
const CASES = SIDES.flatMap((s) => (['member', 'clerk', 'chair'] as const).map((role) => [`the ${role} of ${s.board}`, s.people[role], s] as const));

describe('board isolation through the bot', () => {
  let library: Library;
  let h: BotHarness;
  beforeAll(async () => {
    library = await twoBoardLibrary();
    h = new BotHarness(library);
  });
  afterAll(() => library.close());

  test.each(CASES)('%s (%s) gets nothing of the other board in chat', async (_label, name, s) => {
    const o = s.other;
    for (const q of [
      `actions for ${o.person}`,
      `what does ${o.first} owe?`,
      `action ${o.ref}`,
      o.words,
      `search ${o.words}`,
      `what did we say about ${o.words}?`,
      "what's overdue?",
      `who attended on ${o.date}?`,
      `decisions about ${o.words}`,
    ]) {
      const shown = (await h.say(name, q)).map((r) => textOf(cardOf(r))).join('\n');
      expect({ q, leak: o.text.exec(shown)?.[0] ?? null }).toEqual({ q, leak: null });
    }
    // The same words do find their own board's papers: the searches above could have found something.
    expect((await h.say(name, s.ownWords)).map((r) => textOf(cardOf(r))).join('\n')).toMatch(s.own);
  });

  test.each(CASES)("%s (%s) cannot open, edit or save the other board's action by id", async (_label, name, s) => {
    const o = s.other;
    for (const verb of ['action.view', 'action.edit']) {
      const card = await h.press(name, verb, { actionId: o.id });
      expect(textOf(card)).not.toMatch(o.text);
      expect(textOf(card)).toMatch(/no longer in the library/);
    }
    const saved = await h.press(name, 'action.save', { actionId: o.id, version: 1, sid: `iso-${name}`, status: 'done', note: 'closing this' });
    expect(textOf(saved)).not.toMatch(o.text);
    expect((library.db.prepare('SELECT count(*) AS n FROM action_events WHERE action_id = ?').get(o.id) as { n: number }).n).toBe(0);
  });

  test.each(CASES)('%s (%s) gets nothing of the other board from the search button or the compose box', async (_label, name, s) => {
    const o = s.other;
    expect(textOf(await h.press(name, 'search.run', { query: o.words }))).not.toMatch(o.text);
    const body = (await h.invoke(name, 'composeExtension/query', {
      commandId: 'searchGuidance',
      parameters: [{ name: 'query', value: o.words }],
      queryOptions: { skip: 0, count: 25 },
    })) as unknown;
    expect(JSON.stringify(body)).not.toMatch(o.text);
    const own = (await h.invoke(name, 'composeExtension/query', {
      commandId: 'searchGuidance',
      parameters: [{ name: 'query', value: s.ownWords }],
      queryOptions: { skip: 0, count: 25 },
    })) as unknown;
    expect(JSON.stringify(own)).toMatch(s.own);
  });

  test("a clerk's attendance tally is of their own board's next meeting, not a choice between boards", async () => {
    const tally = (await h.say('Joanne Whitaker', 'attendance for the next meeting')).map((r) => textOf(cardOf(r))).join('\n');
    expect(tally).toMatch(/21 January 2027|Jan 2027|2027-01-21/);
    expect(tally).not.toMatch(/Elmstead|2 December 2026/);
  });
});

describe('board isolation through the tab', () => {
  let demo: DemoServer;
  beforeAll(async () => {
    demo = await startDemoServer({ library: await twoBoardLibrary(), config: readServerConfig({ PORT: '0' }) });
  });
  afterAll(() => demo.stop());
  const get = async (path: string, who: string) => {
    const res = await fetch(`${demo.server.url}${path}`, { headers: { 'x-board-member': who } });
    return { status: res.status, text: await res.text() };
  };

  test.each(CASES)('%s (%s): search, actions and cards show only their own board', async (_label, name, s) => {
    const o = s.other;
    const search = await get(`/api/tab/search?q=${encodeURIComponent(o.words)}`, name);
    expect(search.status).toBe(200);
    expect(search.text).not.toMatch(o.text);
    expect((await get(`/api/tab/search?q=${encodeURIComponent(s.ownWords)}`, name)).text).toMatch(s.own);
    for (const scope of ['mine', 'board']) {
      const list = await get(`/api/tab/actions?filter=all&scope=${scope}`, name);
      expect(list.text).not.toMatch(o.text);
    }
    const card = await fetch(`${demo.server.url}/api/tab/card`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-board-member': name },
      body: JSON.stringify({ verb: 'action.view', data: { actionId: o.id } }),
    });
    expect(await card.text()).not.toMatch(o.text);
  });
});
