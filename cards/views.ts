import { randomUUID } from 'node:crypto';

import type { Verb } from '../bot/features/verbs';
import { formatDate } from '../src/answers/answer';
import type { ThresholdLevel } from '../src/answers/levels';
import { findDates } from '../src/extract/dates';
import type { ActionView, HistoryEntry } from '../src/library/actions-view';
import type { MeetingView } from '../src/library/meetings-view';
import type { MeetingResponse, Tally } from '../src/library/responses';
import type { SearchResult } from '../src/search/search';
import type {
  ActionCard,
  ActionItem,
  ActionsCard,
  ActionUpdateCard,
  ChooseBoardCard,
  HelpCard,
  LevelCard,
  MeetingCard,
  NoticeCard,
  ResultsCard,
  TallyCard,
} from './models';
import { plain, plainSnippet } from './plain';

/**
 * Card models from domain results: what each card shows, worded for a member. Everything that came
 * from a person or a document goes through plain() on its way into a TextBlock; input values (what
 * a member edits and sends back) stay as they are.
 */

/**
 * The due date, with the papers' own words when they say more than the date ("to the next meeting")
 * or name a different one (a deadline moved since), so a member can see where the date came from.
 * A done action keeps its due date.
 */
function dueLine(a: ActionView): string {
  const words = plain(a.dueText?.replace(/^\s*due\b[:\s]*/i, '').trim() ?? '');
  if (a.status === 'done') return `Done${a.due ? ` (was due ${formatDate(a.due)})` : words ? ` (was due ${words})` : ''}`;
  if (!a.due) return words ? `Due ${words}` : 'No due date';
  const said = words ? (findDates(words).find((d) => d.iso)?.iso ?? null) : null;
  const date = `Due ${formatDate(a.due)}${a.overdue ? ' — overdue' : ''}`;
  if (!words || said === a.due) return date;
  if (said) return `${date} (the papers first said “${words}”; a later paper or update moved it)`;
  return `${date} (“${words}”)`;
}

/** Where it was agreed; the board is the card's context (and a member's board is one), so not repeated on every line. */
function source(a: ActionView): string {
  const where = `${a.meetingDate ? `Meeting of ${formatDate(a.meetingDate)}` : 'Action log'}${a.item ? `, item ${plain(a.item)}` : ''}`;
  return `${where} (${plain(a.document)})`;
}

/** Where it was agreed (the first paper that has it) and, when later, where it was last reviewed. */
function agreedAndReviewed(a: ActionView, history: HistoryEntry[]): string {
  const papers = history.filter((h) => h.source === 'document');
  const first = papers[0];
  const last = papers[papers.length - 1];
  if (!first || !last) return source(a);
  const at = (h: HistoryEntry) => `${formatDate(h.when.slice(0, 10))}${h.document ? ` (${plain(h.document)})` : ''}`;
  return `Agreed ${at(first)}${last !== first && last.when !== first.when ? `; last reviewed ${at(last)}` : ''}`;
}

/**
 * A history line: the date once, then the document only when its name does not already carry that
 * date. A member's entry says what they did (a note, a proposal, the clerk's correction and why).
 */
function historyLine(h: HistoryEntry): string {
  const said = h.source === 'member' ? h.text || h.progress : h.progress;
  const what = `${h.status ?? ''}${h.state ? ` (${h.state})` : ''}${said ? ` — ${plain(said)}` : ''}`;
  if (h.source === 'member') return `${formatDate(h.when.slice(0, 10))}, ${plain(h.actor)}: ${what}`;
  const day = h.when.slice(0, 10);
  return `${formatDate(day)}${h.document && !h.document.includes(day) ? ` (${plain(h.document)})` : ''}: ${what}`;
}

function ragOf(a: ActionView): Pick<ActionItem, 'ragLabel' | 'ragColour'> {
  if (!a.rag) return { ragLabel: '', ragColour: 'Default' };
  return { ragLabel: a.rag.toUpperCase(), ragColour: a.rag === 'red' ? 'Attention' : a.rag === 'amber' ? 'Warning' : 'Good' };
}

/** An action without a number is headed by its first words, which say what it is; the board name would not. */
function plainHeading(a: ActionView): { heading: string; text: string } {
  if (a.ref) return { heading: `Action ${plain(a.ref)}`, text: plain(a.text) };
  const words = a.text.split(/\s+/);
  if (words.length <= 8) return { heading: plain(a.text), text: '' };
  return { heading: plain(`${words.slice(0, 8).join(' ')} …`), text: plain(a.text) };
}

