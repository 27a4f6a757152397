import type { Library } from '../library/library';
import { OPERATOR } from '../library/scope';
import { contentWords, stem } from '../search/analyse';
import { intentClassifier } from './nlu/classifier';
import { Entities, extractEntities } from './nlu/entities';
import { normaliseMessage } from './nlu/normalise';

/** What a member is asking. The trained classifier picks one; `search` is a question about the papers' contents. */
export type Intent =
  | 'action'
  | 'my-actions'
  | 'my-last-meeting'
  | 'overdue'
  | 'overdue-board'
  | 'actions-for'
  | 'next-meeting'
  | 'send-apologies'
  | 'reply-attendance'
  | 'attendance-tally'
  | 'apologies'
  | 'attended'
  | 'my-attendance'
  | 'attendance-rate'
  | 'agency-attendance'
  | 'decision'
  | 'level'
  | 'which-level'
  | 'contact'
  | 'define'
  | 'search'
  | 'help'
  | 'greeting'
  | 'thanks'
  | 'out-of-scope'
  /** Not sure enough to answer: the two likeliest intents are offered instead. */
  | 'unclear';

export interface ReadIntent {
  intent: Intent;
  /** The classifier's score for the intent chosen (for `unclear`, the best score it had). */
  confidence: number;
  /** The two likeliest intents, best first. */
  alternatives: { intent: Intent; score: number }[];
  entities: Entities;
}

/**
 * Below this share of the classifier's output, or this close to the runner-up, the assistant does
 * not guess. Chosen on the development part of tests/gold/member-messages.json: the highest value
 * that cost none of its messages (0.5 began to turn plain out-of-scope messages into questions).
 */
export const CONFIDENCE_THRESHOLD = 0.45;
export const MARGIN = 0.05;

/** Intents that are safe to give even when the classifier is unsure: they change nothing and show little (out-of-scope only says what the assistant can do). */
const HARMLESS = new Set<Intent>(['search', 'out-of-scope']);

/**
 * Reads a message: its entities, then its intent. The library supplies the names, abbreviations
 * and boards the entity step looks for; without one (a unit test) only the shapes are found.
 */
export async function readIntent(raw: string, library: Library | null = null, forced?: Intent): Promise<ReadIntent> {
  const text = normaliseMessage(typeof raw === 'string' ? raw : '');
  const { entities, masked: found } = await extractEntities(library, text);
  const classifier = intentClassifier();
  const masked = maskUnknownNames(found, library === null, (w) => classifier.knows(w));
  const ranked = classifier.classify(masked) as { intent: Intent; score: number }[];
  const alternatives = ranked.slice(0, 2);
  if (forced) return { intent: forced, confidence: 1, alternatives, entities };
  const cue = safetyCue(text);
  if (cue) return { intent: cue, confidence: 1, alternatives, entities };
  const [best, second] = ranked;
  if (!masked.replace(/[\s?!.]/g, '')) return { intent: 'help', confidence: 1, alternatives, entities };
  const named = Boolean(entities.actionRef || entities.level || entities.term || entities.people.length || entities.owner || entities.board);
  const content = classifier.contentStems(masked);
  // No word of the board's (and nothing it names): a topic the papers cover ("pupil referral units") is a search,
  // anything else is not the board's business, whatever small words it shares with the training ("my payslip is wrong").
  const sure = Boolean(best) && best!.score >= CONFIDENCE_THRESHOLD && best!.score - (second?.score ?? 0) >= MARGIN;
  // Small talk has no subject to find; it must be clearly small talk, though ("order more printer toner" is not a greeting).
  const smallTalk = sure && ['help', 'greeting', 'thanks'].includes(best!.intent);
  if (!best || best.score === 0 || (!named && !smallTalk && content.length && !content.some((s) => classifier.isDomain(s)))) {
    const topical = library ? (await coveredByPapers(library, text)) && !(await foreignWords(library, text, classifier)).length : false;
    return { intent: topical ? 'search' : 'out-of-scope', confidence: 0, alternatives, entities };
  }
  if (!sure && !HARMLESS.has(best.intent)) {
    // Torn between one of the board's questions and none at all, with nothing of the board's named: a button
    // saying "something else" helps nobody, the plain answer (which lists what can be asked) does.
    const outside = alternatives.some((a) => a.intent === 'out-of-scope') && !named;
    return { intent: outside ? 'out-of-scope' : 'unclear', confidence: best.score, alternatives, entities };
  }
  // A search for words the papers never use finds only the words it shares with them ("trains from Kettleby to York").
  if (best.intent === 'search' && library && !entities.term && (await foreignWords(library, text, classifier)).length)
    return { intent: 'out-of-scope', confidence: best.score, alternatives, entities };
  return { intent: best.intent, confidence: best.score, alternatives, entities };
}

