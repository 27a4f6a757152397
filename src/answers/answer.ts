import { addMonths, formatDate } from '../extract/dates';
import { actionsOwnedBy, type ActionView } from '../library/actions-view';
import { findPerson } from '../library/find-person';
import type { Library } from '../library/library';
import type { MeetingView } from '../library/meetings-view';
import type { Member } from '../library/roster';
import { canSeeBoard, memberOf, OPERATOR, type Reader } from '../library/scope';

export { formatDate };
import { loadGuidance } from '../guidance/library';
import { tally } from '../library/responses';
import { contentWords, stem } from '../search/analyse';
import { answerSentence } from '../search/answer-sentence';
import type { SearchResult } from '../search/search';
import { splitSentences } from '../util/text';
import { agencyAttendance, AttendanceFigure, organisationsOf, personAttendance, publishedAttendance } from './attendance';
import { Intent, ReadIntent, readIntent } from './intents';
import { answerContact, answerLevel, answerWhichLevel, namesALevel, ThresholdLevel } from './levels';
import type { Entities } from './nlu/entities';
import { normaliseMessage } from './nlu/normalise';

/** A structured answer: what was understood, what to say, and what it rests on. */
export interface Answer {
  intent: Intent;
  /** The classifier's score for the intent, 0–1. */
  confidence: number;
  /** The two likeliest intents: what an `unclear` answer offers as buttons. */
  alternatives: { intent: Intent; score: number }[];
  /** What the message named: people, dates, an action number, a level, an abbreviation. */
  entities: Entities;
  text: string;
  /** For a reply to a meeting: the answer to preselect on the card, and the deputy named. */
  reply: { response: 'attending' | 'apologies' | 'deputy'; deputy: string | null } | null;
  actions: ActionView[];
  results: SearchResult[];
  meeting: MeetingView | null;
  level: ThresholdLevel | null;
  attendance: AttendanceFigure[];
}

/** The member asking, when the papers know them (their key is what "my" questions need). */
type Asker = Member & { personKey: string };