export function actionItem(a: ActionView, opts: { canUpdate?: boolean; showOwners?: boolean } = {}): ActionItem {
  return {
    id: a.id,
    ...plainHeading(a),
    owners: opts.showOwners ? plain(a.owners.map((o) => o.display).join(', ')) || 'nobody named' : '',
    canUpdate: opts.canUpdate ?? true,
    dueLine: dueLine(a),
    dueColour: a.overdue ? 'Attention' : a.status === 'done' ? 'Good' : 'Default',
    source: source(a),
    overdue: a.overdue,
    ...ragOf(a),
  };
}

/**
 * A list of actions. `canUpdate` says which the reader may update (all, when not given); `showOwners`
 * names the owners, for lists that are not the reader's own.
 */
export function actionsCard(
  title: string,
  actions: ActionView[],
  emptyText = 'You have no outstanding actions.',
  muteDays = 0,
  opts: { canUpdate?: (a: ActionView) => boolean; showOwners?: boolean } = {},
): ActionsCard {
  const overdue = actions.filter((a) => a.overdue).length;
  return {
    title: plain(title),
    summary: actions.length ? `${actions.length} outstanding${overdue ? `, ${overdue} overdue` : ''}` : '',
    emptyText,
    actions: actions.map((a) => actionItem(a, { canUpdate: opts.canUpdate ? opts.canUpdate(a) : true, showOwners: opts.showOwners })),
    muteDays,
  };
}

export function actionCard(
  a: ActionView,
  history: HistoryEntry[],
  notice = '',
  noticeColour: ActionCard['noticeColour'] = 'Good',
  canUpdate = true,
): ActionCard {
  const noticeStyle = ({ Good: 'good', Attention: 'attention', Warning: 'warning', Default: 'default' } as const)[noticeColour];
  return {
    notice: plain(notice),
    noticeColour,
    noticeStyle,
    id: a.id,
    heading: plainHeading(a).heading,
    text: plain(a.text),
    owners: plain(a.owners.map((o) => o.display).join(', ')) || 'Nobody named',
    statusLine: `${a.status === 'done' ? 'Done' : 'Open'} (${a.state})${a.rag ? `, RAG ${a.rag}` : ''}`,
    dueLine: dueLine(a),
    source: agreedAndReviewed(a, history),
    progress: plain(a.progress),
    history: history.map((h) => ({ line: historyLine(h) })),
    canUpdate,
  };
}

const UPDATE_STATUS: Record<string, string> = { 'not started': 'not started', 'in progress': 'in progress', completed: 'done', "can't do": "can't do" };

export function actionUpdateCard(a: ActionView, canManage: boolean, notice = ''): ActionUpdateCard {
  return {
    id: a.id,
    version: a.version,
    sid: randomUUID(),
    heading: a.ref ? `Action ${plain(a.ref)}` : 'Action',
    text: plain(a.text),
    notice: plain(notice),
    status: a.status === 'done' ? 'done' : (UPDATE_STATUS[a.state] ?? 'in progress'),
    due: a.due ?? '',
    owners: a.owners.map((o) => o.display).join(', '),
    canManage,
  };
}

export function meetingCard(m: MeetingView, today: string, mine: MeetingResponse | null, notice = ''): MeetingCard {
  const replies: Record<string, string> = {
    attending: 'Attending',
    apologies: `Apologies sent${mine?.reason ? ` (${plain(mine.reason)})` : ''}`,
    deputy: `Sending a deputy${mine?.deputy ? `: ${plain(mine.deputy)}` : ''}${mine?.reason ? ` (${plain(mine.reason)})` : ''}`,
  };
  return {
    notice: plain(notice),
    title: plain(m.title),
    board: plain(m.board),
    boardKey: m.boardKey,
    date: m.date,
    when: `${formatDate(m.date)}${m.time ? `, ${m.time}` : ''}`,
    venue: m.venue ? plain(m.venue) : 'To be confirmed',
    yourReply: mine ? replies[mine.response]! : 'Not replied yet',
    response: mine?.response ?? '',
    deputy: mine?.deputy ?? '',
    open: m.date > today,
    items: m.items.map((i) => ({ line: `${plain(i.number)}. ${plain(i.title)}` })),
  };
}

