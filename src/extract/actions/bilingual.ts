import type { Block } from '../../ingest/document';

/*
 * Papers of boards that work in two languages (Wales) give every label as a pair, the other language's word, a slash,
 * then the English one ("Cam gweithredu / Action: … Arweinydd / Lead: … Erbyn / By: …"), and may give the value as a
 * pair in the same order ("Cadeirydd / Chair", "30 Tachwedd 2021 / 30 November 2021"). The action readers know the
 * English labels only: a pair is read as its English label, and a paired value as its side in the label's position.
 * No word list of the other language is needed: the English side is the one that is a known label.
 */

// The labels that open an action's fields, in English: what the action readers look for.
const LABEL =
  'Actions?|Action\\s+points?|Agreed\\s+actions?|Agreed|Decision|Task|What|Who|Lead|Owners?|Responsibility|Responsible|By|By\\s+when|When|Timescales?|Due(?:\\s+date)?|Deadline|Target(?:\\s+date)?|Status|Progress|Update';
// "Cam gweithredu / Action:" (English second) or "Action / Cam gweithredu:" (English first), where a line or a sentence
// opens it. The other language's words are letters and spaces only, a few of them.
const OTHER = "[\\p{L}][\\p{L}'’]*(?:\\s+[\\p{L}'’]+){0,3}";
const PAIR_LABEL = new RegExp(`(^|[.!?;]\\s+|\\s{2,}|\\t)(?:(${OTHER})\\s*/\\s*(${LABEL})|(${LABEL})\\s*/\\s*(${OTHER}))\\s*:\\s*`, 'gu');
const IS_LABEL = new RegExp(`^(?:${LABEL})$`, 'i');

/** The text with each paired label read as its English label, and a paired value after it as its side in that position. */
export function englishLabels(text: string): string {
  if (!text.includes('/') || !text.includes(':')) return text;
  const found = [...text.matchAll(PAIR_LABEL)].filter((m) => {
    // Both sides a label ("Owner / Lead:") is one field with two names, not two languages: the first is kept.
    const english = m[3] ?? m[4]!;
    const other = m[2] ?? m[5]!;
    return IS_LABEL.test(english) && (!IS_LABEL.test(other) || !!m[4]);
  });
  if (!found.length) return text;
  let out = text.slice(0, found[0]!.index);
  found.forEach((m, k) => {
    const englishSecond = m[3] !== undefined;
    const label = englishSecond ? m[3]! : m[4]!;
    const end = k + 1 < found.length ? found[k + 1]!.index : text.length;
    const raw = text.slice(m.index + m[0].length, end);
    out += `${m[1]}${label}: ${pairedValue(raw, englishSecond)}`;
  });
  return out;
}

/** "Cadeirydd / Chair." after a paired label: the side in the English label's place; any other value as written. */
function pairedValue(raw: string, englishSecond: boolean): string {
  const stop = /[.;]?\s*$/.exec(raw)!;
  const value = raw.slice(0, stop.index);
  const sides = value.split(/\s+\/\s+/);
  // Only a value of two short sides is a pair; a longer task that has a slash in it ("and/or", "2019/20") is not.
  if (sides.length !== 2 || sides.some((s) => !s.trim() || s.split(/\s+/).length > 8)) return raw;
  return `${(englishSecond ? sides[1] : sides[0])!.trim()}${raw.slice(stop.index)}`;
}

/**
 * The blocks with their paired labels read in English (only blocks that have a slash and a colon change). A text copy's
 * reader takes a line with " / " in it for a table row written with slashes; a "row" whose cells, put back together,
 * hold paired labels is the paper's bilingual line, and is read as the paragraph it is.
 */
export function withEnglishLabels(blocks: Block[]): Block[] {
  return blocks.map((b) => {
    if (b.type === 'marker') return b;
    if (b.type === 'row') {
      const cells = (b.cells ?? []).map((c) => c.trim()).filter(Boolean);
      if (cells.length < 2) return b;
      const line = cells.join(' / ');
      const text = englishLabels(line);
      return text === line ? b : { type: 'paragraph', text, ...(b.page !== undefined ? { page: b.page } : {}) };
    }
    const text = englishLabels(b.text);
    return text === b.text ? b : { ...b, text };
  });
}
