import 'adaptivecards/dist/adaptivecards.css';
import '../tab.css';

import { app, authentication } from '@microsoft/teams-js';

import { Api, ApiError, type Identity } from './api';
import { applyTheme, el, message, type Theme } from './dom';
import { reviewView } from './review';
import { actionsView, attendanceView, type Me, meetingView, searchView, type ViewContext } from './views';

/**
 * "My board": signs in through Teams (the SSO token goes with every call and the server checks
 * it), or — only when the server says it is in development mode — lets you pick a member.
 */
const root = document.getElementById('app')!;
const DEV_KEY = 'board-dev-member';
let theme: Theme = applyTheme(new URLSearchParams(location.search).get('theme') ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'default'));

const VIEWS = [
  { id: 'actions', label: 'My actions', show: actionsView },
  { id: 'meeting', label: 'Next meeting', show: meetingView },
  { id: 'search', label: 'Search', show: searchView },
  { id: 'attendance', label: 'Attendance', show: attendanceView },
] as const;

/** The clerk and the chair also check what was read. */
const CLERK_VIEWS = [...VIEWS, { id: 'review', label: 'Review', show: reviewView }] as const;

async function signInWithTeams(): Promise<string | null> {
  // Outside a frame this is not Teams: don't wait for a host that will never answer.
  if (window.parent === window) return null;
  try {
    await app.initialize();
    const context = await app.getContext();
    theme = applyTheme(context.app.theme);
    app.registerOnThemeChangeHandler((t) => {
      theme = applyTheme(t);
    });
    return await authentication.getAuthToken();
  } catch {
    return null;
  }
}

/** Development only: the server accepts a member's name instead of a token, on loopback. */
async function chooseMember(): Promise<string> {
  const remembered = sessionStorage.getItem(DEV_KEY);
  if (remembered) return remembered;
  const people = await new Api({ token: null, devMember: null }).get<{ name: string; role: string }[]>('/api/tab/dev/members');
  return new Promise((resolve) => {
    const select = el('select', { id: 'member' });
    for (const p of people) select.append(el('option', { value: p.name }, p.role === 'member' ? p.name : `${p.name} (${p.role})`));
    const go = el('button', { class: 'primary', type: 'submit' }, 'Continue');
    const form = el('form', { class: 'controls' }, el('label', { for: 'member' }, 'Act as', select), go);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      sessionStorage.setItem(DEV_KEY, select.value);
      resolve(select.value);
    });
    root.replaceChildren(
      el('h1', {}, 'My board'),
      el(
        'p',
        { class: 'dev-banner', role: 'note' },
        'Development mode: there is no Teams sign-in here, so choose which member to be. This only works on this machine.',
      ),
      form,
    );
    select.focus();
  });
}

function shell(ctx: ViewContext, dev: boolean): void {
  const views = ctx.me.role === 'member' ? VIEWS : CLERK_VIEWS;
  const tabs = el('div', { role: 'tablist', 'aria-label': 'My board' });
  const panel = el('main', { role: 'tabpanel', id: 'panel', tabindex: '-1' });
  const buttons = views.map((v) =>
    el('button', { role: 'tab', id: `tab-${v.id}`, type: 'button', 'aria-controls': 'panel', 'aria-selected': 'false', tabindex: '-1' }, v.label),
  );
  const select = (i: number, focus = false) => {
    buttons.forEach((b, j) => {
      b.setAttribute('aria-selected', String(i === j));
      b.tabIndex = i === j ? 0 : -1;
    });
    panel.setAttribute('aria-labelledby', buttons[i]!.id);
    if (focus) buttons[i]!.focus();
    void views[i]!.show(ctx, panel);
  };
  buttons.forEach((b, i) => {
    b.addEventListener('click', () => select(i));
    // Arrow keys move between tabs, as in Teams.
    b.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (step) select((i + step + buttons.length) % buttons.length, true);
    });
  });
  tabs.append(...buttons);
  const change = el('button', { class: 'secondary', type: 'button' }, 'Change');
  change.addEventListener('click', () => {
    sessionStorage.removeItem(DEV_KEY);
    location.reload();
  });
  const header = el(
    'header',
    { class: 'top' },
    el('h1', {}, 'My board'),
    el('span', { class: 'who' }, `${ctx.me.name}${ctx.me.role === 'member' ? '' : ` (${ctx.me.role})`}`),
  );
  const banner = el('p', { class: 'dev-banner', role: 'note' }, `Development mode: acting as ${ctx.me.name}. `, change);
  root.replaceChildren(...(dev ? [header, banner, tabs, panel] : [header, tabs, panel]));
  select(0);
}

async function start(): Promise<void> {
  const session = await new Api({ token: null, devMember: null }).get<{ mode: 'development' | 'production' }>('/api/tab/session');
  const identity: Identity = { token: await signInWithTeams(), devMember: null };
  if (!identity.token) {
    if (session.mode !== 'development') {
      root.replaceChildren(el('h1', {}, 'My board'), message('Open “My board” in Microsoft Teams to sign in.', 'error'));
      return;
    }
    identity.devMember = await chooseMember();
  }
  const api = new Api(identity);
  try {
    const me = await api.get<Me>('/api/tab/me');
    shell({ api, me, theme: () => theme }, !identity.token);
  } catch (err) {
    if (identity.devMember) sessionStorage.removeItem(DEV_KEY);
    root.replaceChildren(el('h1', {}, 'My board'), message(err instanceof ApiError ? err.message : 'The assistant could not be reached.', 'error'));
  }
}

start().catch(() => root.replaceChildren(message('The assistant could not be reached. Please try again later.', 'error')));
