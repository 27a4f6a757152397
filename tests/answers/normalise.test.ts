import { normaliseMessage } from '../../src/answers/nlu/normalise';

/** What the reader of a message is left with once the email manners are taken off (messages in our own words). */
describe('a message cut down to its request', () => {
  test.each([
    ['Hello Fiona, sorry to trouble you. Is action 504 finished?', 'Is action 504 finished?'],
    ['good afternoon all - who chairs the board?', 'who chairs the board?'],
    ['Cheers for the update! also, when do we next meet?', 'when do we next meet?'],
    ['Can you show me the decisions on funding? Best wishes, Tom', 'Can you show me the decisions on funding?'],
    ['What did we agree on training?\nKind regards\nTom Ridley\nStrategic Lead', 'What did we agree on training?'],
    ['Please log my apologies for the next board\n\nSent from my Samsung', 'Please log my apologies for the next board'],
    ['which level is this\n\nOn 2 Nov 2026, at 09:14, Joanne wrote:\n> the MASH number is in the guide', 'which level is this'],
    ['> from the minutes: the neglect toolkit relaunch\nwho owns that one?', 'who owns that one?'],
    ['lvl 3 indicators', 'level 3 indicators'],
    ['which agencies are under 60% attendance', 'which agencies are under 60 per cent attendance'],
  ])('%j → %j', (typed, request) => {
    expect(normaliseMessage(typed)).toBe(request);
  });

  test.each(['Hi Joanne', 'Hello, hope all is well', 'many thanks', 'Thanks, Simon', 'good morning everyone'])(
    'a message that is only pleasantries is left as typed: %j',
    (typed) => {
      expect(normaliseMessage(typed)).toBe(typed);
    },
  );

  test('a greeting is not taken for the first word of the request', () => {
    expect(normaliseMessage('hi what are my actions')).toBe('what are my actions');
    expect(normaliseMessage('hey bot')).toBe('hey');
  });

  test('hostile or broken input gives a string, never a throw', () => {
    expect(normaliseMessage(undefined as unknown as string)).toBe('');
    expect(normaliseMessage('   \n\n  ')).toBe('');
    expect(normaliseMessage('>>>>')).toBe('>>>>');
    expect(typeof normaliseMessage('x'.repeat(100000))).toBe('string');
  });
});
