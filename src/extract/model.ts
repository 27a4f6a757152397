import type { Block } from '../ingest/document';
import type { IsoDate } from './dates';
import type { PersonName } from './names';

/** The kinds of document a clerk uploads. */
export type DocumentKind = 'minutes' | 'agenda-pack' | 'action-log' | 'guidance' | 'report';

/** 'chair' is the person present who chaired the meeting; 'present' the other members present. */
export type AttendanceRole = 'chair' | 'present' | 'in-attendance' | 'apologies' | 'not-present';

/** A person as one document writes them, before people are matched across documents. */
export interface PersonMention {
  name: PersonName;
  title: string | null;
  organisation: string | null;
  /** When the document saw them in this capacity (meeting date or document date). */
  date: IsoDate | null;
}

export interface AttendanceEntry extends PersonMention {
  role: AttendanceRole;
  deputy: PersonName | null;
  raw: string;
  /** Initials the document gives for them (an Initials column, "Jane Roe (JR)"). */
  initials?: string | null;
}

export interface AgendaItem {
  number: string;
  title: string;
  text: string;
}

export interface Decision {
  item: string | null;
  text: string;
}

export interface NextMeeting {
  date: IsoDate;
  time: string | null;
  venue: string | null;
  /** The date as written, e.g. "Tuesday 30 January 2017". */
  written: string;
  /** Set when the written date was before the meeting itself and a year was added. */
  yearCorrected: boolean;
}

export interface ExtractedMeeting {
  board: string;
  title: string;
  date: IsoDate;
  time: string | null;
  venue: string | null;
  /** 'minutes' for a meeting that took place; 'agenda' for one announced by its agenda. */
  source: 'minutes' | 'agenda';
  attendance: AttendanceEntry[];
  items: AgendaItem[];
  decisions: Decision[];
  nextMeeting: NextMeeting | null;
}

export type OwnerKind = 'person' | 'role' | 'group' | 'organisation' | 'initials';

/** An owner as written, with the person it names where the document itself makes that clear. */
export interface OwnerMention {
  written: string;
  kind: OwnerKind;
  person: PersonMention | null;
}

export type ActionStatus = 'open' | 'done';
export type ActionState = 'not started' | 'in progress' | 'ongoing' | 'deferred' | 'reassigned' | 'not yet due' | 'completed' | "can't do";
export type Rag = 'red' | 'amber' | 'green';

export type ActionForm = 'tracker' | 'inline' | 'agreed-to' | 'initials' | 'table' | 'log-update' | 'agreed-list';

export interface ExtractedAction {
  /** The board whose action this is (the meeting's board for minutes). */
  board: string | null;
  ref: string | null;
  text: string;
  owners: OwnerMention[];
  due: IsoDate | null;
  dueText: string | null;
  status: ActionStatus;
  state: ActionState;
  rag: Rag | null;
  /** The progress recorded against it in this document, if any. */
  progress: string | null;
  form: ActionForm;
  meetingDate: IsoDate | null;
  item: string | null;
  /** The passage the action was read from, as written. */
  passage: string;
  /**
   * A tracker kept one row per owner repeats a numbered action for each owner: the owner this row is for, which keeps
   * each row an action of its own under the shared number. Absent for every other action.
   */
  share?: string;
}

export interface GlossaryEntry {
  term: string;
  expansion: string;
}

/** A stretch of a document a reader would want back whole: an agenda item, a report section. */
export interface Section {
  /** Headings from the outermost in: ["Level 3 – Targeted Support", "Indicators", "Health"]. */
  path: string[];
  meetingTitle: string | null;
  meetingDate: IsoDate | null;
  item: string | null;
  blocks: Block[];
}

export interface ExtractedDocument {
  kind: DocumentKind;
  title: string;
  board: string | null;
  date: IsoDate | null;
  meetings: ExtractedMeeting[];
  actions: ExtractedAction[];
  /** People seen outside attendance lists (officers, signatures, owners). */
  people: PersonMention[];
  /** The board's members as the document lists them (a members table, an agenda's "To:" line). */
  members: PersonMention[];
  glossary: GlossaryEntry[];
  /** Things a clerk should know: corrected typos, unreadable parts. */
  notes: string[];
  /** The document cut into the sections a search should return. */
  sections: Section[];
}
