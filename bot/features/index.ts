import type { Router } from '../router';
import * as actions from './actions';
import * as help from './help';
import * as meetings from './meetings';
import * as reminders from './reminders';
import * as review from './review';
import * as search from './search';
import * as tally from './tally';
import type { VerbDeclarations } from './verbs';

export interface Feature {
  /** Each button verb of the feature, with the card templates that show it. */
  readonly VERBS: VerbDeclarations;
  /** Declares the feature's commands, intents and verbs on the router, next to their handlers. */
  register(router: Router): void;
}

/** Every feature of the conversation, one folder each. */
export const FEATURES: Record<string, Feature> = { actions, meetings, tally, search, reminders, review, help };

export function registerFeatures(router: Router): Router {
  for (const f of Object.values(FEATURES)) f.register(router);
  return router;
}
