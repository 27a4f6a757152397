/**
 * Which of two columns that both name someone a table's actions belong to. A plan may give each action an accountable
 * officer (the senior post who signs the evidence off) beside the action holder who does the work, and a log may give
 * the lead agency beside the lead officer: the owner of an action is the one who will carry it out and report on it.
 */

// The person who carries the action out: "Action holder", "Action by", "By whom", "Delivery lead", "Assigned to".
const DOER = /\b(?:holders?|action by|by whom|who|delivery|delivered by|assigned|doing)\b/;
// A named officer, as against the body they work for.
const PERSON = /\b(?:officers?|persons?|names?|individual|manager)\b/;
// Who answers for the action without doing it: the accountable officer, the sponsor, the senior or executive lead.
const OVERSIGHT = /\b(?:accountable|accountability|sponsors?|sign(?:ed|s)?[- ]?off|senior responsible|executive leads?|strategic leads?|oversight)\b/;
// Where the owner works rather than who they are.
const BODY = /\b(?:agency|agencies|organi[sz]ations?|partners?|service|body)\b/;

/** A rank for an owner column's header (its key: lower case, no punctuation); of two owner columns the higher is the owner. */
export function ownerColumnRank(key: string): number {
  if (OVERSIGHT.test(key)) return 0.5;
  if (DOER.test(key)) return 3;
  if (PERSON.test(key)) return 2;
  if (BODY.test(key)) return 0;
  return 1;
}
