/**
 * Query-time form of a serialised lunr index. lunr's builder computes each passage's BM25 weight
 * for every word (per field, with the field boosts applied) and stores them as field vectors; we
 * keep those weights as flat posting arrays and add them up ourselves. The ranking is lunr's (the
 * same weights summed over the same fields); what changes is the cost: a query touches only the
 * postings of its own words, with no per-passage vector arithmetic and no lunr objects in memory
 * (about a tenth of the memory of a loaded lunr.Index).
 */
export interface Postings {
  docs: Uint32Array;
  weights: Float32Array;
}

export interface CompactIndex {
  docCount: number;
  /** word (stemmed) -> postings, one map per field. */
  fields: Map<string, Postings>[];
  vocabulary: Set<string>;
}

interface SerialisedLunr {
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, { _index: number }][];
}

export function compactIndex(serialised: SerialisedLunr, docCount: number): CompactIndex {
  const termOf: string[] = [];
  for (const [term, entry] of serialised.invertedIndex) termOf[entry._index] = term;
  const fieldNo = new Map(serialised.fields.map((f, i) => [f, i]));
  // Two passes: count postings per (field, term), then fill typed arrays in passage order.
  const counts = serialised.fields.map(() => new Map<number, number>());
  for (const [ref, vector] of serialised.fieldVectors) {
    const f = fieldNo.get(ref.slice(0, ref.indexOf('/')))!;
    for (let k = 0; k < vector.length; k += 2) counts[f]!.set(vector[k]!, (counts[f]!.get(vector[k]!) ?? 0) + 1);
  }
  const arrays = counts.map((c) => {
    const m = new Map<number, Postings & { n: number }>();
    for (const [ti, n] of c) m.set(ti, { docs: new Uint32Array(n), weights: new Float32Array(n), n: 0 });
    return m;
  });
  for (const [ref, vector] of serialised.fieldVectors) {
    const slash = ref.indexOf('/');
    const f = fieldNo.get(ref.slice(0, slash))!;
    const doc = Number(ref.slice(slash + 1));
    for (let k = 0; k < vector.length; k += 2) {
      const p = arrays[f]!.get(vector[k]!)!;
      p.docs[p.n] = doc;
      p.weights[p.n] = vector[k + 1]!;
      p.n++;
    }
  }
  const fields = arrays.map((m) => {
    const out = new Map<string, Postings>();
    for (const [ti, p] of m) out.set(termOf[ti]!, { docs: p.docs, weights: p.weights });
    return out;
  });
  return { docCount, fields, vocabulary: new Set(termOf.filter(Boolean)) };
}

/** Per-index scratch arrays, reused across queries (queries run one at a time). */
const scratch = new WeakMap<CompactIndex, { scores: Float64Array; masks: Int32Array; touched: Uint32Array }>();

/**
 * Sums each clause's weights over the passages holding its word, then calls `visit` once per
 * passage matched with its total and a bit mask of the question's words it matched (bit k for
 * word k). Allocates nothing per passage: queries on common words touch thousands of them.
 */
export function scoreClauses(
  index: CompactIndex,
  clauses: { stem: string; boost: number; term: number }[],
  visit: (doc: number, score: number, mask: number) => void,
): void {
  let buf = scratch.get(index);
  if (!buf) {
    buf = { scores: new Float64Array(index.docCount), masks: new Int32Array(index.docCount), touched: new Uint32Array(index.docCount) };
    scratch.set(index, buf);
  }
  const { scores, masks, touched } = buf;
  let n = 0;
  for (const c of clauses) {
    const bit = 1 << Math.min(c.term, 30);
    for (const field of index.fields) {
      const p = field.get(c.stem);
      if (!p) continue;
      const docs = p.docs;
      const weights = p.weights;
      for (let k = 0; k < docs.length; k++) {
        const d = docs[k]!;
        if (masks[d] === 0) touched[n++] = d;
        scores[d] += c.boost * weights[k]!;
        masks[d] |= bit;
      }
    }
  }
  for (let k = 0; k < n; k++) {
    const d = touched[k]!;
    const score = scores[d]!;
    const mask = masks[d]!;
    scores[d] = 0;
    masks[d] = 0;
    visit(d, score, mask);
  }
}
