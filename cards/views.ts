import type { Verb } from '../bot/features/verbs';
import { formatDate } from '../src/answers/answer';
import type { ThresholdLevel } from '../src/answers/levels';
import type { MeetingView } from '../src/library/meetings-view';
import type { MeetingResponse, Tally } from '../src/library/responses';
import type { SearchResult } from '../src/search/search';
import type { ChooseBoardCard, HelpCard, LevelCard, MeetingCard, NoticeCard, ResultsCard, TallyCard } from './models';
import { plain, plainSnippet } from './plain';

/**
 * Card models from domain results: what each card shows, worded for a member. Everything that came
 * from a person or a document goes through plain() on its way into a TextBlock; input values (what
 * a member edits and sends back) stay as they are. A feature's own cards may be shaped in its module
 * instead (the action cards: bot/features/actions), next to the handlers that show them.
 */
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
