import { remembered } from './memo';

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
  if (!NOT_PLAIN.test(text)) return text;
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
 * A character normaliseChars could change: anything but tab, newline and printable ASCII other
 * than the backtick. Everything it rewrites lies outside that range.
 */
const NOT_PLAIN = /[^\t\n\x20-\x5f\x61-\x7e]/;

/** Collapses whitespace runs (tabs included) to single spaces and trims. */
export function squash(text: string): string {
  // The extractors squash the same block text many times over (each rule squashes what it reads): a recent
  // answer is looked up, which costs nothing once the string's hash is known (short texts are cheaper to redo).
  return text.length >= 24 ? squashRemembered(text) : collapseSpaces(text);
}

/**
 * squash without remembering: for text read once (a file's lines as they are split into blocks), where looking
 * each line up and storing it would cost more than the squashing.
 */
export function collapseSpaces(text: string): string {
  // Most text arrives already squashed: skip the copy when there is nothing to do.
  return /\s\s|[\t\n\r\f\v\u00a0]|^\s|\s$/.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

const squashRemembered = remembered(collapseSpaces);

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
      // "(MACE)" after a name in capitals is that name's acronym, kept as written.
      if (/^\([A-Z]{2,6}\)[,.;:]?$/.test(word)) return word;
      const lower = word.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      return lower.replace(/(^|[-/(])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}

export function isMostlyUpper(text: string): boolean {
  // Counted in one pass without building strings: this runs on every short line of every file.
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c < 97 || c > 122) continue;
    letters++;
  }
  if (letters < 3) return false;
  return upper / letters > 0.8;
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
