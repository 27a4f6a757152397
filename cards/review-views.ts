import { formatDate } from '../src/answers/answer';
import type { DocumentReview } from '../src/review/review';
import type { ReviewCard } from './models';

/** At most this many actions on one card: Teams cards have a size limit (about 28 KB). */
const MAX_ACTIONS = 25;

/** The clerk's review card for one document: what was read, doubtful actions first, proposals to decide. */
export function reviewCard(r: DocumentReview, boardKey: string, notice = ''): ReviewCard {
  const doubtful = r.actions.filter((a) => a.doubts.length).length;
  const shown = r.actions.slice(0, MAX_ACTIONS);
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
