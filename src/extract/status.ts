import { splitSentences } from '../util/text';
import type { ActionState, ActionStatus, Rag } from './model';

export interface StatusReading {
  status: ActionStatus;
  state: ActionState;
}

const CLOSED = [
  /\b(?:action|item|recommendation|task)s?\s+(?:had|has|have|was|were|is|are)\s+(?:now\s+)?(?:been\s+)?(?:effectively\s+|fully\s+|now\s+|successfully\s+|largely\s+)?(?:completed?|closed|discharged|achieved|done|met|superseded)\b/i,
  /\b(?:agreed|marked|confirmed|signed off)\s+(?:as\s+)?(?:complete|completed|closed|done)\b/i,
  /^(?:completed?|closed|done|achieved|actioned|finished|discharged|superseded|replaced\s+by)\b/i,
  // A "Done" column's "Y", "Yes" or a spreadsheet's checkbox exported as "TRUE", perhaps with the day it was done ("Y 17/2").
  /^(?:y|yes|true)(?:\s*[-–,]?\s*\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)?\.?$/i,
  // "Booked for 12 March", "Sent 20 January": an update that opens with what was done, with nothing left waiting.
  /^(?!.*\b(?:not|yet|awaiting|awaited|pending|but|still|will|to be)\b)(?:booked|sent|circulated|arranged|published|issued|held|delivered|submitted|shared|distributed|emailed|uploaded)\b/i,
  // "Mapping complete and circulated – close", "… – action closed", "propose to close".
  /(?:^|[.;,–—-]\s*)(?:close|closed|close action|action closed|propose(?:d)?\s+to\s+close|recommend(?:ed)?\s+(?:for\s+)?clos(?:e|ure))\.?$/i,
  // "Visit completed." — a short update that ends by saying so, without a negation.
  /^(?!.*\b(?:not|yet|un|partly|partially|nearly|almost)\b).{0,80}\b(?:completed|complete|closed|done|achieved|delivered)\.?$/i,
  /\b(?:had|has|have)\s+(?:now\s+)?been\s+(?:effectively\s+|fully\s+|successfully\s+)?(?:completed|actioned|closed)\b/i,
];

const DELIVERED =
  /\b(?:has|have|had)\s+(?:now\s+)?(?:been\s+)?(?:circulated|sent|provided|received|delivered|presented|shared|submitted|distributed|published|issued|held|established|launched|completed|undertaken|done|arranged|agreed|appointed|implemented|emailed|forwarded|uploaded|signed)\b|\b(?:was|were)\s+(?:circulated|sent|provided|delivered|presented|shared|submitted|distributed|published|issued|completed|emailed|forwarded|uploaded)\b|\bwas\s+included\s+(?:at|in|on|as)\s+(?:agenda\s+)?item\b|\bincluded\s+(?:at|on|in)\s+(?:agenda\s+)?item\b.*\btoday'?s\s+agenda\b|\bon\s+(?:today'?s|this)\s+agenda\b/i;

