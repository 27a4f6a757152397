import lunr from 'lunr';

import { monthName } from '../extract/dates';
import { contentWords, indexText, stem } from './analyse';
import { CompactIndex, compactIndex } from './compact-index';
import type { Passage } from './passages';

/** A shard as the search uses it in memory (ShardCache adds its name, build stamp and typo memo). */
export interface LoadedShard {
  passages: Passage[];
  index: CompactIndex;
  /** The words the passages use, by first letter, with their stems: for spotting typos. */
  wordsByInitial: Map<string, [string, string][]>;
  /** Each passage's heading and text, lower case, words joined by single spaces: for phrase checks. */
  flat: string[];
  textBytes: number;
}

/** One shard built: its stored form (for the database) and its loaded form (for this process's cache). */
export interface BuiltShard {
  passagesJson: string;
  indexJson: string;
  wordsJson: string;
  loaded: LoadedShard;
}

/**
 * Everything expensive about a shard, with no database: run in the index worker (index-worker.ts)
 * so a rebuild never holds up a member's request. It is loaded there too, so that swapping it in
 * costs the server only receiving it, not parsing and compacting it on some member's search.
 */
export function buildShard(passages: Passage[]): BuiltShard {
  const index = buildIndex(passages).toJSON() as unknown as Parameters<typeof compactIndex>[0];
  const words = typoWords(passages);
  const textBytes = passages.reduce((n, p) => n + Buffer.byteLength(p.text), 0);
  return {
    passagesJson: JSON.stringify(passages),
    indexJson: JSON.stringify(index),
    wordsJson: JSON.stringify(words),
    loaded: loadedShard(passages, compactIndex(index, passages.length), words, textBytes),
  };
}

/** A shard's loaded form from its parts (the stored JSON parsed, or fresh from a build). */
export function loadedShard(passages: Passage[], index: CompactIndex, words: [string, string][], textBytes: number): LoadedShard {
  return {
    passages,
    index,
    wordsByInitial: byInitial(words),
    // Built by replace() alone so each is one flat string (a concatenation would be a rope that
    // V8 flattens on first search, on the query's time).
    flat: passages.map((p) =>
      `${p.heading}\n${p.text}`
        .toLowerCase()
        .replace(/['’]s\b/g, '')
        .replace(/[^a-z0-9]+/g, ' ')
        .trim(),
    ),
    textBytes,
  };
}

function byInitial(words: [string, string][]): Map<string, [string, string][]> {
  const out = new Map<string, [string, string][]>();
  for (const entry of words) {
    const list = out.get(entry[0][0]!);
    if (list) list.push(entry);
    else out.set(entry[0][0]!, [entry]);
  }
  return out;
}

/** The words a passage is found by in its heading field: heading, title, and the meeting's month. */
function headingText(p: Passage): string {
  const when = p.meetingDate ? `${monthName(Number(p.meetingDate.slice(5, 7)))} ${p.meetingDate.slice(0, 4)}` : '';
  return indexText(`${p.heading} ${p.title} ${when}`);
}

/**
 * Builds one shard's index. Our own analysis (British spellings, possessives, a stop list that
 * keeps "May" and "not") runs before lunr, so lunr only stems; headings weigh double.
 */
export function buildIndex(passages: Passage[]): lunr.Index {
  return lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.pipeline.add(lunr.stemmer);
    this.searchPipeline.add(lunr.stemmer);
    this.ref('i');
    this.field('heading', { boost: 2 });
    this.field('body');
    passages.forEach((p, i) => this.add({ i: String(i), heading: headingText(p), body: indexText(p.text) }));
  });
}

/** The words the passages use (with their stems), against which misspellings are corrected. */
export function typoWords(passages: Passage[]): [string, string][] {
  const seen = new Map<string, string>();
  for (const p of passages) {
    for (const w of contentWords(`${p.heading} ${p.text}`)) {
      if (w.length < 4 || /\d/.test(w) || seen.has(w)) continue;
      seen.set(w, stem(w));
    }
  }
  return [...seen.entries()];
}
