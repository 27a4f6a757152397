import lunr from 'lunr';

import { normaliseChars } from '../util/text';

/**
 * Words that carry no meaning in a member's question. Unlike lunr's list, "may" (the month),
 * "not", "no" and "us" stay: "May meeting", "not in school".
 */
const STOP = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being below between both but by
  could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has hasn't have haven't
  having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's
  its itself let's me more most mustn't my myself nor of off on once only or other ought our ours ourselves out over own same
  shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves then there
  there's these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll
  we're we've were weren't what what's when when's where where's which while who who's whom why why's with won't would
  wouldn't you you'd you'll you're you've your yours yourself yourselves
  tell show find give get got please thanks thank hi hello hey know want need mean means meaning stand stands anything something
  can could will shall must also just like really any anyone anybody lot lots`.split(/\s+/),
);

/** American spellings that boards write the British way. */
const SPELLINGS: Record<string, string> = {
  organization: 'organisation',
  organizations: 'organisations',
  behavior: 'behaviour',
  behaviors: 'behaviours',
  behavioral: 'behavioural',
  program: 'programme',
  programs: 'programmes',
  center: 'centre',
  centers: 'centres',
  color: 'colour',
  labor: 'labour',
  neighbor: 'neighbour',
  neighborhood: 'neighbourhood',
  neighborhoods: 'neighbourhoods',
  favor: 'favour',
  honor: 'honour',
  pediatric: 'paediatric',
  pediatrician: 'paediatrician',
  fetus: 'foetus',
  anemia: 'anaemia',
  license: 'licence',
  defense: 'defence',
  offense: 'offence',
  offenses: 'offences',
  judgment: 'judgement',
  judgments: 'judgements',
  aging: 'ageing',
  enrollment: 'enrolment',
  fulfill: 'fulfil',
  counselor: 'counsellor',
  counseling: 'counselling',
  traveling: 'travelling',
  modeling: 'modelling',
  catalog: 'catalogue',
  dialog: 'dialogue',
  gray: 'grey',
  mom: 'mum',
  moms: 'mums',
  kids: 'children',
  kid: 'child',
  cops: 'police',
  cop: 'police',
  jail: 'prison',
  jan: 'january',
  feb: 'february',
  mar: 'march',
  apr: 'april',
  jun: 'june',
  jul: 'july',
  aug: 'august',
  sep: 'september',
  sept: 'september',
  oct: 'october',
  nov: 'november',
  dec: 'december',
  // Chat shorthand for words the papers spell out.
  info: 'information',
  rec: 'recommendation',
  recs: 'recommendations',
  stats: 'statistics',
  mins: 'minutes',
  docs: 'documents',
  dept: 'department',
  govt: 'government',
  exec: 'executive',
  mgr: 'manager',
  approx: 'approximately',
  yr: 'year',
  yrs: 'years',
};

/** Lower case, British spelling, no possessive "'s", no punctuation: the words of a text, in order. */
export function words(text: string): string[] {
  const out: string[] = [];
  const flat = normaliseChars(text)
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/&/g, ' and ')
    // "2016-17" and "2017/18" are two years: "2016 2017".
    .replace(/\b((?:19|20)\d{2})\s*[-–/]\s*(\d{2})\b/g, (_m, a: string, b: string) => `${a} ${a.slice(0, 2)}${b}`);
  for (const raw of flat.split(/[^a-z0-9]+/)) {
    if (!raw) continue;
    let w = SPELLINGS[raw] ?? raw;
    // -ize/-yze to -ise/-yse ("prioritize", "analyze"), leaving short words ("size", "prize") alone.
    if (w.length > 6 && w.length <= 30)
      w = w.replace(
        /([a-z]{3,})(iz|yz)(e|es|ed|ing|ation|ations|er|ers)$/,
        (_m, stem: string, z: string, end: string) => `${stem}${z === 'iz' ? 'is' : 'ys'}${end}`,
      );
    out.push(w);
  }
  return out;
}

/**
 * One token of running text as a word, cheaply (no full normalisation): for marking up snippets,
 * where every token of a passage is looked at.
 */
export function tokenWord(token: string): string {
  const w = token
    .toLowerCase()
    .replace(/[’']s\b.*$/, '')
    .replace(/[^a-z0-9]/g, '');
  return SPELLINGS[w] ?? w;
}

/** The words worth searching for. */
export function contentWords(text: string): string[] {
  // No word is 40 letters long; a run that long is noise and would only slow the stemmer down.
  return words(text).filter((w) => !STOP.has(w) && w.length <= 40 && (w.length > 1 || /\d/.test(w)));
}

const stems = new Map<string, string>();

/** The form lunr stores a word under (remembered: the same words come up again and again). */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = lunr.stemmer(new lunr.Token(word, {})).toString();
    if (stems.size > 200000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

/** Text as the index sees it: content words joined by spaces (lunr's tokenizer splits them again). */
export function indexText(text: string): string {
  return contentWords(text).join(' ');
}

const rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Damerau–Levenshtein distance (adjacent swaps count once: "negelct" is one edit from "neglect"), bounded. */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length >= 63 || b.length >= 63) return a === b ? 0 : max + 1;
  // Three rolling rows (two back, one back, this one) instead of a whole matrix.
  let [twoBack, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, twoBack[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [twoBack, prev, cur] = [prev, cur, twoBack];
  }
  return prev[b.length]!;
}