const OPEN_RULES: [RegExp, ActionState][] = [
  [/^not\s+(?:yet\s+)?started\b|\bhas\s+not\s+(?:yet\s+)?started\b/i, 'not started'],
  [
    /\bwould\s+(?:now\s+)?(?:pursue|take\s+(?:this\s+)?forward|take\s+on|lead\s+on|pick\s+up|own)\s+(?:this|the)\s+action\b|\b(?:reassigned|transferred|passed)\s+to\b/i,
    'reassigned',
  ],
  [/\bnot\s+yet\s+due\b/i, 'not yet due'],
  [/\b(?:deferred|postponed|carried\s+forward|carried\s+over|rescheduled|moved\s+to\s+the\s+next)\b/i, 'deferred'],
  [
    /\b(?:cannot|can'?t|could\s+not|unable\s+to)\s+(?:be\s+)?(?:complete|completed|done|delivered|progressed)\b|\bwithdrawn\b|\bno\s+longer\s+(?:required|needed|possible)\b/i,
    "can't do",
  ],
  [/\bongoing\b|\bon-going\b|\bcontinu(?:e|es|ing)\b|\bregular(?:ly)?\b|\bevery\s+other\b/i, 'ongoing'],
  [
    /\b(?:needs?|needed|remains?|still)\s+(?:to\s+be\s+)?(?:pursued|outstanding|open|in\s+progress|to\s+be\s+done|not)\b|\boutstanding\b|\bin\s+progress\b|\bon\s+track\b|\bunderway\b|\bunder\s+way\b|\bdelayed\b|\boverdue\b|\bwould\s+be\s+(?:checked|reported|considered|reviewed|presented|provided|available)\b|\bwill\s+be\b|\bwould\s+be\b|\bplans?\b|\bto\s+follow\b|\bin\s+development\b|\bbeing\b/i,
    'in progress',
  ],
];

const PERCENT_DONE = /^(\d{1,3}(?:\.\d+)?)\s*%(?:\s+(?:complete|completed|done|achieved))?\.?$/i;

/**
 * What a tracker's progress text says about an action: completed ("The action had been
 * effectively completed", "agreed complete", "a list has been circulated"), reassigned
 * ("X would pursue this action"), deferred, ongoing, still outstanding — or nothing (null).
 * Explicit closure wins over anything else in the text.
 */
export function readProgress(text: string): StatusReading | null {
  const t = text.trim();
  if (!t) return null;
  // "100%", "60% complete": a tracker's share done; only all of it closes the action.
  const share = PERCENT_DONE.exec(t);
  if (share) {
    const n = Number(share[1]);
    return n >= 100 ? { status: 'done', state: 'completed' } : { status: 'open', state: n === 0 ? 'not started' : 'in progress' };
  }
  if (CLOSED.some((re) => re.test(t))) return { status: 'done', state: 'completed' };
  // A tick is done wherever a tracker uses one ("✓", "✔ 14/03").
  if (/^[✓✔☑✅](?:\s|$)/u.test(t)) return { status: 'done', state: 'completed' };
  for (const [re, state] of OPEN_RULES.slice(0, 5)) if (re.test(t)) return { status: 'open', state };
  // Otherwise the latest word decides: "the subgroup had agreed the wording … it would be presented
  // for sign-off in July" is still open.
  for (const sentence of splitSentences(t).reverse()) {
    const reading = readSentence(sentence);
    if (reading) return reading;
  }
  return null;
}

function readSentence(s: string): StatusReading | null {
  const delivered = DELIVERED.exec(s);
  if (delivered && !/\b(?:not|yet to|still to|once)\b/i.test(s) && !/\b(?:would|will|to be)\b/i.test(s.slice(delivered.index))) {
    return { status: 'done', state: 'completed' };
  }
  for (const [re, state] of OPEN_RULES.slice(5)) if (re.test(s)) return { status: 'open', state };
  return null;
}

/** A RAG cell: "Red", "Amber", "Green", "R/A/G", "Blue" (complete), "Not yet due". */
export function readRag(cell: string): { rag: Rag | null; reading: StatusReading | null } {
  const t = cell.trim().toLowerCase();
  if (!t) return { rag: null, reading: null };
  // "Gwyrdd / Green": a bilingual paper gives the rating in both languages; the side that is a rating is it.
  const pair = / \/ /.test(t) ? t.split(' / ') : null;
  if (pair?.length === 2) {
    const read = pair.map((side) => readRag(side));
    return read.find((r) => r.rag || r.reading) ?? { rag: null, reading: null };
  }
  // "B" in a RAG column is Blue, as BRAG ratings write it: complete.
  if (/^(?:blue|complete|completed|closed|done)\b|^b$/.test(t)) return { rag: null, reading: { status: 'done', state: 'completed' } };
  if (/not\s+yet\s+due/.test(t)) return { rag: null, reading: { status: 'open', state: 'not yet due' } };
  if (/^(?:red|r)\b/.test(t)) return { rag: 'red', reading: null };
  if (/^(?:amber|a|amber\/green|amber-green)\b/.test(t)) return { rag: 'amber', reading: null };
  if (/^(?:green|g)\b/.test(t)) return { rag: 'green', reading: null };
  return { rag: null, reading: null };
}
