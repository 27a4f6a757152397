/**
 * What a member is asking, read from the words they typed. Patterns, not a model: each is
 * tested in order, and anything unrecognised is a search.
 */
export type Intent =
  | 'action'
  | 'my-actions'
  | 'my-last-meeting'
  | 'overdue'
  | 'actions-for'
  | 'next-meeting'
  | 'send-apologies'
  | 'reply-attendance'
  | 'attendance-tally'
  | 'apologies'
  | 'attended'
  | 'my-attendance'
  | 'agency-attendance'
  | 'decision'
  | 'level'
  | 'which-level'
  | 'contact'
  | 'define'
  | 'search';

export interface ReadIntent {
  intent: Intent;
  /** The part of the question the intent is about: an action number, an owner, a topic, a term. */
  subject: string | null;
}

const clean = (s: string) => s.replace(/[?!.,;:]+$/g, '').replace(/^(?:the|a|an)\s+/i, '').trim();

export function readIntent(raw: string): ReadIntent {
  const q = raw.replace(/\s+/g, ' ').trim().slice(0, 500);
  const lower = q.toLowerCase().replace(/[’]/g, "'");
  let m: RegExpExecArray | null;

  if ((m = /\baction\s*(?:no\.?|number|ref\.?|#)?\s*#?(\d{1,5}[a-z]?)\b/i.exec(q))) return { intent: 'action', subject: m[1]! };
  // A situation, then "… level??": the member wants it placed at a level, whatever else the words say.
  if (/\b(?:level|tier)\s*\?+\s*$/i.test(q) && q.split(' ').length >= 5 && !/^\s*(?:who|how|where|when|can|do|does|should)\b/i.test(q)) return { intent: 'which-level', subject: q };
  if (/\b(?:what|which)\b.*\b(?:i|we)\b.*\bagree(?:d)?\b.*\b(?:last|latest|previous) meeting\b/.test(lower) || /\bmy actions? from the (?:last|latest) meeting\b/.test(lower)) {
    return { intent: 'my-last-meeting', subject: null };
  }
  if (/\b(?:my|mine)\b.*\b(?:actions?|tasks?|to-?dos?|jobs)\b|\b(?:what|anything)\b.*\b(?:do|have) i (?:got|still )?(?:to do|outstanding|left)\b|\bwhat do i (?:owe|need to do|have to do)\b|\bam i (?:behind|late|overdue)\b|\bi (?:still )?owe\b/.test(lower)) {
    return { intent: /\boverdue|late\b|behind\b/.test(lower) ? 'overdue' : 'my-actions', subject: 'me' };
  }
  if ((m = /\bwhat (?:does|do|did) (.{2,60}?) (?:owe|need to do|have to do|still have to do)\b/i.exec(q)) || (m = /\bactions?\s+(?:for|on|owned by|assigned to|belonging to|of|with)\s+(.{2,60})$/i.exec(q)) || (m = /\bwhat (?:has|is) (.{2,60}?) (?:got outstanding|responsible for|doing|supposed to do|on the hook for)\b/i.exec(q)) || (m = /^(.{2,40}?)'s (?:outstanding )?actions?\b/i.exec(q))) {
    return { intent: 'actions-for', subject: clean(m[1]!) };
  }
  if (/\b(?:send|give|submit|tender|register|record|put in|log)\b.{0,20}\bapolog|\bi (?:can'?t|cannot|won'?t|will not) (?:make|come|attend|be there)\b|\bmy apologies\b/.test(lower)) return { intent: 'send-apologies', subject: null };
  if (/\battendance (?:for|at) the next meeting\b|\bwho(?:'s| is) coming\b|\bhow many (?:people )?are coming\b|\b(?:attendance )?tally\b|\bis (?:it|the (?:next )?meeting) quorate\b/.test(lower)) return { intent: 'attendance-tally', subject: null };
  if (/\b(?:confirm|rsvp)\b.*\b(?:attendance|meeting|coming)?|\bi(?:'ll| will|'m| am) (?:be )?(?:attending|coming|there)\b|\bsending a deputy\b|\bsend (?:a|my) deputy\b/.test(lower)) return { intent: 'reply-attendance', subject: null };
  if (/\boverdue\b|\bpast (?:its |their |the )?due\b|\bbehind schedule\b|\bnot (?:been )?done (?:on time|yet)\b|\blate actions?\b/.test(lower)) return { intent: 'overdue', subject: null };
  if (/\bapolog/.test(lower)) return { intent: 'apologies', subject: null };
  if (/\b(?:my|i) (?:attendance|attended)\b|\bhow (?:often|many meetings) (?:have|did) i\b/.test(lower)) return { intent: 'my-attendance', subject: 'me' };
  if (/\b(?:agenc(?:y|ies)|organisations?|partners?)\b.*\b(?:attendance|attend(?:ed|ing)?|below|under)\b|\battendance (?:rates?|figures?|record)\b|\bbelow \d{1,3} ?%/.test(lower)) {
    return { intent: 'agency-attendance', subject: /(\d{1,3}) ?%/.exec(lower)?.[1] ?? null };
  }
  if ((m = /\bwho (?:attended|was at|was present at|came to|went to|was there)\b\s*(.*)$/i.exec(q)) || (m = /\bwho (?:was|were) (?:there|present)\b\s*(.*)$/i.exec(q))) {
    return { intent: 'attended', subject: clean(m[1]!) || null };
  }
  if (/\bnext (?:board |committee )?meeting\b|\bwhen (?:do|does|will|is) (?:we|the (?:board|committee|partnership))? ?(?:next )?meet\b|\bwhen(?:'s| is) the (?:board|committee|partnership)\b/.test(lower)) {
    return { intent: 'next-meeting', subject: null };
  }
  if ((m = /\b(?:what|how) (?:did|have|has) (?:we|the (?:board|committee|partnership|meeting))\s+(?:decide|decided|agree|agreed|resolve|resolved|say|said)\s+(?:about|on|regarding|re|for|to do about)\s+(.{2,80})$/i.exec(q)) || (m = /\bdecisions? (?:about|on|regarding|re)\s+(.{2,80})$/i.exec(q)) || (m = /\bwas (?:it|anything) (?:decided|agreed|resolved) (?:about|on)\s+(.{2,80})$/i.exec(q))) {
    return { intent: 'decision', subject: clean(m[1]!) };
  }
  // "Who do I ring out of hours?", "MASH number pls", "bradford EDT number": the number itself.
  if (/\bwho (?:do|should|can) (?:i|we) (?:call|ring|phone|contact|talk to|speak to)\b|\b(?:phone|telephone|contact) (?:number|no\.?)\b|\bnumbers?\b(?! of)|\bno\.\s*$|\bout[- ]of[- ]hours\b|\bline i can ring\b/.test(lower)) {
    return { intent: 'contact', subject: q };
  }
  if ((m = /\b(?:which|what) (?:level|tier)\b(?: of need)?(?: (?:is|would|does|for))?\s*(.*)$/i.exec(q)) && m[1] && m[1].split(' ').length >= 2) {
    return { intent: 'which-level', subject: clean(m[1]) };
  }
  // A situation first, the question after it: "non-mobile baby with an injury, trafford level?".
  if (/\b(?:which|what) (?:level|tier)\b|\b(?:level|tier)\s*\?+\s*$|\bwhat level n\b/i.test(q) && q.split(' ').length >= 5 && !/\b(?:level|tier)\s*\d/i.test(q.replace(/\b(?:level|tier)\s*\?+\s*$/i, ''))) {
    return { intent: 'which-level', subject: q };
  }
  if ((m = /\b(?:level|tier)\s*([1-6])\b/i.exec(q))) return { intent: 'level', subject: m[1]! };
  if ((m = /\bwhat (?:does|do) (.{2,40}?) (?:stand for|mean)\b/i.exec(q)) || (m = /\bwhat(?:'s| is| are)\s+(?:an?\s+|the\s+)?([A-Z][A-Za-z]{1,9}|[a-z]{2,6})\s*\??$/.exec(q)) || (m = /\b(?:meaning of|define|definition of)\s+(.{2,40})$/i.exec(q))) {
    return { intent: 'define', subject: clean(m[1]!) };
  }
  return { intent: 'search', subject: null };
}
