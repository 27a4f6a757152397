import type { IsoDate } from '../extract/dates';
import type { DocumentKind, ExtractedDocument } from '../extract/model';
import type { Block } from '../ingest/document';
import { splitSentences, squash } from '../util/text';

export type PassageKind = 'minutes' | 'guidance' | 'actions';

/** A piece of the library a member would want back whole, with where it came from. */
export interface Passage {
  kind: PassageKind;
  /** The board's key ("_" when the document names none). */
  board: string;
  document: string;
  title: string;
  heading: string;
  text: string;
  meetingDate: IsoDate | null;
  item: string | null;
}

const MAX_CHARS = 1400;
const TEMPLATE_BODY = /^(?:\d+(?:\.\d+)*\s*)?(?:none|n\/a|not applicable|no|yes|nil|tbc)\.?$/i;

/**
 * Cuts a document into passages: one per agenda item or report section (long ones split at
 * paragraph boundaries), one per glossary entry. Lines a document repeats over and over
 * (page headers, report templates) and empty template answers ("7.1 None.") are left out.
 */
export function documentPassages(doc: ExtractedDocument, name: string, kind: DocumentKind, board: string): Passage[] {
  const counts = new Map<string, number>();
  // Each block's key worked out once (a block can sit in more than one section).
  const keys = new Map<Block, string>();
  const keyOf = (b: Block) => keys.get(b) ?? keys.set(b, key(b)).get(b)!;
  // Only short blocks can be repeats (see `repeated`), and a block that squashes to 200 characters or more cannot share
  // their key (lower-casing never shortens a text): such blocks, most of a paper's text, are not lower-cased and counted.
  for (const s of doc.sections) {
    for (const b of s.blocks) {
      if (b.text.length >= 200 && squash(b.text).length >= 200) continue;
      const k = keyOf(b);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const repeated = (b: Block) => b.text.length < 200 && (counts.get(keyOf(b)) ?? 0) >= 3;
  const passageKind: PassageKind = kind === 'guidance' ? 'guidance' : 'minutes';
  const out: Passage[] = [];
  for (const section of doc.sections) {
    if (section.path.some((p) => /\bglossary\b|\bacronyms\b/i.test(p)) && doc.glossary.length) continue;
    const blocks = section.blocks.filter((b) => !repeated(b));
    const heading = section.path.join(' › ');
    const title = section.meetingTitle ? `${section.meetingTitle}${section.meetingDate ? `, ${section.meetingDate}` : ''}` : doc.title;
    for (const text of chunk(blocks)) {
      if (text.length < 30 && TEMPLATE_BODY.test(text)) continue;
      if (!/[a-z]{3}/i.test(text)) continue;
      out.push({ kind: passageKind, board, document: name, title, heading, text, meetingDate: section.meetingDate, item: section.item });
    }
  }
  for (const g of doc.glossary) {
    out.push({ kind: 'guidance', board, document: name, title: doc.title, heading: g.term, text: `${g.term}: ${g.expansion}`, meetingDate: null, item: null });
  }
  return dedupe(out);
}

function key(b: Block): string {
  return squash(b.text).toLowerCase();
}

function blockText(b: Block): string {
  if (b.type === 'row') return (b.cells ?? []).filter(Boolean).join(' | ');
  if (b.type === 'list-item') return `• ${b.text}`;
  return b.text;
}

/** Joins blocks into passages of at most MAX_CHARS, splitting only between blocks (or sentences of one huge block). */
function chunk(blocks: Block[]): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  let size = 0;
  const flush = () => {
    if (cur.length) out.push(cur.join('\n'));
    cur = [];
    size = 0;
  };
  for (const b of blocks) {
    if (b.type === 'marker') continue;
    const pieces = b.text.length > MAX_CHARS ? splitLong(blockText(b)) : [blockText(b)];
    for (const p of pieces) {
      if (size + p.length > MAX_CHARS && size > 0) flush();
      cur.push(p);
      size += p.length + 1;
    }
  }
  flush();
  return out;
}

function splitLong(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const s of splitSentences(text)) {
    if (cur && cur.length + s.length > MAX_CHARS) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur} ${s}` : s;
  }
  if (cur) out.push(cur);
  return out;
}

function dedupe(passages: Passage[]): Passage[] {
  const seen = new Set<string>();
  return passages.filter((p) => {
    const k = `${p.heading}|${p.text}`.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
