import type { IsoDate } from '../extract/dates';
import { contentWords, stem, tokenWord, typoDistance, words } from './analyse';
import { scoreClauses } from './compact-index';
import type { PassageKind } from './passages';
import type { Shard, ShardCache } from './shards';

export interface SearchOptions {
  limit?: number;
  kind?: PassageKind;
  /** Only these boards (keys); all when absent. */
  boards?: string[];
}

export interface SearchResult {
  kind: PassageKind;
  document: string;
  title: string;
  heading: string;
  /** The whole passage. */
  text: string;
  /** The best few lines of it, with the words that matched in **bold**. */
  snippet: string;
  score: number;
  meetingDate: IsoDate | null;
  item: string | null;
  /** The question's words this passage matched (after spelling correction and acronyms). */
  matched: string[];
}

interface Clause {
  stem: string;
  boost: number;
  /** Which of the question's words this clause stands for. */
  term: number;
}

const MAX_QUERY_WORDS = 24;
const MAX_CORRECTED = 4;
/** How many of the best hits are re-ranked by word order and date. */
const RERANK = 40;

/**
 * Searches the library for a member's question. Never throws and never returns "everything":
 * the question is reduced to its content words (no lunr syntax ever reaches lunr), each word is
 * searched stemmed, misspellings are corrected against the words the library actually uses
 * ("safegaurding", "negelct"), acronyms are expanded from the library's own glossary (MASH ->
 * Multi-Agency Safeguarding Hub) and expansions written out are searched as their acronym.
 */
interface Hit {
  shard: Shard;
  passage: number;
  score: number;
  terms: number[];
}

/** A glossary entry prepared once: the acronym's stem and its expansion's words and stems. */
interface Expansion {
  acronymStem: string;
  words: string[];
  stems: string[];
}

export class Searcher {
  private prepared: { key: string; byAcronym: Map<string, Expansion>; all: Expansion[] } | null = null;

  constructor(
    private readonly cache: ShardCache,
    private readonly glossary: () => Promise<Map<string, string>>,
  ) {}

  async search(question: string, opts: SearchOptions = {}): Promise<SearchResult[]> {
    const limit = Math.max(1, Math.min(opts.limit ?? 10, 50));
    const text = typeof question === 'string' ? question.slice(0, 2000) : '';
    const terms = [...new Set(contentWords(text))].slice(0, MAX_QUERY_WORDS);
    if (!terms.length) return [];
    // An acronym counts as one when typed in capitals, or when it is not also an everyday word ("send").
    const typedUpper = new Set(
      text
        .split(/[^A-Za-z0-9]+/)
        .filter((w) => w.length > 1 && w === w.toUpperCase())
        .map((w) => w.toLowerCase()),
    );
    const shards = await this.cache.list(opts.boards);
    // "what does early help mean?": a passage saying "early help is …" is the answer.
    const term = definitionOf(text);
    const defining = term ? ['is', 'means', 'refers to', 'is defined as', 'describes', 'are'].map((v) => `${term} ${v}`) : null;
    const expansions = await this.expansions(shards.map((s) => `${s.shard}@${s.builtAt}`).join('|'));
    const hits: Hit[] = [];
    const keep = Math.max(RERANK, limit);
    // Loaded in turn, not all at once: each may parse a large index, and the cache's budget counts them one by one.
    const loaded: Shard[] = [];
    for (const s of shards) {
      const shard = await this.cache.get(s.shard, s.builtAt);
      if (shard) loaded.push(shard);
    }
    // A word some shard knows is spelt right: correcting it elsewhere would only add false matches.
    const known = new Set(terms.filter((w) => loaded.some((s) => s.index.vocabulary.has(stem(w)))));
    for (const shard of loaded) {
      const clauses = clausesFor(shard, terms, text, expansions, typedUpper, known);
      hits.push(...searchShard(shard, clauses, termWeights(shard, clauses, terms.length), { kind: opts.kind, boards: opts.boards, keep, defining }));
    }
    const top = hits.sort((a, b) => b.score - a.score).slice(0, keep);
    rerank(top, terms, /\b(?:now|current|currently|latest|recent|recently|this year|at the moment)\b/i.test(text));
    top.sort((a, b) => b.score - a.score);
    const highlight = new Set(terms.map(stem));
    const seen = new Map<string, boolean>();
    return top.slice(0, limit).map((h) => {
      const p = h.shard.passages[h.passage]!;
      return {
        kind: p.kind,
        document: p.document,
        title: p.title,
        heading: p.heading,
        text: p.text,
        snippet: snippet(p.text, highlight, 40, seen),
        score: Math.round(h.score * 1000) / 1000,
        meetingDate: p.meetingDate,
        item: p.item,
        matched: h.terms.map((t) => terms[t]!),
      };
    });
  }

