import { remembered } from '../util/memo';
import { squash } from '../util/text';
import { FIRST_NAMES } from './lexicon/first-names';
import { HONORIFIC_LEAD, isHonorific, ORG_WORDS, POST_NOMINALS, STRONG_ORG_WORDS, TITLE_WORDS } from './lexicon/words';

// Read off wherever a name is parsed; the list lives with the other word lists so the readers can use it too.
export { HONORIFIC_LEAD };

export interface PersonName {
  honorific: string | null;
  /** Given name, or a single initial ("D" in "Councillor D Scott"), or null ("Mrs Booth"). */
  given: string | null;
  middle: string[];
  family: string | null;
  /** "Diane Booth"; "Councillor Rowson" when no given name is known. */
  display: string;
  /** Bracketed note after the name: "Clerk", "Item 5", "in the Chair". */
  annotation: string | null;
  /** True when the given name is a known first name or an honorific was written. */
  confident: boolean;
}

// Irish surnames keep their particle ("Róisín Nic Giolla", "Áine Ní Bhriain"): it is the surname's first word, not a middle name.
// "Pádraig Ó Catháin", "Ciarán Mac Giolla Bhríde": Ó, Ua and a separate Mac (with Giolla) open the surname too.
const PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'da',
  'di',
  'du',
  'del',
  'al',
  'bin',
  'ap',
  'st',
  'nic',
  'ní',
  'mhic',
  'uí',
  'ó',
  'ua',
  'mac',
]);
// "Giolla" links a particle to the name after it ("Mac Giolla Bhríde") but is a surname itself at the end ("Nic Giolla").
const LINKS = new Set(['giolla']);
// Any script's letters: Welsh, Irish and other names carry accents ("Siân", "Seán", "Zoë").
const NAME_TOKEN = /^(?:\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*|(?:Mc|Mac|O['’]|D['’])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\p{Ll}*\p{Lu}\p{Ll}+|\p{Lu}\.?)$/u;
const POSSESSIVE = /\p{Ll}['’]s$/u;

/**
 * Parses "Mrs Diane Booth", "County Councillor Geoff Driver CBE", "Sam Gorton (Clerk)",
 * "Councillor Rowson" into parts, or returns null when the text is not a person's name
 * ("Lancashire County Council", "Independent Chairman", "All Members").
 */
export function parsePersonName(raw: string, opts: { allowSingle?: boolean } = {}): PersonName | null {
  // The same cells and lines are read as names again and again (attendance, owners, people tables each
  // ask, and a document names the same people many times): a recent answer is reused. Callers get their
  // own copy, so none can change what another is given.
  const parsed = (opts.allowSingle ? singleRemembered : nameRemembered)(raw);
  return parsed && { ...parsed, middle: [...parsed.middle] };
}

const nameRemembered = remembered((raw: string) => readPersonName(raw, {}));
const singleRemembered = remembered((raw: string) => readPersonName(raw, { allowSingle: true }));

function readPersonName(raw: string, opts: { allowSingle?: boolean }): PersonName | null {
  let text = squash(raw).replace(/[.,;:]+$/, '');
  let annotation: string | null = null;
  // "Alice Brennan (AB) (Chair)": every bracket after the name is a note on it.
  for (let bracket = /\s*\(([^)]{1,80})\)\s*$/.exec(text); bracket; bracket = /\s*\(([^)]{1,80})\)\s*$/.exec(text)) {
    annotation = annotation ? `${bracket[1]!.trim()}; ${annotation}` : bracket[1]!.trim();
    text = text.slice(0, bracket.index).trim();
  }
  // A double-barrelled surname wrapped in a table cell comes back as "Mensah- Boateng".
  text = text.replace(/(\p{Ll})- (\p{Lu})/gu, '$1-$2');
  // Web copies run an honorific into the name: "MrsHMcNeill" is Mrs H McNeill.
  text = text.replace(/^(Mrs|Mr|Ms|Miss|Dr|Cllr)\.?(?=[A-Z])([A-Z])(?=(?:Mc|Mac|O')?[A-Z][a-z])/, '$1 $2 ');
  // …and a given name into the surname: "BredaCrowley" is Breda Crowley (only after a given name we know).
  const joined = /^([A-Z][a-z]+)([A-Z][a-z]+(?:-[A-Z][a-z]+)?)$/.exec(text);
  if (joined && FIRST_NAMES.has(joined[1]!.toLowerCase())) text = `${joined[1]} ${joined[2]}`;
  const honorifics: string[] = [];
  for (;;) {
    const m = HONORIFIC_LEAD.exec(text);
    if (!m) break;
    honorifics.push(normaliseHonorific(m[1]!));
    text = text.slice(m[0].length);
  }
  let tokens = text.split(' ').filter(Boolean);
  while (tokens.length && POST_NOMINALS.has(tokens[tokens.length - 1]!.toLowerCase().replace(/[.,]/g, ''))) tokens.pop();
  if (!tokens.length || tokens.length > 5) return null;
  const core = tokens.filter((t) => !PARTICLES.has(t.toLowerCase()));
  if (!core.length || core.length > 4) return null;
  // "Children's Univ", "Women's Aid": a possessive is a service or an agency, never part of a person's name.
  if (!core.every((t) => NAME_TOKEN.test(t)) || core.some((t) => POSSESSIVE.test(t))) return null;
  const lower = core.map((t) => t.toLowerCase().replace(/\.$/, ''));
  const firstKnown = FIRST_NAMES.has(lower[0]!);
  // "Mary Lord", "Ann Bishop": after a given name we know, a word that is also a title is the surname.
  const surnameTitle = (t: string, k: number) => k === lower.length - 1 && k > 0 && firstKnown && isHonorific(t) && !TITLE_WORDS.has(t);
  if (lower.some((t, k) => TITLE_WORDS.has(t) || STRONG_ORG_WORDS.has(t) || (isHonorific(t) && !surnameTitle(t, k)))) return null;
  if (!firstKnown && lower.some((t) => ORG_WORDS.has(t))) return null;
  const honorific = honorifics.length ? honorifics.join(' ') : null;
  if (core.length === 1) {
    if (!honorific && !opts.allowSingle) return null;
    const only = core[0]!.replace(/\.$/, '');
    if (only.length === 1) return null;
    const isGiven = !honorific && FIRST_NAMES.has(only.toLowerCase());
    // "Ms Ní Bhriain": a title before a surname with its particle; the particle stays the surname's.
    const family = isGiven ? null : tokens.length > 1 && PARTICLES.has(tokens[0]!.toLowerCase()) ? tokens.join(' ') : only;
    return build(honorific, isGiven ? only : null, [], family, annotation, !!honorific || isGiven);
  }
  tokens = tokens.map((t) => t.replace(/\.$/, ''));
  const given = tokens[0]!;
  // A family name keeps its particles: "Ursula von der Leyen" -> family "von der Leyen".
  let familyStart = tokens.length - 1;
  const opensFamily = (k: number) =>
    PARTICLES.has(tokens[k]!.toLowerCase()) || (LINKS.has(tokens[k]!.toLowerCase()) && k > 1 && PARTICLES.has(tokens[k - 1]!.toLowerCase()));
  while (familyStart > 1 && opensFamily(familyStart - 1)) familyStart--;
  const family = tokens.slice(familyStart).join(' ');
  const middle = tokens.slice(1, familyStart);
  if (given.length === 1 && !honorific && !opts.allowSingle) return null;
  return build(honorific, given, middle, family, annotation, firstKnown || !!honorific);
}

function build(
  honorific: string | null,
  given: string | null,
  middle: string[],
  family: string | null,
  annotation: string | null,
  confident: boolean,
): PersonName {
  const hasGiven = !!given && given.length > 1;
  const parts = hasGiven ? [given, ...middle, family] : [honorific, given, ...middle, family];
  return { honorific, given, middle, family, display: squash(parts.filter(Boolean).join(' ')), annotation, confident };
}

function normaliseHonorific(h: string): string {
  const l = h.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ');
  if (l.startsWith('county councillor')) return 'County Councillor';
  if (/councillor|^cllrs?$/.test(l)) return 'Councillor';
  if (/^alder(?:man|men|woman|women)$|^ald$/.test(l)) return 'Alderman';
  if (l === 'doctor' || l === 'dr') return 'Dr';
  if (l.startsWith('prof')) return 'Professor';
  if (l.startsWith('rev')) return 'Rev';
  if (/supt|superintendent/.test(l)) return 'Supt';
  if (/^(?:acc|dcc|dcs|dcu|dsu|dsi|dci|di|ds|pc)$/.test(l)) return l.toUpperCase();
  return h.charAt(0).toUpperCase() + h.slice(1).toLowerCase().replace(/\.$/, '');
}

/** Whether two mentions can name one person: the same family name, and the same given name where both give one. */
export function mayBeSamePerson(a: PersonName, b: PersonName): boolean {
  return !!a.family && a.family === b.family && (!a.given || !b.given || a.given === b.given);
}

/** Initials a clerk would write for a person: "DB" for Diane Booth, also "DAB" with a middle name. */
export function initialsOf(name: Pick<PersonName, 'given' | 'middle' | 'family'>): string[] {
  if (!name.given || !name.family) return [];
  const g = name.given[0]!.toUpperCase();
  const familyParts = name.family.split(/[-\s]/).filter((p) => /^[A-Z]/.test(p));
  const f = name.family[0]!.toUpperCase();
  const out = new Set<string>([g + f]);
  if (name.middle.length) out.add(g + name.middle.map((m) => m[0]!.toUpperCase()).join('') + f);
  if (familyParts.length > 1) out.add(g + familyParts.map((p) => p[0]).join(''));
  // "Anne-Marie Collier" signs "AMC": each part of a double given name counts.
  const givenParts = name.given.split('-').filter((p) => /^[A-Z]/.test(p));
  if (givenParts.length > 1) out.add(givenParts.map((p) => p[0]).join('') + f);
  // "Martin O'Hara" signs "MOH" (written "MO'H"): the letter after the apostrophe counts too.
  const apostrophe = /^([A-Z])['’]([A-Z])/.exec(name.family);
  if (apostrophe) out.add(g + apostrophe[1]! + apostrophe[2]!);
  return [...out];
}

const firstLetter = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '')[0]?.toUpperCase() ?? '';

/**
 * Whether capitals written beside a name may be that person's initials: "Jane Roe (JR)", "Sunita Mistry (SMi)", "Bob Lee
 * (RL)" (a known-as name keeps the family letter) are; an agency's or a post's letters ("Mark Hall (PSNI)", "Ann Cole
 * (LADO)") start with neither the given name's letter nor hold the family name's.
 */
export function mayBeInitialsOf(code: string, name: Pick<PersonName, 'given' | 'family'>): boolean {
  if (!name.given || !name.family) return true;
  const caps = code.replace(/[^A-Z]/g, '');
  const rest = caps.slice(1);
  const familyHeld = rest.includes(firstLetter(name.family)) || rest.includes(firstLetter(name.family.replace(/^(?:Mc|Mac|O['’])(?=[A-Z])/, '')));
  return familyHeld && (caps[0] === firstLetter(name.given) || caps.length <= 3);
}

/** A phrase that reads as a job title ("Director of Children's Services", "Independent Chair"). */
export const isTitleLike = remembered(readsAsTitle);

function readsAsTitle(text: string): boolean {
  const words = squash(text)
    .toLowerCase()
    .replace(/[(),]/g, ' ')
    .split(/[\s/]+/)
    .filter(Boolean);
  return words.some((w) => TITLE_WORDS.has(w));
}

/** A phrase that reads as an organisation ("Blackpool Council", "Lancashire Constabulary"). */
export const isOrgLike = remembered(readsAsOrganisation);

function readsAsOrganisation(text: string): boolean {
  if (isTitleLike(text)) return false;
  const words = squash(text).toLowerCase().replace(/[(),]/g, ' ').split(/\s+/).filter(Boolean);
  return words.some((w) => ORG_WORDS.has(w)) || /^[A-Z]{2,8}$/.test(text.trim());
}

// A post's rank word, after which a title may name the post's field without "of": "Assistant Director Safeguarding".
const RANK_THEN_FIELD =
  /^((?:[A-Z][\w'’-]*\s+)+?(?:director|manager|officer|lead|head|nurse|doctor|adviser|advisor|co-?ordinator|commissioner|inspector|practitioner))\s+((?:[A-Z][\w'’&-]*)(?:\s+[A-Z][\w'’&-]*){0,3})$/i;

const FIELD = /^[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*$/;

/**
 * The post a title names before the field it covers: "Assistant Director Safeguarding" is an Assistant Director, and
 * "the Assistant Director" in the minutes is that person. Only a post of two words or more ("Director Safeguarding"
 * says too little to be a post of its own), and only when the field is written without "of" or "for". Null otherwise.
 */
export function rankOfTitle(title: string): string | null {
  const m = RANK_THEN_FIELD.exec(squash(title));
  if (!m || m[1]!.split(' ').length < 2 || /\b(?:of|for|and)\b/i.test(m[1]!) || !FIELD.test(m[2]!)) return null;
  return m[1]!;
}
