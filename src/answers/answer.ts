import type { Library } from '../library/library';
import type { ActionView } from '../library/actions-view';
import type { MeetingView } from '../library/meetings-view';
import { findPerson } from '../library/find-person';
import type { Member } from '../library/roster';
import { canSeeBoard, memberOf, type Reader } from '../library/scope';
import { findDates, formatDate } from '../extract/dates';

export { formatDate };
import type { SearchResult } from '../search/search';
import { contentWords, stem } from '../search/analyse';
import { splitSentences } from '../util/text';
import { readIntent, Intent } from './intents';
import { answerContact, answerLevel, answerWhichLevel, namesALevel, ThresholdLevel } from './levels';
import { agencyAttendance, organisationsOf, personAttendance, publishedAttendance, AttendanceFigure } from './attendance';
import { tally } from '../library/responses';

/** A structured answer: what was understood, what to say, and what it rests on. */
export interface Answer {
  intent: Intent;
  text: string;
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


function actionLine(a: ActionView): string {
  const due = a.due ? `due ${formatDate(a.due)}${a.overdue ? ' (overdue)' : ''}` : a.dueText ? `due: ${a.dueText}` : 'no due date';
  const where = a.meetingDate ? `meeting of ${formatDate(a.meetingDate)}${a.item ? `, item ${a.item}` : ''}` : a.document;
  return `• ${a.ref ? `Action ${a.ref}: ` : ''}${a.text} — ${a.status === 'done' ? 'done' : due}. (${where})`;
}

/**
 * Answers a question from the library as the reader may see it (a member: their boards; the
 * operator: every board): their actions, meetings, attendance, decisions, the threshold guidance,
 * or failing those a search. Never throws for any input; a question about "me" from someone the
 * papers do not know gets an honest "I don't know you".
 */
export function answer(library: Library, question: string, reader: Reader): Answer {
  const q = typeof question === 'string' ? question : '';
  const { intent, subject } = readIntent(q);
  const member = memberOf(reader);
  const asker = member && member.personKey ? (member as Asker) : null;
  const base: Answer = { intent, text: '', actions: [], results: [], meeting: null, level: null, attendance: [] };
  const needsAsker = intent === 'my-actions' || intent === 'my-last-meeting' || intent === 'my-attendance';
  if (needsAsker && !asker) {
    return { ...base, text: "I can't find you in the board's papers, so I can't tell which actions or meetings are yours." };
  }
  switch (intent) {
    case 'action':
      return actionByRef(library, subject!, reader, base);
    case 'my-actions': {
      const mine = library.actions(reader, { owner: asker!.name });
      const overdue = mine.filter((a) => a.overdue).length;
      const text = mine.length
        ? `You have ${mine.length} outstanding action${mine.length === 1 ? '' : 's'}${overdue ? ` (${overdue} overdue)` : ''}:\n${mine.map(actionLine).join('\n')}`
        : 'You have no outstanding actions in the board’s papers.';
      return { ...base, text, actions: mine };
    }
    case 'my-last-meeting':
      return lastMeetingActions(library, reader, asker!, base);
    case 'overdue':
      return overdueActions(library, reader, asker, base);
    case 'actions-for':
      return actionsFor(library, subject!, reader, base);
    case 'next-meeting':
      return nextMeeting(library, reader, base);
    case 'send-apologies':
    case 'reply-attendance': {
      const next = nextMeeting(library, reader, base);
      const verb = intent === 'send-apologies' ? 'send apologies' : 'reply';
      return next.meeting ? { ...next, text: `${next.text}\nTo ${verb}, use the attendance card in Teams (or ask the clerk).` } : next;
    }
    case 'attendance-tally': {
      const next = upcoming(library, reader)[0];
      if (!next) return { ...base, text: 'No future meeting date is known from the papers yet.' };
      const t = tally(library, next);
      const text = [
        `${meetingLine(next)}: ${t.quorate ? 'quorate' : 'not quorate yet'} (${t.attending.length + t.deputies.length} of ${t.quorum} needed, ${t.members.length} members).`,
        `Attending: ${t.attending.join(', ') || 'none yet'}`,
        `Apologies: ${t.apologies.join(', ') || 'none'}`,
        `Deputies: ${t.deputies.map((d) => `${d.deputy} for ${d.for}`).join(', ') || 'none'}`,
        `No reply: ${t.noReply.join(', ') || 'none'}`,
      ].join('\n');
      return { ...base, text, meeting: next };
    }
    case 'apologies':
      return apologies(library, reader, base);
    case 'attended':
      return attended(library, subject, reader, base);
    case 'my-attendance': {
      const figures = personAttendance(library.meetings(reader), asker!.name, library.today());
      const text = figures.length
        ? figures.map((f) => `You attended ${f.attended} of ${f.meetings} ${f.board} meetings in the period (${Math.round(f.rate * 100)}%).`).join('\n')
        : "The minutes don't list you at any meeting.";
      return { ...base, text, attendance: figures };
    }
    case 'agency-attendance':
      return agencies(library, reader, subject ? Number(subject) / 100 : library.config.attendanceTarget, base);
    case 'decision':
      return decisions(library, subject!, reader, base);
    case 'level':
      return level(library, reader, q, base);
    case 'which-level':
      return whichLevel(library, reader, q, base);
    case 'contact':
      return { ...base, text: answerContact(library.db, q, guidanceAsker(reader)).text };
    case 'define':
      // "What does partnership plus mean?": a level named by its name is a level question.
      if (namesALevel(library.db, q)) return level(library, reader, q, { ...base, intent: 'level' });
      return define(library, reader, subject!, q, base);
    default:
      if (namesALevel(library.db, q) || /\b(?:how many|what are the|which are the|list the)\s+(?:\w+\s+)?(?:levels|tiers)\b/i.test(q)) return level(library, reader, q, { ...base, intent: 'level' });
      {
        // "whats MARAT", "what's iART": a short question about an abbreviation the library defines.
        const glossary = library.glossary();
        const term = q.split(' ').length <= 6 ? (q.match(/\b[a-z]?[A-Z]{2,6}\b/g) ?? []).find((t) => glossary.has(t.toUpperCase())) : undefined;
        if (term && /^\s*what/i.test(q)) return define(library, reader, term, q, { ...base, intent: 'define' });
      }
      return search(library, reader, q, base);
  }
}

function actionByRef(library: Library, ref: string, reader: Reader, base: Answer): Answer {
  const all = library.actions(reader, { status: 'all' }).filter((a) => a.ref?.toLowerCase() === ref.toLowerCase());
  if (!all.length) return { ...base, text: `I can't find action ${ref} in the board's papers.` };
  const a = all[0]!;
  const owners = a.owners.map((o) => o.display).join(', ') || 'nobody named';
  const history = library.history(reader, a.id).filter((h) => h.source === 'document');
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

function lastMeetingActions(library: Library, reader: Reader, asker: Asker, base: Answer): Answer {
  const today = library.today();
  const listed = library
    .meetings(reader)
    .filter((m) => m.source === 'minutes' && m.date <= today && [m.chair, ...m.present, ...m.apologies, ...m.inAttendance].includes(asker.name));
  const last = listed[listed.length - 1];
  if (!last) return { ...base, text: "I can't find a meeting where the minutes list you." };
  const mine = library.actions(reader, { owner: asker.name, status: 'all' }).filter((a) => library.history(reader, a.id).some((h) => h.source === 'document' && h.when === last.date));
  const text = mine.length
    ? `At the ${last.title} on ${formatDate(last.date)} the minutes give you ${mine.length} action${mine.length === 1 ? '' : 's'}:\n${mine.map(actionLine).join('\n')}`
    : `The minutes of the ${last.title} on ${formatDate(last.date)} give you no actions.`;
  return { ...base, text, actions: mine, meeting: last };
}

function overdueActions(library: Library, reader: Reader, asker: Asker | null, base: Answer): Answer {
  const all = library.actions(reader).filter((a) => a.overdue);
  const mine = asker ? library.actions(reader, { owner: asker.name }).filter((a) => a.overdue) : [];
  const mineIds = new Set(mine.map((a) => a.id));
  const ordered = [...mine, ...all.filter((a) => !mineIds.has(a.id))];
  if (!ordered.length) return { ...base, text: 'Nothing is overdue.' };
  const head = asker ? `${mine.length ? `${mine.length} of your actions ${mine.length === 1 ? 'is' : 'are'} overdue` : 'None of your actions is overdue'}; ${all.length} overdue in all:` : `${all.length} actions are overdue:`;
  return { ...base, text: `${head}\n${ordered.map(actionLine).join('\n')}`, actions: ordered };
}

function actionsFor(library: Library, subject: string, reader: Reader, base: Answer): Answer {
  const person = findPerson(library.db, subject);
  if (person.kind === 'one') {
    const list = library.actions(reader, { owner: person.person.name });
    return { ...base, text: list.length ? `${person.person.name} has ${list.length} outstanding action${list.length === 1 ? '' : 's'}:\n${list.map(actionLine).join('\n')}` : `${person.person.name} has no outstanding actions.`, actions: list };
  }
  if (person.kind === 'many') {
    return { ...base, text: `"${subject}" could be ${person.people.map((p) => p.name).join(' or ')} — which one?` };
  }
  const agency = AGENCIES.find(([asked]) => asked.test(subject));
  const orgs = new Map((library.db.prepare('SELECT name, organisations_json FROM people').all() as { name: string; organisations_json: string }[]).map((p) => [p.name, (JSON.parse(p.organisations_json) as string[]).join(' ')]));
  const wanted = (text: string) => (agency ? agency[1].test(text) : text.toLowerCase().includes(subject.toLowerCase()));
  const list = library.actions(reader).filter((a) => a.owners.some((o) => wanted(o.written) || (o.personKey && wanted(orgs.get(o.display) ?? ''))));
  return {
    ...base,
    text: list.length ? `${list.length} outstanding action${list.length === 1 ? '' : 's'} for ${subject}:\n${list.map(actionLine).join('\n')}` : `I can't find outstanding actions for ${subject}.`,
    actions: list,
  };
}

/** The next meeting of each board the reader may see. */
export function upcoming(library: Library, reader: Reader): MeetingView[] {
  const today = library.today();
  const future = library.meetings(reader).filter((m) => m.date > today);
  const firstPerBoard = new Map<string, MeetingView>();
  for (const m of future) if (!firstPerBoard.has(m.boardKey)) firstPerBoard.set(m.boardKey, m);
  return [...firstPerBoard.values()];
}

function meetingLine(m: MeetingView): string {
  return `${m.title}${m.title.includes(m.board) ? '' : ` (${m.board})`} on ${formatDate(m.date)}${m.time ? ` at ${m.time}` : ''}${m.venue ? `, ${m.venue}` : ''}`;
}

function nextMeeting(library: Library, reader: Reader, base: Answer): Answer {
  const next = upcoming(library, reader);
  if (!next.length) return { ...base, text: 'No future meeting date is known from the papers yet.' };
  if (next.length === 1) {
    const m = next[0]!;
    const items = m.items.length ? `\nAgenda: ${m.items.map((i) => `${i.number}. ${i.title}`).join('; ')}` : '';
    return { ...base, text: `The next meeting is the ${meetingLine(m)}.${items}`, meeting: m };
  }
  return { ...base, text: `You sit on more than one board. Next meetings:\n${next.map((m) => `• ${meetingLine(m)}`).join('\n')}\nWhich one do you mean?`, meeting: next[0]! };
}

function apologies(library: Library, reader: Reader, base: Answer): Answer {
  const today = library.today();
  const next = upcoming(library, reader)[0] ?? null;
  const held = library.meetings(reader).filter((m) => m.source === 'minutes' && m.date <= today);
  const last = held[held.length - 1] ?? null;
  const parts: string[] = [];
  if (next) parts.push(next.apologies.length ? `Apologies for the meeting on ${formatDate(next.date)}: ${next.apologies.join(', ')}.` : `No apologies have been sent yet for the meeting on ${formatDate(next.date)}.`);
  if (last) parts.push(last.apologies.length ? `At the last meeting (${formatDate(last.date)}) apologies came from: ${last.apologies.join(', ')}.` : `No apologies were recorded at the last meeting (${formatDate(last.date)}).`);
  return { ...base, text: parts.join('\n') || 'I have no meetings to go on.', meeting: next ?? last };
}

function attended(library: Library, subject: string | null, reader: Reader, base: Answer): Answer {
  const held = library.meetings(reader).filter((m) => m.source === 'minutes');
  const when = subject ? findDates(subject).find((d) => d.iso)?.iso ?? null : null;
  const candidates = when ? held.filter((m) => m.date === when) : held;
  const m = candidates[candidates.length - 1];
  if (!m) return { ...base, text: when ? `I have no minutes of a meeting on ${formatDate(when)}.` : 'I have no minutes to go on.' };
  const lines = [`${m.title} (${m.board}), ${formatDate(m.date)}:`];
  if (m.chair) lines.push(`Chair: ${m.chair}`);
  lines.push(`Present (${m.present.length}): ${m.present.join(', ') || 'none listed'}`);
  if (m.inAttendance.length) lines.push(`In attendance: ${m.inAttendance.join(', ')}`);
  if (m.apologies.length) lines.push(`Apologies: ${m.apologies.join(', ')}`);
  return { ...base, text: lines.join('\n'), meeting: m };
}

function agencies(library: Library, reader: Reader, target: number, base: Answer): Answer {
  const computed = agencyAttendance(library.meetings(reader), organisationsOf(library.db), library.today()).filter((f) => f.meetings >= 2 && f.rate < target);
  const published = publishedAttendance(library.db, (board) => canSeeBoard(reader, board)).filter((f) => f.rate < target);
  const pct = Math.round(target * 100);
  const lines: string[] = [];
  if (computed.length) lines.push(`From the minutes (last 12 months), below ${pct}%:`, ...computed.map((f) => `• ${f.name} (${f.board}): ${f.attended} of ${f.meetings} meetings, ${Math.round(f.rate * 100)}%`));
  if (published.length) lines.push(`Published figures below ${pct}% (${[...new Set(published.map((f) => f.source))].join(', ')}):`, ...published.map((f) => `• ${f.name}: ${Math.round(f.rate * 100)}%`));
  if (!lines.length) lines.push(`No agency is below ${pct}% in the papers I have.`);
  return { ...base, text: lines.join('\n'), attendance: [...computed, ...published] };
}

function decisions(library: Library, topic: string, reader: Reader, base: Answer): Answer {
  const wanted = new Set(contentWords(topic).map(stem));
  const found: { m: MeetingView; text: string; score: number }[] = [];
  for (const m of library.meetings(reader)) {
    for (const d of m.decisions) {
      const item = m.items.find((i) => i.number === d.item);
      const have = new Set(contentWords(`${item?.title ?? ''} ${d.text}`).map(stem));
      const score = [...wanted].filter((w) => have.has(w)).length;
      if (score) found.push({ m, text: `${item ? `${item.title}: ` : ''}${d.text}`, score });
    }
  }
  found.sort((a, b) => b.score - a.score || b.m.date.localeCompare(a.m.date));
  const results = library.search(reader, topic, { kind: 'minutes', limit: 5 });
  if (!found.length) {
    return { ...base, text: results.length ? `I found no recorded decision about ${topic}; here is what the minutes say:\n${results.slice(0, 3).map((r) => `• ${r.snippet} (${r.document})`).join('\n')}` : `I found nothing about ${topic} in the minutes.`, results };
  }
  const best = found.filter((f) => f.score === found[0]!.score).slice(0, 3);
  return { ...base, text: best.map((f) => `On ${formatDate(f.m.date)} the ${f.m.title} decided: ${f.text}`).join('\n'), meeting: best[0]!.m, results };
}

function level(library: Library, reader: Reader, question: string, base: Answer): Answer {
  const a = answerLevel(library.db, question, guidanceAsker(reader));
  if (a.level || a.partnership) return { ...base, text: a.text, level: a.level };
  const results = library.search(reader, question, { limit: 3 });
  return { ...base, text: `${a.text}${results.length ? '\nThe nearest passages:' : ''}${results.map((r) => `\n• ${r.snippet} (${r.document})`).join('')}`, results };
}

function whichLevel(library: Library, reader: Reader, question: string, base: Answer): Answer {
  const a = answerWhichLevel(library.db, question, guidanceAsker(reader));
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

function define(library: Library, reader: Reader, term: string, question: string, base: Answer): Answer {
  const glossary = library.glossary();
  const expansion = glossary.get(term.toUpperCase().replace(/[^A-Z0-9&]/g, ''));
  const results = library.search(reader, expansion ? `${term} ${expansion}` : question, { limit: 5 });
  if (expansion) {
    // The sentence that introduces the abbreviation, as the document writes it: "… Team (MAAT) is …".
    const written = new RegExp(`\\(${term.replace(/[^A-Za-z0-9&]/g, '')}\\)`, 'i');
    const source = results.find((r) => written.test(r.text));
    const sentence = source ? splitSentences(source.text.replace(/\n/g, ' ')).find((x) => written.test(x)) : undefined;
    const detail = sentence ? `\n“${sentence.replace(/^[•\s]+/, '')}” (${source!.document})` : results[0] ? `\n${results[0].snippet} (${results[0].document})` : '';
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
  return { ...base, text: `From ${results[0]!.document} (${results[0]!.heading || results[0]!.title}):\n${results[0]!.snippet}`, results };
}

function search(library: Library, reader: Reader, question: string, base: Answer): Answer {
  const results = library.search(reader, question, { limit: 5 });
  if (!results.length) return { ...base, text: "I couldn't find anything about that in the board's papers." };
  const lines = results.slice(0, 3).map((r) => `• ${r.snippet}\n  — ${r.document}${r.meetingDate ? `, ${formatDate(r.meetingDate)}` : ''}${r.heading ? `, ${r.heading}` : ''}`);
  return { ...base, text: `Here is what the papers say:\n${lines.join('\n')}`, results };
}
