import { squash } from '../util/text';

/**
 * Whose guidance a document is: the partnership or board it names ("Cheshire West and Chester
 * Safeguarding Children Partnership"), else the place it keeps naming, else the board it was
 * ingested for.
 */
const BODY =
  /((?:[A-Z][A-Za-z'’.-]+)(?:,?\s+(?:and|&|of|the|[A-Z][A-Za-z'’.-]+)){0,6}?)\s+(?:Local\s+)?Safeguarding\s+(?:Children(?:'s|’s)?\s+)?(?:Partnership|Board)\b/g;
const NOT_PLACE = new Set([
  'the',
  'and',
  'of',
  'our',
  'your',
  'local',
  'multi',
  'agency',
  'children',
  "children's",
  'strategic',
  'new',
  'this',
  'a',
  'an',
  'for',
  'safeguarding',
  'plus',
  'universal',
  'partnership',
  'statutory',
  'specialist',
  'targeted',
  'additional',
  'complex',
  'acute',
  'vulnerable',
  'outside',
  'referral',
  'all',
  'within',
  'in',
  'by',
  'from',
  'with',
  'about',
  'assessment',
  'contact',
  'please',
  'see',
  'levels',
  'level',
  'need',
  'thresholds',
  'threshold',
  'guidance',
  'team',
  'integrated',
  'early',
  'help',
  'family',
]);

export function partnershipOf(text: string): string | null {
  return partnershipAndPlaces(text).name;
}

/** The partnership's name, and every place the document keeps naming (for "in Bournemouth" as well as "in Poole"). */
export function partnershipAndPlaces(text: string): { name: string | null; places: string[] } {
  const counts = new Map<string, number>();
  for (const m of text.split('\n').flatMap((line) => [...squash(line).matchAll(BODY)])) {
    const words = m[1]!.split(/\s+/);
    while (words.length && NOT_PLACE.has(words[0]!.toLowerCase())) words.shift();
    while (words.length && NOT_PLACE.has(words[words.length - 1]!.toLowerCase())) words.pop();
    const name = words
      .join(' ')
      .replace(/[’']s$/, '')
      .trim();
    if (!name || name.length < 3) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const named = counts.size ? [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0] : null;
  // No partnership named: the place the document names most before a service or council.
  const places = new Map<string, number>();
  const re =
    /\b([A-Z][a-z]{3,}(?:\s+and\s+[A-Z][a-z]{3,})?)(?:'s|’s)?\s+(?:Council|County|Borough|district|Children(?:'s|’s)? Services|MASH|MASSH|Integrated|Levels|Thresholds?|Continuum|Multi|Strategic|City)\b/g;
  for (const m of text.matchAll(re)) {
    if (NOT_PLACE.has(m[1]!.toLowerCase())) continue;
    places.set(m[1]!, (places.get(m[1]!) ?? 0) + 1);
  }
  const ranked = [...places.entries()].sort((a, b) => b[1] - a[1]);
  return { name: named ?? ranked[0]?.[0] ?? null, places: ranked.filter(([, n]) => n >= 2).map(([p]) => p) };
}

/** Short forms members use for English counties ("hants", "herts"): a fact about the places, not our data. */
const SHORT_FORMS: Record<string, string> = {
  hants: 'hampshire',
  herts: 'hertfordshire',
  bucks: 'buckinghamshire',
  notts: 'nottinghamshire',
  lancs: 'lancashire',
  glos: 'gloucestershire',
  beds: 'bedfordshire',
  berks: 'berkshire',
  wilts: 'wiltshire',
  oxon: 'oxfordshire',
  cambs: 'cambridgeshire',
  northants: 'northamptonshire',
  leics: 'leicestershire',
  staffs: 'staffordshire',
  worcs: 'worcestershire',
  yorks: 'yorkshire',
  derbys: 'derbyshire',
  lincs: 'lincolnshire',
  brum: 'birmingham',
  bham: 'birmingham',
};
const GENERIC = new Set(['west', 'east', 'north', 'south', 'isles', 'city', 'county', 'borough', 'council', 'district', 'upon', 'with', 'and', 'the', 'of']);

/** The distinctive place words of a partnership's name, lower-case ("cheshire", "chester"). */
export function areaWords(names: string[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    for (const w of n.toLowerCase().split(/[^a-z]+/)) if (w.length >= 4 && !GENERIC.has(w) && !NOT_PLACE.has(w)) out.add(w);
  }
  return [...out];
}

/** The place words a question uses, with county short forms written out. */
export function questionPlaces(question: string): Set<string> {
  const words = question
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  return new Set(words.map((w) => SHORT_FORMS[w] ?? w));
}
