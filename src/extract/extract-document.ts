import type { Block } from '../ingest/document';
import { squash } from '../util/text';
import { ActionContext, dueContext } from './actions/context';
import { markOwnerRows } from './actions/owner-rows';
import { findProseActions, ownerColumnLines, restackCells, unrollDiscussionRows } from './actions/prose';
import { withoutCarriedForward, withoutPointers, withoutRetoldInList, withoutRetoldInLog } from './actions/retold';
import { ownerDashAction } from './actions/statements';
import { findTableActions, flattenedRows, isActionTableHeader } from './actions/tables';
import {
  apologiesInSentence,
  attendanceHeader,
  bracketRun,
  chairInLine,
  chairPostInLine,
  deputiesInSentence,
  isMarkedAttendanceHeader,
  markChair,
  parseAttendance,
  parseEntry,
  participantsInProse,
  presentersInProse,
  rowSection,
  sectionRole,
  withDeputies,
} from './attendance';
import { exceptionAttendance } from './attendance-exception';
import { findAttendanceGrid } from './attendance-grid';
import { namedByKey } from './attendance-initials';
import { withAppendixAttendance } from './attendance-pointer';
import { boardAcronym, committeeHeaderBoard, findBoardName, headerBodyName, stackedCommitteeBoard, subgroupName } from './board-name';
import { withoutPrintStamp } from './browser-print';
import { endOfMonth, findDates, IsoDate } from './dates';
import { dueByEvent, financialYearOf } from './due';
import { emailNotes } from './email-notes';
import { findGlossary } from './glossary';
import { bodyLines, committeeOfOrganisation } from './header-body';
import { isJointMeeting, jointBoardName, nextJointMeeting } from './joint-meeting';
import { wrapWidth } from './line-width';
import { agreedAtMeeting, laterMeetingNamed } from './log-meeting';
import { findDecisions, findNextMeeting, parseHeader, splitItems } from './meeting-parts';
import type { AttendanceEntry, DocumentKind, ExtractedAction, ExtractedDocument, ExtractedMeeting, PersonMention, Section } from './model';
import { isOrgLike, mayBeSamePerson, parsePersonName, PersonName } from './names';
import { numberedParagraphs } from './numbered-paragraphs';
import { englishColumnOnly } from './parallel-language';
import { findPeople, ownerKey, peopleInProse } from './people-tables';
import { isProseAttendance, proseAttendance, splitProseAttendance } from './prose-attendance';
import { splitRunInAttendance } from './run-in-attendance';
import { headingSections } from './sections';
import { findSegments, isBoilerplate, withoutItemNumber, withoutRunningHeaders } from './segments';

/**
 * Everything one document says: its meetings (with attendance, items, decisions and the next
 * meeting), its actions in any of the forms boards use, the people it names and its glossary.
 * Pure: the same blocks always give the same result.
 */
