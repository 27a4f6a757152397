import { isMostlyUpper, titleCase } from '../util/text';

const BODY = String.raw`(?:Local\s+)?(?:Safeguarding\s+(?:Children(?:'s)?\s+|Adults\s+)?(?:Board|Partnership)|Children(?:'s)?\s+Safeguarding\s+(?:Board|Partnership)|Children(?:'s)?\s+Services\s+Improvement\s+Board|Improvement\s+Board|Scrutiny\s+Committee|Scrutiny\s+Panel|Partnership\s+Board|Children(?:'s)?\s+Trust\s+Board|Corporate\s+Parenting\s+(?:Board|Panel|Committee)|Health\s+and\s+Wellbeing\s+Board|Safeguarding\s+Partnership)`;
const PREFIX = String.raw`(?:(?:[A-Z][A-Za-z'-]+|and|&)\s+){0,6}`;
const BOARD_RE = new RegExp(`\\b${PREFIX}${BODY}\\b`, 'g');
const ACRONYMS = new Set(['NHS', 'LSCB', 'SEND', 'CCG', 'CSE']);

/** "RESILIENT COMMUNITIES AND CHILDREN'S SCRUTINY COMMITTEE" -> "Resilient Communities and Children's Scrutiny Committee". */
export function tidyBoardName(raw: string): string {
  let name = raw.replace(/^(?:the|of|and)\s+/i, '').replace(/\s+(?:meeting|minutes)$/i, '').trim();
  if (name === name.toUpperCase()) name = titleCase(name, ACRONYMS);
  return name.replace(/\bChildrens\b/g, "Children's");
}

/** The comparison key of a board name: case, apostrophes and "the" do not matter. */
export function boardKey(name: string): string {
  return name.toLowerCase().replace(/['’]/g, '').replace(/\bthe\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * The board a document belongs to: a board name in its first lines if there is one, otherwise
 * the board it names most often ("Blackpool Safeguarding Children Board").
 */
export function findBoardName(headerText: string, bodyText: string): string | null {
  const header = matches(headerText);
  if (header.length) return header[0]!;
  const counts = new Map<string, { name: string; n: number }>();
  for (const name of matches(bodyText)) {
    const key = boardKey(name);
    const c = counts.get(key) ?? { name, n: 0 };
    c.n += 1;
    counts.set(key, c);
  }
  let best: { name: string; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.name ?? null;
}

function matches(text: string): string[] {
  const out: string[] = [];
  for (const rawLine of text.split('\n')) {
    // Upper-case headers are title-cased first so that one case-sensitive pattern serves both.
    const line = isMostlyUpper(rawLine) ? titleCase(rawLine, ACRONYMS) : rawLine;
    for (const m of line.replace(/\s+/g, ' ').matchAll(BOARD_RE)) out.push(tidyBoardName(m[0].trim()));
  }
  return out;
}
