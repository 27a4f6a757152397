import type { Library } from '../../library/library';
import { OPERATOR } from '../../library/scope';
import { foldForMatch } from '../../util/text';

/**
 * The things a member's message names, found before the intent is classified. Hand-written rather
 * than a general NER model: what counts as a person, an abbreviation or a board is whatever this
 * library's papers say, and members' dates are the few shapes a board uses ("the jan meeting",
 * "21st", "15 October"). Each found span is replaced by a placeholder word (xperson, xdate …) so
 * the classifier learns "what does xperson owe" once for every name.
 */
export interface Entities {
  /** An action number: "305", "action 305", "#305". */
  actionRef: string | null;
  /** A threshold level: "level 3", "tier two". */
  level: number | null;
  /** A month and/or day the message names; the year only when typed. */
  when: { month: number | null; day: number | null; year: number | null; text: string } | null;
  /** People the message names, as the papers write them (several when a short name is ambiguous). */
  people: { text: string; names: string[] }[];
  /** A role ("the chair", "DCS") or agency ("probation", "the police") the message names. */
  owner: string | null;
  /** A glossary abbreviation ("MACE"). */
  term: string | null;
  /** A board or subgroup the message names. */
  board: string | null;
}

export interface Extracted {
  entities: Entities;
  /** The message with each entity replaced by its placeholder, ready for the classifier. */
  masked: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)?';
const DEFINITION_CUE = /\b(?:mean|means|meaning|stand for|stands for|short for|define|definition|acronym|abbreviation)\b/i;
/** Words after which a common word is a name: "has mark got", "did will send apologies". */
const BEFORE_NAME = /^(?:has|have|does|did|is|was|for|from|with|and|ask|about)$/i;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * Roles and agencies members name instead of a person; the value is what the papers call them.
 * Those marked true are masked like a person; the rest ("health", "schools") are topics as often as owners.
 */