export function extractDocument(blocks: Block[], fileName: string): ExtractedDocument {
  // A web page printed by a browser: its print stamp is not the meeting's date (see browser-print.ts).
  // Side-by-side bilingual minutes are read as their English column (see parallel-language.ts).
  const filtered = englishColumnOnly(withoutPrintStamp(blocks.filter((b) => !isBoilerplate(b))));
  // Notes of a meeting sent round by e-mail: the message's header says which meeting (see email-notes.ts).
  const mailed = emailNotes(filtered);
  const mail = mailed?.request ? null : mailed;
  // Minutes written as a "Discussion | Action" table are prose with an "Action:" line under each item's discussion: read so,
  // the attendance inside item 1's cell and the updates in the matters arising cell are read as any minutes' are. Then lists
  // run into item 1's text ("… welcomed members. Present: …; Apologies: …") read as the lists they are.
  // A PDF that prints the header and the attendance sentences as one paragraph is split back into the two.
  const content = splitProseAttendance(splitRunInAttendance(unrollDiscussionRows(mail?.blocks ?? filtered, true)));
  const segments = findSegments(content);
  const allText = content.map((b) => b.text).join('\n');
  const topLines = content.slice(0, 6).map((b) => squash(b.text));
  const running = runningLines(content);
  // A body its letterhead names ("Eastvale Public Protection Committee") is the paper's, whatever board the body of the
  // paper mentions most; that count is the last resort. The letterhead is read first without the page headers ("Tollbridge
  // LSCB – Board 6 December 2017 … Page 1 of 3" is a pack's running line), then with them.
  const letterhead = (lines: string[]) =>
    stackedCommitteeBoard(lines) ?? findBoardName(lines.join('\n'), '') ?? committeeHeaderBoard(lines) ?? headerBodyName(lines);
  const ownTop = unwrapHeading(
    content
      .filter((b) => !running.has(squash(b.text)))
      .slice(0, 6)
      .map((b) => squash(b.text)),
  );
  const docBoard = letterhead(ownTop) ?? letterhead(topLines) ?? findBoardName('', allText);
  const notes: string[] = [];
  const meetings: ExtractedMeeting[] = [];
  const actions: ExtractedAction[] = [];
  const people: PersonMention[] = [];
  const sections: Section[] = [];
  const covered = new Set<number>();
  const width = wrapWidth(content);

  // The paper's own key to its owners ("Key to initials: FH – Fiona Haldane, …" at a note's foot, "Abbreviations used in
  // these papers: CSWO – Chief Social Work Officer (Alasdair Yule); …" on a pack's cover): minutes anywhere in it read
  // their owners against it as well as against who attended.
  const paperKey = segments.some((s) => s.kind === 'minutes') ? ownerKey(content, true) : [];
  // A meeting request announces a meeting and records none: its agenda and signature are no minutes.
  for (const seg of segments.filter((s) => s.kind === 'minutes' && !mailed?.request)) {
    // The lines above a paper's first minutes (its letterhead: the board, then the subgroup) name whose minutes they are.
    // Minutes carried in a pack have their own letterhead: the heading just above "Minutes of the meeting held on …".
    // A PDF's running header over the letterhead ("BSCP Executive Group – 05/10/2022 – DRAFT – Page 1 of 2") is not it,
    // unless it is all there is.
    const letterhead = content.slice(0, seg.start).filter((b) => !running.has(squash(b.text)));
    const above =
      seg.start > 0 && seg.start <= 6
        ? (letterhead.length ? letterhead : content.slice(0, seg.start)).map((b) => b.text)
        : seg.start > 6 && content[seg.start - 1]!.type === 'heading'
          ? [content[seg.start - 1]!.text]
          : [];
    const onPage = pageDate([...content.slice(seg.start, seg.end), ...(above.length ? content.slice(0, seg.start) : [])], running);
    const result = readMinutes(
      numberedParagraphs(ownerColumnLines(restackCells(withoutRunningHeaders(content, seg).map((b, k) => (k === 0 ? withoutItemNumber(b) : b))))),
      docBoard,
      above,
      onPage,
      width,
      running,
      paperKey,
    );
    // What looked like minutes but records no meeting (a tracker whose "Officers:" key line reads as who attended) is read
    // with the rest of the paper: its tables are still the paper's.
    if (!result) continue;
    for (let i = seg.start; i < seg.end; i++) covered.add(i);
    meetings.push(result.meeting);
    sections.push(...result.sections);
    // The group the notes were sent to is the meeting's, when no board is named above the notes.
    if (mail?.to && !mail.titled && !/@/.test(mail.to) && result.meeting.board === (docBoard ?? 'Board')) result.meeting.board = mail.to;
    for (const a of result.actions) a.board = result.meeting.board;
    actions.push(...result.actions);
    if (result.meeting.nextMeeting?.yearCorrected) {
      notes.push(
        `next meeting after ${result.meeting.date} was written as "${result.meeting.nextMeeting.written}"; read as ${result.meeting.nextMeeting.date}`,
      );
    }
  }

  // The people the paper's key names are people the library should know: owners resolve to them.
  const keyDate = meetings[0]?.date ?? null;
  if (keyDate) for (const e of paperKey) people.push({ name: e.name, title: e.title, organisation: e.organisation, date: keyDate });

  // (Nor is a meeting request's draft agenda the record of a meeting: the request records none.)
  const agendaSeg = mailed?.request ? undefined : segments.find((s) => s.kind === 'agenda');
  const agendaRead = agendaSeg ? readAgenda(content.slice(agendaSeg.start, agendaSeg.end), docBoard) : null;
  const agenda = agendaRead?.meeting ?? null;
  if (agendaRead) {
    meetings.push(agendaRead.meeting);
    sections.push(...agendaRead.sections);
    for (let i = agendaSeg!.start; i < agendaSeg!.end; i++) covered.add(i);
  }

  // An agenda pack carries the previous meeting's minutes: the meeting it announces is their next meeting.
  if (agenda) {
    for (const m of meetings) {
      if (m.source === 'minutes' && !m.nextMeeting && agenda.date > m.date) {
        m.nextMeeting = { date: agenda.date, time: agenda.time, venue: agenda.venue, written: agenda.date, yearCorrected: false };
      }
    }
  }
  const docDate = documentDate(content, meetings, agenda);
  // Everything outside minutes (reports, trackers, plans, logs) belongs to the agenda's meeting, if any.
  const rest = content.filter((_b, i) => !covered.has(i));
  // A tracker with no meeting of its own reads "end of November" and "next meeting" from its own date
  // ("Action log – updated after the meeting of 9 October 2018") and its own "Next Board meeting: …" line.
  // A spreadsheet's title is a row (one cell, or a cell merged across the sheet): it is read as the line it is.
  const restText = rest.map((b) => {
    const filled = b.type === 'row' ? [...new Set((b.cells ?? []).map((c) => c.trim()).filter(Boolean))] : [];
    return filled.length === 1 && filled[0]!.length > 20 ? { ...b, type: 'paragraph' as const, text: filled[0]!, cells: undefined } : b;
  });
  // A log headed by the meeting its actions were agreed at ("Minutes of last meeting (22 June) and matters arising"):
  // the actions are that meeting's, and the meeting is recorded, with nobody listed (see log-meeting.ts).
  const log = agenda || meetings.length ? null : agreedAtMeeting(restText);
  const agreedAt = log?.date ?? null;
  const asOf = agenda || meetings.length ? null : (agreedAt ?? headDate(restText));
  const restNext =
    agenda?.nextMeeting?.date ??
    (asOf
      ? (findNextMeeting(
          [],
          restText.filter((b) => b.type !== 'row'),
          asOf,
        )?.date ?? null)
      : null);
  const restCtx: ActionContext = {
    meetingDate: agenda?.date ?? agreedAt,
    nextMeeting: restNext,
    item: null,
    attendance: ownerKey(rest),
    asOf,
    meetings: meetingDatesListed(restText),
    wrapWidth: width,
    // The year in a title, not in a row of the log ("Confirm the contribution for 2022/23"); a log with no title row (a CSV)
    // is titled by its file's name ("…-action-log-2021-22.csv").
    financialYear: financialYearOf(titleLines(content)) ?? financialYearOf([fileName.replace(/[_.]/g, ' ')]),
    planYear: financialYearOf(titleLines(restText)),
  };
  const restActions = [...findTableActions(rest, restCtx), ...flattenedRows(rest, restCtx)];
  if (!segments.some((s) => s.kind === 'minutes'))
    restActions.push(
      ...findProseActions(
        rest.filter((b) => b.type !== 'row'),
        restCtx,
      ).filter((a) => a.form === 'tracker' || a.form === 'inline' || a.form === 'log-update'),
    );
  for (const a of restActions) a.board = agenda?.board ?? docBoard;
  actions.push(...restActions);
  if (agreedAt && restActions.length) {
    // The body named before "Minutes of last meeting" is the log's, even where a web copy ran the words together.
    const board = findBoardName(log!.before.split('\n').pop() ?? '', '') ?? docBoard ?? boardAcronym(allText) ?? 'Board';
    const next = restNext ?? laterMeetingNamed(rest, agreedAt);
    meetings.push({
      ...meetingBasics(board, `${board} meeting`, agreedAt, { time: null, venue: null }, []),
      source: 'minutes',
      attendance: [],
      decisions: [],
      nextMeeting: next ? { date: next, time: null, venue: null, written: next, yearCorrected: false } : null,
    });
  }
  actions.splice(0, actions.length, ...withoutPointers(withoutCarriedForward(withoutRetoldInList(withoutRetoldInLog(actions)))));
  // A tracker kept one row per owner: each row is its own action under the shared number (see owner-rows.ts).
  markOwnerRows(actions);

  sections.push(...headingSections(rest, { title: agenda?.title ?? null, date: agenda?.date ?? null }));
  const found = findPeople(rest, docDate);
  people.push(...found.others);
  // The prose may be the only place a post's holder is named ("the Assistant Director" is who?).
  people.push(...peopleInProse(content, docDate));
  // A log's key ("Key to initials: M.R. - Maureen Rigby, …") names its owners: they are people the library should know.
  for (const e of restCtx.attendance) people.push({ name: e.name, title: e.title, organisation: e.organisation, date: docDate });
  for (const a of actions) for (const o of a.owners) if (o.person && o.kind !== 'initials') people.push(o.person);

  const board = meetings[0]?.board ?? docBoard;
  // A members table ("Strategic Board members at the time of publication") or an agenda's
  // "To: Councillors …" line says who the board's members are.
  const members = [...found.members, ...(agenda ? agendaMembers(content.slice(agendaSeg!.start, agendaSeg!.end), agenda.date) : [])];

  const kind = classify(content, meetings, actions, fileName);
  return {
    kind,
    title: documentTitle(content, fileName),
    board,
    date: docDate,
    meetings,
    actions,
    members,
    people,
    glossary: findGlossary(content),
    notes,
    sections,
  };
}

