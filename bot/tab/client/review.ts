import { ApiError } from './api';
import { el, message } from './dom';
import { showCard, type ViewContext } from './views';

interface ReviewAction {
  id: string;
  ref: string | null;
  text: string;
  owners: string[];
  due: string | null;
  status: string;
  doubts: string[];
  source: string;
  progress: string | null;
}

interface DocumentReview {
  document: string;
  kind: string;
  board: string | null;
  meetings: { date: string; present: number; apologies: number; nextMeeting: string | null }[];
  actions: ReviewAction[];
  reviewed: boolean;
  reviewedBy: string | null;
  conflicts: { message: string }[];
  proposals: { id: number; summary: string }[];
}

interface ReviewData {
  boards: { key: string; name: string }[];
  documents: DocumentReview[];
  proposals: { id: number; summary: string; actionId: string }[];
}

/**
 * The clerk's Review view: per document, what was read, as a table with the line each action was
 * read from, doubtful rows first; proposals to accept or decline; and the action log to download.
 */
export async function reviewView(ctx: ViewContext, panel: HTMLElement): Promise<void> {
  panel.replaceChildren(message('Loading what was read…'));
  let data: ReviewData;
  try {
    data = await ctx.api.get<ReviewData>('/api/tab/review');
  } catch (err) {
    panel.replaceChildren(message(err instanceof ApiError ? err.message : 'Something went wrong; please try again.', 'error'));
    return;
  }
  const cardHost = el('section', { class: 'card-host', 'aria-label': 'Correction' });
  const refresh = () => void reviewView(ctx, panel);
  const press = (verb: string, body: Record<string, unknown>) => void showCard(ctx, cardHost, verb, body, refresh).then(refresh);
  // A form (add a missed action, duplicate of…) stays open in the card host until it is sent.
  // A form that comes back with a problem keeps what was typed; once it went through, the tables are read again.
  const afterForm = () => (cardHost.querySelector('input, textarea, select') ? undefined : refresh());
  const form = (verb: string, body: Record<string, unknown>) => void showCard(ctx, cardHost, verb, body, afterForm).then(() => cardHost.scrollIntoView());

  const exports = el('div', { class: 'controls' });
  for (const b of data.boards) {
    for (const format of ['xlsx', 'csv'] as const) {
      const button = el('button', { class: 'secondary', type: 'button' }, `Export ${data.boards.length > 1 ? `${b.name} ` : ''}action log (.${format})`);
      button.addEventListener('click', () => void download(ctx, b.key, format, exports));
      exports.append(button);
    }
  }

  const proposals = data.proposals.length
    ? el(
        'section',
        { 'aria-label': 'Proposals' },
        el('h2', {}, 'Proposals'),
        ...data.proposals.map((p) => {
          const accept = el('button', { class: 'primary', type: 'button' }, 'Accept');
          const decline = el('button', { class: 'secondary', type: 'button' }, 'Decline');
          accept.addEventListener('click', () => press('proposal.accept', { proposalId: String(p.id) }));
          decline.addEventListener('click', () => press('proposal.decline', { proposalId: String(p.id) }));
          return el('p', {}, p.summary, ' ', accept, ' ', decline);
        }),
      )
    : null;

  const docs = data.documents.map((d) => {
    const mark = el('button', { class: d.reviewed ? 'secondary' : 'primary', type: 'button' }, d.reviewed ? `Reviewed by ${d.reviewedBy}` : 'Mark reviewed');
    mark.addEventListener('click', () => press('review.mark', { document: d.document }));
    const add = el('button', { class: 'secondary', type: 'button' }, 'Add a missed action');
    add.addEventListener('click', () => form('review.add', { document: d.document }));
    const rows = d.actions.map((a) => {
      const correct = el('button', { class: 'secondary', type: 'button' }, 'Correct');
      correct.addEventListener('click', () => void showCard(ctx, cardHost, 'action.edit', { actionId: a.id }, refresh).then(() => cardHost.scrollIntoView()));
      const notAction = el('button', { class: 'secondary', type: 'button' }, 'Not an action');
      notAction.addEventListener('click', () => press('review.not-action', { actionId: a.id, document: d.document }));
      const duplicate = el('button', { class: 'secondary', type: 'button' }, 'Duplicate of…');
      duplicate.addEventListener('click', () => form('review.merge', { actionId: a.id, document: d.document }));
      return el(
        'tr',
        { class: a.doubts.length ? 'doubtful' : '' },
        el('td', {}, a.ref ?? ''),
        el('td', {}, a.text),
        el('td', {}, a.owners.join(', ') || 'no owner'),
        el('td', {}, a.due ?? ''),
        el('td', {}, a.progress ? `${a.status}; ${a.progress}` : a.status),
        el('td', {}, a.doubts.join(', ')),
        el('td', { class: 'source' }, a.source),
        el('td', {}, correct, ' ', notAction, ' ', duplicate),
      );
    });
    const head = el('tr', {}, ...['Ref', 'Action', 'Owners', 'Due', 'Status', 'Check', 'Read from', ''].map((h) => el('th', { scope: 'col' }, h)));
    return el(
      'section',
      { 'aria-label': d.document },
      el('h2', {}, d.document),
      el('p', {}, `${d.kind}${d.board ? `, ${d.board}` : ''}. `, mark, ' ', add),
      ...d.meetings.map((m) => el('p', {}, `Meeting ${m.date}: ${m.present} present, ${m.apologies} apologies; next meeting ${m.nextMeeting ?? 'not read'}`)),
      ...d.conflicts.map((c) => el('p', { class: 'error', role: 'note' }, c.message)),
      el('div', { class: 'table-wrap' }, el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows))),
    );
  });
  panel.replaceChildren(
    el('h2', {}, 'Review what was read'),
    exports,
    ...(proposals ? [proposals] : []),
    cardHost,
    ...(docs.length ? docs : [message('No documents have been read yet.')]),
  );
}

async function download(ctx: ViewContext, board: string, format: 'xlsx' | 'csv', host: HTMLElement): Promise<void> {
  try {
    const { blob, name } = await ctx.api.download(`/api/tab/export?board=${encodeURIComponent(board)}&format=${format}`);
    const url = URL.createObjectURL(blob);
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (err) {
    host.append(message(err instanceof ApiError ? err.message : 'The export could not be made; please try again.', 'error'));
  }
}