const OWNERS: [RegExp, string, boolean?][] = [
  [/\b(?:the )?(?:independent )?chair(?:man|woman|person)?\b/i, 'Independent Chair', true],
  [/\bdcs\b|\bdirector of children'?s services\b/i, "Director of Children's Services", true],
  [/\bbusiness manager\b/i, 'Partnership Business Manager', true],
  [/\b(?:the )?police\b|\bconstabulary\b|\bcops\b/i, 'police', true],
  [/\b(?:the )?probation(?: service)?\b/i, 'probation', true],
  [/\b(?:the )?icb\b|\b(?:the )?integrated care board\b/i, 'health', true],
  [/\bhealth\b|\bnhs\b/i, 'health'],
  [/\bschools?\b|\beducation\b|\bacadem(?:y|ies)\b|\bhead ?teachers?\b/i, 'education'],
  // Not the council's own services ("council tax", "council housing"), which are not the board's.
  [/\b(?:the )?council\b(?! tax| house| housing| flat)|\b(?:the )?local authority\b/i, 'council', true],
  [/\bsocial care\b/i, 'council'],
  [/\bhousing\b/i, 'housing'],
  [/\bfire (?:service|and rescue)\b/i, 'fire'],
];

/** "15 October", "October 15th", with a year or not. */
const DAY_AND_MONTH = new RegExp(`\\b(?:${ORDINAL}(?: of)? ${MONTH_WORD}|${MONTH_WORD} ${ORDINAL}(?!\\d))(?:,? (20\\d\\d))?\\b`, 'gi');
const MONTH_ALONE = new RegExp(
  `(\\b(?:in|of|for|from|since|at|on|the|last|this|next|during|until|till|by)\\s+)?\\b${MONTH_WORD}\\b(?:\\s+(20\\d\\d))?(\\s+(?:meeting|mtg|board|minutes|one)\\b|\\s*[?.!]?\\s*$)?`,
  'gi',
);

interface Vocabulary {
  /** Folded name or name part → the people it can mean. */
  names: Map<string, Set<string>>;
  terms: Set<string>;
  boards: Map<string, string>;
}

/** Words too common to take as a first name or surname when typed in lower case. */
const COMMON = new Set([
  'will',
  'may',
  'mark',
  'grant',
  'rose',
  'bill',
  'hope',
  'faith',
  'joy',
  'chase',
  'page',
  'hall',
  'long',
  'young',
  'new',
  'the',
  'did',
  'who',
]);

function vocabulary(library: Library): Promise<Vocabulary> {
  return library.store.memo('nlu-vocabulary', async () => {
    const names = new Map<string, Set<string>>();
    const add = (key: string, name: string) => {
      if (key.length < 2) return;
      if (!names.has(key)) names.set(key, new Set());
      names.get(key)!.add(name);
    };
    for (const p of await library.people()) {
      const parts = foldForMatch(p.name)
        .split(/\s+/)
        .filter((w) => w.length > 1 && !/^(?:dr|mr|mrs|ms|miss|cllr|councillor)$/.test(w));
      add(parts.join(' '), p.name);
      if (parts.length > 1) {
        add(parts[0]!, p.name);
        add(parts[parts.length - 1]!, p.name);
      }
    }
    const terms = new Set([...(await library.glossary()).keys()].filter((k) => /^[A-Z0-9&]{2,8}$/.test(k)));
    const boards = new Map<string, string>();
    for (const m of await library.meetings(OPERATOR)) boards.set(foldForMatch(m.board), m.boardKey);
    return { names, terms, boards };
  });
}

/** Finds the entities in a message and masks them for the classifier. Never throws. */
export async function extractEntities(library: Library | null, raw: string): Promise<Extracted> {
  let text = ` ${raw.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().slice(0, 500)} `;
  const entities: Entities = { actionRef: null, level: null, when: null, people: [], owner: null, term: null, board: null };
  const vocab = library ? await vocabulary(library) : null;

  // Levels first, so "level 3" is not read as an action number.
  text = text.replace(/\b(?:level|tier)\s*(\d|one|two|three|four|five|six)\b/gi, (_m, n: string) => {
    entities.level ??= NUMBER_WORDS[n.toLowerCase()] ?? Number(n);
    return 'level xlevel';
  });

  // Dates: "15 October", "October 15th", "the jan meeting", "in may", "the 21st".
  text = text.replace(
    DAY_AND_MONTH,
    (m, d1: string | undefined, m1: string | undefined, m2: string | undefined, d2: string | undefined, y: string | undefined) => {
      entities.when ??= { month: monthNumber(m1 ?? m2!), day: Number(d1 ?? d2), year: y ? Number(y) : null, text: m.trim() };
      return 'xdate';
    },
  );
  // A month on its own: "may" only where it cannot be the verb ("in may", "the may meeting", "may?").
  text = text.replace(MONTH_ALONE, (m, before: string | undefined, month: string, year: string | undefined, after: string | undefined) => {
    if (month.toLowerCase() === 'may' && !before && !after && !year) return m;
    if (/^(?:mar|jun|jul|aug|sep|sept|oct|nov|dec|jan|feb|apr)$/i.test(month) && month === month.toUpperCase() && month.length === 3) return m;
    entities.when ??= { month: monthNumber(month), day: null, year: year ? Number(year) : null, text: month };
    return `${before ?? ''}xdate${after ?? ''}`;
  });
  text = text.replace(/\b(?:the )?(\d{1,2})(st|nd|rd|th)\b/gi, (_m, d: string) => {
    entities.when ??= { month: null, day: Number(d), year: null, text: `${d}` };
    return 'xdate';
  });

  // Action numbers: "#305", "action 305", "305" — three-digit and larger numbers that are not years or percentages.
  text = text.replace(
    /(?:\bact(?:ion|n|on)?s?\s*(?:no\.?|number|ref\.?)?\s*#?\s*|#\s*|\b)(\d{1,5}[a-z]?)\b(?!\s*%|\s*per ?cent|[-/]\d)/gi,
    (m, ref: string) => {
      const isAction = /^\s*(?:act|#)/i.test(m) || (/^\d{3,4}[a-z]?$/i.test(ref) && !/^(?:19|20)\d\d$/.test(ref));
      if (!isAction) return m;
      entities.actionRef ??= ref.toLowerCase();
      return 'xref';
    },
  );

  // Abbreviations from the library's glossary, typed in capitals ("MACE?") or as the whole message.
  const whole = raw.replace(/[^A-Za-z0-9& ]/g, '').trim();
  text = text.replace(/\b([A-Za-z][A-Za-z0-9&]{1,7})\b/g, (m, w: string) => {
    if (!vocab) return m;
    const upper = w.toUpperCase();
    if (!vocab.terms.has(upper)) return m;
    if (whole.toUpperCase() !== upper && OWNERS.some(([re, , masked]) => masked && re.test(w))) return m;
    // In lower case only when the message asks what it means ("dsl meaning"): "send", "mash" and "con" are words too.
    if (w !== upper && whole.toUpperCase() !== upper && !DEFINITION_CUE.test(raw)) return m;
    entities.term ??= upper;
    return 'xterm';
  });

  // Boards by name ("the strategic board").
  if (vocab) {
    const folded = foldForMatch(text);
    for (const [name, key] of vocab.boards) if (name && folded.includes(name)) entities.board ??= key;
  }

  // People by full name, then by a single name part; then roles and agencies.
  if (vocab) {
    const words = text.split(/(\s+)/);
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (!w.trim()) {
        out.push(w);
        continue;
      }
      const bare = (s: string) => foldForMatch(s.replace(/'s$/i, '').replace(/[^\p{L}'-]/gu, ''));
      const two = i + 2 < words.length ? `${bare(w)} ${bare(words[i + 2]!)}` : '';
      const full = two && vocab.names.get(two);
      // "helens list": a possessive typed without its apostrophe.
      const one = vocab.names.get(bare(w)) ?? (/^\p{Ll}+s$/u.test(w) ? vocab.names.get(bare(w).slice(0, -1)) : undefined);
      const capitalised = /^\p{Lu}/u.test(w);
      const afterCue = i >= 2 && BEFORE_NAME.test(words[i - 2]!.trim()) && !/^(?:the|as|me|it|my|down|up|off)$/i.test(words[i + 2]?.trim() ?? '');
      if (full) {
        entities.people.push({ text: `${w} ${words[i + 2]}`.replace(/[^\p{L}' -]/gu, ''), names: [...full] });
        out.push(`xperson${/'s\W*$/i.test(words[i + 2]!) ? "'s" : ''}`);
        i += 2;
      } else if (one && (capitalised || !COMMON.has(bare(w).replace(/s$/, '')) || afterCue)) {
        entities.people.push({ text: w.replace(/[^\p{L}'-]/gu, ''), names: [...one] });
        out.push(`xperson${/'s\W*$/i.test(w) ? "'s" : ''}`);
      } else out.push(w);
    }
    text = out.join('');
  }
  // Roles stand for a person and are masked like one; agencies are left as words ("health visiting" is a topic too).
  for (const [re, owner, isRole] of OWNERS) {
    if (re.test(text)) {
      entities.owner ??= owner;
      if (isRole) text = text.replace(re, 'xperson');
    }
  }
  return { entities, masked: text.trim() };
}

function monthNumber(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}
