import { contentWords, stem } from '../search/analyse';
import { splitSentences } from '../util/text';
import type { GuidanceLevel, GuidanceModel } from './model';
import { anyOf } from './scheme';

/**
 * How members describe a situation against how guidance words its indicators: "keeps going
 * missing" is "repeated missing", "DV" is domestic abuse, "drinking" is alcohol. A short domain
 * lexicon, hand-written because no general library knows safeguarding shorthand.
 */
const SAME: [RegExp, string][] = [
  [
    anyOf('gi', /\bkeeps?\b|\bagain and again\b|\bregularly\b|\bfrequent(?:ly)?\b/, /\bpersistent(?:ly)?\b|\bmany times\b|\brepeated(?:ly)?\b|\brecurr/),
    ' repeated persistent regular ',
  ],
  [/\bgo(?:es|ing)? missing\b|\bruns? away\b|\brunning away\b|\babsconds?\b|\bmissing episodes?\b/gi, ' missing '],
  [/\bovernight\b|\ball night\b|\bstays? out\b|\bstaying out\b/gi, ' overnight staying away out late '],
  [/\bdv\b|\bdomestic violence\b|\bdomestic abuse\b/gi, ' domestic abuse violence '],
  [/\bfgm\b/gi, ' female genital mutilation fgm '],
  [/\bcse\b/gi, ' child sexual exploitation cse '],
  [/\bcce\b|\bcounty lines\b/gi, ' child criminal exploitation cce county lines '],
  [/\bdrinking\b|\bdrink(?:s)?\b|\bdrunk\b|\bbooze\b/gi, ' alcohol substance misuse drinking '],
  [/\bdrugs?\b|\bcannabis\b|\bweed\b/gi, ' drugs substance misuse '],
  [/\bpregnant\b|\bunborn\b|\bpre-?birth\b/gi, ' pregnant pregnancy unborn utero '],
  [/\bbab(?:y|ies)\b|\binfant\b/gi, ' baby infant child '],
  [/\bnon[- ]mobile\b|\bnot (?:yet )?(?:crawling|mobile|walking)\b/gi, ' non-mobile '],
  [/\bbruis(?:e|es|ed|ing)\b|\bhurt\b|\binjur(?:y|ies|ed)\b|\bmarks?\b/gi, ' injury bruise '],
  [/\bexcluded\b|\bexclusions?\b|\bsuspend(?:ed)?\b|\bsuspensions?\b/gi, ' excluded exclusion suspension '],
  [/\battendance\b|\bmissing school\b|\bskipping school\b|\btruant(?:ing|cy)?\b|\babsen(?:t|ce|ces)\b/gi, ' attendance absence school '],
  [/\bself[- ]?harm(?:ing|s)?\b|\bcutting\b/gi, ' self-harm harm self '],
  [/\bgangs?\b/gi, ' gang gangs '],
  [/\bmum\b|\bdad\b|\bmother\b|\bfather\b|\bcarers?\b/gi, ' parent parents carer '],
  [/\bappts?\b/gi, ' appointments '],
  [/\bkid\b|\blad\b|\bgirl\b|\bboy\b|\bteen(?:ager)?\b|\byoung person\b|\byp\b/gi, ' child young person '],
  [/\bhungry\b|\bunfed\b|\bdirty\b|\bsmelly\b|\bunwashed\b/gi, ' neglect hungry unfed dirty hygiene '],
  [/\bmental health\b|\bdepress(?:ed|ion)\b|\banxi(?:ety|ous)\b/gi, ' mental health depression '],
  [/\bsuicid(?:e|al)\b|\boverdose\b/gi, ' suicide attempts overdose '],
  [/\bhomeless\b|\bevict(?:ed|ion)\b/gi, ' housing homeless '],
];

/** Words that say nothing about which level a situation is at. */
const NOISE = new Set(
  [
    'level',
    'tier',
    'which',
    'what',
    'would',
    'child',
    'children',
    'young',
    'person',
    'people',
    'year',
    'yr',
    'yrs',
    'old',
    'age',
    'aged',
    'yo',
    'is',
    'that',
    'be',
    'this',
    'in',
    'guidance',
    'need',
    'needs',
    'family',
    'families',
    'concern',
    'concerns',
    'worried',
    'about',
    'someone',
    'case',
    'put',
    'place',
    'plus',
    'still',
    'think',
    'level?',
    'lot',
    'under',
    'having',
    'got',
    'has',
    'have',
    'who',
    'whose',
    'with',
    'y9',
    'y10',
    'y11',
    'e.g',
    'eg',
    'inc',
    'some',
    'may',
    'universal',
    'statutory',
    'specialist',
    'targeted',
    'significant',
    'risk',
    'harm',
    'support',
    'services',
    'service',
    'help',
    'go',
    'going',
    'get',
    'got',
    'getting',
    'started',
    'start',
    'lot',
    'heavily',
    'at',
    'home',
  ].map((w) => stem(w)),
);

/** Words about how often or how much, not about what: they strengthen a match but never make one. */
const INTENSITY = new Set(['repeated', 'persistent', 'regular', 'frequent', 'many', 'keep', 'keeps', 'again', 'regularly'].map((w) => stem(w)));

