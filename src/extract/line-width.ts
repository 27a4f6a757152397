import type { Block } from '../ingest/document';

/*
 * Plain-text copies of minutes are often hard-wrapped: every line of a paragraph is cut at the
 * page's width, wherever the sentence is, so a clause can break just before a capital ("… write to
 * the Regional" / "Adoption Agency about …"). Such a line cannot be told from a heading or a
 * list entry by its own words; it can by the paper's width. A wrapping tool breaks a line only
 * when the next word would not fit, so the lines it cut cluster just under one length, and a
 * line the writer ended (a title, a name in a list) is followed by a word that would have fit.
 * Hand-written: this is a property of one paper's layout, measured on that paper.
 */

/** The longest word a wrapped line leaves room for: wrapped lines end within this of the width. */
const WORD_ROOM = 14;

/**
 * The width a paper's prose is wrapped at, or null when its paragraphs are whole (a Word file, a
 * PDF whose lines were rejoined) or too few to tell. The width is the longest length that a
 * quarter or more of the paper's long lines come close to; a few longer lines (a table row, an
 * address typed on one line) may stand above it.
 */
export function wrapWidth(blocks: Block[]): number | null {
  // A line repeated across the paper (a running footer, a boilerplate bullet) counts once.
  const texts = new Set<string>();
  for (const b of blocks) if ((b.type === 'paragraph' || b.type === 'list-item') && b.text.length >= 20) texts.add(b.text.trim());
  const lens = [...texts].map((t) => t.length).sort((a, b) => b - a);
  if (lens.length < 6) return null;
  // How many of the lengths (sorted longest first) are at least `min`: the index of the first shorter one.
  const atLeast = (min: number) => {
    let lo = 0;
    let hi = lens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lens[mid]! >= min) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (let i = 0; i <= Math.floor(lens.length * 0.15); i++) {
    const width = lens[i]!;
    if (width < 50) return null;
    const near = atLeast(width - WORD_ROOM) - i;
    const long = atLeast(width / 2) - i;
    if (near >= 4 && near >= long / 4) return width;
  }
  return null;
}

/**
 * Whether a line was cut by the paper's width rather than ended by its writer, and the next line carries
 * the same sentence on. Cut: the line is within a word of the width and the next line's first word would
 * not have fitted on it. Carried on: the next line ends the sentence, or is cut in its turn; a line that
 * opens with a label ("Action:", "Apologies:"), a number or a bullet starts something new.
 */
export function runsOn(line: string, next: string, width: number | null | undefined): boolean {
  if (!width || line.length > width || line.length < width - WORD_ROOM || isTitle(line)) return false;
  const first = /^\S+/.exec(next)?.[0] ?? '';
  if (line.length + 1 + first.length <= width) return false;
  if (/^(?:[A-Z][\w'’]*(?:\s+[\w'’]+){0,3}\s*:|\(?[\divx]{1,4}[.)]|[-–•*§])/.test(next)) return false;
  return /[.!?;]["')]?$/.test(next) || next.length >= width - WORD_ROOM;
}

/** A line most of whose words start with a capital is a title or a list of names ("3. Housing Protocol", "Gwent Valleys … Board"). */
function isTitle(line: string): boolean {
  const words = line.split(' ').filter((w) => /^[A-Za-z]/.test(w));
  return words.filter((w) => /^[A-Z]/.test(w)).length > words.length * 0.6;
}
