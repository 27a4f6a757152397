import type { Block } from '../ingest/document';
import { squash } from '../util/text';
import { tidyBoardName } from './board-name';
import { findDates, type IsoDate } from './dates';

// "Joint Meeting of the Mynydd Du Regional Safeguarding Children and Adults Boards (held on …)".
const JOINT_TITLE =
  /\bjoint\s+meeting\s+of\s+(?:the\s+)?([A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|&|of|for|the))*?\s+(?:Boards?|Partnerships?|Committees?|Panels?|Groups?))\b/i;

/**
 * Two boards meeting together write both in one title ("Joint Meeting of the … Children and Adults Boards"): the
 * meeting is the joint body's, not one board's, and a name ending in "Boards" is no single board a name pattern knows.
 */
export function jointBoardName(headerLines: string[]): string | null {
  for (const line of headerLines) {
    const m = JOINT_TITLE.exec(squash(line));
    if (m && /\b(?:and|&)\b|s$/.test(m[1]!)) return tidyBoardName(m[1]!);
  }
  return null;
}

/** Whether the header calls the meeting a joint one. */
export function isJointMeeting(headerLines: string[]): boolean {
  return headerLines.some((l) => /\bjoint\s+(?:meeting|board|session)\b/i.test(l));
}

/**
 * A joint meeting's minutes give each board's own next meeting and the next joint one ("Children's Board: 6 December.
 * Adults' Board: 13 December. Next joint meeting: 18 April 2018"): the meeting's next is the joint one.
 */
export function nextJointMeeting(blocks: Block[], meetingDate: IsoDate): IsoDate | null {
  for (const b of blocks) {
    const text = squash(b.text);
    const at = text.search(/\bnext\s+joint\s+(?:meeting|board|session)\b/i);
    if (at < 0) continue;
    const d = findDates(text.slice(at, at + 120), { yearFrom: meetingDate }).find((x) => x.iso && x.iso > meetingDate);
    if (d) return d.iso;
  }
  return null;
}
