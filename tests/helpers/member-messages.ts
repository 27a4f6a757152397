import * as fs from 'node:fs';
import * as path from 'node:path';

/** The labelled member messages (tests/gold/member-messages.json): every third of each intent is held out from tuning. */
export interface MemberMessage {
  q: string;
  intent: string;
  part: 'dev' | 'holdout';
}

export interface MessageCheck {
  q: string;
  as?: string;
  has?: string[];
  notHas?: string[];
}

const gold = JSON.parse(fs.readFileSync(path.join(__dirname, '../gold/member-messages.json'), 'utf8')) as {
  intents: Record<string, string[]>;
  checks: MessageCheck[];
};

export const MEMBER_MESSAGES: MemberMessage[] = Object.entries(gold.intents).flatMap(([intent, qs]) =>
  qs.map((q, i) => ({ q, intent, part: i % 3 === 2 ? ('holdout' as const) : ('dev' as const) })),
);

export const MESSAGE_CHECKS: MessageCheck[] = gold.checks;

/**
 * The held-out member messages (tests/gold/member-messages-heldout.json): written before the
 * training utterances were read, never used to train or tune. `entities` names only what the
 * answer depends on; `as` is the member asking (Priya Sandhu when absent).
 */
export interface HeldOutMessage {
  q: string;
  intent: string;
  as?: string;
  /** For a situation to place: the demo guide's level for the indicator it describes. */
  atLeast?: number;
  /** Word for word in the training file already when the set was written (a short, common phrasing). */
  alreadyInTraining?: boolean;
  entities?: { actionRef?: string; month?: number; person?: string; level?: number; term?: string; deputy?: string };
}

export const HELD_OUT_MESSAGES: HeldOutMessage[] = (
  JSON.parse(fs.readFileSync(path.join(__dirname, '../gold/member-messages-heldout.json'), 'utf8')) as { messages: HeldOutMessage[] }
).messages;

/** A second held-out set (tests/gold/member-messages-blind.json), written after the first round of changes and never tuned on. */
export const BLIND_MESSAGES: HeldOutMessage[] = (
  JSON.parse(fs.readFileSync(path.join(__dirname, '../gold/member-messages-blind.json'), 'utf8')) as { messages: HeldOutMessage[] }
).messages;
