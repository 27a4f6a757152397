import { demoLibraryPath } from '../../src/demo';
import { Library } from '../../src/library/library';
import { runBoard } from '../helpers/cli';
import { tempLibrary } from '../helpers/corpus';
import { HELD_OUT_MESSAGES, MEMBER_MESSAGES } from '../helpers/member-messages';
import { BotHarness, cardOf } from './harness';

/**
 * `board ask` is the faithful test of chat: for every labelled member message, the bot's card
 * carries the same answer (its fallback text) as the command line prints, and the command line's
 * intent is the one the card shows.
 */
let library: Library;
let h: BotHarness;

beforeAll(async () => {
  library = tempLibrary('2026-11-24');
  await library.ingest([demoLibraryPath()]);
  h = new BotHarness(library);
});
afterAll(() => library.close());

async function ask(q: string): Promise<{ intent: string; text: string }> {
  const { code, stdout } = await runBoard(
    ['ask', q, '--as', 'Priya Sandhu', '--db', library.config.dbPath, '--today', '2026-11-24', '--json'],
    '2026-11-24T10:00:00Z',
  );
  expect(code).toBe(0);
  return JSON.parse(stdout) as { intent: string; text: string };
}

/** What a card of each kind looks like, so the bot's card can be matched to the command line's intent. */
function cardKind(card: Record<string, unknown>): string {
  const s = JSON.stringify(card);
  if (s.includes('"verb":"attendance.respond"')) return 'meeting';
  if (s.includes('"verb":"ask.as"')) return 'choices';
  if (s.includes('"verb":"actions.mine"') && s.includes('Refresh')) return 'actions';
  if (s.includes('"verb":"action.edit"') || s.includes('History')) return 'action';
  return 'other';
}

const CARD_FOR: Record<string, string> = {
  'my-actions': 'actions',
  overdue: 'actions',
  'overdue-board': 'actions',
  'send-apologies': 'meeting',
  'reply-attendance': 'meeting',
  'next-meeting': 'meeting',
  unclear: 'choices',
};

/** Where the bot's card and `board ask` differ for these messages, as readable lines. */
async function disagreements(messages: { q: string }[]): Promise<string[]> {
  const disagree: string[] = [];
  for (const m of messages) {
    const cli = await ask(m.q);
    const [reply] = await h.say('Priya Sandhu', m.q);
    const card = cardOf(reply);
    if (card['fallbackText'] !== cli.text) disagree.push(`"${m.q}": bot "${String(card['fallbackText']).slice(0, 80)}" / cli "${cli.text.slice(0, 80)}"`);
    const want = CARD_FOR[cli.intent];
    if (want && cardKind(card) !== want) disagree.push(`"${m.q}": ${cli.intent} but the bot sent a ${cardKind(card)} card`);
  }
  return disagree;
}

test('the bot and board ask give the same answer to every labelled member message', async () => {
  expect(await disagreements(MEMBER_MESSAGES)).toEqual([]);
}, 180_000);

test('… and to every held-out member message (greetings, signatures and quoted email included)', async () => {
  expect(await disagreements(HELD_OUT_MESSAGES)).toEqual([]);
}, 180_000);
