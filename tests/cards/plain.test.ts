import { plain, plainSnippet } from '../../cards/plain';

const PHISH = '[Your Teams session expired - sign in again](https://evil.example/login)';

/** What would make a link or markup in a Teams TextBlock, if it survived. */
const LIVE_LINK = /(?<!\\)\[[^\]]*(?<!\\)\]\(|https?:\/\/|(?<!\\)\*\*|(?<![\\\w])_\w+_/;

describe('plain(): text from people and documents is shown, never acted on', () => {
  test('a markdown link keeps its words, and its address is shown but cannot be followed', () => {
    const out = plain(PHISH);
    expect(out).toContain('Your Teams session expired - sign in again');
    expect(out).toContain('evil.example/login');
    expect(out).not.toMatch(LIVE_LINK);
  });

  test.each([
    ['a bare address', 'sign in at https://evil.example/login now'],
    ['an angle-bracket address', 'see <https://evil.example/login>'],
    ['a www address', 'visit www.evil.example today'],
    ['a reference link', '[click here][1]'],
    ['an image', '![logo](https://evil.example/x.png)'],
    ['bold and italic', '**urgent** and _now_'],
  ])('%s is inert', (_label, text) => {
    const out = plain(text);
    expect(out).not.toMatch(LIVE_LINK);
    expect(out).not.toMatch(/(?<!\\)\[/);
  });

  test('list markers at the start of a line and ordinary punctuation', () => {
    expect(plain('- first\n1. second\n12 children (3.5%)')).toBe('\\- first\n1\\. second\n12 children (3.5%)');
  });

  test('our own highlight marks in a snippet survive; anything in the passage itself does not', () => {
    const out = plainSnippet(`the **neglect** toolkit ${PHISH} **not bold from the document`);
    expect(out.startsWith('the **neglect** toolkit')).toBe(true);
    expect(out).not.toMatch(/https?:\/\//);
    expect(out).toContain('\\*\\*not bold');
  });
});
