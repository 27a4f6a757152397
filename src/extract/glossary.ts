import type { Block } from '../ingest/document';
import { squash } from '../util/text';
import type { GlossaryEntry } from './model';

const ACRONYM = /^[A-Z][A-Za-z0-9&]{1,9}$/;
/** Words that start minutes lines and are not terms: "RESOLVED – That …", "Action: …". */
const NOT_TERMS = new Set([
  'RESOLVED',
  'ACTION',
  'ACTIONS',
  'AGREED',
  'NOTE',
  'NOTED',
  'ITEM',
  'DECISION',
  'UPDATE',
  'PRESENT',
  'APOLOGIES',
  'MINUTES',
  'CONTACT',
  'TEL',
  'EMAIL',
]);
const SMALL = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'a', 'an', '&', 'with', 'at', 'by']);

/**
 * Acronyms a library defines: glossary tables ("MASH | Multi-Agency Safeguarding Hub"), glossary
 * lines ("LADO – Local Authority Designated Officer") and "(CSE)" definitions in prose.
 */
export function findGlossary(blocks: Block[]): GlossaryEntry[] {
  const found = new Map<string, GlossaryEntry>();
  const add = (term: string, expansion: string) => {
    const t = term.trim();
    const e = squash(expansion).replace(/[.;,]$/, '');
    if (!ACRONYM.test(t) || !e || e.length > 120 || e.toUpperCase() === t) return;
    if (!found.has(t)) found.set(t, { term: t, expansion: e });
  };
  let inGlossary = false;
  for (const b of blocks) {
    const text = squash(b.text);
    if (b.type === 'heading' || (b.type === 'paragraph' && text.length < 60)) {
      if (/\b(?:glossary|acronyms|abbreviations|jargon buster|key terms)\b/i.test(text)) inGlossary = true;
      else if (b.type === 'heading' && inGlossary && !ACRONYM.test(text.split(/\s/)[0] ?? '')) inGlossary = false;
    }
    if (b.type === 'row' && b.cells) {
      const cells = b.cells.filter(Boolean);
      if (cells.length === 2 && ACRONYM.test(cells[0]!) && looksLikeExpansion(cells[0]!, cells[1]!)) add(cells[0]!, cells[1]!);
      continue;
    }
    // "LADO – Local Authority Designated Officer": in a glossary section, or an acronym whose letters the words spell.
    const line = /^([A-Z][A-Za-z0-9&]{1,9})\s*(?:[:=–—-]|\t)\s*(.{3,120})$/.exec(text);
    if (
      line &&
      !NOT_TERMS.has(line[1]!.toUpperCase()) &&
      (inGlossary ? ACRONYM.test(line[1]!) : /^[A-Z0-9&]{2,10}$/.test(line[1]!) && expansionBefore(line[2]!.split(/[.;(]/)[0]!, line[1]!) !== null)
    ) {
      add(line[1]!, line[2]!);
    }
    if (!text.includes('(')) continue;
    for (const m of text.matchAll(/\(([A-Z][A-Za-z0-9&]{1,9})\)/g)) {
      const exp = expansionBefore(text.slice(Math.max(0, m.index! - 120), m.index!), m[1]!);
      if (exp) add(m[1]!, exp);
    }
  }
  return [...found.values()];
}

/** The words before "(ABC)" whose initials spell ABC: "the Multi-Agency Safeguarding Hub (MASH)". */
function expansionBefore(before: string, acronym: string): string | null {
  const words = before
    .trim()
    .split(/\s+/)
    .slice(-10)
    .map((w) => w.replace(/^[^A-Za-z]+/, ''));
  if (words.some((w) => !w)) return null;
  const letters = acronym.replace(/[^A-Za-z]/g, '').toUpperCase();
  // The phrase grows leftwards a word at a time, so its initials do too: each word's are worked out
  // once (small words give none), and once the initials are longer than the acronym none can match.
  let initials = '';
  for (let take = 1; take <= words.length; take++) {
    const first = words[words.length - take]!;
    if (SMALL.has(first.toLowerCase())) continue;
    initials = `${first
      .split('-')
      .map((w) => w[0]?.toUpperCase() ?? '')
      .join('')}${initials}`;
    if (initials === letters) return words.slice(words.length - take).join(' ');
    if (initials.length > letters.length) return null;
  }
  return null;
}

function looksLikeExpansion(term: string, expansion: string): boolean {
  const first = expansion.trim()[0] ?? '';
  return first.toUpperCase() === term[0]!.toUpperCase() || expansion.split(' ').length >= 2;
}
