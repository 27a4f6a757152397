import { randomUUID } from 'node:crypto';
import type { ActionView, HistoryEntry } from '../src/library/actions-view';
import type { MeetingView } from '../src/library/meetings-view';
import type { Tally, MeetingResponse } from '../src/library/responses';
import type { SearchResult } from '../src/search/search';
import type { ThresholdLevel } from '../src/answers/levels';
import { formatDate } from '../src/answers/answer';
import type { ActionCard, ActionItem, ActionsCard, ActionUpdateCard, ChooseBoardCard, HelpCard, LevelCard, MeetingCard, NoticeCard, ResultsCard, TallyCard } from './models';

/** Card models from domain results: what each card shows, worded for a member. */

function dueLine(a: ActionView): string {
  if (a.status === 'done') return 'Done';
  if (a.due) return `Due ${formatDate(a.due)}${a.overdue ? ' — overdue' : ''}`;
  return a.dueText ? `Due: ${a.dueText}` : 'No due date';
}

function source(a: ActionView): string {
  return `${a.boardName}${a.meetingDate ? `, meeting of ${formatDate(a.meetingDate)}` : ''}${a.item ? `, item ${a.item}` : ''} (${a.document})`;
}

function ragOf(a: ActionView): Pick<ActionItem, 'ragLabel' | 'ragColour'> {
  if (!a.rag) return { ragLabel: '', ragColour: 'Default' };
  return { ragLabel: a.rag.toUpperCase(), ragColour: a.rag === 'red' ? 'Attention' : a.rag === 'amber' ? 'Warning' : 'Good' };
}

export function actionItem(a: ActionView): ActionItem {
  return {
    id: a.id,
    heading: a.ref ? `Action ${a.ref}` : a.boardName,
    text: a.text,
    dueLine: dueLine(a),
    dueColour: a.overdue ? 'Attention' : a.status === 'done' ? 'Good' : 'Default',
    source: source(a),
    overdue: a.overdue,
    ...ragOf(a),
  };
}

export function actionsCard(title: string, actions: ActionView[], emptyText = 'You have no outstanding actions.', muteDays = 0): ActionsCard {
  const overdue = actions.filter((a) => a.overdue).length;
  return {
    title,
    summary: actions.length ? `${actions.length} outstanding${overdue ? `, ${overdue} overdue` : ''}` : '',
    emptyText,
    actions: actions.map(actionItem),
    muteDays,
  };
}

export function actionCard(a: ActionView, history: HistoryEntry[], notice = '', noticeColour: ActionCard['noticeColour'] = 'Good'): ActionCard {
  return {
    notice,
    noticeColour,
    id: a.id,
    heading: a.ref ? `Action ${a.ref}` : 'Action',
    text: a.text,
    owners: a.owners.map((o) => o.display).join(', ') || 'Nobody named',
    statusLine: `${a.status === 'done' ? 'Done' : 'Open'} (${a.state})${a.rag ? `, RAG ${a.rag}` : ''}`,
    dueLine: dueLine(a),
    source: source(a),
    progress: a.progress ?? '',
    history: history.map((h) => ({
      // A member's entry says what they did (a note, a proposal, the clerk's correction and why).
      line: `${h.source === 'member' ? `${h.when.slice(0, 10)} ${h.actor}` : `${h.when} ${h.document}`}: ${h.status ?? ''}${h.state ? ` (${h.state})` : ''}${(h.source === 'member' ? h.text || h.progress : h.progress) ? ` — ${h.source === 'member' ? h.text || h.progress : h.progress}` : ''}`,
    })),
  };
}

const UPDATE_STATUS: Record<string, string> = { 'not started': 'not started', 'in progress': 'in progress', completed: 'done', "can't do": "can't do" };

export function actionUpdateCard(a: ActionView, canManage: boolean, notice = ''): ActionUpdateCard {
  return {
    id: a.id,
    version: a.version,
    sid: randomUUID(),
    heading: a.ref ? `Action ${a.ref}` : 'Action',
    text: a.text,
    notice,
    status: a.status === 'done' ? 'done' : (UPDATE_STATUS[a.state] ?? 'in progress'),
    due: a.due ?? '',
    owners: a.owners.map((o) => o.display).join(', '),
    canManage,
  };
}

export function meetingCard(m: MeetingView, today: string, mine: MeetingResponse | null, notice = ''): MeetingCard {
  const replies: Record<string, string> = { attending: 'Attending', apologies: 'Apologies sent', deputy: `Sending a deputy${mine?.deputy ? `: ${mine.deputy}` : ''}` };
  return {
    notice,
    title: m.title,
    board: m.board,
    boardKey: m.boardKey,
    date: m.date,
    when: `${formatDate(m.date)}${m.time ? `, ${m.time}` : ''}`,
    venue: m.venue ?? 'To be confirmed',
    yourReply: mine ? replies[mine.response]! : 'Not replied yet',
    response: mine?.response ?? '',
    deputy: mine?.deputy ?? '',
    open: m.date > today,
    items: m.items.map((i) => ({ line: `${i.number}. ${i.title}` })),
  };
}

export function tallyCard(t: Tally, asOf: string): TallyCard {
  const list = (xs: string[]) => xs.join(', ') || '—';
  const deputies = t.deputies.map((d) => `${d.deputy} for ${d.for}`);
  return {
    title: t.meeting.title,
    board: t.meeting.board,
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

export function resultsCard(
  title: string,
  results: SearchResult[],
  opts: { intro?: string; emptyText?: string; query?: string | null } = {},
): ResultsCard {
  return {
    title,
    intro: opts.intro ?? '',
    emptyText: opts.emptyText ?? "I couldn't find anything about that in the board's papers.",
    searchBox: opts.query !== undefined && opts.query !== null,
    query: opts.query ?? '',
    results: results.map((r) => ({
      heading: r.heading || r.title,
      snippet: r.snippet,
      source: `${r.document}${r.meetingDate ? `, meeting of ${formatDate(r.meetingDate)}` : ''}${r.kind === 'guidance' ? ' (guidance)' : ''}`,
    })),
  };
}

export function levelCard(l: ThresholdLevel, intro = ''): LevelCard {
  return {
    number: l.number,
    name: l.name,
    intro,
    definition: l.definition,
    indicators: l.indicators.map((i) => ({ area: i.area, text: i.items.map((x) => `• ${x}`).join('\n') })),
    support: l.support,
    source: l.document,
  };
}

export function noticeCard(title: string, text: string): NoticeCard {
  return { title, lines: text.split('\n').filter((l) => l.trim()).map((l) => ({ text: l })) };
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
    title: welcome ? `Welcome${name ? `, ${name.split(' ')[0]}` : ''}` : 'What I can do',
    intro: welcome
      ? 'I read your board’s minutes, action logs and guidance, so you can check your actions, reply about meetings and look things up without leaving Teams.'
      : 'Ask in your own words, or use the buttons.',
    examples: examples.filter((t): t is string => t !== null).map((text) => ({ text })),
    clerkText: clerk ? 'As clerk you can also ask for "attendance for the next meeting", send me minutes or action logs (.pdf, .docx, .xlsx, .csv, .html) to add to the library, then "review" what I read, and "proposals" to see members\' proposed dates.' : '',
  };
}

export function chooseBoardCard(meetings: MeetingView[], verb: string, question = 'You sit on more than one board. Which meeting do you mean?'): ChooseBoardCard {
  return {
    title: 'Which meeting?',
    question,
    meetings: meetings.map((m) => ({ label: `${m.board}: ${formatDate(m.date)}`, verb, boardKey: m.boardKey, date: m.date })),
  };
}