export function tallyCard(t: Tally, asOf: string): TallyCard {
  const list = (xs: string[]) => plain(xs.join(', ')) || '—';
  const deputies = t.deputies.map((d) => `${d.deputy} for ${d.for}`);
  return {
    title: plain(t.meeting.title),
    board: plain(t.meeting.board),
    boardKey: t.meeting.boardKey,
    date: t.meeting.date,
    when: formatDate(t.meeting.date),
    quorumLine: `${t.quorate ? 'Quorate' : 'Not quorate yet'}: ${t.attending.length + t.deputies.length} of ${t.quorum} needed (${t.members.length} members)`,
    quorumColour: t.quorate ? 'Good' : 'Attention',
    attending: t.attending,
    apologies: t.apologies,
    deputies,
    noReply: t.noReply,
    attendingText: list(t.attending),
    apologiesText: list(t.apologies),
    deputiesText: list(deputies),
    noReplyText: list(t.noReply),
    asOf,
  };
}

export function resultsCard(title: string, results: SearchResult[], opts: { intro?: string; emptyText?: string; query?: string | null } = {}): ResultsCard {
  return {
    title: plain(title),
    intro: plain(opts.intro ?? ''),
    emptyText: opts.emptyText ?? "I couldn't find anything about that in the board's papers.",
    searchBox: opts.query !== undefined && opts.query !== null,
    query: opts.query ?? '',
    results: results.map((r) => ({
      heading: plain(r.heading || r.title),
      snippet: plainSnippet(r.snippet),
      source: `${plain(r.document)}${r.meetingDate ? `, meeting of ${formatDate(r.meetingDate)}` : ''}${r.kind === 'guidance' ? ' (guidance)' : ''}`,
    })),
  };
}

export function levelCard(l: ThresholdLevel, intro = ''): LevelCard {
  return {
    number: l.number,
    name: plain(l.name),
    heading: plain(l.heading),
    intro: plain(intro),
    definition: l.definition.split('\n').filter(Boolean).map(plain).join('\n\n'),
    // A blank line between items: Teams joins single-newline lines into one paragraph.
    indicators: l.indicators.map((i) => ({ area: plain(i.area), text: i.items.map((x) => `- ${plain(x)}`).join('\n') })),
    support: plain(l.support),
    source: plain(`${l.partnership}’s guidance (${l.document})`),
    matched: l.matched.map((m) => ({
      text: plain(`${m.level}${m.area && m.area !== 'definition' && m.area !== 'General' ? ` (${m.area})` : ''}: “${m.text}”`),
    })),
    caveat: l.caveat.map((text) => ({ text: plain(text) })),
  };
}

export function noticeCard(title: string, text: string, choices: NoticeCard['choices'] = []): NoticeCard {
  return {
    title: plain(title),
    lines: text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => ({ text: plain(l) })),
    choices,
  };
}

/** Example questions drawn from the library itself, so every one of them has an answer. */
export interface HelpHints {
  actionRef?: string;
  level?: number;
  acronym?: string;
}

export function helpCard(name: string | null, clerk: boolean, welcome = false, hints: HelpHints = {}): HelpCard {
  const examples = [
    'What are my outstanding actions?',
    "What's overdue?",
    'When is the next meeting?',
    'Send my apologies for the next meeting',
    'What did we say about children missing from home?',
    hints.level !== undefined ? `What is level ${hints.level}?` : null,
    hints.acronym ? `What does ${hints.acronym} stand for?` : null,
    hints.actionRef ? `Action ${hints.actionRef}` : null,
  ];
  return {
    title: welcome ? `Welcome${name ? `, ${plain(name.split(' ')[0])}` : ''}` : 'What I can do',
    intro: welcome
      ? 'I read your board’s minutes, action logs and guidance, so you can check your actions, reply about meetings and look things up without leaving Teams.'
      : 'Ask in your own words, or use the buttons.',
    examples: examples.filter((t): t is string => t !== null).map((text) => ({ text: plain(text) })),
    clerkText: clerk
      ? 'As clerk you can also ask for "attendance for the next meeting", send me minutes or action logs (.pdf, .docx, .xlsx, .csv, .html) to add to the library, then "review" what I read, and "proposals" to see members\' proposed dates.'
      : '',
  };
}

export function chooseBoardCard(meetings: MeetingView[], verb: Verb, question = 'You sit on more than one board. Which meeting do you mean?'): ChooseBoardCard {
  return {
    title: 'Which meeting?',
    question,
    meetings: meetings.map((m) => ({ label: `${m.board}: ${formatDate(m.date)}`, verb, boardKey: m.boardKey, date: m.date })),
  };
}