const AGENCIES: [RegExp, RegExp][] = [
  [/\bpolice|constabulary|cops?\b/i, /police|constabulary/i],
  [/\bhealth|nhs|ccg|icb|hospitals?|nurs(?:e|ing)|gps?\b/i, /nhs|health|ccg|icb|hospital|clinical commissioning|integrated care/i],
  [/\bschools?|education|academ(?:y|ies)|colleges?|head ?teachers?\b/i, /school|academy|education|college/i],
  [/\bprobation|prisons?|hmpps|crc\b/i, /probation|prison|hmpps|rehabilitation/i],
  [/\bcouncil|local authority|\bla\b|children's services|social care\b/i, /council|local authority|\bla\b/i],
  [/\bhousing\b/i, /housing/i],
  [/\bfire\b/i, /fire/i],
];

function actionLine(a: ActionView, withOwners = false): string {
  const owners = withOwners ? ` [${a.owners.map((o) => o.display).join(', ') || 'nobody named'}]` : '';
  const due = a.due ? `due ${formatDate(a.due)}${a.overdue ? ' (overdue)' : ''}` : a.dueText ? `due: ${a.dueText}` : 'no due date';
  const where = a.meetingDate ? `meeting of ${formatDate(a.meetingDate)}${a.item ? `, item ${a.item}` : ''}` : a.document;
  return `• ${a.ref ? `Action ${a.ref}: ` : ''}${a.text}${owners} — ${a.status === 'done' ? 'done' : due}. (${where})`;
}

/** What a message asks, understood once per turn: the cleaned question, its intent and what it named. */
export interface Understanding extends ReadIntent {
  /** The request itself: greetings, sign-offs and quoted email taken off (what every answer reads). */
  question: string;
  /** The message as it came (trimmed and capped): what a search box shows back. */
  asked: string;
}

/**
 * Reads a message: the classifier's intent and entities, with the guidance's own words outranking the
 * classifier (see guidanceIntent) unless the intent was chosen on a button. Cheap, and it reads no
 * one's actions: the answer is the intent's own function's (ANSWERS).
 */
export async function understand(library: Library, text: string, opts: { intent?: Intent } = {}): Promise<Understanding> {
  const asked = typeof text === 'string' ? text.trim().slice(0, 500) : '';
  // Greetings, sign-offs and quoted email taken off: every step below reads the request itself.
  const question = normaliseMessage(typeof text === 'string' ? text.slice(0, 2000) : '').slice(0, 500);
  // The same words mean the same until the library changes (its names, glossary and guidance are what the
  // reading uses besides the classifier): members send the same few requests, the buttons' words above all.
  const known = await library.store.memo('understood', () => new Map<string, ReadIntent>());
  const key = `${opts.intent ?? ''}|${question}`;
  let read = known.get(key);
  if (!read) {
    const classified = await readIntent(question, library, opts.intent);
    read = { ...classified, intent: opts.intent ? classified.intent : await guidanceIntent(library, question, classified.intent) };
    // Bounded: a flood of different messages must not grow it without end.
    if (known.size >= 500) known.clear();
    known.set(key, read);
  }
  return { ...read, question, asked };
}

/** One intent's answer: the same function for the bot's card (its feature calls it) and for `board ask`. */
export type AnswerFn = (library: Library, reader: Reader, u: Understanding) => Promise<Answer>;

/**
 * Answers a question from the library as the reader may see it (a member: their boards; the
 * operator: every board): their actions, meetings, attendance, decisions, the threshold guidance,
 * or failing those a search. Never throws for any input; a question about "me" from someone the
 * papers do not know gets an honest "I don't know you".
 */
export async function answer(library: Library, question: string, reader: Reader, opts: { intent?: Intent } = {}): Promise<Answer> {
  return await answerFor(library, reader, await understand(library, question, opts));
}

/** The answer to what was understood: the intent's function from ANSWERS. */
export async function answerFor(library: Library, reader: Reader, u: Understanding): Promise<Answer> {
  return await ANSWERS[u.intent](library, reader, u);
}

/** An answer with nothing said yet: what was understood, and empty lists. */
function blank(u: Understanding): Answer {
  return {
    intent: u.intent,
    confidence: u.confidence,
    alternatives: u.alternatives,
    entities: u.entities,
    text: '',
    reply: null,
    actions: [],
    results: [],
    meeting: null,
    level: null,
    attendance: [],
  };
}

/** The asker as the turn resolved them, when the papers know them: "my" questions read by their person key. */
function askerOf(reader: Reader): Asker | null {
  const member = memberOf(reader);
  return member && member.personKey ? (member as Asker) : null;
}

const NOT_KNOWN = "I can't find you in the board's papers, so I can't tell which actions or meetings are yours.";

/** An answer that needs to know who is asking: an honest "I don't know you" for someone the papers do not. */
function forAsker(fn: (library: Library, asker: Asker, u: Understanding, reader: Reader) => Promise<Answer>): AnswerFn {
  return async (library, reader, u) => {
    const asker = askerOf(reader);
    return asker ? await fn(library, asker, u, reader) : { ...blank(u), text: NOT_KNOWN };
  };
}

/**
 * "What are my outstanding actions?": the member's open actions, read by the person key the turn
 * resolved (never their name again), as they stand for them.
 */
export const myActions: AnswerFn = forAsker(async (library, asker, u) => {
  const mine = await actionsOwnedBy(library.store, library.today(), asker);
  const overdue = mine.filter((a) => a.overdue).length;
  const text = mine.length
    ? `You have ${mine.length} outstanding action${mine.length === 1 ? '' : 's'}${overdue ? ` (${overdue} overdue)` : ''}:\n${mine.map((a) => actionLine(a)).join('\n')}`
    : 'You have no outstanding actions in the board’s papers.';
  return { ...blank(u), text, actions: mine };
});

/** "What's overdue?": the member's own overdue actions, by their person key. */
export const myOverdue: AnswerFn = forAsker(async (library, asker, u) => {
  const mine = (await actionsOwnedBy(library.store, library.today(), asker)).filter((a) => a.overdue);
  const text = mine.length
    ? `${mine.length} of your actions ${mine.length === 1 ? 'is' : 'are'} overdue:\n${mine.map((a) => actionLine(a)).join('\n')}\n(Ask “what’s overdue for the board?” for everyone’s.)`
    : 'None of your actions is overdue. (Ask “what’s overdue for the board?” for everyone’s.)';
  return { ...blank(u), text, actions: mine };
});

async function replyToMeeting(library: Library, reader: Reader, u: Understanding): Promise<Answer> {
  const { intent, entities, question: q } = u;
  const next = await nextMeeting(library, reader, blank(u), entities);
  const deputy = intent === 'reply-attendance' ? deputyNamed(entities, askerOf(reader)) : null;
  const response =
    intent === 'send-apologies' ? 'apologies' : deputy || /\b(?:deputy|instead|in my place|for me|cover|deputis)/i.test(q) ? 'deputy' : 'attending';
  const verb =
    response === 'apologies' ? 'send your apologies' : response === 'deputy' ? `send ${deputy ?? 'a deputy'} in your place` : 'say you are attending';
  return next.meeting ? { ...next, reply: { response, deputy }, text: `${next.text}\nTo ${verb}, use the reply card in Teams (or tell the clerk).` } : next;
}

async function attendanceTally(library: Library, reader: Reader, u: Understanding): Promise<Answer> {
  const next = (await upcoming(library, reader))[0];
  if (!next) return { ...blank(u), text: 'No future meeting date is known from the papers yet.' };
  const t = await tally(library, next);
  const text = [
    `${meetingLine(next)}: ${t.quorate ? 'quorate' : 'not quorate yet'} (${t.attending.length + t.deputies.length} of ${t.quorum} needed, ${t.members.length} members).`,
    `Attending: ${t.attending.join(', ') || 'none yet'}`,
    `Apologies: ${t.apologies.join(', ') || 'none'}`,
    `Deputies: ${t.deputies.map((d) => `${d.deputy} for ${d.for}`).join(', ') || 'none'}`,
    `No reply: ${t.noReply.join(', ') || 'none'}`,
  ].join('\n');
  return { ...blank(u), text, meeting: next };
}

/** A search, unless the question names a level or is a short "what's X?" about an abbreviation the library defines. */
async function searchOrGuidance(library: Library, reader: Reader, u: Understanding): Promise<Answer> {
  const q = u.question;
  const base = blank(u);
  if ((await namesALevel(library.store, q)) || /\b(?:how many|what are the|which are the|list the)\s+(?:\w+\s+)?(?:levels|tiers)\b/i.test(q))
    return await level(library, reader, q, { ...base, intent: 'level' });
  // "whats MARAT", "what's iART": a short question about an abbreviation the library defines.
  const glossary = await library.glossary();
  const term = q.split(' ').length <= 6 ? (q.match(/\b[a-z]?[A-Z]{2,6}\b/g) ?? []).find((t) => glossary.has(t.toUpperCase())) : undefined;
  if (term && /^\s*what/i.test(q)) return await define(library, reader, term, q, { ...base, intent: 'define' });
  return await search(library, reader, q, base);
}

/** Each intent's answer: `await answer()` (the command line, the tab) and the bot's features call the same function. */
export const ANSWERS: Record<Intent, AnswerFn> = {
  action: async (library, reader, u) =>
    u.entities.actionRef
      ? await actionByRef(library, reader, u.entities.actionRef, blank(u))
      : { ...blank(u), text: 'Which action? Give me its number, for example “action 305”.' },
  'my-actions': myActions,
  'my-last-meeting': forAsker(async (library, asker, u, reader) => await lastMeetingActions(library, reader, asker, blank(u))),
  overdue: myOverdue,
  'overdue-board': async (library, reader, u) => await overdueActions(library, reader, askerOf(reader), blank(u)),
  'actions-for': async (library, reader, u) => await actionsFor(library, reader, u.question, u.entities, blank(u)),
  'next-meeting': async (library, reader, u) => await nextMeeting(library, reader, blank(u), u.entities),
  'send-apologies': replyToMeeting,
  'reply-attendance': replyToMeeting,
  'attendance-tally': attendanceTally,
  apologies: async (library, reader, u) => await apologies(library, reader, u.entities, blank(u)),
  attended: async (library, reader, u) => await attended(library, reader, u.entities, blank(u)),
  'my-attendance': forAsker(async (library, asker, u, reader) => {
    const figures = personAttendance(await library.meetings(reader), asker.name, library.today());
    const text = figures.length
      ? figures.map((f) => `You attended ${f.attended} of ${f.meetings} ${f.board} meetings in the period (${Math.round(f.rate * 100)}%).`).join('\n')
      : "The minutes don't list you at any meeting.";
    return { ...blank(u), text, attendance: figures };
  }),
  'attendance-rate': async (library, reader, u) => await attendanceRate(library, reader, blank(u)),
  'agency-attendance': async (library, reader, u) => {
    const pct = /(\d{1,3}) ?(?:%|per ?cent)/i.exec(u.question)?.[1];
    return await agencies(library, reader, pct ? Number(pct) / 100 : library.config.attendanceTarget, blank(u));
  },
  decision: async (library, reader, u) => await decisions(library, topicOf(u.question), reader, blank(u)),
  level: async (library, reader, u) => await level(library, reader, u.question, blank(u)),
  'which-level': async (library, reader, u) => await whichLevel(library, reader, u.question, blank(u)),
  contact: async (library, reader, u) => ({ ...blank(u), text: (await answerContact(library.store, u.question, guidanceAsker(reader))).text }),
  define: async (library, reader, u) =>
    // "What does partnership plus mean?": a level named by its name is a level question.
    (await namesALevel(library.store, u.question))
      ? await level(library, reader, u.question, { ...blank(u), intent: 'level' })
      : await define(library, reader, u.entities.term ?? termOf(u.question), u.question, blank(u)),
  search: searchOrGuidance,
  help: async (_library, _reader, u) => ({ ...blank(u), text: HELP_TEXT }),
  greeting: async (_library, reader, u) => {
    const asker = askerOf(reader);
    return { ...blank(u), text: `Hello${asker ? ` ${asker.name.split(' ')[0]}` : ''}. ${HELP_TEXT}` };
  },
  thanks: async (_library, _reader, u) => ({ ...blank(u), text: 'You’re welcome. Ask me any time about your actions, meetings or the board’s papers.' }),
  'out-of-scope': async (_library, _reader, u) => ({ ...blank(u), text: OUT_OF_SCOPE }),
  unclear: async (_library, _reader, u) => ({ ...blank(u), text: unclearText(u.question, u) }),
};

/**
 * The guidance's own words outrank the classifier: a level named by its name ("partnership plus",
 * "the acute level") or a question about the scheme ("how many levels…") is a level question, and
 * a short "what's X?" about an abbreviation the papers define is a definition, whatever the
 * classifier ranked first.
 */
async function guidanceIntent(library: Library, q: string, intent: Intent): Promise<Intent> {
  // A question about the scheme itself, not a situation to place in it.
  if (
    intent !== 'contact' &&
    /\b(?:how many|what are the|which are the|list the)\s+(?:\w+\s+)?(?:levels|tiers)\b/i.test(q) &&
    !/\bchild|\bbaby|\bfamily|\byr|\byear old|\bgirl|\bboy/i.test(q)
  )
    return 'level';
  // "Who do I speak to about a family at 'plus partnership' level?": a route to ask for, not a situation to place.
  if (intent === 'which-level' && /^\s*who\s+(?:do|should|can|would)\s+(?:i|we)\s+(?:talk|speak|go|call|ring|contact)\b/i.test(q)) return 'search';
  if (intent === 'contact' && WHEN_ASKED.test(q)) return 'search';
  if (intent === 'which-level' || intent === 'contact' || intent === 'action') return intent;
  if (await namesALevel(library.store, q)) return 'level';
  if (ASKS_FOR_A_LINE.test(q)) return 'contact';
  if (['unclear', 'help', 'search', 'out-of-scope', 'greeting'].includes(intent) && q.split(' ').length <= 6 && /^\s*what/i.test(q)) {
    const glossary = await library.glossary();
    if ((q.match(/\b[a-z]?[A-Z]{2,6}\b/g) ?? []).some((t) => glossary.has(t.toUpperCase()))) return 'define';
  }
  // A question the classifier read as board business ("do I have to offer a TaF before I refer?" as someone's
  // actions) that the guidance answers: most of its words are in one passage of a guidance document.
  // A question about the assistant itself ("what sort of things can I ask?") stays help, whatever a page shares with it.
  if (intent === 'help' && ABOUT_THE_ASSISTANT.test(q)) return intent;
  if (MISREAD_AS_BUSINESS.has(intent) && QUESTION.test(q) && (await guidanceCovers(library, q))) return 'search';
  return intent;
}

const WHEN_ASKED = /\bhow (?:long|quickly|soon|fast)\b|\btime ?scales?\b/i;
const ASKS_FOR_A_LINE = /\b(?:line|number|someone|anyone|somebody)\b[^?]{0,30}\b(?:i|we) (?:can|could|should) (?:ring|call|phone|talk to|speak to)\b/i;
const ABOUT_THE_ASSISTANT = /\b(?:you|ask|help|bot|assistant)\b/i;
const MISREAD_AS_BUSINESS = new Set<Intent>(['unclear', 'help', 'out-of-scope', 'greeting', 'actions-for', 'reply-attendance', 'search']);
const QUESTION = /^\s*(?:what|whats|what's|how|who|when|where|why|which|can|could|do|does|did|is|are|should|must|may|will)\b/i;

/** Most of the question's words (and any abbreviation it names) are in one passage of a guidance document. */
async function guidanceCovers(library: Library, q: string): Promise<boolean> {
  const guidance = new Set((await loadGuidance(library.store)).map((g) => g.document));
  if (!guidance.size) return false;
  const wanted = [...new Set(contentWords(q).map(stem))];
  const acronyms = (q.match(/\b[a-z]?[A-Z]{2,8}\b/g) ?? []).map((a) => a.toLowerCase());
  if (!wanted.length) return false;
  // Scoped to every board on purpose: it only decides whether to search, and shows nothing.
  return (await library.search(OPERATOR, q, { limit: 3 })).some((r) => {
    if (!guidance.has(r.document)) return false;
    const have = new Set(contentWords(r.text).map(stem));
    const share = wanted.filter((w) => have.has(w)).length / wanted.length;
    // "How do I use this?" shares its one word with any page: a question needs three words, or an abbreviation, to be the guidance's.
    return (share >= 0.6 && wanted.length >= 3) || (share >= 0.3 && acronyms.some((a) => have.has(stem(a))));
  });
}

/** What every answer outside the board's business says instead of guessing. */
export const OUT_OF_SCOPE =
  'I can only help with the board’s papers, actions and meetings — for example “what are my actions?”, “when is the next meeting?”, “send my apologies”, “what is level 3?” or “what does MASH stand for?”.';

const HELP_TEXT =
  'I can tell you your actions and what is overdue, show an action by its number, tell you about the next meeting and send your apologies or a deputy, ' +
  'say who attended or sent apologies to a meeting, give attendance figures, explain the threshold levels and abbreviations, and search the minutes and guidance.';

/** How each intent is offered back to a member when the assistant is unsure. */
export const INTENT_LABELS: Record<Intent, string> = {
  action: 'Look up an action by its number',
  'my-actions': 'Your actions',
  'my-last-meeting': 'What you agreed at the last meeting',
  overdue: 'Your overdue actions',
  'overdue-board': 'Everything overdue on the board',
  'actions-for': 'Someone else’s actions',
  'next-meeting': 'The next meeting',
  'send-apologies': 'Send your apologies',
  'reply-attendance': 'Reply to the next meeting',
  'attendance-tally': 'Who is coming to the next meeting',
  apologies: 'Who sent apologies',
  attended: 'Who attended a meeting',
  'my-attendance': 'Your attendance',
  'attendance-rate': 'The board’s attendance rate',
  'agency-attendance': 'Attendance by agency',
  decision: 'What the board decided',
  level: 'A threshold level',
  'which-level': 'Which level fits a situation',
  contact: 'Who to call (front door, out of hours)',
  define: 'What an abbreviation means',
  search: 'Search the papers',
  help: 'What I can do',
  greeting: 'Hello',
  thanks: 'Thanks',
  'out-of-scope': 'Something else',
  unclear: 'Not sure',
};

function unclearText(q: string, read: ReadIntent): string {
  const e = read.entities;
  const understood = [
    e.actionRef ? `action ${e.actionRef}` : '',
    e.when ? `the date “${e.when.text}”` : '',
    ...e.people.map((p) => (p.names.length === 1 ? p.names[0]! : `${p.text} (${p.names.join(' or ')})`)),
    e.owner && !e.people.length ? e.owner : '',
    e.level ? `level ${e.level}` : '',
    e.term ? e.term : '',
  ].filter(Boolean);
  const offers = read.alternatives.map((a) => `“${INTENT_LABELS[a.intent]}”`).join(' or ');
  return `I'm not sure what you're asking${understood.length ? ` — I understood ${understood.join(', ')}` : ` in “${q.slice(0, 80)}”`}. Did you mean ${offers}?`;
}

/** The deputy a reply names: a person other than the asker ("I'll send Helen instead"). */
function deputyNamed(entities: Entities, asker: Asker | null): string | null {
  for (const p of entities.people) {
    const others = p.names.filter((n) => n !== asker?.name);
    if (others.length === 1) return others[0]!;
    if (others.length > 1) return p.text;
  }
  return null;
}

/** Words that say what kind of question it is, not what it is about. */
const CUE_WORDS = new Set(
  'what did do does we the board partnership meeting meetings committee decide decided decision decisions agree agreed agreement resolve resolved resolution say said about on regarding re for to was were is anything sign signed off approve approved endorse endorsed outcome conclude concluded made has have been any make a an of in'.split(
    ' ',
  ),
);

function topicOf(q: string): string {
  const words = q
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' -]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const topic = words.filter((w) => !CUE_WORDS.has(w)).join(' ');
  return topic || q;
}

function termOf(q: string): string {
  const caps = /\b[A-Z][A-Z0-9&]{1,7}\b/.exec(q)?.[0];
  if (caps) return caps;
  const m =
    /\b(?:what (?:does|do|is|are|'s)|whats|meaning of|define|definition of|explain)\s+(?:an?\s+|the\s+)?(.{2,40}?)(?:\s+(?:stand for|mean|short for))?\s*\??$/i.exec(
      q,
    );
  return (m?.[1] ?? q).replace(/[?!.]+$/, '').trim();
}

async function actionByRef(library: Library, reader: Reader, ref: string, base: Answer): Promise<Answer> {
  const all = (await library.actions(reader, { status: 'all' })).filter((a) => a.ref?.toLowerCase() === ref.toLowerCase());
  if (!all.length) return { ...base, text: `I can't find action ${ref} in the board's papers.` };
  const a = all[0]!;
  const owners = a.owners.map((o) => o.display).join(', ') || 'nobody named';
  const history = (await library.history(reader, a.id)).filter((h) => h.source === 'document');
  const text = [
    `Action ${a.ref} (${a.boardName}): ${a.text}`,
    `Owner${a.owners.length === 1 ? '' : 's'}: ${owners}. Status: ${a.status} (${a.state})${a.due ? `, due ${formatDate(a.due)}${a.overdue ? ' — overdue' : ''}` : ''}.`,
    a.progress ? `Latest: ${a.progress}` : '',
    history.length > 1 ? `Reviewed at ${history.length} meetings, most recently ${formatDate(history[history.length - 1]!.when)}.` : '',
    `Source: ${a.document}${a.meetingDate ? `, meeting of ${formatDate(a.meetingDate)}` : ''}${a.item ? `, item ${a.item}` : ''}.`,
  ]
    .filter(Boolean)
    .join('\n');
  return { ...base, text, actions: all };
}

async function lastMeetingActions(library: Library, reader: Reader, asker: Asker, base: Answer): Promise<Answer> {
  const today = library.today();
  const listed = (await library.meetings(reader)).filter(
    (m) => m.source === 'minutes' && m.date <= today && [m.chair, ...m.present, ...m.apologies, ...m.inAttendance].includes(asker.name),
  );
  const last = listed[listed.length - 1];
  if (!last) return { ...base, text: "I can't find a meeting where the minutes list you." };
  const mine: ActionView[] = [];
  for (const a of await actionsOwnedBy(library.store, library.today(), asker, 'all'))
    if ((await library.history(reader, a.id)).some((h) => h.source === 'document' && h.when === last.date)) mine.push(a);
  const text = mine.length
    ? `At the ${last.title} on ${formatDate(last.date)} the minutes give you ${mine.length} action${mine.length === 1 ? '' : 's'}:\n${mine.map((a) => actionLine(a)).join('\n')}`
    : `The minutes of the ${last.title} on ${formatDate(last.date)} give you no actions.`;
  return { ...base, text, actions: mine, meeting: last };
}

async function overdueActions(library: Library, reader: Reader, asker: Asker | null, base: Answer): Promise<Answer> {
  const all = (await library.actions(reader)).filter((a) => a.overdue);
  if (!all.length) return { ...base, text: 'Nothing on the board is overdue.' };
  const theirs = asker ? new Set((await actionsOwnedBy(library.store, library.today(), asker)).map((m) => m.id)) : null;
  const mine = theirs ? all.filter((a) => theirs.has(a.id)).length : 0;
  const head = `${all.length} action${all.length === 1 ? ' is' : 's are'} overdue on the board${asker ? ` (${mine ? `${mine} of them yours` : 'none of them yours'})` : ''}:`;
  return { ...base, text: `${head}\n${all.map((a) => actionLine(a, true)).join('\n')}`, actions: all };
}

async function actionsFor(library: Library, reader: Reader, q: string, entities: Entities, base: Answer): Promise<Answer> {
  const named = entities.people[0];
  if (named && named.names.length > 1) return { ...base, text: `"${named.text}" could be ${named.names.join(' or ')} — which one?` };
  const personName = named?.names[0] ?? null;
  const subject = personName ?? entities.owner ?? typedOwner(q);
  if (!subject) return { ...base, text: 'Whose actions? Give me a name, a role or an agency, for example “actions for probation”.' };
  const person = await findPerson(library.store, subject);
  if (person.kind === 'none' && !named && entities.owner && !AGENCIES.some(([asked]) => asked.test(subject))) {
    // A role ("the chair", "DCS"): the library resolves it to whoever held it when each action was set.
    const list = await library.actions(reader, { owner: subject });
    return {
      ...base,
      text: list.length
        ? `The ${subject} has ${list.length} outstanding action${list.length === 1 ? '' : 's'}:\n${list.map((a) => actionLine(a, true)).join('\n')}`
        : `The ${subject} has no outstanding actions.`,
      actions: list,
    };
  }
  if (person.kind === 'one') {
    const list = await library.actions(reader, { owner: person.person.name });
    return {
      ...base,
      text: list.length
        ? `${person.person.name} has ${list.length} outstanding action${list.length === 1 ? '' : 's'}:\n${list.map((a) => actionLine(a)).join('\n')}`
        : `${person.person.name} has no outstanding actions.`,
      actions: list,
    };
  }
  if (person.kind === 'many') {
    return { ...base, text: `"${subject}" could be ${person.people.map((p) => p.name).join(' or ')} — which one?` };
  }
  const agency = AGENCIES.find(([asked]) => asked.test(subject));
  const orgs = new Map((await library.people()).map((p) => [p.name, p.organisations.join(' ')]));
  const wanted = (text: string) => (agency ? agency[1].test(text) : text.toLowerCase().includes(subject.toLowerCase()));
  const list = (await library.actions(reader)).filter((a) => a.owners.some((o) => wanted(o.written) || (o.personKey && wanted(orgs.get(o.display) ?? ''))));
  return {
    ...base,
    text: list.length
      ? `${list.length} outstanding action${list.length === 1 ? '' : 's'} for ${subject}:\n${list.map((a) => actionLine(a, true)).join('\n')}`
      : `I can't find outstanding actions for ${subject}.`,
    actions: list,
  };
}

/** An owner typed but not known to the papers: "what does Tony owe us", "actions for the youth service". */
function typedOwner(q: string): string | null {
  const m =
    /\bwhat (?:does|do|did|has|is|'s) (.{2,60}?) (?:owe|need to do|have to do|got|responsible|doing|on the hook|working)\b/i.exec(q) ??
    /\bactions?\s+(?:for|on|owned by|assigned to|belonging to|of|with)\s+(.{2,60}?)[?.!]*$/i.exec(q) ??
    /^(.{2,40}?)'s (?:outstanding |open )?actions?\b/i.exec(q);
  return m ? m[1]!.replace(/^(?:the|a|an)\s+/i, '').trim() : null;
}

/** The next meeting of each board the reader may see. */
export async function upcoming(library: Library, reader: Reader): Promise<MeetingView[]> {
  const today = library.today();
  const future = (await library.meetings(reader)).filter((m) => m.date > today);
  const firstPerBoard = new Map<string, MeetingView>();
  for (const m of future) if (!firstPerBoard.has(m.boardKey)) firstPerBoard.set(m.boardKey, m);
  return [...firstPerBoard.values()];
}

function meetingLine(m: MeetingView): string {
  return `${m.title}${m.title.includes(m.board) ? '' : ` (${m.board})`} on ${formatDate(m.date)}${m.time ? ` at ${m.time}` : ''}${m.venue ? `, ${m.venue}` : ''}`;
}

async function nextMeeting(library: Library, reader: Reader, base: Answer, entities?: Entities): Promise<Answer> {
  // "the March meeting", "on the 21st": the future meeting that date names, when there is one.
  const named = entities?.when
    ? meetingsOn(
        (await library.meetings(reader)).filter((m) => m.date > library.today()),
        entities.when,
      )[0]
    : undefined;
  const next = named ? [named] : await upcoming(library, reader);
  if (!next.length) return { ...base, text: 'No future meeting date is known from the papers yet.' };
  if (next.length === 1) {
    const m = next[0]!;
    const items = m.items.length ? `\nAgenda: ${m.items.map((i) => `${i.number}. ${i.title}`).join('; ')}` : '';
    return { ...base, text: `The next meeting is the ${meetingLine(m)}.${items}`, meeting: m };
  }
  return {
    ...base,
    text: `You sit on more than one board. Next meetings:\n${next.map((m) => `• ${meetingLine(m)}`).join('\n')}\nWhich one do you mean?`,
    meeting: next[0]!,
  };
}

async function apologies(library: Library, reader: Reader, entities: Entities, base: Answer): Promise<Answer> {
  const held = await heldMeetings(library, reader);
  const chosen = entities.when ? meetingsOn(held, entities.when) : held;
  if (entities.when && !chosen.length) return { ...base, text: `I have no minutes of a meeting in ${entities.when.text}.` };
  const who = await namedPeople(library, entities);
  if (who) {
    const lines = (entities.when ? chosen : chosen.slice(-3)).map((m) => {
      const sent = m.apologies.filter((a) => who.matches(a)).map(who.describe);
      const there = [m.chair ?? '', ...m.present, ...m.inAttendance].filter((a) => a && who.matches(a)).map(who.describe);
      if (sent.length) return `Yes — ${sent.join(', ')} sent apologies to the ${m.title} on ${formatDate(m.date)}.`;
      if (there.length) return `No — ${there.join(', ')} attended the ${m.title} on ${formatDate(m.date)}.`;
      return `The minutes of the ${m.title} on ${formatDate(m.date)} don't list ${who.label} as attending or sending apologies.`;
    });
    return { ...base, text: lines.join('\n'), meeting: chosen[chosen.length - 1] ?? null };
  }
  if (entities.when) {
    const m = chosen[chosen.length - 1]!;
    const text = m.apologies.length
      ? `Apologies for the ${m.title} on ${formatDate(m.date)}: ${m.apologies.join(', ')}.`
      : `No apologies were recorded for the ${m.title} on ${formatDate(m.date)}.`;
    return { ...base, text, meeting: m };
  }
  const today = library.today();
  const next = (await upcoming(library, reader))[0] ?? null;
  const last = held.filter((m) => m.date <= today).pop() ?? null;
  const parts: string[] = [];
  if (next)
    parts.push(
      next.apologies.length
        ? `Apologies for the meeting on ${formatDate(next.date)}: ${next.apologies.join(', ')}.`
        : `No apologies have been sent yet for the meeting on ${formatDate(next.date)}.`,
    );
  if (last)
    parts.push(
      last.apologies.length
        ? `At the last meeting (${formatDate(last.date)}) apologies came from: ${last.apologies.join(', ')}.`
        : `No apologies were recorded at the last meeting (${formatDate(last.date)}).`,
    );
  return { ...base, text: parts.join('\n') || 'I have no meetings to go on.', meeting: last ?? next };
}

/** Meetings with minutes, on the asker's boards, oldest first. */
async function heldMeetings(library: Library, reader: Reader): Promise<MeetingView[]> {
  return (await library.meetings(reader)).filter((m) => m.source === 'minutes' && m.date <= library.today());
}

/** The meetings a typed month or date means: the same day, else the same month (the most recent such month). */
function meetingsOn(meetings: MeetingView[], when: NonNullable<Entities['when']>): MeetingView[] {
  return meetings.filter((m) => {
    const [y, mo, d] = m.date.split('-').map(Number) as [number, number, number];
    if (when.year && when.year !== y) return false;
    if (when.month && when.month !== mo) return false;
    if (when.day && when.day !== d) return false;
    return true;
  });
}

/** The people (or the agency) a question names, as a test on names written in the minutes. */
async function namedPeople(
  library: Library,
  entities: Entities,
): Promise<{ label: string; matches: (written: string) => boolean; describe: (written: string) => string } | null> {
  const names = entities.people.flatMap((p) => p.names);
  if (names.length) {
    const folded = names.map((n) => n.toLowerCase());
    return { label: names.join(' or '), matches: (w) => folded.some((n) => w.toLowerCase().includes(n)), describe: (w) => w };
  }
  const agency = entities.owner ? AGENCIES.find(([asked]) => asked.test(entities.owner!)) : undefined;
  if (!agency) return null;
  const orgs = (await library.people()).map((p) => [p.name, p.organisations.find((o) => agency[1].test(o)) ?? null] as const);
  const orgOf = (w: string) => orgs.find(([name, org]) => org && w.includes(name))?.[1] ?? null;
  return {
    label: `anyone from ${entities.owner}`,
    matches: (w) => agency[1].test(w) || orgOf(w) !== null,
    // Asked about an agency, say which of its people: "Mark Rowntree (Northmoor Police)".
    describe: (w) => (orgOf(w) && !w.includes(orgOf(w)!) ? `${w} (${orgOf(w)})` : w),
  };
}

async function attended(library: Library, reader: Reader, entities: Entities, base: Answer): Promise<Answer> {
  const held = await heldMeetings(library, reader);
  const candidates = entities.when ? meetingsOn(held, entities.when) : held;
  const m = candidates[candidates.length - 1];
  if (!m) return { ...base, text: entities.when ? `I have no minutes of a meeting in ${entities.when.text}.` : 'I have no minutes to go on.' };
  const who = await namedPeople(library, entities);
  if (who) {
    const present = [m.chair ?? '', ...m.present, ...m.inAttendance].filter((p) => p && who.matches(p)).map(who.describe);
    const sent = m.apologies.filter((p) => who.matches(p)).map(who.describe);
    const text = present.length
      ? `Yes — ${present.join(', ')} attended the ${m.title} on ${formatDate(m.date)}.`
      : sent.length
        ? `No — ${sent.join(', ')} sent apologies to the ${m.title} on ${formatDate(m.date)}.`
        : `The minutes of the ${m.title} on ${formatDate(m.date)} don't list ${who.label}.`;
    return { ...base, text, meeting: m };
  }
  const lines = [`${m.title} (${m.board}), ${formatDate(m.date)}:`];
  if (m.chair) lines.push(`Chair: ${m.chair}`);
  lines.push(`Present (${m.present.length}): ${m.present.join(', ') || 'none listed'}`);
  if (m.inAttendance.length) lines.push(`In attendance: ${m.inAttendance.join(', ')}`);
  if (m.apologies.length) lines.push(`Apologies: ${m.apologies.join(', ')}`);
  return { ...base, text: lines.join('\n'), meeting: m };
}

/**
 * The board's attendance as one figure: members present at each meeting with minutes in the last
 * 12 months over those expected (present, apologies, not present), and any figure the papers publish.
 */
async function attendanceRate(library: Library, reader: Reader, base: Answer): Promise<Answer> {
  const since = addMonths(library.today(), -12);
  const held = (await heldMeetings(library, reader)).filter((m) => m.date > since);
  const published = (await publishedAttendance(library.store, (board) => canSeeBoard(reader, board))).filter(
    (f) => /board|overall|average|partnership/i.test(f.name) || f.name === f.board,
  );
  const lines: string[] = [];
  const byBoard = new Map<string, MeetingView[]>();
  for (const m of held) byBoard.set(m.board, [...(byBoard.get(m.board) ?? []), m]);
  for (const [board, meetings] of byBoard) {
    let came = 0;
    let expected = 0;
    for (const m of meetings) {
      const present = (m.chair ? 1 : 0) + m.present.length;
      came += present;
      expected += present + m.apologies.length + m.notPresent.length;
    }
    if (expected)
      lines.push(
        `${board}: ${Math.round((came / expected) * 100)}% of members attended the ${meetings.length} meeting${meetings.length === 1 ? '' : 's'} with minutes in the last 12 months (${came} of ${expected} places).`,
      );
  }
  const reported = (await library.search(reader, 'attendance averaged per cent over the last twelve months', { kind: 'minutes', limit: 3 })).find((r) =>
    /attendance[^.]{0,80}\b(\d{1,3}) ?(?:%|per ?cent)/i.test(r.text),
  );
  if (reported) {
    const sentence = splitSentences(reported.text.replace(/\n/g, ' ')).find((x) => /attendance[^.]{0,80}\b\d{1,3} ?(?:%|per ?cent)/i.test(x));
    if (sentence)
      lines.push(`The papers report: “${sentence.trim()}” (${reported.document}${reported.meetingDate ? `, ${formatDate(reported.meetingDate)}` : ''}).`);
  }
  for (const f of published) lines.push(`Published figure: ${f.name} ${Math.round(f.rate * 100)}% (${f.source}).`);
  return { ...base, text: lines.join('\n') || 'The papers I have give no attendance to work a rate from.', attendance: published };
}

async function agencies(library: Library, reader: Reader, target: number, base: Answer): Promise<Answer> {
  const computed = agencyAttendance(await library.meetings(reader), await organisationsOf(library.store), library.today()).filter(
    (f) => f.meetings >= 2 && f.rate < target,
  );
  const published = (await publishedAttendance(library.store, (board) => canSeeBoard(reader, board))).filter((f) => f.rate < target);
  const pct = Math.round(target * 100);
  const lines: string[] = [];
  if (computed.length)
    lines.push(
      `From the minutes (last 12 months), below ${pct}%:`,
      ...computed.map((f) => `• ${f.name} (${f.board}): ${f.attended} of ${f.meetings} meetings, ${Math.round(f.rate * 100)}%`),
    );
  if (published.length)
    lines.push(
      `Published figures below ${pct}% (${[...new Set(published.map((f) => f.source))].join(', ')}):`,
      ...published.map((f) => `• ${f.name}: ${Math.round(f.rate * 100)}%`),
    );
  if (!lines.length) lines.push(`No agency is below ${pct}% in the papers I have.`);
  return { ...base, text: lines.join('\n'), attendance: [...computed, ...published] };
}

async function decisions(library: Library, topic: string, reader: Reader, base: Answer): Promise<Answer> {
  const wanted = new Set(contentWords(topic).map(stem));
  const found: { m: MeetingView; text: string; score: number }[] = [];
  for (const m of await library.meetings(reader)) {
    for (const d of m.decisions) {
      const item = m.items.find((i) => i.number === d.item);
      const have = new Set(contentWords(`${item?.title ?? ''} ${d.text}`).map(stem));
      const score = [...wanted].filter((w) => have.has(w)).length;
      if (score) found.push({ m, text: `${item ? `${item.title}: ` : ''}${d.text}`, score });
    }
  }
  found.sort((a, b) => b.score - a.score || b.m.date.localeCompare(a.m.date));
  const results = await library.search(reader, topic, { kind: 'minutes', limit: 5 });
  if (!found.length) {
    return {
      ...base,
      text: results.length
        ? `I found no recorded decision about ${topic}; here is what the minutes say:\n${results
            .slice(0, 3)
            .map((r) => `• ${r.snippet} (${r.document})`)
            .join('\n')}`
        : `I found nothing about ${topic} in the minutes.`,
      results,
    };
  }
  const best = found.filter((f) => f.score === found[0]!.score).slice(0, 3);
  return { ...base, text: best.map((f) => `On ${formatDate(f.m.date)} the ${f.m.title} decided: ${f.text}`).join('\n'), meeting: best[0]!.m, results };
}

async function level(library: Library, reader: Reader, question: string, base: Answer): Promise<Answer> {
  const a = await answerLevel(library.store, question, guidanceAsker(reader));
  if (a.level || a.partnership) return { ...base, text: a.text, level: a.level };
  const results = await library.search(reader, question, { limit: 3 });
  return {
    ...base,
    text: `${a.text}${results.length ? '\nThe nearest passages:' : ''}${results.map((r) => `\n• ${r.snippet} (${r.document})`).join('')}`,
    results,
  };
}

async function whichLevel(library: Library, reader: Reader, question: string, base: Answer): Promise<Answer> {
  const a = await answerWhichLevel(library.store, question, guidanceAsker(reader));
  return { ...base, text: a.text, level: a.level };
}

/**
 * Whose guidance answers: a member's own boards'. Threshold guidance is published for every
 * professional in an area, so a question naming another area may still be answered from its guidance.
 */
function guidanceAsker(reader: Reader): { boards: ReadonlySet<string> } | null {
  const member = memberOf(reader);
  return member ? { boards: new Set(member.boards) } : null;
}

/** Words that ask what a term is, not something about it. */
const DEFINING = new Set(['mean', 'stand', 'definit', 'defin', 'abbrevi', 'acronym', 'short', 'full', 'form', 'meant', 'what', 'whats']);

async function define(library: Library, reader: Reader, term: string, question: string, base: Answer): Promise<Answer> {
  // "Can I refer to CASS anonymously?" asks something about CASS: the answer is in a sentence of the papers.
  const termStems = new Set(contentWords(term).map(stem));
  const about = contentWords(question)
    .map(stem)
    .filter((w) => !termStems.has(w) && !DEFINING.has(w));
  if (about.length >= 2) return await search(library, reader, question, { ...base, intent: 'search' });
  const glossary = await library.glossary();
  const expansion = glossary.get(term.toUpperCase().replace(/[^A-Z0-9&]/g, ''));
  const results = await library.search(reader, expansion ? `${term} ${expansion}` : question, { limit: 5 });
  if (expansion) {
    // The sentence that introduces the abbreviation, as the document writes it: "… Team (MAAT) is …".
    const written = new RegExp(`\\(${term.replace(/[^A-Za-z0-9&]/g, '')}\\)`, 'i');
    const source = results.find((r) => written.test(r.text));
    const all = source ? splitSentences(source.text.replace(/\n/g, ' ')) : [];
    const at = all.findIndex((x) => written.test(x));
    // What the document goes on to say about it ("The MAAT provides … The MAAT gathers …") belongs to the answer.
    const named = new RegExp(`\\b${term.replace(/[^A-Za-z0-9&]/g, '')}\\b`, 'i');
    const following = at >= 0 ? all.slice(at + 1, at + 3).filter((x, k, xs) => named.test(x) && xs.slice(0, k).every((y) => named.test(y))) : [];
    const sentence = at >= 0 ? [all[at]!, ...following].join(' ') : undefined;
    const detail = sentence
      ? `\n“${sentence.replace(/^[•\s]+/, '')}” (${source!.document})`
      : results[0]
        ? `\n${results[0].snippet} (${results[0].document})`
        : '';
    return { ...base, text: `${term.toUpperCase()} stands for ${expansion}.${detail}`, results };
  }
  if (!results.length) return { ...base, text: `I can't find "${term}" in the board's papers.` };
  // The passage with a sentence that opens by saying what the term is: "Early Help is the level of …".
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const opens = new RegExp(`^(?:the |an? )?${escaped}\\s+(?:is|are|means|refers to|describes)\\b`, 'i');
  for (const r of results) {
    const sentence = splitSentences(r.text.replace(/\n/g, ' ')).find((x) => opens.test(x.replace(/^[•\s]+/, '')));
    if (sentence) return { ...base, text: `${sentence}\n(${r.document}, ${r.heading || r.title})`, results: [r, ...results.filter((x) => x !== r)] };
  }
  const found = answerSentence(question, results);
  if (found)
    return { ...base, text: `${found.text.replace(/^[•\s]+/, '')}\n(${found.result.document}, ${found.result.heading || found.result.title})`, results };
  return { ...base, text: `From ${results[0]!.document} (${results[0]!.heading || results[0]!.title}):\n${results[0]!.snippet}`, results };
}

async function search(library: Library, reader: Reader, question: string, base: Answer): Promise<Answer> {
  const results = await library.search(reader, question, { limit: 5 });
  if (!results.length) return { ...base, text: "I couldn't find anything about that in the board's papers." };
  const lines = results
    .slice(0, 3)
    .map((r) => `• ${r.snippet}\n  — ${r.document}${r.meetingDate ? `, ${formatDate(r.meetingDate)}` : ''}${r.heading ? `, ${r.heading}` : ''}`);
  // The sentence that answers the question comes first, as written; the passages found follow.
  const found = answerSentence(question, results);
  const lead = found
    ? `“${found.text.replace(/^[•\s]+/, '')}”\n  — ${found.result.document}${found.result.heading ? `, ${found.result.heading}` : ''}\n\n`
    : '';
  return { ...base, text: `${lead}Here is what the papers say:\n${lines.join('\n')}`, results };
}
