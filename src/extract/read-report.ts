import type { Block } from '../ingest/document';
import { squash } from '../util/text';
import { sectionRole } from './attendance';
import type { AttendanceEntry, ExtractedDocument } from './model';

/**
 * What the assistant read from one file, for a clerk asking "why did this paper give nothing?":
 * the meetings, the people with the roles they held, each action with its owners and the line it
 * came from, and the lines that look like actions or attendance but could not be resolved.
 */
export interface ReadReport {
  file: string;
  kind: string;
  board: string | null;
  meetings: {
    board: string;
    date: string;
    source: string;
    chair: string | null;
    present: string[];
    inAttendance: string[];
    apologies: string[];
    notPresent: string[];
    /** Who came in a member's place. */
    deputies: { deputy: string; for: string }[];
    nextMeeting: string | null;
  }[];
  people: { name: string; initials: string | null; title: string | null; organisation: string | null; roles: string[] }[];
  actions: {
    ref: string | null;
    text: string;
    owners: { written: string; kind: string; person: string | null }[];
    status: string;
    due: string | null;
    dueText: string | null;
    line: string;
  }[];
  unresolved: { line: string; reason: string }[];
}

const ROLE_LABEL: Record<AttendanceEntry['role'], string> = {
  chair: 'chair',
  present: 'present',
  'in-attendance': 'in attendance',
  apologies: 'apologies',
  'not-present': 'not present',
};

// Lines a reader would take for an action: "Action:", "ACTION – JH", "(Action: …)", "X to do Y by …".
const ACTION_LIKE = /^(?:actions?|action points?|agreed actions?)\b\s*[:\-–]|\(\s*actions?\b|\baction\s*(?:by|owner)\s*[:\-–]/i;

export function readReport(file: string, doc: ExtractedDocument, blocks: Block[]): ReadReport {
  const people = new Map<string, ReadReport['people'][number]>();
  for (const m of doc.meetings) {
    for (const a of m.attendance) {
      const key = a.name.display.toLowerCase();
      const p = people.get(key) ?? { name: a.name.display, initials: a.initials ?? null, title: a.title, organisation: a.organisation, roles: [] };
      const role = `${ROLE_LABEL[a.role]} ${m.date}`;
      if (!p.roles.includes(role)) p.roles.push(role);
      p.initials = p.initials ?? a.initials ?? null;
      people.set(key, p);
    }
  }
  for (const p of [...doc.members, ...doc.people]) {
    const key = p.name.display.toLowerCase();
    if (!people.has(key)) people.set(key, { name: p.name.display, initials: null, title: p.title, organisation: p.organisation, roles: [] });
  }

  const unresolved: ReadReport['unresolved'] = [];
  const actions = doc.actions.map((a) => {
    for (const o of a.owners) {
      // "ALL" in an ACTION BY column is everyone, not someone's initials.
      if ((o.kind === 'initials' || (o.kind === 'group' && /^[A-Z]{2,4}$/.test(o.written) && o.written !== 'ALL')) && !o.person)
        unresolved.push({ line: a.passage, reason: `owner "${o.written}": initials that nobody in the attendance list has` });
    }
    if (a.dueText && !a.due) unresolved.push({ line: a.passage, reason: `due "${a.dueText}": not a date that could be read` });
    return {
      ref: a.ref,
      text: a.text,
      owners: a.owners.map((o) => ({ written: o.written, kind: o.kind, person: o.person?.name.display ?? null })),
      status: a.status,
      due: a.due,
      dueText: a.dueText,
      line: a.passage,
    };
  });

  const passages = doc.actions.map((a) => a.passage.toLowerCase());
  const read = (line: string) => {
    const l = line.toLowerCase();
    return passages.some((p) => p.includes(l.slice(0, 60)) || l.includes(p.slice(0, 60)));
  };
  for (const b of blocks) {
    const line = squash(b.text);
    if (!line || line.length > 600) continue;
    if (ACTION_LIKE.test(line) && !read(line)) unresolved.push({ line, reason: 'looks like an action, but no action with an owner could be read from it' });
  }
  const listed = doc.meetings.some((m) => m.attendance.length);
  if (!listed) {
    const heading = blocks.map((b) => squash(b.text)).find((l) => l.length < 200 && sectionRole(l));
    if (heading) unresolved.push({ line: heading, reason: 'an attendance heading, but nobody could be read under it' });
  }
  if (!doc.meetings.length && doc.kind !== 'guidance') {
    unresolved.push({ line: doc.title, reason: 'no meeting recognised: no date with a board, people present or apologies near the top' });
  }

  return {
    file,
    kind: doc.kind,
    board: doc.board,
    meetings: doc.meetings.map((m) => {
      const names = (role: AttendanceEntry['role']) => m.attendance.filter((a) => a.role === role).map((a) => a.name.display);
      return {
        board: m.board,
        date: m.date,
        source: m.source,
        chair: names('chair')[0] ?? null,
        present: names('present'),
        inAttendance: names('in-attendance'),
        apologies: names('apologies'),
        notPresent: names('not-present'),
        deputies: m.attendance.filter((a) => a.deputy).map((a) => ({ deputy: a.deputy!.display, for: a.name.display })),
        nextMeeting: m.nextMeeting?.date ?? null,
      };
    }),
    people: [...people.values()],
    actions,
    unresolved,
  };
}

/** The report as a clerk reads it in a terminal. */
export function readReportText(r: ReadReport): string {
  const out: string[] = [`${r.file}: ${r.kind}${r.board ? `, ${r.board}` : ''}`];
  for (const m of r.meetings) {
    out.push('', `Meeting ${m.date} (${m.source}), ${m.board}`);
    if (m.chair) out.push(`  Chair: ${m.chair}`);
    if (m.present.length) out.push(`  Present (${m.present.length}): ${m.present.join(', ')}`);
    if (m.inAttendance.length) out.push(`  In attendance: ${m.inAttendance.join(', ')}`);
    if (m.apologies.length) out.push(`  Apologies: ${m.apologies.join(', ')}`);
    if (m.notPresent.length) out.push(`  Not present: ${m.notPresent.join(', ')}`);
    if (m.deputies.length) out.push(`  Deputies: ${m.deputies.map((d) => `${d.deputy} for ${d.for}`).join(', ')}`);
    out.push(`  Next meeting: ${m.nextMeeting ?? 'not given'}`);
  }
  if (!r.meetings.length) out.push('', 'No meeting.');
  if (r.people.length) {
    out.push('', `People (${r.people.length}):`);
    for (const p of r.people) {
      const about = [p.initials, p.title, p.organisation].filter(Boolean).join(', ');
      out.push(`  ${p.name}${about ? ` (${about})` : ''}${p.roles.length ? ` — ${p.roles.join('; ')}` : ''}`);
    }
  }
  out.push('', r.actions.length ? `Actions (${r.actions.length}):` : 'No actions.');
  for (const a of r.actions) {
    const owners = a.owners.map((o) => (o.person && o.person !== o.written ? `${o.written} = ${o.person}` : o.written)).join(', ') || 'no owner';
    out.push(
      `  ${a.ref ? `${a.ref}. ` : ''}${a.text}`,
      `    owners: ${owners}; ${a.status}${a.due ? `; due ${a.due}` : a.dueText ? `; due "${a.dueText}"` : ''}`,
      `    from: ${a.line.slice(0, 200)}`,
    );
  }
  if (r.unresolved.length) {
    out.push('', `Not understood (${r.unresolved.length}):`);
    for (const u of r.unresolved) out.push(`  ${u.reason}`, `    ${u.line.slice(0, 200)}`);
  }
  return out.join('\n');
}