/**
 * The situation's words in groups: a word and the forms it stands for ("drinking" -> alcohol,
 * substance misuse) are one group, so one word of the question counts once however it is written
 * in the guidance.
 */
export function situationGroups(text: string): string[][] {
  const groups: string[][] = [];
  const seen = new Set<string>();
  for (const raw of contentWords(text)) {
    if (/^\d+$/.test(raw)) continue;
    let expanded = ` ${raw} `;
    for (const [re, add] of SAME) expanded = expanded.replace(re, (m) => `${m} ${add}`);
    const stems = [...new Set(contentWords(expanded).map(stem))].filter((st) => !NOISE.has(st) && st.length > 1);
    const key = stems.join(' ');
    if (!stems.length || seen.has(key)) continue;
    seen.add(key);
    groups.push(stems);
  }
  // Phrases the lexicon reads across words ("going missing", "domestic violence", "non-mobile").
  const phrase = ` ${text} `;
  for (const [re, add] of SAME) {
    re.lastIndex = 0;
    if (/\s/.test(re.source) && re.test(phrase)) {
      const stems = [...new Set(contentWords(add).map(stem))].filter((st) => !NOISE.has(st));
      const key = stems.join(' ');
      if (stems.length && !seen.has(key)) {
        seen.add(key);
        groups.push(stems);
      }
    }
    re.lastIndex = 0;
  }
  return groups;
}

export function situationStems(text: string): string[] {
  let t = ` ${text} `;
  for (const [re, add] of SAME) t = t.replace(re, (m) => `${m} ${add}`);
  return [
    ...new Set(
      contentWords(t)
        .filter((w) => !/^\d+$/.test(w))
        .map(stem)
        .filter((s) => !NOISE.has(s) && s.length > 1),
    ),
  ];
}

export interface IndicatorMatch {
  level: GuidanceLevel;
  domain: string;
  text: string;
  score: number;
  words: string[];
}

interface Candidate {
  level: GuidanceLevel;
  domain: string;
  text: string;
  stems: string[];
}

function candidates(model: GuidanceModel): Candidate[] {
  const out: Candidate[] = [];
  for (const level of model.levels) {
    for (const g of level.indicators) for (const item of g.items) out.push({ level, domain: g.domain, text: item, stems: situationStems(item) });
    // Some guidance describes its levels only in a definition ("medium risk of CSE"): those sentences count too.
    for (const s of splitSentences(level.definition.replace(/\n/g, ' '))) {
      if (s.length > 12 && !out.some((c) => c.level === level && c.text === s)) out.push({ level, domain: 'definition', text: s, stems: situationStems(s) });
    }
  }
  return out;
}

/**
 * Every indicator of every level that the situation matches, best first. A match needs two
 * distinctive words in common (or one, where the indicator itself is that short), weighed by how
 * rare each word is in this guidance, so that "missing" and "overnight" count for more than "home".
 */
export function matchSituation(model: GuidanceModel, situation: string): { matches: IndicatorMatch[]; nearest: IndicatorMatch[] } {
  const groups = situationGroups(situation);
  const all = candidates(model);
  const df = new Map<string, number>();
  for (const c of all) for (const s of c.stems) df.set(s, (df.get(s) ?? 0) + 1);
  const idf = (s: string) => Math.log(1 + all.length / (df.get(s) ?? 0.5));
  const scored: (IndicatorMatch & { topics: number; best: number; size: number; weight: number })[] = [];
  for (const c of all) {
    // "No substance misuse", "Free from domestic abuse": a strength, not a sign of need.
    if (/^(?:no|not|never|free from|does not|doesn't|has no)\b/i.test(c.text.trim())) continue;
    const have = new Set(c.stems);
    // Stemming leaves "experimenting" and "experimentation" apart; a shared start of five letters joins them.
    const holds = (st: string) => have.has(st) || (st.length >= 5 && c.stems.some((h) => h.length >= 5 && (h.startsWith(st) || st.startsWith(h))));
    let weight = 0;
    let topics = 0;
    let best = 0;
    const common: string[] = [];
    for (const g of groups) {
      const hit = g.filter(holds);
      if (!hit.length) continue;
      const w = Math.max(...hit.map(idf));
      weight += w;
      common.push(hit[0]!);
      if (!g.every((st) => INTENSITY.has(st))) {
        topics++;
        best = Math.max(best, w);
      }
    }
    if (!topics) continue;
    const itemWeight = c.stems.reduce((n, w) => n + idf(w), 0) || 1;
    const score = weight * (0.5 + 0.5 * Math.min(1, weight / itemWeight));
    scored.push({ level: c.level, domain: c.domain, text: c.text, score, words: common, topics, best, size: c.stems.length, weight });
  }
  scored.sort((a, b) => b.score - a.score || b.level.n - a.level.n);
  // Two things in common, or one rare thing with an indicator that says little else.
  const strong = (m: (typeof scored)[number]) => (m.words.length >= 2 && m.topics >= 1 && m.weight >= 2.6) || (m.topics === 1 && m.size <= 10 && m.best >= 2.5);
  const matches = scored.filter(strong).map(({ level, domain, text, score, words }) => ({ level, domain, text, score, words }));
  const nearest = matches.length ? [] : scored.slice(0, 3).map(({ level, domain, text, score, words }) => ({ level, domain, text, score, words }));
  return { matches, nearest };
}
