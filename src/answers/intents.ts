import type { Library } from '../library/library';
import { intentClassifier } from './nlu/classifier';
import { extractEntities, Entities } from './nlu/entities';

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
 * not guess. Chosen on the development part of tests/gold/member-messages.json.
 */
export const CONFIDENCE_THRESHOLD = 0.3;
export const MARGIN = 0.05;

/** Intents that are safe to give even when the classifier is unsure: they change nothing and show little. */
const HARMLESS = new Set<Intent>(['search']);

/**
 * Reads a message: its entities, then its intent. The library supplies the names, abbreviations
 * and boards the entity step looks for; without one (a unit test) only the shapes are found.
 */
export function readIntent(raw: string, library: Library | null = null, forced?: Intent): ReadIntent {
  const { entities, masked } = extractEntities(library, typeof raw === 'string' ? raw : '');
  const ranked = intentClassifier().classify(masked) as { intent: Intent; score: number }[];
  const alternatives = ranked.slice(0, 2);
  if (forced) return { intent: forced, confidence: 1, alternatives, entities };
  const [best, second] = ranked;
  if (!masked.replace(/[\s?!.]/g, '')) return { intent: 'help', confidence: 1, alternatives, entities };
  // Not one word the classifier knows: a topic the papers may cover ("pupil referral units"), else not the board's business.
  if (!best || best.score === 0) {
    const topical = library ? library.search(raw, { limit: 1 }).length > 0 : false;
    return { intent: topical ? 'search' : 'out-of-scope', confidence: 0, alternatives, entities };
  }
  const sure = best.score >= CONFIDENCE_THRESHOLD && best.score - (second?.score ?? 0) >= MARGIN;
  if (!sure && !HARMLESS.has(best.intent)) return { intent: 'unclear', confidence: best.score, alternatives, entities };
  return { intent: best.intent, confidence: best.score, alternatives, entities };
}