function readMinutes(
  blocks: Block[],
  docBoard: string | null,
  above: string[] = [],
  onPage: IsoDate | null = null,
  wrapWidth: number | null = null,
  running: Set<string> = new Set(),
  paperKey: AttendanceEntry[] = [],
): { meeting: ExtractedMeeting; actions: ExtractedAction[]; sections: Section[] } | null {
  // Only the first twelve blocks can be a header form: the rest are kept as they are (flatMap made an array for each).
  blocks = [...blocks.slice(0, 12).flatMap(formFields), ...blocks.slice(12)];
  // "All members listed in Appendix A were present except: …": the appendix's members, less those excepted, are the list.
  blocks = exceptionAttendance(blocks) ?? blocks;
  let firstSection = blocks.findIndex(
    (b, i) =>
      i < 80 && (b.type === 'row' ? rowSection(b.cells ?? []) || isMarkedAttendanceHeader(b.cells ?? []) : sectionRole(b.text) || isProseAttendance(b.text)),
  );
  // "Attendance: see Appendix 1": the lists at the foot are read where the pointer stands.
  const pointer = firstSection >= 0 && blocks[firstSection]!.type !== 'row' ? sectionRole(blocks[firstSection]!.text) : null;
  const moved = pointer?.rest ? withAppendixAttendance(blocks, firstSection, pointer.rest) : null;
  if (moved) blocks = moved;
  // A marked table heading the lists lists everyone on it; its marks say who was present.
  const markedTable = firstSection >= 0 && blocks[firstSection]!.type === 'row' && !rowSection(blocks[firstSection]!.cells ?? []);
  // No Present heading (lost in a web copy): a list of people straight under the header is those present.
  // A table of people with no header row straight under the header, above the Apologies heading, is those present.
  let unheaded = unheadedPeople(blocks);
  if (firstSection >= 0 && !(unheaded > 0 && unheaded < firstSection)) unheaded = -1;
  if (unheaded >= 0) firstSection = unheaded;
  // A page titled by its list ("Attendance" over "<Board> - Tuesday, 26th March, 2019" and the table): the
  // header is the lines between the heading and the list, and the list is under that heading.
  if (firstSection >= 0 && firstSection <= 1 && blocks[firstSection]!.type !== 'row' && !sectionRole(blocks[firstSection]!.text)?.rest) {
    const dated = blocks.slice(firstSection + 1, firstSection + 5).findIndex((b) => b.type !== 'row' && findDates(b.text).some((d) => d.iso));
    const listAt = blocks.findIndex((b, k) => k > firstSection + 1 + dated && (b.type === 'row' || sectionRole(b.text) !== null || isPersonBlock(b)));
    if (dated >= 0 && listAt > 0 && listAt - firstSection <= 8 && !sectionRole(blocks[listAt]!.text)) {
      blocks = [...blocks.slice(0, firstSection), ...blocks.slice(firstSection + 1, listAt), blocks[firstSection]!, ...blocks.slice(listAt)];
      firstSection = listAt - 1;
    }
  }
  // An action log with its attendance at the foot ("Attendees at the 9 October meeting: …"): the log's table sits
  // between the header and the list, and is the business, not the header.
  // The header ends at its dated line; what follows it (a RAG key, the table) is read with the business.
  let tableAt = firstSection > 0 ? blocks.findIndex((b, k) => k < firstSection && b.type === 'row' && isActionTableHeader(b.cells ?? [])) : -1;
  if (tableAt > 0) {
    let dated = tableAt - 1;
    while (dated >= 0 && (blocks[dated]!.type === 'row' || !findDates(blocks[dated]!.text).some((d) => d.iso))) dated--;
    if (dated >= 0) tableAt = dated + 1;
  }
  const headerEnd = tableAt >= 0 ? tableAt : firstSection;
  const headerBlocks = blocks.slice(0, headerEnd < 0 ? Math.min(6, blocks.length) : headerEnd);
  let header = parseHeader(headerBlocks.map((b) => squash(b.text)));
  // Minutes dated only in the page header or footer ("Corporate Parenting Panel – 17 January 2019", "Minutes 24.10.17 | page 1 of 3").
  if (!header.date && onPage) header = { ...header, date: onPage };
  // "Thursday 5th of March" with the year only in the paper's heading ("… Committee – 2020"), else the year most dates have.
  if (!header.date)
    header = parseHeader(
      headerBlocks.map((b) => squash(b.text)),
      headingYear([...above, ...headerBlocks.slice(0, 6).map((b) => b.text)]) ?? commonYear(blocks),
    );
  // Minutes whose only date is the column of a year's attendance grid.
  const grid = header.date ? null : findAttendanceGrid(blocks);
  if (grid) header = { ...header, date: grid.date };
  if (!header.date) return null;
  const headerLines = headerBlocks.map((b) => squash(b.text));
  // Minutes naming their board only by its acronym ("CSCB") are that board's; a paper that is not minutes
  // keeps no board, so that it joins the library's only board rather than starting one called "LSCB".
  const namingLines = bodyLines(headerLines);
  // The letterhead just above the minutes (in a pack, the heading over "Minutes of the Board meeting held on …") names
  // them before the pack's running header does.
  const aboveLines = bodyLines(above.flatMap((t) => t.split('\n')).map(squash));
  const named =
    committeeOfOrganisation(bodyLines([...above.flatMap((t) => t.split('\n')).map(squash), ...headerLines])) ??
    jointBoardName(headerLines) ??
    stackedCommitteeBoard(headerLines) ??
    committeeHeaderBoard(headerLines) ??
    findBoardName(namingLines.join('\n'), '') ??
    headerBodyName(namingLines) ??
    findBoardName(aboveLines.join('\n'), '') ??
    docBoard ??
    boardAcronym(blocks.map((b) => b.text).join('\n')) ??
    'Board';
  // Read line by line: a header block often holds the board, the subgroup and the title on three lines. A PDF's page
  // header ("Wrexley LSCB Executive – 20 January 2016") abbreviates the name the title lines give in full: it is read
  // only when they name no subgroup.
  const nameLines = [...above, ...headerBlocks.map((b) => b.text)]
    .flatMap((t) => t.split('\n'))
    .map(squash)
    .filter(Boolean);
  const board = subgroupName(bodyLines(nameLines.filter((l) => !running.has(l))), named) ?? subgroupName(bodyLines(nameLines), named) ?? named;
  // After a grid, the lists under their own headings ("In attendance for specific items") still count.
  const listFrom = firstSection < 0 && grid ? grid.end : firstSection;
  const attendance =
    listFrom < 0
      ? { entries: [], end: 0 }
      : blocks[listFrom]!.type !== 'row' && isProseAttendance(blocks[listFrom]!.text)
        ? proseWithLists(blocks, listFrom, header.date)
        : parseAttendance(blocks, listFrom, header.date, unheaded >= 0 || markedTable ? 'present' : null);
  if (grid) {
    attendance.entries.unshift(...grid.entries);
    attendance.end = Math.max(attendance.end, grid.end);
    markChair(attendance.entries);
  }
  // The header of minutes typed as a table ("Minute | Action by") straight under the lists heads the business, not them.
  while (attendance.end > Math.max(0, listFrom) && isBusinessHeader(blocks[attendance.end - 1]!)) attendance.end--;
  // "Present: FH (chair), KU" with a "Key to initials" at the foot: the key names them.
  attendance.entries = namedByKey(attendance.entries, blocks);
  const listed = attendance.entries.some((e) => e.role !== 'apologies' && e.role !== 'not-present');
  completeAttendance(attendance.entries, blocks, header.date, !listed, attendance.end);
  // "Graham Ashworth, Independent Chair (GA)": initials closing the title are the person's, not part of the post; with
  // them off, a chair's title says who chaired when nobody is marked "(Chair)".
  for (const e of attendance.entries) {
    const ini = e.title ? /\s*\(((?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,4})\)$/.exec(e.title) : null;
    if (!ini || !e.title) continue;
    e.title = e.title.slice(0, ini.index).trim() || null;
    e.initials ??= ini[1]!;
  }
  if (!attendance.entries.some((e) => e.role === 'chair')) markChair(attendance.entries);
  // A committee system's page puts the attendance under the items ("Attendance details" at the foot): the items above it
  // are the business.
  const businessAbove = tableAt < 0 && firstSection > 12 ? itemsAbove(blocks, firstSection) : -1;
  const body = [
    ...(tableAt >= 0 ? blocks.slice(tableAt, firstSection) : businessAbove >= 0 ? blocks.slice(businessAbove, firstSection) : []),
    ...blocks.slice(attendance.end),
  ];
  const { items, preamble } = splitItems(body);
  // Minutes written as one table ("Discussion | Action") under a header row, the item headings between its rows: each
  // item's rows are read under that header.
  const firstItem = items[0]?.blocks[0];
  const firstItemAt = items.length ? (firstItem ? body.indexOf(firstItem) : 0) : body.length;
  const businessHeader = body.slice(0, Math.max(0, firstItemAt)).find(isBusinessHeader) ?? null;
  // "Dates of meetings 2025: 18 June, 17 September …": "the September Board" is that day.
  const listedMeetings = meetingDatesListed(body);
  const jointNext = isJointMeeting(headerLines) ? nextJointMeeting(body, header.date) : null;
  const nextMeeting = jointNext
    ? { date: jointNext, time: null, venue: null, written: jointNext, yearCorrected: false }
    : (findNextMeeting(items, body, header.date) ??
      (grid?.next ? { date: grid.next, time: null, venue: null, written: grid.next, yearCorrected: false } : null) ??
      // A header box with "Meeting held: …" and "Next meeting: …" (a highlight sheet) gives it at the top.
      findNextMeeting(
        [],
        headerBlocks.filter((b) => b.type !== 'row' && /^next\s+meeting\s*[:–-]/i.test(squash(b.text))),
        header.date,
      ));
  const decisions = items.flatMap((it) => findDecisions(it.blocks, it.number));
  const actions: ExtractedAction[] = [];
  const parts = [
    { number: null as string | null, title: null as string | null, blocks: preamble },
    ...items.map((it) => ({ number: it.number as string | null, title: it.title as string | null, blocks: it.blocks })),
  ];
  // The actions' owners are read against everyone there, a member's deputy included, and against the paper's own key
  // ("Key to initials: FH – Fiona Haldane, …" at the foot of a note whose lists are initials only).
  const takers = [...withDeputies(attendance.entries), ...paperKey];
  for (const part of parts) {
    const ctx: ActionContext = {
      meetingDate: header.date,
      nextMeeting: nextMeeting?.date ?? null,
      item: part.number,
      itemTitle: part.title,
      attendance: takers,
      meetings: listedMeetings,
      wrapWidth,
      // "3. Panel business plan 2021/22" … "by end of Q2": the item's plan's quarters are that financial year's.
      financialYear: part.title ? financialYearOf([part.title]) : null,
    };
    const found = [...findProseActions(part.blocks, ctx), ...findTableActions(underHeader(part.blocks, businessHeader), ctx)];
    // "… ahead of the DfE stocktake": a task with no date of its own is due by the event the item dates.
    const itemText = part.blocks.map((b) => b.text).join('\n');
    for (const a of found) {
      const byEvent = a.due ? null : dueByEvent(a.text, itemText, dueContext(ctx));
      if (byEvent) Object.assign(a, { due: byEvent.due, dueText: byEvent.dueText });
    }
    actions.push(...found);
  }
  const bodyCtx: ActionContext = {
    meetingDate: header.date,
    nextMeeting: nextMeeting?.date ?? null,
    item: null,
    attendance: takers,
    meetings: listedMeetings,
  };
  actions.push(...flattenedRows(body, bodyCtx));
  // A numbered list of action points ("1. JL – send the flowchart …") is read as items: their titles are the actions.
  for (const it of items) {
    const a = ownerDashAction(it.title, bodyCtx);
    if (a) actions.push(a);
  }
  // Minutes closing with an action sheet (a table of tasks, each with its officer) record their actions there: a
  // resolution's task that names nobody ("that the Committee's comments be reported to Cabinet") is the committee's
  // decision, not an action given to someone.
  if (actions.filter((a) => a.form === 'table' && a.owners.length).length >= 2) {
    actions.splice(0, actions.length, ...actions.filter((a) => !(a.form === 'agreed-list' && !a.owners.length && /^resolved\b/i.test(a.passage))));
  }
  const title = header.title && !/^meeting$/i.test(header.title) ? header.title : `${board} meeting`;
  // Who came and who sent apologies is a section of its own: members ask about it.
  const attendanceBlocks = blocks.slice(Math.max(0, firstSection), attendance.end);
  const sections: Section[] = [
    ...(attendanceBlocks.length ? [{ path: ['Attendance'], meetingTitle: title, meetingDate: header.date, item: null, blocks: attendanceBlocks }] : []),
    ...items.map((it) => ({ path: [`${it.number}. ${it.title}`], meetingTitle: title, meetingDate: header.date, item: it.number, blocks: it.blocks })),
  ];
  return {
    sections,
    meeting: { ...meetingBasics(board, title, header.date, header, items), source: 'minutes', attendance: attendance.entries, decisions, nextMeeting },
    actions,
  };
}

