import type { Block } from '../ingest/document';
import { squash } from '../util/text';
import { findDates, IsoDate } from './dates';
import { DAY_RUN_INTO_MONTH } from './due';

/*
 * An action log is usually a paper about actions, not a meeting: "Action log – as at 21 July", "Action log for the
 * Board meeting on 14 January" (the meeting it goes to) record no meeting. Some logs are headed by the meeting their
 * actions were agreed at instead: "Minutes of last meeting (Monday 22 June) and matters arising" over nothing but the
 * action table, "Actions from the meeting held on 13 July". That meeting took place, and its actions belong to it;
 * the paper says nothing of who came, so it lists nobody.
 */

// "Minutes of (the) last meeting (date)", "Notes of the previous meeting – date"; a web copy may run the word before into it ("BOARDMINUTES").
const LAST_MEETING = /(?:minutes|notes)\s+of\s+(?:the\s+)?(?:last|previous)\s+meeting\b/i;
// "Actions from the meeting held on …", "the action points from the Trust Board meeting on …", "Actions arising from the meeting of …".
const ACTIONS_FROM =
  /\b(?:actions?|action\s+points?)\s+(?:agreed\s+)?(?:from|at|arising\s+from)\s+(?:the\s+)?(?:[A-Za-z'’&-]+\s+){0,6}?meeting\s+(?:held\s+)?(?:on|of)\b/i;

/**
 * The meeting a log's title says its actions came from: its date, and the words before the phrase (the body's name,
 * "Trust Board" in "… Trust Board – Minutes of last meeting (22 June)"). Null when the title names no such meeting.
 */
export function agreedAtMeeting(blocks: Block[]): { date: IsoDate; before: string } | null {
  const head: string[] = [];
  for (const b of blocks.slice(0, 6)) {
    if (b.type === 'row') break;
    head.push(squash(b.text));
  }
  const text = head.join('\n').slice(0, 800);
  for (const anchor of [LAST_MEETING, ACTIONS_FROM]) {
    const m = anchor.exec(text);
    // "2. Minutes of the last meeting (12 March)" is an agenda's item, not the title of the paper.
    if (!m || /(?:^|\s)\d{1,2}[.)]?\s*$/.test(text.slice(0, m.index))) continue;
    // The date follows the phrase closely: "(Monday 22 June 2009)", "on 13 July 2026".
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60).replace(DAY_RUN_INTO_MONTH, '$1 ');
    const date = findDates(after).find((d) => d.iso)?.iso;
    if (date) return { date, before: text.slice(0, m.index).trim() };
  }
  return null;
}

// "to the meeting on 21 September", "to the Board on 14 October", "the meeting 21 September": a later meeting an action names.
const MEETING_NAMED = /\b(?:meeting|board)\s+(?:held\s+)?(?:on\s+|of\s+)?$/i;

/**
 * The first meeting after `date` that the log's actions are brought to ("to be brought to the meeting on 21 September"):
 * the board's next meeting, where the log gives no date of next meeting of its own.
 */
export function laterMeetingNamed(blocks: Block[], date: IsoDate): IsoDate | null {
  let best: IsoDate | null = null;
  for (const b of blocks) {
    const text = squash(b.text).replace(DAY_RUN_INTO_MONTH, '$1 ');
    if (!/meeting|board/i.test(text)) continue;
    for (const d of findDates(text)) {
      if (!d.iso || d.iso <= date || (best && d.iso >= best)) continue;
      if (MEETING_NAMED.test(text.slice(Math.max(0, d.index - 30), d.index))) best = d.iso;
    }
  }
  return best;
}
