import type { Library } from '../library/library';
import { OPERATOR } from '../library/scope';
import { contentWords, stem } from '../search/analyse';
import { intentClassifier } from './nlu/classifier';
import { Entities, extractEntities } from './nlu/entities';

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

/** Intents that are safe to give even when the classifier is unsure: they change nothing and show little. */
const HARMLESS = new Set<Intent>(['search']);

/**
 * Reads a message: its entities, then its intent. The library supplies the names, abbreviations
 * and boards the entity step looks for; without one (a unit test) only the shapes are found.
 */
export function readIntent(raw: string, library: Library | null = null, forced?: Intent): ReadIntent {
  const { entities, masked: found } = extractEntities(library, typeof raw === 'string' ? raw : '');
  const classifier = intentClassifier();
  const masked = maskUnknownNames(found, library === null, (w) => classifier.knows(w));
  const ranked = classifier.classify(masked) as { intent: Intent; score: number }[];
  const alternatives = ranked.slice(0, 2);
  if (forced) return { intent: forced, confidence: 1, alternatives, entities };
  const cue = safetyCue(typeof raw === 'string' ? raw : '');
  if (cue) return { intent: cue, confidence: 1, alternatives, entities };
  const [best, second] = ranked;
  if (!masked.replace(/[\s?!.]/g, '')) return { intent: 'help', confidence: 1, alternatives, entities };
  // Not one word the classifier knows: a topic the papers may cover ("pupil referral units"), else not the board's business.
  if (!best || best.score === 0) {
    const topical = library ? coveredByPapers(library, raw) : false;
    return { intent: topical ? 'search' : 'out-of-scope', confidence: 0, alternatives, entities };
  }
  const sure = best.score >= CONFIDENCE_THRESHOLD && best.score - (second?.score ?? 0) >= MARGIN;
  if (!sure && !HARMLESS.has(best.intent)) return { intent: 'unclear', confidence: best.score, alternatives, entities };
  return { intent: best.intent, confidence: best.score, alternatives, entities };
}

/**
 * Two kinds of question are never left to the classifier's ranking, because misreading them can
 * leave a worried professional without the guidance's answer: placing a situation at a level
 * ("which level is a baby with a bruise?", "… tier??") and asking who to call ("out of hours number").
 */
const WHICH_LEVEL = /\b(?:which|what)\s+(?:level|tier|threshold)(?:\s+of\s+need)?\b(?!\s*(?:\d|one|two|three|four|five|six)\b)|\b(?:level|tier)\s*\?+\s*$/i;
const CONTACT =
  /\bwho (?:do|should|can|would) (?:i|we) (?:call|ring|phone|contact|talk to|speak to)\b|\b(?:phone|telephone|contact) (?:number|no\.?)\b|\bout[- ]of[- ]hours\b|\b(?:mash|edt|front door|duty team|hub)\s+(?:number|phone|no\.?)\b/i;

/** "MARU number pls", "EDT no.": an abbreviation the papers use for a team, then a number asked for. */
const TEAM_NUMBER = /\b[A-Z]{2,6}\s+(?:phone\s+|telephone\s+|contact\s+)?(?:number|no\.?)(?:\s|$|\?)/;

function safetyCue(raw: string): Intent | null {
  const q = raw.replace(/\s+/g, ' ').trim();
  if (TEAM_NUMBER.test(q)) return 'contact';
  if (WHICH_LEVEL.test(q) && q.split(' ').length >= 4 && !/\b(?:level|tier)\s*(?:\d|one|two|three|four|five|six)\b/i.test(q)) return 'which-level';
  if (CONTACT.test(q)) return 'contact';
  return null;
}

/** Most of the message's words are in one passage of the papers: "bus timetable" shares one word with the minutes, not most. */
function coveredByPapers(library: Library, raw: string): boolean {
  const wanted = [...new Set(contentWords(raw).map(stem))];
  if (!wanted.length) return false;
  // Scoped to every board on purpose: it only decides whether to search, and shows nothing.
  return library.search(OPERATOR, raw, { limit: 3 }).some((r) => {
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
