/**
 * Text that came from a person or a document (a progress note, a deputy's name, an action, a
 * passage of minutes, a question echoed back) is data. Teams renders a TextBlock's text as
 * markdown, so "[Sign in again](https://evil.example)" typed by one member would become a link on
 * another's card. Hand-written rather than a markdown library: we do not parse markdown, we only
 * make sure none of it takes effect — links are taken apart (their words kept, the address shown
 * but not clickable) and every markdown character is escaped.
 */

const ZWSP = '\u200b';

/** `[words](address)` and `[words][ref]`: the words stay, the address is shown inert after them. */
const MD_LINK = /!?\[([^\]\n]{0,500})\]\(\s*<?([^)\s>]{0,2000})>?(?:\s+["'(][^)\n]*["')])?\s*\)/g;
const REF_LINK = /!?\[([^\]\n]{0,500})\]\[[^\]\n]{0,200}\]/g;
/** <https://…> autolinks and bare addresses a client would make clickable. */
const ANGLE_LINK = /<((?:[a-z][a-z0-9+.-]{1,20}:|www\.)[^>\s]{0,2000})>/gi;

/** Everything below acts on one of these; text with none of them is returned as it is. */
const MAY_ACT = /[\\`*_[\]~<]|:\/\/|www\.|\b(?:mailto|tel|javascript|data|file):/i;
const LIST_MARKER = /^\s*(?:[-+]|\d+[.)])(?=\s)/m;

/** Breaks an address so no client recognises it as a link, while a reader still sees what it was. */
function inertAddress(text: string): string {
  return text
    .replace(/([a-z][a-z0-9+.-]{1,20}):\/\//gi, `$1:${ZWSP}//`)
    .replace(/\bwww\./gi, `www${ZWSP}.`)
    .replace(/\b(mailto|tel|javascript|data|file):/gi, `$1${ZWSP}:`);
}

/**
 * (The tab reads these escapes back in bot/tab/client/dom.ts, cardTextRuns: keep the two sets alike.)
 * Backslash-escapes what a card's markdown acts on — emphasis, links, code, strike-through and
 * list markers at the start of a line — and nothing else, so ordinary punctuation reads as typed.
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]~]/g, '\\$&')
    .replace(/^(\s*)(?:([-+])|(\d+)([.)]))(?=\s)/gm, (_m, space: string, bullet?: string, n?: string, dot?: string) =>
      bullet ? `${space}\\${bullet}` : `${space}${n}\\${dot}`,
    );
}

/** Text from a person or a document, safe to put in a TextBlock: shown as written, never as markup or a link. */
export function plain(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  // Most text has nothing to take apart or escape; a card runs every field through here.
  if (!MAY_ACT.test(String(text)) && !LIST_MARKER.test(String(text))) return String(text);
  const unlinked = String(text)
    .replace(MD_LINK, (_m, words: string, address: string) => (address ? `${words} (${address})` : words))
    .replace(REF_LINK, '$1')
    .replace(ANGLE_LINK, '$1');
  return escapeMarkdown(inertAddress(unlinked));
}

/** A search snippet: our own **bold** marks on matched words survive; everything else is plain. */
export function plainSnippet(snippet: string): string {
  return snippet
    .split(/(\*\*[^*\n]+\*\*)/)
    .map((part) => (/^\*\*[^*\n]+\*\*$/.test(part) ? `**${plain(part.slice(2, -2))}**` : plain(part)))
    .join('');
}
