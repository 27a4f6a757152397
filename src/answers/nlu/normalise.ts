/**
 * What a member types, cut down to the request before anything reads it. Members write to the
 * assistant as they write email: "Hi Joanne, hope you're well. Further to my email … Many thanks,
 * Mark", sometimes with the quoted message and "Sent from my iPhone" below. The pleasantries carry
 * no request but outweigh it in a bag of words ("thanks! and when's the next one?" read as thanks),
 * so they are taken off first. Hand-written: these are the conventions of British work email and
 * chat, a few dozen phrases, and no library strips them for a single message.
 * A message that is nothing but pleasantries ("Hi Joanne", "many thanks") is left as typed, so
 * it still reads as a greeting or thanks.
 */

/** Lines that start the quoted message an email reply carries below (or above) the new text. */
const QUOTE_START = /^(?:>|-{2,}\s*original message|_{5,}|from:\s|sent:\s|on .{3,80}\bwrote:\s*$)/i;

/** Sign-offs; on a line of their own they start the signature block. */
const SIGN_OFF =
  '(?:many thanks|thanks(?: very much| so much| again| in advance)?|thank you(?: very much| so much)?|cheers|ta|kind regards|warm regards|best regards|regards|best wishes|best|all the best|speak soon|thx|rgds|kr)';

/** A sign-off on a line of its own ("Thanks, Simon"), and one ending a line after the request. */
const SIGN_OFF_LINE = new RegExp(`^${SIGN_OFF}\\s*[,.!]?\\s*(?:[\\p{Lu}][\\p{L}'-]+\\s*)?[,.!x]*$`, 'iu');
const SIGN_OFF_END = new RegExp(`([.?!,])\\s*${SIGN_OFF}\\s*[,.!]?\\s*(?:[\\p{Lu}][\\p{L}'-]+)?\\s*[.!x]*\\s*$`, 'iu');

/** Greetings and small talk before the request. */
const OPENERS = [
  /^(?:hi|hello|hey|hiya|morning|afternoon|evening|good (?:morning|afternoon|evening)|dear)\b(?:\s+(?:there|all|everyone|team|(?:board )?bot|(?:board )?assistant)\b|\s+[\p{L}'-]+(?=\s*[,.!:;-]|\s*$))?\s*[,.!:;-]*\s*/iu,
  /^(?:i )?hope (?:you(?:'re| are)|you're|all is|everyone is|you (?:had|have) (?:had )?a (?:good|nice|lovely) [\p{L} ]{2,20}?(?=[,.!:;-]|$))(?: well| ok| good)?\s*[,.!:;-]*\s*/iu,
  /^(?:sorry to (?:bother|trouble|chase|be a pain|nag)(?: you)?(?: again)?|apologies for (?:the|any) (?:delay|chasing))\s*[,.!:;-]*\s*/iu,
  /^(?:quick (?:one|q|question)|just a quick (?:one|question)|a quick question)\s*[,.!:;-]*\s*/iu,
  /^(?:further to (?:my|our|your) (?:email|e-mail|message|chat|call|conversation)(?: (?:below|earlier|yesterday|today|on \p{L}+|last week))?)\s*[,.!:;-]*\s*/iu,
  /^(?:many thanks|thanks|thank you|cheers|ta)(?: (?:for (?:that|this|the (?:info|update|reminder))|very much|so much))?(?:\s+[\p{Lu}][\p{L}'-]+)?\s*[!.,;:-]+\s*(?:(?:and|also|oh and|one more thing|another thing)\b)?\s*[,:-]?\s*/iu,
  /^(?:cheers|thanks|thank you) for (?:that|this|the (?:info|update|reminder))\b\s*[!.,;-]*\s*(?:and|also|oh and)?\s*[,:-]?\s*/iu,
];

/** Shorthand that changes what the entity step finds ("lvl 2" is a level); the classifier expands the rest. */
const SHORTHAND: [RegExp, string][] = [
  [/\b(?:lvl|lev|levl|leval)\b\.?/gi, 'level'],
  [/\battendees\b/gi, 'who attended'],
  [/(\d)\s*%/g, '$1 per cent'],
  [/%/g, ' percentage '],
];

/** A message cut down to its request (see above). Never throws; never returns an empty string for a non-empty message. */
export function normaliseMessage(raw: string): string {
  if (typeof raw !== 'string') return '';
  const original = raw.replace(/\r\n?/g, '\n').trim();
  if (!original) return '';
  let lines = original.split('\n').map((l) => l.trim());
  // The quoted message: whatever follows its first line (replies quote below; a pasted thread is noise too).
  const quoteAt = lines.findIndex((l, i) => QUOTE_START.test(l) && (i > 0 || lines.slice(1).some((x) => x && !QUOTE_START.test(x))));
  if (quoteAt > 0) lines = lines.slice(0, quoteAt);
  else if (quoteAt === 0) lines = lines.filter((l) => !/^>/.test(l) && !/^on .{3,80}\bwrote:\s*$/i.test(l));
  lines = lines.filter((l) => !/^sent from my\b/i.test(l));
  // The signature block: from a sign-off, on its own line or ending a line ("… please? Thanks, Simon"), to the end.
  const kept: string[] = [];
  for (const [i, l] of lines.entries()) {
    if (i > 0 && SIGN_OFF_LINE.test(l)) break;
    const cut = l.replace(SIGN_OFF_END, '$1').trim();
    // Only when a request is left: "that's really helpful, thank you" is the thanks itself.
    if (cut !== l && cut.split(/\s+/).length >= 4) {
      kept.push(cut);
      break;
    }
    kept.push(l);
  }
  let text = kept.filter(Boolean).join(' ');
  for (let changed = true; changed;) {
    changed = false;
    for (const re of OPENERS) {
      const rest = text.replace(re, '');
      if (rest !== text && /\p{L}{2,}|\d/u.test(rest)) {
        text = rest;
        changed = true;
      }
    }
  }
  // Nothing but pleasantries ("Hello, hope you're well"): the whole of it says what it is.
  // (A lone capitalised word left over is the name the pleasantry was addressed to: "Thanks, Simon".)
  if (/^\p{Lu}[\p{L}'-]*[.!]?$/u.test(text) || OPENERS.some((re) => !/\p{L}{2,}|\d/u.test(text.replace(re, '')))) text = lines.filter(Boolean).join(' ');
  // The assistant addressed by name ("hi bot", "thanks assistant") says nothing more than the greeting.
  text = text.replace(/^((?:hi|hello|hey|hiya|morning|thanks|thank you|cheers)\b[,!]?)\s+(?:(?:the\s+)?board\s+)?(?:bot|assistant)\b/i, '$1');
  for (const [re, to] of SHORTHAND) text = text.replace(re, to);
  text = text.replace(/\s+/g, ' ').trim();
  return /\p{L}|\d/u.test(text) ? text : original.replace(/\s+/g, ' ');
}
