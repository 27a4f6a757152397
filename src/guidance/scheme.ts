import { squash } from '../util/text';

/**
 * Reading a level heading in any of the forms partnerships use: "Level 3 – Targeted Support",
 * "LEVEL 1:", "Level Three - …", "Tier 2 Targeted and coordinated", "Universal - Level 1",
 * "Universal Level 1", "Universal (level 1)", "1 Universal", "Level 2a". Hand-written: no library
 * knows this vocabulary, and the forms are few enough to list.
 */
export interface LevelHeading {
  n: number | null;
  sub: string | null;
  name: string | null;
  term: 'level' | 'tier' | null;
  /** A definition that follows the number on the same line ("LEVEL 1: These are children …"). */
  inline: string | null;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const NUM = '(\\d|one|two|three|four|five|six|seven)';
const TERM = '(level|tier)';

/** Joins regex pieces as alternatives, so long patterns can be written over several lines. */
export function anyOf(flags: string, ...parts: RegExp[]): RegExp {
  return new RegExp(parts.map((p) => p.source).join('|'), flags);
}

export function numberOf(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}

/**
 * Words that name levels of need when a document gives no numbers. The rank is only a tie-break;
 * a document's own order always wins.
 */
const LEVEL_WORDS = [
  'universal',
  'additional',
  'early help',
  'targeted',
  'intensive',
  'specialist',
  'statutory',
  'complex',
  'acute',
  'vulnerable',
  'partnership plus',
  'child protection',
  'child in need',
  'protection',
  'preventative',
  'prevention',
  'green',
  'yellow',
  'amber',
  'red',
  'purple',
  'blue',
];
const LEVEL_WORD = new RegExp(`^(?:${LEVEL_WORDS.join('|')})\\b`, 'i');

/** Whether a name reads as the name of a level ("Universal Plus (TaF Recommended)"), not prose. */
export function looksLikeLevelName(text: string): boolean {
  const t = squash(text);
  if (!t || t.length > 90 || /[.;,:]$/.test(t)) return false;
  if (!/^[A-Z]/.test(t)) return false;
  return LEVEL_WORD.test(t) && t.split(' ').length <= 8;
}

function cleanName(raw: string): string | null {
  let name = squash(raw)
    .replace(/,?\s*further information\b.*$/i, '')
    .replace(/\s*\($/, '')
    .replace(/^[-–—:.)\s]+|[-–—:(\s]+$/g, '')
    .trim();
  if (!name) return null;
  // A heading cell "LEVEL 2 UNIVERSAL PLUS" and a spanning line are the same words.
  name = name.replace(/\s+/g, ' ');
  return name;
}

const WORDS = (s: string) => s.split(' ').filter(Boolean).length;

/** The level a heading names, or null when the text is not a level heading. */
export function readLevelHeading(raw: string): LevelHeading | null {
  const t = squash(raw).replace(/^caption:\s*/i, '');
  if (!t || t.length > 4000) return null;
  let m: RegExpExecArray | null;

  // "Level 3 – Targeted Support", "LEVEL 1:", "Level Two - Preventative Services", "Tier 2 Targeted", "Level 2a".
  if ((m = new RegExp(`^${TERM}\\s+${NUM}([a-c])?(?![\\d/]|\\s*(?:and|or|&|to|-\\s*\\d)\\s*\\d)\\b\\s*([-–—:.)]\\s*)?(.*)$`, 'i').exec(t))) {
    const n = numberOf(m[2]!);
    const rest = m[5]!.trim();
    const term = m[1]!.toLowerCase() as 'level' | 'tier';
    const sub = m[3]?.toLowerCase() ?? null;
    if (!rest) return { n, sub, name: null, term, inline: null };
    // "LEVEL 1: These are children …": a number and its definition on one line.
    if (WORDS(rest) > 14 || /[.;]$/.test(rest)) {
      if (m[4] && /[:.–—-]/.test(m[4]) && /^[A-Z]/.test(rest)) return { n, sub, name: null, term, inline: rest };
      return null;
    }
    if (!/^[A-Z(]/.test(rest)) return null;
    return { n, sub, name: cleanName(rest), term, inline: null };
  }
  // "Universal - Level 1", "Early Help/ Prevention - Level 2 (".
  if ((m = new RegExp(`^(.{2,60}?)\\s*[-–—]\\s*${TERM}\\s+${NUM}([a-c])?\\b\\s*\\(?$`, 'i').exec(t))) {
    if (!/^[A-Z]/.test(m[1]!)) return null;
    return { n: numberOf(m[3]!), sub: m[4]?.toLowerCase() ?? null, name: cleanName(m[1]!), term: m[2]!.toLowerCase() as 'level' | 'tier', inline: null };
  }
  // "Universal Level 1", "Universal (level 1)".
  if ((m = new RegExp(`^(.{2,50}?)\\s*\\(?${TERM}\\s+${NUM}([a-c])?\\)?$`, 'i').exec(t))) {
    if (!/^[A-Z]/.test(m[1]!) || WORDS(m[1]!) > 5) return null;
    return { n: numberOf(m[3]!), sub: m[4]?.toLowerCase() ?? null, name: cleanName(m[1]!), term: m[2]!.toLowerCase() as 'level' | 'tier', inline: null };
  }
  // "1 Universal", "1: Universal and prevention", "2a Targeted": a number before a level word.
  if ((m = /^(\d)([a-c])?\s*[:.)–-]?\s+(.{3,80})$/.exec(t)) && looksLikeLevelName(m[3]!)) {
    return { n: Number(m[1]), sub: m[2] ?? null, name: cleanName(m[3]!), term: null, inline: null };
  }
  return null;
}

/**
 * "The guide describes four levels of need: Universal, Universal Plus, Additional Needs and
 * Complex/Significant" — the names of a scheme listed in one sentence.
 */
export function listedLevels(text: string): { count: number | null; names: string[] } | null {
  const m = /\b(two|three|four|five|six|\d)\s+(?:levels?|tiers?)\b[^:.]{0,60}:\s*([^.]{5,200})/i.exec(squash(text));
  if (!m) return null;
  const names = m[2]!
    .split(/\s*,\s*|\s+and\s+|\s*;\s*/)
    .map((s) => s.trim())
    .filter((s) => s && /^[A-Z]/.test(s) && s.split(' ').length <= 5);
  const count = numberOf(m[1]!);
  if (names.length < 2 || (count !== null && names.length !== count)) return null;
  return { count, names };
}

/** "There are five levels of need …": how many levels the document says it has. */
export function declaredCount(text: string): number | null {
  const m = /\b(?:there are|sets out|has|have|describes|uses)\s+(?:the\s+)?(two|three|four|five|six|seven|\d)\s+(?:levels?|tiers?)\b/i.exec(text);
  return m ? numberOf(m[1]!) : null;
}