/** Attendance sentences, then any labelled lists under them ("Apologies:" over names): both are the attendance. */
function proseWithLists(blocks: Block[], start: number, date: IsoDate): { entries: AttendanceEntry[]; end: number } {
  const prose = proseAttendance(blocks, start, date);
  const next = blocks[prose.end];
  if (!next || next.type === 'row' || !sectionRole(next.text)) return prose;
  const lists = parseAttendance(blocks, prose.end, date);
  // "Eleri Vaughan … chaired the meeting." then "Present: … Eleri Vaughan, Director …": the list's entry is the chair's,
  // with the details the list gives; one person, not a chair and a member.
  const merged = lists.entries.filter((e) => {
    const said = prose.entries.find((p) => p.role === 'chair' && mayBeSamePerson(p.name, e.name));
    if (!said || e.role === 'apologies' || e.role === 'not-present') return true;
    Object.assign(said, { title: said.title ?? e.title, organisation: said.organisation ?? e.organisation, initials: said.initials ?? e.initials });
    return false;
  });
  return { entries: [...prose.entries, ...merged], end: Math.max(prose.end, lists.end) };
}

/** An item's blocks with the business table's header row put above its rows, when they are that table's rows. */
function underHeader(blocks: Block[], header: Block | null): Block[] {
  if (!header) return blocks;
  const width = header.cells!.length;
  // Only an item that is the table's rows (not a paragraph whose last line sits in a row beside its owner: that row
  // is read with the paragraph above it).
  const first = blocks[0];
  if (!first || first.type !== 'row' || first === header || first.cells!.length !== width || isActionTableHeader(first.cells!)) return blocks;
  return [header, ...blocks];
}

