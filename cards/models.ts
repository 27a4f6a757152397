/**
 * The data each card template expects. One interface per template in cards/templates; the
 * views in cards/views.ts build them from domain results.
 */
export interface ActionItem {
  id: string;
  heading: string;
  text: string;
  /** Who owns it, shown when the list is not all the reader's own; '' to leave out. */
  owners: string;
  /** The reader may update it (their own, or they are the clerk or chair): no button otherwise. */
  canUpdate: boolean;
  dueLine: string;
  dueColour: 'Default' | 'Attention' | 'Warning' | 'Good';
  source: string;
  overdue: boolean;
  ragLabel: string;
  ragColour: 'Attention' | 'Warning' | 'Good' | 'Default';
}

export interface ActionsCard {
  title: string;
  summary: string;
  emptyText: string;
  actions: ActionItem[];
  /** A reminder offers to mute reminders for this many days; 0 for no button. */
  muteDays: number;
}

export interface ActionCard {
  /** The reader may update it; a refusal card offers no Update button. */
  canUpdate: boolean;
  notice: string;
  /** The notice's container style: default-coloured text on a tinted background reads at full contrast, coloured text did not. */
  noticeStyle: 'good' | 'attention' | 'warning' | 'default';
  noticeColour: 'Good' | 'Attention' | 'Warning' | 'Default';
  id: string;
  heading: string;
  text: string;
  owners: string;
  statusLine: string;
  dueLine: string;
  source: string;
  progress: string;
  history: { line: string }[];
}

export interface ActionUpdateCard {
  id: string;
  version: number;
  /** A fresh id per rendered form: the same submission delivered twice is recorded once. */
  sid: string;
  heading: string;
  text: string;
  notice: string;
  status: string;
  due: string;
  owners: string;
  canManage: boolean;
}

export interface MeetingCard {
  notice: string;
  title: string;
  board: string;
  boardKey: string;
  date: string;
  when: string;
  venue: string;
  yourReply: string;
  response: string;
  deputy: string;
  open: boolean;
  items: { line: string }[];
}

export interface TallyCard {
  title: string;
  board: string;
  boardKey: string;
  date: string;
  when: string;
  quorumLine: string;
  quorumColour: 'Good' | 'Attention';
  attending: string[];
  apologies: string[];
  deputies: string[];
  noReply: string[];
  attendingText: string;
  apologiesText: string;
  deputiesText: string;
  noReplyText: string;
  asOf: string;
}

export interface ResultsCard {
  title: string;
  intro: string;
  emptyText: string;
  /** A search box above the results (in chat), or none (a result shared from the compose box). */
  searchBox: boolean;
  query: string;
  results: { heading: string; snippet: string; source: string }[];
}

export interface LevelCard {
  number: number;
  name: string;
  /** The level's heading as the partnership writes it ("Level 3 – Targeted Support", "Tier 2 …"). */
  heading: string;
  intro: string;
  definition: string;
  /** Indicators by domain; each domain's indicators one per line, so they read as a list. */
  indicators: { area: string; text: string }[];
  support: string;
  source: string;
  /** A "which level" answer: the indicators that matched, at every level they matched. */
  matched: { text: string }[];
  /** A "which level" answer: the partnership's words on judgement, its route, and 999. Never left off. */
  caveat: { text: string }[];
}

export interface NoticeCard {
  title: string;
  lines: { text: string }[];
  /** Buttons that re-ask a question as one intent: what an unsure answer offers. */
  choices: { title: string; q: string; intent: string }[];
}

export interface HelpCard {
  title: string;
  intro: string;
  examples: { text: string }[];
  clerkText: string;
}

export interface ChooseBoardCard {
  title: string;
  question: string;
  meetings: { label: string; verb: string; boardKey: string; date: string }[];
}

export interface ReviewCard {
  notice: string;
  title: string;
  summary: string;
  document: string;
  board: string;
  meetings: { line: string }[];
  /** Corrections the document now contradicts. */
  warnings: { line: string }[];
  proposals: { id: string; line: string; document: string }[];
  actions: { id: string; heading: string; text: string; details: string; doubts: string; document: string }[];
  more: string;
}

/** The clerk's form for an action the reading missed, added to a meeting (and item) of the document. */
export interface ReviewAddCard {
  notice: string;
  title: string;
  intro: string;
  document: string;
  meetings: { title: string; value: string }[];
  /** What was typed, kept when the form comes back with a problem. */
  meetingDate: string;
  item: string;
  text: string;
  owners: string;
  due: string;
  why: string;
}

/** The clerk's form for "this action duplicates that one". */
export interface ReviewMergeCard {
  notice: string;
  title: string;
  text: string;
  intro: string;
  actionId: string;
  document: string;
  candidates: { title: string; value: string }[];
}

export interface CardModels {
  actions: ActionsCard;
  action: ActionCard;
  'action-update': ActionUpdateCard;
  meeting: MeetingCard;
  tally: TallyCard;
  results: ResultsCard;
  level: LevelCard;
  notice: NoticeCard;
  help: HelpCard;
  'choose-board': ChooseBoardCard;
  review: ReviewCard;
  'review-add': ReviewAddCard;
  'review-merge': ReviewMergeCard;
}

export type CardName = keyof CardModels;
