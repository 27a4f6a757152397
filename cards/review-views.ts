import { formatDate } from '../src/answers/answer';
import type { ActionView } from '../src/library/actions-view';
import type { DocumentReview } from '../src/review/review';
import type { ReviewAddCard, ReviewCard, ReviewMergeCard } from './models';

/** At most this many actions on one card: Teams cards have a size limit (about 28 KB). */
export const MAX_ACTIONS = 25;

/** The clerk's review card for one document: what was read, doubtful actions first, proposals to decide. */
export function reviewCard(r: DocumentReview, boardKey: string, notice = '', max = MAX_ACTIONS): ReviewCard {
  const doubtful = r.actions.filter((a) => a.doubts.length).length;
  const shown = r.actions.slice(0, max);
  return {
    notice,
    title: `Review: ${r.document}`,
    summary: `${r.kind}${r.board ? `, ${r.board}` : ''}. ${r.actions.length} action(s)${doubtful ? `, ${doubtful} to check` : ''}. ${r.reviewed ? `Reviewed by ${r.reviewedBy}.` : 'Not reviewed yet.'}`,
    document: r.document,
    board: boardKey,
    meetings: r.meetings.map((m) => ({
      line: `Meeting ${formatDate(m.date)}: ${m.present} present, ${m.apologies} apologies; next meeting ${m.nextMeeting ? formatDate(m.nextMeeting) : 'not read'}`,
    })),
    warnings: r.conflicts.map((c) => ({ line: c.message })),
    proposals: r.proposals.map((p) => ({ id: String(p.id), line: p.summary, document: r.document })),
    actions: shown.map((a) => ({
      id: a.id,
      heading: `${a.ref ? `Action ${a.ref} · ` : ''}${a.owners.join(', ') || 'no owner'}`,
      text: a.text,
      details: [
        `due ${a.due ? formatDate(a.due) : 'none'}`,
        a.status,
        a.progress,
        a.source && a.source !== a.text ? `read from: “${a.source.length > 200 ? `${a.source.slice(0, 197)}…` : a.source}”` : null,
      ]
        .filter(Boolean)
        .join(' · '),
      doubts: a.doubts.join(', '),
      document: r.document,
    })),
    more: r.actions.length > shown.length ? `${r.actions.length - shown.length} more action(s) — see the Review view in the My board tab.` : '',
  };
}

/** What the clerk typed into the "add a missed action" form, kept when it comes back with a problem. */
export interface AddTyped {
  meetingDate?: string;
  item?: string;
  text?: string;
  owners?: string;
  due?: string;
  why?: string;
}

/** The form for an action the reading missed, to one of the meetings the document records. */
export function reviewAddCard(r: DocumentReview, typed: AddTyped = {}, notice = ''): ReviewAddCard {
  const meetings = r.meetings.map((m) => ({ title: formatDate(m.date), value: m.date }));
  return {
    notice,
    title: `Add an action the reading missed: ${r.document}`,
    intro: meetings.length
      ? 'It is added to the meeting you choose, shown in its history as added by you, and kept when the document is read again.'
      : 'This document records no meeting; the action is added to the board without one, and kept when the document is read again.',
    document: r.document,
    meetings,
    meetingDate: typed.meetingDate || meetings[meetings.length - 1]?.value || '',
    item: typed.item ?? '',
    text: typed.text ?? '',
    owners: typed.owners ?? '',
    due: typed.due ?? '',
    why: typed.why ?? '',
  };
}

type Brief = Pick<ActionView, 'id' | 'ref' | 'text' | 'due' | 'status'> & { owners: { display: string }[] };

const short = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** The form for "this action duplicates that one": the action, and the board's actions it may duplicate. */
export function reviewMergeCard(action: Brief, document: string, candidates: Brief[], notice = ''): ReviewMergeCard {
  const label = (a: Brief) =>
    `${a.ref ? `Action ${a.ref}: ` : ''}${short(a.text, 140)} — ${a.owners.map((o) => o.display).join(', ') || 'no owner'}; due ${a.due ? formatDate(a.due) : 'none'}; ${a.status}`;
  return {
    notice,
    title: `Duplicate of another action? ${action.ref ? `Action ${action.ref}` : ''}`.trim(),
    text: label(action),
    intro:
      'Choose the action it duplicates. This one leaves the action list; its history is kept, the other shows the merge, and it stays merged when the document is read again.',
    actionId: action.id,
    document,
    candidates: candidates.map((c) => ({ title: label(c), value: c.id })),
  };
}