  /** The glossary, prepared once per state of the index. */
  private async expansions(key: string): Promise<{ byAcronym: Map<string, Expansion>; all: Expansion[] }> {
    if (this.prepared?.key === key) return this.prepared;
    const byAcronym = new Map<string, Expansion>();
    for (const [acronym, expansion] of await this.glossary()) {
      const ew = contentWords(expansion);
      byAcronym.set(acronym, { acronymStem: stem(acronym.toLowerCase()), words: ew, stems: ew.map(stem) });
    }
    this.prepared = { key, byAcronym, all: [...byAcronym.values()] };
    return this.prepared;
  }
}

const EVERYDAY = new Set(['send', 'con', 'aim', 'ace', 'all', 'can', 'fin', 'did', 'cap', 'pan', 'act', 'hub', 'care', 'plan', 'lead', 'dash', 'pace', 'core']);

/**
 * How much each of the question's words tells passages apart in this shard (its inverse document
 * frequency, from its best clause); a word the shard does not have counts for nothing.
 */
function termWeights(shard: Shard, clauses: Clause[], termCount: number): number[] {
  const n = shard.passages.length;
  const out = new Array<number>(termCount).fill(0);
  for (const c of clauses) {
    let df = 0;
    for (const field of shard.index.fields) df = Math.max(df, field.get(c.stem)?.docs.length ?? 0);
    if (!df) continue;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    out[c.term] = Math.max(out[c.term]!, idf);
  }
  return out;
}

/** "what counts as early help?", "what is a strategy discussion?": the thing to be defined, if asked. */
function definitionOf(question: string): string | null {
  const m =
    /\b(?:what(?:'s| is| are| does| do)?|define|definition of|meaning of)\s+(?:an?\s+|the\s+)?(?:actually\s+)?(?:counts? as\s+|meant by\s+|mean by\s+)?(?:an?\s+|the\s+)?([a-z][a-z' -]{2,40}?)(?:\s+(?:mean|means|stand for|stands for|refer to))?\s*\??$/i.exec(
      question.trim(),
    );
  return m ? words(m[1]!).join(' ') : null;
}

