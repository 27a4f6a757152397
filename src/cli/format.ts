import type { Answer } from '../answers/answer';
import type { ActionView } from '../library/actions-view';
import type { IngestReport } from '../library/ingest';
import type { MeetingView } from '../library/meetings-view';
import type { PersonView } from '../library/people-view';
import type { SearchResult } from '../search/search';

/**
 * A file name as the terminal should show it: a name may hold newlines, carriage returns or
 * escape sequences (which could clear the screen, retitle the window or forge a line of output),
 * so every control character, and the bidirectional overrides that reorder what is shown, is
 * printed as an escape (\n, \x1b, \u202e).
 */
export function printableName(name: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\\]/g, escapeChar);
}

/** Any text for the terminal: the same, except that newlines and tabs keep their meaning. */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, escapeChar);
}

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED_ESCAPES[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** The JSON shape of an action on the command line (the contract other tools rely on). */
export function actionJson(a: ActionView) {
  return {
    id: a.id,
    ref: a.ref,
    text: a.text,
    owners: a.owners.map((o) => o.display),
    status: a.status,
    state: a.state,
    due: a.due,
    dueText: a.dueText,
    overdue: a.overdue,
    rag: a.rag,
    document: a.document,
    meetingDate: a.meetingDate,
    board: a.boardName,
    item: a.item,
    progress: a.progress,
  };
}

export function meetingJson(m: MeetingView) {
  return {
    board: m.board,
    title: m.title,
    date: m.date,
    time: m.time,
    venue: m.venue,
    chair: m.chair,
    present: m.present,
    inAttendance: m.inAttendance,
    apologies: m.apologies,
    notPresent: m.notPresent,
    deputies: m.deputies,
    attending: m.attending,
    nextMeeting: m.nextMeeting,
    source: m.source,
    document: m.document,
  };
}

export function personJson(p: PersonView) {
  return { name: p.name, titles: p.titles, organisations: p.organisations, roles: p.roles, initials: p.initials, seen: p.seen };
}

export function ingestJson(r: IngestReport) {
  return {
    documents: r.documents.map((d) => ({ file: d.file, kind: d.kind, meetings: d.meetings, actions: d.actions, outcome: d.outcome })),
    errors: r.errors,
  };
}

export function actionsText(list: ActionView[]): string {
  if (!list.length) return 'No actions.';
  return list
    .map((a) => {
      const flag = a.overdue ? ' OVERDUE' : '';
      const due = a.due ? `due ${a.due}` : a.dueText ? `due: ${a.dueText}` : 'no due date';
      const who = a.owners.length ? a.owners.map((o) => o.display).join(', ') : 'no owner named';
      const ref = a.ref ? `Action ${a.ref}` : a.id;
      return `${ref} [${a.status}, ${a.state}${flag}] ${due}\n  ${a.text}\n  Owners: ${who}\n  From: ${printableName(a.document)}${a.meetingDate ? `, meeting of ${a.meetingDate}` : ''}${a.item ? `, item ${a.item}` : ''}`;
    })
    .join('\n');
}

export function meetingsText(list: MeetingView[]): string {
  if (!list.length) return 'No meetings.';
  return list
    .map((m) => {
      const lines = [`${m.date} ${m.title} (${m.board})${m.venue ? ` at ${m.venue}` : ''} [${m.source}]`];
      if (m.chair) lines.push(`  Chair: ${m.chair}`);
      if (m.present.length) lines.push(`  Present (${m.present.length}): ${m.present.join(', ')}`);
      if (m.inAttendance.length) lines.push(`  In attendance: ${m.inAttendance.join(', ')}`);
      if (m.apologies.length) lines.push(`  Apologies: ${m.apologies.join(', ')}`);
      if (m.nextMeeting) lines.push(`  Next meeting: ${m.nextMeeting}`);
      lines.push(`  From: ${printableName(m.document)}`);
      return lines.join('\n');
    })
    .join('\n');
}

export function peopleText(list: PersonView[]): string {
  if (!list.length) return 'No people.';
  return list
    .map(
      (p) =>
        `${p.name}${p.initials ? ` (${p.initials})` : ''}${p.titles.length ? ` — ${p.titles.join('; ')}` : ''}${p.organisations.length ? `, ${p.organisations.join('; ')}` : ''}`,
    )
    .join('\n');
}

export function ingestText(r: IngestReport): string {
  const lines = r.documents.map(
    (d) =>
      `${printableName(d.file)}: ${d.kind}, ${d.meetings} meeting(s), ${d.actions} action(s)${d.outcome === 'unchanged' ? ' (unchanged)' : d.outcome === 'replaced' ? ' (replaced earlier version)' : ''}`,
  );
  for (const e of r.errors) lines.push(`${printableName(e.file)}: ERROR ${printableName(e.error)}`);
  lines.push(`${r.documents.length} document(s) read, ${r.errors.length} error(s).`);
  return lines.join('\n');
}

/** The JSON shape of a search result on the command line. */
export function resultJson(r: SearchResult) {
  return {
    document: r.document,
    title: r.title,
    heading: r.heading,
    text: r.text,
    snippet: r.snippet,
    score: r.score,
    meetingDate: r.meetingDate,
    kind: r.kind,
  };
}

export function resultsText(list: SearchResult[]): string {
  if (!list.length) return 'Nothing in the library matches that.';
  return list
    .map(
      (r, i) =>
        `${i + 1}. ${r.heading || r.title} — ${printableName(r.document)}${r.meetingDate ? `, ${r.meetingDate}` : ''}\n   ${r.snippet.replace(/\n/g, ' ')}`,
    )
    .join('\n');
}

export function answerJson(a: Answer) {
  return {
    intent: a.intent,
    confidence: Math.round(a.confidence * 1000) / 1000,
    alternatives: a.alternatives.map((x) => ({ intent: x.intent, score: Math.round(x.score * 1000) / 1000 })),
    entities: a.entities,
    text: a.text,
    reply: a.reply,
    actions: a.actions.map(actionJson),
    results: a.results.map(resultJson),
  };
}
