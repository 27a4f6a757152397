import * as AC from 'adaptivecards';

import { AdaptiveCardJson, CARD_NAMES, renderCard } from '../../cards/render';
import { noticeCard } from '../../cards/views';
import { demoLibraryPath } from '../../src/demo';
import { Library } from '../../src/library/library';
import { tempLibrary } from '../helpers/corpus';
import { sampleModels } from './samples';

let library: Library;
let cards: Record<string, AdaptiveCardJson>;

beforeAll(async () => {
  library = tempLibrary('2026-11-24');
  await library.ingest([demoLibraryPath()]);
  cards = Object.fromEntries((await sampleModels(library)).map((m) => [m.label, renderCard(m.name, m.data as never)]));
});
afterAll(() => library.close());

function walk(node: unknown, visit: (o: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    Object.values(node).forEach((v) => walk(v, visit));
  }
}

test('every template is rendered by at least one test card', () => {
  for (const name of CARD_NAMES) expect(Object.keys(cards).some((k) => k === name || k.startsWith(`${name}-`))).toBe(true);
});

describe.each(
  Object.keys({
    actions: 1,
    'actions-empty': 1,
    'actions-reminder': 1,
    action: 1,
    'action-update': 1,
    'action-update-clerk': 1,
    meeting: 1,
    'meeting-closed': 1,
    tally: 1,
    results: 1,
    'results-empty': 1,
    'results-search': 1,
    level: 1,
    notice: 1,
    help: 1,
    'help-member': 1,
    'choose-board': 1,
  }),
)('card %s', (name) => {
  test('parses as Adaptive Card 1.5 with no errors', () => {
    const card = new AC.AdaptiveCard();
    const ctx = new AC.SerializationContext(AC.Versions.v1_5);
    card.parse(cards[name], ctx);
    const events = Array.from({ length: ctx.eventCount }, (_v, i) => ctx.getEventAt(i)).filter(
      (e) => e.phase !== AC.ValidationPhase.Parse || e.event !== AC.ValidationEvent.UnknownElementType,
    );
    expect(events.map((e) => e.message)).toEqual([]);
    expect(card.validateProperties().validationEvents.map((e) => e.message)).toEqual([]);
    expect(cards[name]!.version).toBe('1.5');
  });

  test('every Action.Execute has a verb and an Action.Submit fallback with the same verb; every input has a label; no template text is left', () => {
    const json = JSON.stringify(cards[name]);
    expect(json).not.toMatch(/\$\{|\$when|\$data/);
    walk(cards[name], (o) => {
      if (o['type'] === 'Action.Execute') {
        expect(typeof o['verb']).toBe('string');
        const fallback = o['fallback'] as Record<string, unknown>;
        expect(fallback).toMatchObject({ type: 'Action.Submit', data: expect.objectContaining({ verb: o['verb'] }) });
      }
      if (typeof o['type'] === 'string' && (o['type'] as string).startsWith('Input.')) {
        expect(typeof o['label']).toBe('string');
        expect(typeof o['id']).toBe('string');
      }
    });
  });
});

test('text a member typed is shown as typed, never evaluated as a template', () => {
  const card = renderCard('notice', noticeCard('${title}', 'Note: ${1+1} and ${await json(this)}'));
  const json = JSON.stringify(card);
  expect(json).not.toContain('"2"');
  expect(json).toContain('1+1');
});

test('the update form for a member offers status, note and a proposed date; the clerk also gets due date and owners', () => {
  const ids = (card: AdaptiveCardJson) => {
    const out: string[] = [];
    walk(card, (o) => typeof o['type'] === 'string' && (o['type'] as string).startsWith('Input.') && out.push(o['id'] as string));
    return out;
  };
  expect(ids(cards['action-update']!)).toEqual(['status', 'note', 'proposedDue']);
  expect(ids(cards['action-update-clerk']!)).toEqual(['status', 'note', 'proposedDue', 'due', 'owners']);
});