function clausesFor(
  shard: Shard,
  terms: string[],
  question: string,
  glossary: { byAcronym: Map<string, Expansion>; all: Expansion[] },
  typedUpper: Set<string>,
  known: Set<string>,
): Clause[] {
  const vocab = shard.index.vocabulary;
  const out: Clause[] = [];
  // Spelling correction scans the shard's words: a handful per question is plenty for people,
  // and keeps a question of random characters from costing a scan per "word".
  let corrected = 0;
  terms.forEach((word, term) => {
    const s = stem(word);
    // Numbers ("3", "2018") help, but should not outweigh the words of a question.
    const boost = /^\d+$/.test(word) ? 3 : 10;
    if (vocab.has(s)) out.push({ stem: s, boost, term });
    else if (!known.has(word) && corrected++ < MAX_CORRECTED) for (const c of corrections(word, shard)) out.push({ stem: c, boost: 5, term });
    const expansion = glossary.byAcronym.get(word.toUpperCase());
    if (expansion && (typedUpper.has(word) || !EVERYDAY.has(word))) {
      for (const es of expansion.stems) if (vocab.has(es)) out.push({ stem: es, boost: 3, term });
    }
  });
  // "multi agency safeguarding hub" written out is also searched as MASH and covers its words;
  // "safeguarding hub" (the end of it) as MASH too, more gently.
  const qwords = words(question);
  const qset = new Set(qwords);
  for (const e of glossary.all) {
    if (e.words.length < 2 || !vocab.has(e.acronymStem)) continue;
    const all = e.words.every((w) => qset.has(w));
    const tail = !all && e.words.length >= 3 && hasPhrase(qwords.join(' '), e.words.slice(-2).join(' '));
    if (!all && !tail) continue;
    for (const w of e.words) if (terms.includes(w)) out.push({ stem: e.acronymStem, boost: all ? 8 : 4, term: terms.indexOf(w) });
  }
  // Words whose initials spell an acronym the library uses: "clinical commissioning group" -> CCG.
  const content = qwords.filter((w) => terms.includes(w));
  for (let i = 0; i < content.length; i++) {
    for (let len = 3; len <= 5 && i + len <= content.length; len++) {
      const acronym = content
        .slice(i, i + len)
        .map((w) => w[0])
        .join('');
      if (!vocab.has(acronym) || (glossary.byAcronym.has(acronym.toUpperCase()) === false && acronym.length < 3)) continue;
      for (let k = i; k < i + len; k++) out.push({ stem: acronym, boost: 6, term: terms.indexOf(content[k]!) });
    }
  }
  return out;
}

function searchShard(
  shard: Shard,
  clauses: Clause[],
  weights: number[],
  opts: { kind: PassageKind | undefined; boards: string[] | undefined; keep: number; defining: string[] | null },
): Hit[] {
  if (!clauses.length) return [];
  const { kind, boards, keep, defining } = opts;
  const termCount = weights.length;
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const best = new TopK(keep);
  scoreClauses(shard.index, clauses, (doc, raw, mask) => {
    const p = shard.passages[doc];
    if (!p || (kind && p.kind !== kind) || (boards && !boards.includes(p.board))) return;
    // Passages that answer more of the question come first, a rare word ("overspend") counting
    // for more than a common one ("year"); the weights order the rest.
    let matched = 0;
    for (let t = 0; t < termCount; t++) if (mask & (1 << Math.min(t, 30))) matched += weights[t]!;
    const coverage = matched / total;
    // A one-line glossary entry is the answer to "what is X?", not to a longer question that mentions X.
    const entry =
      p.kind === 'guidance' && p.heading.length <= 12 && p.text.startsWith(`${p.heading}:`) ? (termCount >= 3 ? 0.25 : termCount === 2 ? 0.6 : 1) : 1;
    const defines = defining && defining.some((d) => hasPhrase(shard.flat[doc] ?? '', d)) ? 1.5 : 1;
    const score = raw * (0.4 + 0.6 * coverage) * entry * defines;
    if (best.accepts(score)) {
      const terms: number[] = [];
      for (let t = 0; t < termCount; t++) if (mask & (1 << Math.min(t, 30))) terms.push(t);
      best.add({ shard, passage: doc, score, terms });
    }
  });
  return best.sorted();
}

/**
 * Second look at the best hits: a passage that has the question's words side by side ("designated
 * doctor", "practitioner briefings") beats one that has them scattered; asked about "now", the
 * most recent papers come first.
 */