function isBusinessHeader(b: Block): boolean {
  return b.type === 'row' && isActionTableHeader(b.cells ?? []) && !attendanceHeader(b.cells ?? []);
}

const FORM_LABEL =
  /^(?:meeting(?:\s+title)?|title|date(?:\s+of\s+meeting)?|time|venue|location|place|chair(?:ed\s+by|person|man)?|conven[eo]r|minutes?(?:\s+taken\s+by)?|minute[- ]?taker|notes?(?:\s+taken\s+by)?|clerk)$/i;

/**
 * A form's row at the top of minutes read as "Label: value" lines: a Word form's "Meeting | Quality Assurance Subgroup",
 * "Chair | Rachel S", or fields side by side ("Chair: Morwenna Haig<tab>Notes: Pippa Tolley").
 */
function formFields(b: Block): Block[] {
  const cells = (b.cells ?? []).map(squash).filter(Boolean);
  if (b.type !== 'row') return [b];
  // "Minute | Action by" heads minutes typed as a table: a header, not the minute-taker's field.
  if (isActionTableHeader(cells)) return [b];
  const para = (text: string): Block => ({ ...b, type: 'paragraph', text, cells: undefined });
  if (cells.length === 2 && FORM_LABEL.test(cells[0]!.replace(/:$/, ''))) return [para(`${cells[0]!.replace(/:$/, '')}: ${cells[1]!}`)];
  // A bilingual header ("Cadeirydd / Chair: Gareth Llewellyn"): the label in one language, then the field in the other.
  const field = cells.length === 2 && !cells[0]!.includes(':') && cells[0]!.split(' ').length <= 4 ? /^([^:]{2,30}):\s*\S/.exec(cells[1]!) : null;
  if (field && FORM_LABEL.test(field[1]!.trim())) return [para(cells[1]!)];
  const fields = cells.map((c) => /^([^:]{2,30}):\s*\S/.exec(c));
  if (cells.length >= 2 && fields.every((f) => f && FORM_LABEL.test(f[1]!.trim()))) return cells.map(para);
  return [b];
}

/**
 * "TOLLBRIDGE LOCAL SAFEGUARDING CHILDREN" over "BOARD": a heading in capitals wrapped with its last word alone on the
 * next line is one line ("… PRIMARY SCHOOL" over "GOVERNING BODY" are two lines of a letterhead).
 */
function unwrapHeading(lines: string[]): string[] {
  const caps = (t: string) => /[A-Z]{2}/.test(t) && t === t.toUpperCase();
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && caps(prev) && caps(line) && !line.includes(' ') && prev.split(' ').length >= 3) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

const PAGE_NUMBER = /\bpage\s*\d*\s*(?:of\s*\d*)?\s*$/i;

/**
 * The paper's page headers and footers: lines its format keeps apart (Word's header and footer parts), lines repeated
 * on every page of a PDF or its text copy, and lines that end in a page number ("… – page 2 of 5").
 */
function runningLines(content: Block[]): Set<string> {
  // Each short line's key worked out once: lower-casing and the page-number pattern were three times a line.
  const short = content.filter((b) => b.type !== 'row' && b.text.length < 200);
  const keys = short.map((b) => squash(b.text).toLowerCase().replace(PAGE_NUMBER, 'page'));
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const out = new Set<string>();
  short.forEach((b, i) => {
    if (b.running || (counts.get(keys[i]!) ?? 0) > 1 || PAGE_NUMBER.test(squash(b.text))) out.add(squash(b.text));
  });
  return out;
}

/** The full date on a page header or footer among these blocks (not a "next meeting" line), or null. */
function pageDate(blocks: Block[], running: Set<string>): IsoDate | null {
  for (const b of blocks) {
    const text = squash(b.text);
    if (!running.has(text) || /\bnext\b/i.test(text)) continue;
    const d = findDates(text).find((x) => x.iso);
    if (d) return d.iso;
  }
  return null;
}

