import { Api, ApiError } from './api';
import { renderCard } from './cards';
import { el, highlighted, message, shown, type Theme } from './dom';

/** What /api/tab returns; the action and result items are the bot's own card models. */
export interface Me {
  name: string;
  role: 'member' | 'clerk' | 'chair';
  boards: string[];
  today: string;
}

interface ActionItem {
  id: string;
  heading: string;
  text: string;
  dueLine: string;
  source: string;
  overdue: boolean;
  ragLabel: string;
}

interface ResultItem {
  heading: string;
  snippet: string;
  source: string;
}

interface Figure {
  name: string;
  board: string;
  attended: number;
  meetings: number;
  rate: number;
}

interface AttendanceReport {
  target: number;
  since: string;
  members: Figure[];
  agencies: Figure[];
}

export interface ViewContext {
  api: Api;
  me: Me;
  theme: () => Theme;
}

function failed(host: HTMLElement, err: unknown): void {
  host.replaceChildren(message(err instanceof ApiError ? err.message : 'Something went wrong; please try again.', 'error'));
}

/**
 * A card from the bot's replies in `host`; its buttons go back through the same replies, except
 * verbs the page answers itself (the card's "My actions" button is the list beside it).
 */
export async function showCard(
  ctx: ViewContext,
  host: HTMLElement,
  verb: string,
  data: Record<string, unknown>,
  after?: (verb: string) => void,
  local: Record<string, () => void> = {},
): Promise<void> {
  host.setAttribute('aria-busy', 'true');
  try {
    const { card } = await ctx.api.post<{ card: unknown }>('/api/tab/card', { verb, data });
    renderCard(card, host, ctx.theme(), (v, d) => {
      if (local[v]) return local[v]!();
      void showCard(ctx, host, v, d, after, local).then(() => after?.(v));
    });
  } catch (err) {
    failed(host, err);
  } finally {
    host.removeAttribute('aria-busy');
  }
}

export async function actionsView(ctx: ViewContext, panel: HTMLElement): Promise<void> {
  const filter = el('select', { id: 'filter' });
  for (const [value, label] of [
    ['open', 'Outstanding'],
    ['overdue', 'Overdue'],
    ['done', 'Done'],
    ['all', 'All'],
  ])
    filter.append(el('option', { value }, label));
  const scope = el('select', { id: 'scope' });
  for (const [value, label] of [
    ['mine', 'Mine'],
    ['board', 'Whole board'],
  ])
    scope.append(el('option', { value }, label));
  const controls = el(
    'div',
    { class: 'controls' },
    el('label', { for: 'filter' }, 'Show', filter),
    ctx.me.role !== 'member' && el('label', { for: 'scope' }, 'Whose', scope),
  );
  const list = el('div', { id: 'action-list' });
  const detail = el(
    'section',
    { class: 'card-host', id: 'action-card', 'aria-label': 'The chosen action', tabindex: '-1' },
    message('Choose an action to see its history and update it.'),
  );
  panel.replaceChildren(controls, el('div', { class: 'layout' }, list, detail));

  let selected: string | null = null;
  const load = async () => {
    list.setAttribute('aria-busy', 'true');
    try {
      const items = await ctx.api.get<ActionItem[]>(`/api/tab/actions?filter=${filter.value}&scope=${scope.value}`);
      const count = el(
        'p',
        { class: 'status' },
        `${items.length} action${items.length === 1 ? '' : 's'}${filter.value === 'open' ? ' outstanding' : ''}, ${items.filter((a) => a.overdue).length} overdue`,
      );
      const ul = el('ul', { class: 'items' });
      for (const a of items) {
        const open = el('button', { class: 'secondary', type: 'button', 'aria-label': `Open ${shown(a.heading)}: ${shown(a.text).slice(0, 60)}` }, 'Open');
        open.addEventListener('click', () => {
          selected = a.id;
          ul.querySelectorAll('li').forEach((li) => li.classList.toggle('selected', li.dataset['id'] === a.id));
          const backToList = () => {
            selected = null;
            detail.replaceChildren(message('Choose an action to see its history and update it.'));
            void load();
          };
          void showCard(
            ctx,
            detail,
            'action.view',
            { actionId: a.id },
            (verb) => {
              if (verb === 'action.save') void load();
            },
            { 'actions.mine': backToList },
          ).then(() => detail.focus());
        });
        ul.append(
          el(
            'li',
            { 'data-id': a.id, class: a.id === selected ? 'selected' : undefined },
            el(
              'div',
              { class: 'item-head' },
              el('h3', {}, shown(a.heading)),
              a.overdue && el('span', { class: 'badge overdue' }, 'OVERDUE'),
              a.ragLabel ? el('span', { class: 'badge' }, a.ragLabel) : null,
            ),
            el('p', { class: 'item-text' }, shown(a.text)),
            el('p', { class: a.overdue ? 'item-meta due-overdue' : 'item-meta' }, shown(a.dueLine)),
            el('p', { class: 'item-meta' }, shown(a.source)),
            el('div', { class: 'item-actions' }, open),
          ),
        );
      }
      list.replaceChildren(count, items.length ? ul : message(filter.value === 'open' ? 'You have no outstanding actions.' : 'Nothing to show.'));
    } catch (err) {
      failed(list, err);
    } finally {
      list.removeAttribute('aria-busy');
    }
  };
  filter.addEventListener('change', () => void load());
  scope.addEventListener('change', () => void load());
  await load();
}

