import { splitSentences, squash } from '../util/text';
import { contentWords, stem, words } from './analyse';
import type { SearchResult } from './search';

/** The sentence of the found passages that answers the question, and the passage it came from. */
export interface AnswerSentence {
  text: string;
  result: SearchResult;
}

const PAGE_LINE = /^=+\s*https?:\/\/\S+\s*=*$/;
const PHONE = /\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;
const WHEN_ASKED = /\bhow (?:long|quickly|soon|fast)\b|\bwhen (?:do|does|should|must|will|can)\b|\btime ?scales?\b|\bdeadline\b/i;
const WHEN_SAID =
  /\bwithin\b[^.;]{0,25}\b(?:hours?|days?|weeks?|months?|period)\b|\bsame day\b|\bimmediately\b|\bstraight away\b|\b(?:at least|no later than) \d+\b/i;
const NOT = /\b(?:not|no|never|cannot)\b|n['’]t\b/i;
const OFTEN_ASKED = /\bhow often\b|\bhow frequently\b/i;
const OFTEN_SAID = /\bevery\b|\bper (?:day|week|month|year)\b|\b(?:daily|weekly|monthly|fortnightly)\b|\bfrequency\b/i;
const WHO_ASKED = /^\s*(?:who|which (?:team|service|number)|where)\b|\b(?:who|where) (?:do|should|can|would) (?:i|we)\b|\bnumber\b/i;
const NUMBER_ASKED = /\bnumbers?\b/i;
/** Words that frame a question ("what happens if …", "do you know …") and say nothing about its answer. */
const FRAMING = new Set(['happen', 'know', 'tell', 'ask', 'want', 'pleas', 'thank', 'doesn', 'don', 'isn']);
const WHO_SAID = /\b(?:team|hub|service|line|door|officer|unit)\b/i;
const YES_NO_ASKED = /^\s*(?:can|could|may|must|should|do|does|is|are)\s+(?:i|we|you|they|it|a|an|the|there)\b/i;
const YES_NO_SAID = /\b(?:can|cannot|can't|may|must|should|will|need to|do not|does not)\b/i;
/** A sentence that leans on the one before it ("However, it must not …") is shown with it. */
const LEANS_BACK = /^(?:However|But|This|These|That|It|They|Otherwise|Unless|Instead|If not)\b/;

/**
 * Picks, from the passages a search found, the sentence that holds the answer: the one sharing the
 * question's rarer words, preferring what the question asks for (a time for "how long", a team or
 * number for "who", a "can / must" for a yes-no question, "(ABC)" for an abbreviation asked about).
 * Hand-written: a few cues on top of word overlap, cheap enough to run on every answer; a snippet
 * window around the query's words (search.ts) shows where the words are, not the answer.
 */
export function answerSentence(question: string, results: SearchResult[], consider = 5): AnswerSentence | null {
  const wanted = [...new Set(contentWords(question).map(stem))].filter((w) => !FRAMING.has(w));
  if (!wanted.length || !results.length) return null;
  const acronyms = (question.match(/\b[a-z]?[A-Z]{2,8}s?\b/g) ?? []).map((a) => a.replace(/(?<=[A-Z])s$/, ''));
  // "What is MAAT?" wants the sentence that spells it out; "can I refer to CASS anonymously?" wants another.
  const aboutTheTerm = wanted.filter((w) => !acronyms.some((a) => stem(a.toLowerCase()) === w)).length <= 1;
  const quoted = [...question.matchAll(/(?:^|\s)['‘"“]([^'’"”]{3,60})['’"”](?=\s|$|[?.,!])/g)].map((m) => words(m[1]!).join(' ')).filter(Boolean);
  const candidates: { text: string; stems: string[]; result: SearchResult; rank: number; next: string | undefined; lines: string[]; line: number }[] = [];
  results.slice(0, consider).forEach((result, rank) => {
    let previous = '';
    const lines = result.text.split('\n').map((x) => squash(x));
    lines.forEach((line, lineNo) => {
      let l = squash(line.replace(/\s*\|\s*/g, ' — '));
      if (!l || PAGE_LINE.test(l)) return;
      // A line that starts in lower case finishes the one above ("Family Support Hub" / "for advice …").
      if (/^[a-z]/.test(l) && previous && !/[.!?:]$/.test(previous)) l = `${previous} — ${l}`;
      previous = l;
      const sentences = splitSentences(l).filter((x) => x.length <= 600);
      sentences.forEach((x, k) => {
        if (x.split(' ').length < 3 && !PHONE.test(x)) return;
        candidates.push({ text: x, stems: contentWords(x).map(stem), result, rank, next: sentences[k + 1], lines, line: lineNo });
      });
    });
  });
  if (!candidates.length) return null;
  // An abbreviation asked about may be spelt out instead: "GFH" is also "Glenmoor Family Hub" (one thing, counted once).
  const spelt = new Map<string, string[]>();
  for (const a of acronyms) {
    const re = new RegExp(`((?:[A-Za-z][\\w'-]*\\s+){1,${a.length + 2}})\\(${a}\\)`, 'i');
    const m = candidates.map((c) => re.exec(c.text)).find(Boolean);
    if (m) spelt.set(stem(a.toLowerCase()), contentWords(m[1]!).slice(-a.length).map(stem));
  }
  const has = (stems: string[], w: string) => {
    const at = stems.findIndex((x) => sameWord(x, w));
    if (at >= 0) return at;
    const out = spelt.get(w) ?? [];
    const found = out.filter((o) => stems.includes(o));
    return out.length && found.length >= Math.ceil((out.length * 2) / 3) ? stems.indexOf(found[0]!) : -1;
  };
  // How much each of the question's words tells these sentences apart.
  const idf = new Map(wanted.map((w) => [w, Math.log(1 + candidates.length / (1 + candidates.filter((c) => has(c.stems, w) >= 0).length))]));
  const rarest = Math.max(...idf.values());
  let best: { score: number; c: (typeof candidates)[number] } | null = null;
  for (const c of candidates) {
    // A place the question names picks the document ("… in bradford"), not the sentence within it.
    const named = new Set(words(c.result.document).map(stem));
    const at = wanted.map((w) => (named.has(w) ? -1 : has(c.stems, w)));
    if (at.every((k) => k < 0)) continue;
    // Question words written side by side in the sentence ("family support worker") are one thing, counted once.
    let score = 0;
    let run = 0;
    wanted.forEach((w, i) => {
      if (at[i]! < 0) return;
      const joined = i > 0 && at[i - 1]! >= 0 && at[i]! === at[i - 1]! + 1;
      if (joined) {
        const x = idf.get(w)!;
        run = Math.max(run, x);
        return;
      }
      score += run;
      run = idf.get(w)!;
    });
    score += run;
    if (aboutTheTerm && acronyms.some((a) => new RegExp(`\\(${a}\\)`, 'i').test(c.text))) score += rarest;
    // Asked "how long" or "how often", a sentence without a time or a frequency is hardly the answer.
    if (WHEN_ASKED.test(question)) score = WHEN_SAID.test(c.text) ? score + rarest : score / 2;
    if (OFTEN_ASKED.test(question)) score = OFTEN_SAID.test(c.text) ? score + rarest : score / 2;
    if (NOT.test(question) && NOT.test(c.text)) score += rarest / 2;
    // Words the member put in quotes ("at 'plus partnership' level") are the document's own words.
    if (quoted.some((phrase) => ` ${words(c.text).join(' ')} `.includes(` ${phrase} `))) score += 2 * rarest;
    if (WHO_ASKED.test(question) && (PHONE.test(c.text) || WHO_SAID.test(c.text))) score += rarest / 2;
    if (NUMBER_ASKED.test(question) && PHONE.test(c.text)) score += rarest;
    if (YES_NO_ASKED.test(question) && YES_NO_SAID.test(c.text)) score += rarest / 2;
    // The search's own ranking breaks near-ties; a long sentence matches more words by chance.
    score += 0.3 / (1 + c.rank) - c.text.split(' ').length / 200;
    if (!best || score > best.score) best = { score, c };
  }
  if (!best) return null;
  const { c } = best;
  const text = c.next && LEANS_BACK.test(c.next) ? `${c.text} ${c.next}` : c.text;
  const { before, after } = alternatives(c.lines, c.line);
  // "… one of three things happens:" introduces the list that answers.
  const listed = /:$/.test(text)
    ? c.lines.slice(c.line + 1, c.line + 7).filter((l, k, ls) => /^[•▪●◦*-]/.test(l) && ls.slice(0, k).every((x) => /^[•▪●◦*-]/.test(x)))
    : [];
  return { text: [...before, text, ...after, ...listed].join('\n'), result: c.result };
}

/**
 * Bullets beside the chosen one that open with the same words ("• The concern does not meet …" twice) are the
 * other outcomes of the same thing: the answer shows them all.
 */
function alternatives(lines: string[], at: number): { before: string[]; after: string[] } {
  const bullet = /^[•▪●◦*-]\s*/;
  const before: string[] = [];
  const after: string[] = [];
  if (!bullet.test(lines[at] ?? '')) return { before, after };
  const opening = (l: string) => words(l.replace(bullet, '')).slice(0, 3).join(' ');
  const mine = opening(lines[at]!);
  const same = (k: number) => k >= 0 && k < lines.length && bullet.test(lines[k]!) && opening(lines[k]!) === mine;
  for (let k = at - 1; same(k); k--) before.unshift(lines[k]!);
  for (let k = at + 1; same(k); k++) after.push(lines[k]!);
  return { before, after };
}

/** Stems of one word: "refer" and "referr" (from "referrals") are the same word. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short);
}