const ITEM_ROW = /^\d{1,3}[a-z]?[.)]?$/;
const ITEM_LINE = /^\d{1,3}[a-z]?[.)]?\s+[A-Z]/;

/** Where the numbered items start when at least two of them come before the attendance lists, or -1. */
function itemsAbove(blocks: Block[], listAt: number): number {
  const numbered = (b: Block) => (b.type === 'row' ? ITEM_ROW.test((b.cells ?? []).find(Boolean)?.trim() ?? '') : ITEM_LINE.test(b.text.trim()));
  const first = blocks.findIndex((b, k) => k > 0 && k < listAt && numbered(b));
  if (first < 0) return -1;
  let count = 0;
  for (let k = first; k < listAt && count < 2; k++) if (numbered(blocks[k]!)) count++;
  return count >= 2 ? first : -1;
}

/** Where a run of three or more people (rows or "Name, Title" lines) starts near the top, or -1. */
function unheadedPeople(blocks: Block[]): number {
  for (let i = 1; i < Math.min(blocks.length, 14); i++) {
    // Three of the next four: a name the lexicon does not know ("Tahira Iqbal") may sit among them.
    const hits = blocks.slice(i, i + 4).filter(isPersonBlock).length;
    if (isPersonBlock(blocks[i]!) && hits >= 3) return i > 2 && agencyBlockAt(blocks, i - 1) ? i - 1 : i;
  }
  return -1;
}

/**
 * A list written in agency blocks ("Farleigh County Council" over its people, then "Hampden Constabulary" over its own)
 * starts at its first agency's line, which is the list's and not the header's (it would be read as the board's name).
 * Only where another agency line follows among the people, under a dated header.
 */
function agencyBlockAt(blocks: Block[], at: number): boolean {
  const label = (b: Block | undefined) =>
    !!b && b.type !== 'row' && b.text.length <= 60 && !/[,;:()\d]/.test(b.text) && isOrgLike(squash(b.text)) && !isPersonBlock(b);
  if (!label(blocks[at]) || !blocks.slice(0, at).some((b) => findDates(b.text).some((d) => d.iso))) return false;
  return blocks.slice(at + 2, at + 10).some((b, k) => label(b) && isPersonBlock(blocks[at + 3 + k]!));
}

function isPersonBlock(b: Block): boolean {
  if (b.type === 'row') {
    if (attendanceHeader(b.cells ?? [])) return true;
    const first = (b.cells ?? []).find(Boolean);
    const e = first ? parseEntry(first) : null;
    // A table's first column of two-word names is a list of people even when the given names are unfamiliar.
    return !!e && (e.name.confident || !!e.name.honorific || (!!e.name.given && e.name.given.length > 1 && !!e.name.family));
  }
  if (!/,/.test(b.text.replace(/\([^()]*\)/g, '')) && bracketRun(b.text).length >= 2) return true;
  const e = parseEntry(b.text);
  return !!e && (e.name.confident || !!e.name.honorific) && b.text.split(' ').length <= 24;
}

/**
 * What the minutes say about attendance outside the lists: apologies given as a sentence in an
 * item ("Apologies for absence were received from …") and who took the chair ("Mrs D Lewis (in
 * the Chair)", "Chaired by: …").
 */
function completeAttendance(entries: AttendanceEntry[], blocks: Block[], date: IsoDate, noList: boolean, listEnd: number): void {
  const same = (a: PersonName, b: PersonName) =>
    !!a.family &&
    !!b.family &&
    a.family.toLowerCase() === b.family.toLowerCase() &&
    (!a.given || !b.given || a.given[0]!.toLowerCase() === b.given[0]!.toLowerCase());
  const entry = (name: PersonName, role: AttendanceEntry['role'], raw: string): AttendanceEntry => ({
    name,
    title: null,
    organisation: null,
    date,
    role,
    deputy: null,
    raw,
  });
  let chairSet = entries.some((e) => e.role === 'chair');
  // A deputy the lists name ("D – Sue Platt" in a grid) is known too: the prose's "Sue Platt reported" is the same person.
  const known = (name: PersonName) => entries.some((e) => same(e.name, name) || e.name.display === name.display || (!!e.deputy && same(e.deputy, name)));
  for (let k = 0; k < Math.min(blocks.length, 400); k++) {
    const b = blocks[k]!;
    if (b.type === 'row' || b.text.length > 2000) continue;
    // An "Apologies" item in the business with its names on the lines under it; and where the lists at the top
    // named nobody present, a "Present:" list inside an item (a committee system's "Attendance" item) is the list.
    const later = k >= listEnd && k < listEnd + 60 ? sectionRole(b.text)?.role : undefined;
    if (later === 'apologies') {
      for (const e of parseAttendance(blocks, k, date).entries) if (e.role === 'apologies' && e.name.family && !known(e.name)) entries.push(e);
    } else if (later && later !== 'not-present' && !entries.some((e) => e.role === 'present' || e.role === 'chair')) {
      const found = parseAttendance(blocks, k, date).entries.filter((e) => e.name.family && !known(e.name));
      entries.push(...found);
      if (found.some((e) => e.role === 'chair')) chairSet = true;
    }
    // A sentence wrapped over lines: "Apologies were received from A, B" / "and C."
    let text = b.text;
    for (let j = k + 1; j < Math.min(blocks.length, k + 4) && /\bapolog/i.test(text) && !/[.!?:]\s*$/.test(text); j++) {
      const next = blocks[j]!;
      if (next.type === 'row' || sectionRole(next.text) || /^\d/.test(next.text.trim())) break;
      text = `${text} ${next.text}`;
    }
    for (const name of apologiesInSentence(text)) {
      if (!entries.some((e) => same(e.name, name) || e.name.display === name.display)) entries.push(entry(name, 'apologies', squash(b.text)));
    }
    for (const d of deputiesInSentence(b.text)) {
      const member = entries.find((e) => same(e.name, d.for));
      // A deputy the lists already give as present ("DS A Moffett – for DI Wylie") is counted there, once.
      const listed = entries.some((e) => e.role !== 'apologies' && e.role !== 'not-present' && same(e.name, d.deputy));
      if (member && listed) continue;
      if (member) member.deputy ??= d.deputy;
      else if (!known(d.deputy)) entries.push({ ...entry(d.deputy, 'present', squash(b.text)), title: `Deputy for ${d.for.display}` });
    }
    // With no list of those present, the people the minutes show taking part are the attendance we have; with a
    // list, someone it leaves out whom the minutes show presenting ("Presentation delivered by …", "… presented the
    // report") was there for that item.
    if (noList) {
      for (const name of participantsInProse(b.text)) {
        if (!entries.some((e) => same(e.name, name) || e.name.display === name.display)) entries.push(entry(name, 'present', squash(b.text)));
      }
    } else if (k >= listEnd) {
      for (const name of presentersInProse(b.text)) if (!known(name)) entries.push(entry(name, 'in-attendance', squash(b.text)));
    }
    // With co-chairs listed, the minutes' own "Dr Lisle chaired the meeting" says which of them did.
    const coChair = entries.find((e) => e.role === 'chair' && /\bco-?\s?chair/i.test(`${e.title ?? ''} ${e.name.annotation ?? ''} ${e.raw}`));
    const chair = chairSet && !coChair ? null : chairInLine(b.text);
    if (chair && coChair && !same(coChair.name, chair)) coChair.role = 'present';
    if (chair && (!coChair || !same(coChair.name, chair))) {
      const known = entries.find((e) => (e.role === 'present' || e.role === 'chair') && same(e.name, chair));
      if (known) known.role = 'chair';
      else entries.unshift(entry(chair, 'chair', squash(b.text)));
      // The post the chair line writes after the name is the chair's: an action owned by that post is theirs.
      const chairEntry = known ?? entries[0]!;
      const post = chairEntry.title ? null : chairPostInLine(b.text, chair);
      if (post) Object.assign(chairEntry, { title: post.title, organisation: chairEntry.organisation ?? post.organisation });
      chairSet = true;
    }
  }
  // A deputy the lists also give as present ("Simon Ashdown, Head of Education (for Paula Venn)" among the members and
  // "Paula Venn (Simon Ashdown deputised)" in the apologies) is one person, counted where listed.
  const listedAs = (name: PersonName) => entries.some((x) => x.role !== 'apologies' && x.role !== 'not-present' && same(x.name, name));
  for (const e of entries) if (e.deputy && listedAs(e.deputy)) e.deputy = null;
}