export async function meetingView(ctx: ViewContext, panel: HTMLElement): Promise<void> {
  const host = el('section', { class: 'card-host', 'aria-label': 'The next meeting' });
  panel.replaceChildren(host);
  await showCard(ctx, host, 'meeting.next', {});
}

export async function searchView(ctx: ViewContext, panel: HTMLElement): Promise<void> {
  const input = el('input', {
    type: 'search',
    id: 'q',
    name: 'q',
    maxlength: '200',
    placeholder: 'e.g. level 3, MASH, missing from home',
    autocomplete: 'off',
  });
  const form = el(
    'form',
    { class: 'controls', role: 'search' },
    el('label', { for: 'q' }, 'Search the minutes and guidance', input),
    el('button', { class: 'primary', type: 'submit' }, 'Search'),
  );
  const out = el('div', { id: 'results', 'aria-live': 'polite' });
  panel.replaceChildren(form, out);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value.trim();
    if (!q) return;
    out.replaceChildren(message('Searching…'));
    ctx.api
      .get<ResultItem[]>(`/api/tab/search?q=${encodeURIComponent(q)}`)
      .then((results) => {
        if (!results.length) return out.replaceChildren(message(`Nothing in the board’s papers matches “${q}”.`));
        const ul = el('ul', { class: 'items' });
        for (const r of results)
          ul.append(
            el(
              'li',
              {},
              el('h3', {}, shown(r.heading)),
              el('p', { class: 'item-text' }, highlighted(r.snippet)),
              el('p', { class: 'item-meta' }, shown(r.source)),
            ),
          );
        out.replaceChildren(el('p', { class: 'status' }, `${results.length} result${results.length === 1 ? '' : 's'} for “${q}”`), ul);
      })
      .catch((err: unknown) => failed(out, err));
  });
}

function figuresTable(caption: string, figures: Figure[], target: number, label: string): HTMLElement {
  const pct = Math.round(target * 100);
  const table = el('table', { class: 'attendance' }, el('caption', {}, caption));
  table.append(
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, label),
        el('th', { scope: 'col' }, 'Meetings attended'),
        el('th', { scope: 'col' }, 'Rate'),
        el('th', { scope: 'col' }, `Against ${pct}%`),
      ),
    ),
  );
  const body = el('tbody');
  for (const f of figures) {
    const rate = Math.round(f.rate * 100);
    const low = f.rate < target;
    const bar = el(
      'div',
      { class: low ? 'bar low' : 'bar', 'aria-hidden': 'true' },
      el('span', { style: `width:${rate}%` }),
      el('i', { style: `left:${pct}%` }),
    );
    body.append(
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, f.name),
        el('td', { class: 'num' }, `${f.attended} of ${f.meetings}`),
        el('td', { class: low ? 'num below' : 'num' }, `${rate}%${low ? ' (below)' : ''}`),
        el('td', {}, bar),
      ),
    );
  }
  table.append(body);
  return table;
}

export async function attendanceView(ctx: ViewContext, panel: HTMLElement): Promise<void> {
  panel.replaceChildren(message('Counting attendance…'));
  try {
    const r = await ctx.api.get<AttendanceReport>('/api/tab/attendance');
    const pct = Math.round(r.target * 100);
    const below = r.agencies.filter((a) => a.rate < r.target).length;
    panel.replaceChildren(
      el('h2', {}, 'Attendance, last 12 months'),
      el(
        'p',
        { class: 'legend' },
        `From the minutes of meetings since ${new Date(`${r.since}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}. The board expects at least ${pct}%; ${below} agenc${below === 1 ? 'y is' : 'ies are'} below it. The line on each bar marks ${pct}%.`,
      ),
      r.agencies.length
        ? figuresTable('By agency (anyone from it present)', r.agencies, r.target, 'Agency')
        : message('No agencies found in the minutes of the last 12 months.'),
      el('h2', {}, 'By member'),
      r.members.length
        ? figuresTable('By member (chairing or present)', r.members, r.target, 'Member')
        : message('No attendance lists in the minutes of the last 12 months.'),
    );
  } catch (err) {
    failed(panel, err);
  }
}