/** Words of a message that neither the training nor any paper in the library uses. */
async function foreignWords(library: Library, text: string, classifier: ReturnType<typeof intentClassifier>): Promise<string[]> {
  const out: string[] = [];
  for (const w of contentWords(text)) {
    if (!/\d/.test(w) && !classifier.contentStems(w).some((s) => classifier.isDomain(s)) && !(await usedInPapers(library, w))) out.push(w);
  }
  return out;
}

/**
 * Two kinds of question are never left to the classifier's ranking, because misreading them can
 * leave a worried professional without the guidance's answer: placing a situation at a level
 * ("which level is a baby with a bruise?", "… tier??") and asking who to call ("out of hours number").
 */
const WHICH_LEVEL = /\b(?:which|what)\s+(?:level|tier|threshold)(?:\s+of\s+need)?\b(?!\s*(?:\d|one|two|three|four|five|six)\b)|\b(?:level|tier)\s*\?+\s*$/i;
const TEAMS = "(?:the\\s+)?(?:mash|lado|edt|emergency duty team|early help hub|hub|front door|duty team|designated officer|social care|children'?s services)";
const CONTACT_TEAM = new RegExp(
  `\\b(?:(?:phone|telephone|contact)\\s+)?(?:number|no\\.?|details)\\s+(?:for|of)\\s+${TEAMS}\\b|\\b(?:contact|ring|call|phone)\\s+${TEAMS}\\b`,
  'i',
);
const CONTACT =
  /\bwho (?:do|should|can|would) (?:i|we) (?:call|ring|phone|contact|talk to|speak to)\b|\b(?:phone|telephone|contact) (?:number|no\.?)\b|\bout[- ]of[- ]hours\b|\b(?:mash|edt|front door|duty team|hub)\s+(?:number|phone|no\.?)\b/i;

/** "MARU number pls", "EDT no.": an abbreviation the papers use for a team, then a number asked for. */
const TEAM_NUMBER = /\b[A-Z]{2,6}\s+(?:phone\s+|telephone\s+|contact\s+)?(?:number|no\.?)(?:\s|$|\?)/;

function safetyCue(raw: string): Intent | null {
  const q = raw.replace(/\s+/g, ' ').trim();
  if (TEAM_NUMBER.test(q)) return 'contact';
  if (WHICH_LEVEL.test(q) && q.split(' ').length >= 4 && !/\b(?:level|tier)\s*(?:\d|one|two|three|four|five|six)\b/i.test(q)) return 'which-level';
  if (CONTACT.test(q) || CONTACT_TEAM.test(q)) return 'contact';
  return null;
}

/** Whether the papers use the word itself (the search also matches near spellings: "park" finds "part-time"). */
async function usedInPapers(library: Library, word: string): Promise<boolean> {
  const wanted = stem(word);
  return (await library.search(OPERATOR, word, { limit: 3 })).some((r) => contentWords(r.text).some((w) => stem(w) === wanted));
}

/** Most of the message's words are in one passage of the papers: "bus timetable" shares one word with the minutes, not most. */
async function coveredByPapers(library: Library, raw: string): Promise<boolean> {
  const wanted = [...new Set(contentWords(raw).map(stem))];
  if (!wanted.length) return false;
  // Scoped to every board on purpose: it only decides whether to search, and shows nothing.
  return (await library.search(OPERATOR, raw, { limit: 3 })).some((r) => {
    const have = new Set(contentWords(r.text).map(stem));
    return wanted.filter((w) => have.has(w)).length / wanted.length >= 2 / 3;
  });
}

/**
 * Names the papers don't know ("what does Tony owe us?") still read as names: a capitalised word
 * after the first that the classifier has never seen. Without a library (no glossary to check),
 * a word in capitals reads as an abbreviation.
 */
function maskUnknownNames(text: string, noLibrary: boolean, knows: (w: string) => boolean): string {
  return text.replace(/(^|\s)([\p{Lu}][\p{L}&'-]*)/gu, (m, space: string, word: string, at: number) => {
    const bare = word.replace(/'s$/i, '');
    if (noLibrary && /^[A-Z][A-Z0-9&]{1,7}$/.test(bare) && bare !== 'I') return `${space}xterm`;
    if (at === 0 || /^[A-Z0-9&]+$/.test(bare) || knows(bare.toLowerCase())) return m;
    return `${space}xperson${word.endsWith("'s") ? "'s" : ''}`;
  });
}
