import type { CardName } from '../../cards/models';
import type { VERBS as ACTIONS } from './actions';
import type { VERBS as HELP } from './help';
import type { VERBS as MEETINGS } from './meetings';
import type { VERBS as REMINDERS } from './reminders';
import type { VERBS as REVIEW } from './review';
import type { VERBS as SEARCH } from './search';
import type { VERBS as TALLY } from './tally';

/**
 * What a feature declares for each of its buttons: the templates that show it. A template writes
 * the verb literally, or fills `${verb}` from its data (the board chooser carries the verb of the
 * card that asked).
 */
export type VerbDeclarations = Record<string, readonly CardName[]>;

/** Every button verb of every feature: the type the router's `verb()` and the card views take. */
export type Verb =
  keyof typeof ACTIONS | keyof typeof MEETINGS | keyof typeof TALLY | keyof typeof SEARCH | keyof typeof REMINDERS | keyof typeof REVIEW | keyof typeof HELP;
