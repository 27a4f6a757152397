import { answerSentence } from '../../src/search/answer-sentence';
import type { SearchResult } from '../../src/search/search';

/** Passages as a search returns them, written in our own words for an imaginary partnership. */
const passage = (document: string, text: string): SearchResult => ({
  kind: 'paragraph' as SearchResult['kind'],
  document,
  title: document,
  heading: '',
  text,
  snippet: '',
  score: 1,
  meetingDate: null,
  item: null,
  matched: [],
});

const hub = passage(
  'glenmoor-thresholds.txt',
  [
    'The Glenmoor Family Hub (GFH) is the single front door for worries about a child.',
    'Anyone can call the Family Hub on 01632 960 123. Calls can be made without giving your name.',
    'A written referral must follow within 2 working days of the call.',
    'Family support workers from the Hub visit every fortnight once a plan is agreed.',
    'The first home visit takes place within 5 working days of allocation.',
  ].join('\n'),
);
const outcomes = passage(
  'glenmoor-thresholds.txt',
  [
    'After a call to the advice line one of three things happens:',
    '• The worry meets the threshold and a social worker is allocated.',
    '• The worry does not meet the threshold and the family is offered early help.',
    '• The worry does not meet the threshold and no further action is taken; you may call again.',
  ].join('\n'),
);
const police = passage(
  'glenmoor-police.txt',
  'The police tip-off line can be used to pass on intelligence about exploitation. However, it must not be used to report a worry about a particular child.',
);
const results = [hub, outcomes, police];
const lead = (q: string) => answerSentence(q, results)?.text ?? '';

describe('the sentence that answers the question', () => {
  test('"how long" is answered by the sentence giving a time, not the one sharing most words', () => {
    expect(lead('how long have I got to send a written referral after calling the hub?')).toBe(
      'A written referral must follow within 2 working days of the call.',
    );
    expect(lead('how quickly does a family support worker visit?')).toBe('The first home visit takes place within 5 working days of allocation.');
    expect(lead('how often do family support workers visit?')).toContain('every fortnight');
  });

  test('a yes-no question gets the sentence with its rare word, and a "However …" that follows stays with it', () => {
    expect(lead('can I call the family hub without giving my name?')).toBe('Calls can be made without giving your name.');
    expect(lead('can I use the police tip-off line to report a worry about a child?')).toContain('However, it must not be used to report a worry');
  });

  test('"what happens if it doesn’t meet threshold" shows every outcome of that kind, or the list that gives them', () => {
    const text = lead('what happens if I ring the advice line and it doesn’t meet threshold?');
    expect(text).toContain('• The worry does not meet the threshold and the family is offered early help.\n');
    expect(text).toContain('• The worry does not meet the threshold and no further action is taken; you may call again.');
  });

  test('asked what an abbreviation is, the sentence that spells it out; asked something about it, the sentence that answers', () => {
    expect(lead('whats GFH')).toContain('Glenmoor Family Hub (GFH)');
    expect(lead('what number do I ring for the GFH?')).toContain('01632 960 123');
  });

  test('nothing in common with the question: no sentence is offered', () => {
    expect(answerSentence('bus timetable', results)).toBeNull();
    expect(answerSentence('anything', [])).toBeNull();
  });
});