function rerank(hits: Hit[], terms: string[], wantsRecent: boolean): void {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < terms.length; i++) if (!/^\d+$/.test(terms[i]!) || !/^\d+$/.test(terms[i + 1]!)) pairs.push(`${terms[i]} ${terms[i + 1]}`);
  const dates = hits
    .map((h) => h.shard.passages[h.passage]!.meetingDate ?? '')
    .filter(Boolean)
    .sort();
  const newest = dates[dates.length - 1];
  for (const h of hits) {
    const p = h.shard.passages[h.passage]!;
    const text = flatText(h.shard, h.passage);
    if (pairs.length) h.score *= 1 + 0.2 * pairs.filter((pair) => hasPhrase(text, pair)).length;
    if (wantsRecent && newest && p.meetingDate === newest) h.score *= 1.2;
  }
}

/** The k best hits seen so far (a min-heap of size k): only those become objects. */
class TopK {
  private readonly heap: Hit[] = [];

  constructor(private readonly k: number) {}

  accepts(score: number): boolean {
    return this.heap.length < this.k || score > this.heap[0]!.score;
  }

  add(h: Hit): void {
    const heap = this.heap;
    const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
    if (heap.length < this.k) {
      heap.push(h);
      for (let i = heap.length - 1; i > 0 && heap[i]!.score < heap[(i - 1) >> 1]!.score; i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
      return;
    }
    heap[0] = h;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && heap[l]!.score < heap[m]!.score) m = l;
      if (r < heap.length && heap[r]!.score < heap[m]!.score) m = r;
      if (m === i) break;
      swap(i, m);
      i = m;
    }
  }

  sorted(): Hit[] {
    return [...this.heap].sort((a, b) => b.score - a.score);
  }
}

/** Whether words joined by single spaces contain a phrase as whole words. */
function hasPhrase(text: string, phrase: string): boolean {
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    const end = i + phrase.length;
    if ((i === 0 || text.charCodeAt(i - 1) === 32) && (end === text.length || text.charCodeAt(end) === 32)) return true;
  }
  return false;
}

/** A passage's heading and text, lower case, as words joined by single spaces (made when the shard loads). */
function flatText(shard: Shard, i: number): string {
  return shard.flat[i] ?? '';
}

/**
 * The stems of words the library uses that a misspelt word was probably meant to be: one edit
 * away, counting a swap of neighbouring letters as one ("negelct"), two for long words.
 */
function corrections(word: string, shard: Shard): string[] {
  if (word.length < 4 || /\d/.test(word)) return [];
  const known = shard.corrections.get(word);
  if (known) return known;
  const max = word.length >= 8 ? 2 : 1;
  const hits: { s: string; d: number }[] = [];
  for (const [w, s] of shard.wordsByInitial.get(word[0]!) ?? []) {
    if (Math.abs(w.length - word.length) > max) continue;
    const d = typoDistance(word, w, max);
    if (d <= max) hits.push({ s, d });
  }
  const found = [...new Set(hits.sort((a, b) => a.d - b.d).map((h) => h.s))].slice(0, 3);
  if (shard.corrections.size > 5000) shard.corrections.clear();
  shard.corrections.set(word, found);
  return found;
}

/** The stretch of a passage (about 40 words) holding most of the matched words, matches in bold. */
export function snippet(text: string, stems: Set<string>, width = 40, seen = new Map<string, boolean>()): string {
  const tokens = text.split(/\s+/).filter(Boolean);
  const hit = tokens.map((t) => {
    let h = seen.get(t);
    if (h === undefined) {
      const w = tokenWord(t);
      h = !!w && stems.has(stem(w));
      seen.set(t, h);
    }
    return h;
  });
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (hit[k]) count++;
    if (k >= width && hit[k - width]) count--;
    const start = Math.max(0, k - width + 1);
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  const end = Math.min(tokens.length, best + width);
  const parts = tokens.slice(best, end).map((t, i) => (hit[best + i] ? t.replace(/^([^A-Za-z0-9]*)(.*?)([^A-Za-z0-9]*)$/, '$1**$2**$3') : t));
  return `${best > 0 ? '… ' : ''}${parts.join(' ')}${end < tokens.length ? ' …' : ''}`;
}