/** What minutes and agendas both say of a meeting: board, title, when, where, the items. */
function meetingBasics(
  board: string,
  title: string,
  date: IsoDate,
  header: { time: string | null; venue: string | null },
  items: { number: string; title: string; text: string }[],
) {
  return { board, title, date, time: header.time, venue: header.venue, items: items.map(({ number, title: t, text }) => ({ number, title: t, text })) };
}

/** A year standing alone at the end of a heading line ("CHILD PROTECTION COMMITTEE – 2020", "Minutes 2019"). */
function headingYear(lines: string[]): number | null {
  for (const line of lines) {
    const m = /(?:^|[\s–—-])((?:19|20)\d{2})\s*$/.exec(squash(line));
    if (m && !findDates(line).some((d) => d.iso)) return Number(m[1]);
  }
  return null;
}

/** The year most full dates in a text fall in. */
function commonYear(blocks: Block[]): number | null {
  const counts = new Map<number, number>();
  for (const b of blocks) for (const d of findDates(b.text)) if (d.year) counts.set(d.year, (counts.get(d.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)!) best = y;
  return best;
}

/**
 * An agenda announces a meeting: board, date, time, venue, the items to be taken and the date
 * after it. Those asked to attend ("To: Councillors Collett, Critchley …") are its members.
 */
function readAgenda(blocks: Block[], docBoard: string | null): { meeting: ExtractedMeeting; sections: Section[] } | null {
  const agendaAt = blocks.findIndex((b) => /^(?:a\s?g\s?e\s?n\s?d\s?a|agenda|business)$/i.test(squash(b.text)));
  const headerBlocks = blocks.slice(0, agendaAt < 0 ? 6 : agendaAt);
  const lines = headerBlocks.map((b) => squash(b.text)).filter((l) => !/^to\s*:/i.test(l) && !/requested to attend/i.test(l));
  // The issue date of the pack ("30 January 2018") comes before the board; the meeting date after it.
  const boardLine = lines.findIndex((l) => findBoardName(l, '') !== null);
  let header = parseHeader(boardLine >= 0 ? lines.slice(boardLine) : lines);
  // "Board / AGENDA / Thursday 8 June 2017, 2.00pm / Room 4": the date and place may follow the title, before the items.
  if (!header.date && agendaAt >= 0) {
    const after = blocks.slice(agendaAt + 1, agendaAt + 6).map((b) => squash(b.text));
    const firstItem = after.findIndex((l) => /^\d{1,2}[.)]?\s/.test(l));
    header = parseHeader([...lines, ...after.slice(0, firstItem < 0 ? after.length : firstItem)]);
  }
  if (!header.date) return null;
  const named = (boardLine >= 0 ? findBoardName(lines[boardLine]!, '') : null) ?? docBoard ?? 'Board';
  // A cover stacking the partnership over the group that meets ("… PARTNERSHIP" / "EXECUTIVE GROUP") announces that
  // group's meeting, named as its minutes name it ("<Partnership> – Executive Group").
  const board =
    subgroupName(
      lines.slice(Math.max(0, boardLine)).flatMap((l) => l.split('\n')),
      named,
    ) ?? named;
  const business = blocks.slice(agendaAt + 1);
  const { items } = splitItems(business);
  // "Date of next meeting: 11 September 2024" under the last item, not an item of its own.
  const nextMeeting = findNextMeeting(items, business, header.date);
  const title = `${board} meeting`;
  return {
    meeting: { ...meetingBasics(board, title, header.date, header, items), source: 'agenda', attendance: [], decisions: [], nextMeeting },
    sections: items.map((it) => ({
      path: ['Agenda', `${it.number}. ${it.title}`],
      meetingTitle: title,
      meetingDate: header.date,
      item: it.number,
      blocks: it.blocks,
    })),
  };
}

/** "To: Councillors Collett, Critchley, … and L Taylor." at the top of an agenda. */
function agendaMembers(blocks: Block[], date: IsoDate): PersonMention[] {
  const to = blocks.map((b) => squash(b.text)).find((l) => /^to\s*:/i.test(l));
  if (!to) return [];
  const list = to.replace(/^to\s*:\s*/i, '').replace(/\.$/, '');
  const councillors = /^(?:county\s+)?councillors\s+/i.test(list);
  const out: PersonMention[] = [];
  for (const raw of list.replace(/^(?:county\s+)?councillors\s+/i, '').split(/\s*,\s*|\s+and\s+/)) {
    const name = parsePersonName(councillors ? `Councillor ${raw}` : raw, { allowSingle: councillors });
    if (name) out.push({ name, title: councillors ? 'Councillor' : null, organisation: null, date });
  }
  return out;
}

