import lunr from 'lunr';
import { monthName } from '../extract/dates';
import { contentWords, indexText, stem } from './analyse';
import type { Passage } from './passages';

/** One shard's stored form: what the search loads (see ShardCache). */
export interface BuiltShard {
  passagesJson: string;
  indexJson: string;
  wordsJson: string;
}

/**
 * Everything expensive about a shard, with no database: run in the index worker (index-worker.ts)
 * so a rebuild never holds up a member's request.
 */
export function buildShard(passages: Passage[]): BuiltShard {
  return { passagesJson: JSON.stringify(passages), indexJson: JSON.stringify(buildIndex(passages)), wordsJson: JSON.stringify(typoWords(passages)) };
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

