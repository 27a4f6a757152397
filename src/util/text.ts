/**
 * Text clean-up shared by every reader, so that a .txt, a .docx and a .pdf of the same minutes
 * give the same strings to the extractors (curly quotes and odd spaces are the usual difference).
 */
const QUOTE_MAP: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u0060': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
};

/** Straightens quotes, turns exotic spaces into plain ones and drops invisible characters. */
export function normaliseChars(text: string): string {
  // Most lines are plain: five replace passes that change nothing were a share of reading every file.
  if (isPlain(text)) return text;
  return (
    text
      .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u201c\u201d\u201e\u201f\u2033]/g, (c) => QUOTE_MAP[c] ?? c)
      .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
      .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
      // Control characters other than tab and newline carry no meaning in a document.
      // eslint-disable-next-line no-control-regex -- stripping control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\r\n?/g, '\n')
  );
}

/**
 * True when no character is one normaliseChars changes: printable ASCII other than the backtick,
 * with tabs and newlines. Everything it rewrites lies outside that range.
 */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10) || c > 126 || c === 0x60) return false;
  }
  return true;
}

/** Collapses whitespace runs (tabs included) to single spaces and trims. */
export function squash(text: string): string {
  // Most text arrives already squashed: skip the copy when there is nothing to do.
  if (!needsSquash(text)) return text;
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The test /\s\s|[\t\n\r\f\v\u00a0]|^\s|\s$/ as a scan of character codes: squash runs on every
 * line many times over, and the regular expression (four alternatives tried at each position) was
 * a tenth of all ingest time.
 */
function needsSquash(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 160) continue;
    if (!isSpace(c)) continue;
    // A tab, newline or no-break space anywhere; any space at an end or before another space.
    // A single other space between words (U+2002 …) is left alone, as the expression leaves it.
    if ((c !== 32 && c <= 160) || i === 0 || i === last || isSpace(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** What \s matches in a JavaScript regular expression. */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13) || c === 160) return true;
  if (c < 0x1680) return false;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Lower-case, straight quotes, single spaces: the form used to compare names and phrases. */
export function foldForMatch(text: string): string {
  return squash(normaliseChars(text)).toLowerCase();
}

const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'with', 'by']);

/** "RESILIENT COMMUNITIES AND CHILDREN'S SCRUTINY COMMITTEE" -> "Resilient Communities and Children's Scrutiny Committee". */
export function titleCase(text: string, keepUpper: ReadonlySet<string> = new Set()): string {
  return squash(text)
    .split(' ')
    .map((word, i) => {
      const bare = word.replace(/[^A-Za-z]/g, '');
      if (keepUpper.has(bare.toUpperCase())) return word.toUpperCase();
      const lower = word.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      return lower.replace(/(^|[-/(])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}

export function isMostlyUpper(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length < 3) return false;
  const upper = letters.replace(/[^A-Z]/g, '').length;
  return upper / letters.length > 0.8;
}

/** Levenshtein distance, bounded: returns max+1 as soon as the distance exceeds max. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Splits prose into sentences without breaking on "Dr.", "e.g." or decimals. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const re = /[.!?]+(?=\s+(?:["'(]?[A-Z0-9]))/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const before = text.slice(start, end);
    if (/\b(?:e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|St|No|Cllr|Supt|Insp|Prof|Rev|vs|approx)\.$/i.test(before)) continue;
    out.push(before.trim());
    start = end;
  }
  const tail = text.slice(start).trim();
  if (tail) out.push(tail);
  return out.filter(Boolean);
}