// "Dates: autumn meeting Wednesday 29 September 2010, winter meeting …": a line labelled "Dates" lists them too, and so
// does one labelled by the body that meets ("Panel dates: 01/08/19, 05/09/19, …", "Board dates 2016:").
// "Board meetings 2025-26: 16/07/2025, 17/09/2025, …": the year's meetings named by the body, then their dates.
const DATES_LINE =
  /^(?:\d{1,3}[.)]?\s+)?(?:(?:[\w ]{0,30}?)\b(?:meeting dates|dates of (?:[\w ]{0,20})?meetings)\b|(?:board|panel|committee|group|executive|forum|network|partnership)\s+meetings(?:\s+(?:19|20)\d{2}(?:\s*[-/]\s*\d{2,4})?)?\s*:|(?:future\s+|next\s+|(?:board|panel|committee|group|executive|forum|network|partnership)\s+)?dates\s*:)\D{0,20}((?:19|20)\d{2})?/i;

/** "Board meeting dates 2016: 13 January, 20 April, 13 July, 12 October": the dates a tracker's "Next Board" counts from. */
function meetingDatesListed(blocks: Block[]): IsoDate[] {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    // A spreadsheet writes its title lines as rows of one cell ("Board meetings 2025-26: …" above the log's header).
    const line = b.type === 'row' ? (b.cells?.filter((c) => c.trim()).length === 1 ? b.cells.find((c) => c.trim())! : null) : b.text;
    if (line === null || line.length > 300) continue;
    const m = DATES_LINE.exec(squash(line));
    if (!m) continue;
    // "Panel meetings 2013: 20 March, 19 June …": the year in the heading is the year of the days that give none.
    const year = m[1] ?? /\b((?:19|20)\d{2})\b/.exec(m[0])?.[1];
    const read = (t: string) =>
      findDates(t, year ? { yearFrom: `${year}-01-01` } : {})
        .map((d) => d.iso)
        .filter((d): d is IsoDate => !!d);
    const dates = read(line);
    // Minutes put the heading ("Dates of meetings 2025") over the dates: on a line of their own, or one a line.
    for (let j = i + 1; dates.length < 2 && j < Math.min(blocks.length, i + 13); j++) {
      const more = blocks[j]!.type === 'row' || blocks[j]!.text.length > 300 ? [] : read(blocks[j]!.text);
      if (!more.length) break;
      dates.push(...more);
      while (blocks[j + 1] && blocks[j + 1]!.type !== 'row' && blocks[j + 1]!.text.length <= 300 && read(blocks[j + 1]!.text).length) {
        dates.push(...read(blocks[++j]!.text));
      }
    }
    if (dates.length >= 2) return [...new Set(dates)].sort();
  }
  return [];
}

/** The first full date written above a paper's tables ("Action log – updated after the meeting of 9 October 2018"). */
function headDate(blocks: Block[]): IsoDate | null {
  for (const b of blocks.slice(0, 8)) {
    if (b.type === 'row') break;
    const d = findDates(b.text).find((x) => x.iso);
    if (d) return d.iso!;
  }
  return null;
}

/** Minutes are dated by their meeting; a report by the end of the year it covers ("2017–2018" -> 31 March 2018). */
function documentDate(blocks: Block[], meetings: ExtractedMeeting[], agenda: ExtractedMeeting | null): IsoDate | null {
  if (agenda) return agenda.date;
  const held = meetings
    .filter((m) => m.source === 'minutes')
    .map((m) => m.date)
    .sort();
  if (held.length) return held[held.length - 1]!;
  const head = blocks
    .slice(0, 8)
    .map((b) => b.text)
    .join(' ');
  const year = /\b(20\d{2})\s*[-–/]\s*(?:20)?(\d{2})\b/.exec(head);
  if (year) return endOfMonth(2000 + Number(year[2]!.slice(-2)), 3);
  const d = findDates(head).find((m) => m.iso);
  return d?.iso ?? null;
}

function documentTitle(blocks: Block[], fileName: string): string {
  const first = blocks.find(
    (b) =>
      b.type !== 'row' &&
      squash(b.text).length > 3 &&
      !/^(?:private|confidential|private and confidential|official|official[- ]sensitive)$/i.test(squash(b.text)),
  );
  const t = first ? squash(first.text).slice(0, 160) : fileName;
  return t;
}

/** Minutes, an agenda pack, an action log, guidance (levels of need, a glossary) or a report. */
export function classify(blocks: Block[], meetings: ExtractedMeeting[], actions: ExtractedAction[], fileName: string): DocumentKind {
  const held = meetings.filter((m) => m.source === 'minutes');
  const announced = meetings.filter((m) => m.source === 'agenda');
  const text = blocks
    .slice(0, 40)
    .map((b) => b.text)
    .join('\n');
  if (
    announced.length ||
    (held.length && /\b(?:agenda|report to\s*:)/i.test(blocks.map((b) => b.text).join('\n')) && blocks.some((b) => /^report to:?$/i.test(b.cells?.[0] ?? '')))
  ) {
    return 'agenda-pack';
  }
  if (held.length) return 'minutes';
  const rows = blocks.filter((b) => b.type === 'row').length;
  const tableActions = actions.filter((a) => a.form === 'table').length;
  if (tableActions && (rows >= blocks.length * 0.6 || /action\s*log|action\s*tracker|actions?\s+register/i.test(`${fileName}\n${text}`))) return 'action-log';
  const levels = new Set(blocks.map((b) => /^(?:level|tier)\s+([1-6])\b/i.exec(squash(b.text))?.[1]).filter(Boolean));
  if (
    levels.size >= 3 ||
    /\b(?:threshold|continuum of need|levels? of need|glossary|guidance|protocol|procedure)\b/i.test(
      `${fileName}\n${blocks
        .slice(0, 5)
        .map((b) => b.text)
        .join('\n')}`,
    )
  ) {
    if (!/annual report/i.test(text)) return 'guidance';
  }
  return 'report';
}

/** A paper's first lines that can be its title: a title merged across a sheet is a row of one value; a row of several cells is the table's. */
function titleLines(blocks: Block[]): string[] {
  return blocks
    .slice(0, 6)
    .filter((b) => b.type !== 'row' || new Set((b.cells ?? []).map((c) => c.trim()).filter(Boolean)).size === 1)
    .map((b) => squash(b.text));
}
