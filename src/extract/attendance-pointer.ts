import type { Block } from '../ingest/document';
import { squash } from '../util/text';

// "Attendance: see Appendix 1", "Present: as listed in the annex", "Attendees – see attached list": the lists are
// elsewhere in the paper, and the line only points to them.
// "Attendance: see the sign-in sheet at the end of this note": the sheet everyone signed, kept at the foot.
const SHEET = String.raw`(?:sign(?:ing)?[- ]?in|signing|attendance)\s+(?:sheet|register|list|record)`;
const POINTER = new RegExp(
  String.raw`^(?:see|as\s+(?:per|listed\s+(?:in|at|on))|listed\s+(?:in|at|on)|(?:given|shown)\s+(?:in|at|on))\s+(?:the\s+)?(?:(appendix|annex|annexe|attachment|schedule)\s*([A-Z0-9]{1,3})?\b|(${SHEET})\b|attached\b|(?:list\s+)?below\b|end\b)`,
  'i',
);
const SHEET_HEADING = new RegExp(String.raw`^(?:[A-Z][\w'’-]*\s+){0,3}${SHEET}\b`, 'i');
const APPENDIX = /^(appendix|annex|annexe|attachment|schedule)\s*([A-Z0-9]{1,3})?\b\s*[-–—:.]?\s*(.*)$/i;
const ABOUT_ATTENDANCE = /\b(?:attendance|attendees|attending|present|apologies|membership|members|sederunt|register)\b/i;

/**
 * Minutes that put their attendance in an appendix after the business ("Attendance: see Appendix 1", then "Appendix 1 –
 * Attendance" with its Present and Apologies lists at the foot): the blocks with the appendix's lists moved to where the
 * pointer was, so that the lists are read as the meeting's and the appendix is not read as business. `at` is the
 * pointer's block and `rest` what its heading left on the line; null when the line points nowhere that can be found.
 */
export function withAppendixAttendance(blocks: Block[], at: number, rest: string): Block[] | null {
  const p = POINTER.exec(squash(rest));
  if (!p) return null;
  const span = p[3] ? sheetSpan(blocks, at) : appendixSpan(blocks, at, p[1] ?? null, p[2] ?? null);
  if (!span) return null;
  const { start, end } = span;
  // A sheet is one table under no list heading of its own: the pointer's heading stays to head it.
  const heading: Block[] = p[3] ? [{ ...blocks[at]!, type: 'paragraph', text: 'Attendance:', cells: undefined }] : [];
  return [...blocks.slice(0, at), ...heading, ...blocks.slice(start + 1, end), ...blocks.slice(at + 1, start), ...blocks.slice(end)];
}

/**
 * Where the appendix a line points to ("Appendix A", "the annex") stands below block `at`: its heading's block and the
 * block after its last (the next appendix heading or the end of the paper); null when none is found or it is empty.
 * Without a reference, the last appendix whose heading is about attendance or membership.
 */
export function appendixSpan(blocks: Block[], at: number, kindWord: string | null, refWord: string | null): { start: number; end: number } | null {
  const kind = kindWord?.toLowerCase().replace(/^annexe$/, 'annex') ?? null;
  const ref = refWord?.toUpperCase() ?? null;
  let start = -1;
  for (let k = blocks.length - 1; k > at; k--) {
    const a = APPENDIX.exec(squash(blocks[k]!.text));
    if (blocks[k]!.type === 'row' || !a) continue;
    const sameKind = !kind || a[1]!.toLowerCase().replace(/^annexe$/, 'annex') === kind;
    const sameRef = ref ? a[2]?.toUpperCase() === ref : ABOUT_ATTENDANCE.test(a[3] ?? '');
    if (sameKind && sameRef) {
      start = k;
      break;
    }
  }
  if (start < 0) return null;
  // The appendix runs to the next appendix heading or the end of the paper.
  let end = start + 1;
  while (end < blocks.length && !(blocks[end]!.type !== 'row' && APPENDIX.exec(squash(blocks[end]!.text)) && /^[A-Z]/.test(blocks[end]!.text))) end++;
  return end === start + 1 ? null : { start, end };
}

/**
 * Where the sign-in sheet a line points to stands below block `at`: its heading ("Sign-in sheet – 20/11/13") and the
 * block after the table under it; null when there is no such heading with rows under it.
 */
function sheetSpan(blocks: Block[], at: number): { start: number; end: number } | null {
  for (let k = blocks.length - 1; k > at; k--) {
    if (blocks[k]!.type === 'row' || !SHEET_HEADING.test(squash(blocks[k]!.text))) continue;
    // The heading, perhaps a line asking people to sign, then the sheet's rows.
    let end = k + 1;
    while (end < blocks.length && end <= k + 3 && blocks[end]!.type !== 'row') end++;
    if (blocks[end]?.type !== 'row') return null;
    while (end < blocks.length && (blocks[end]!.type === 'row' || blocks[end]!.running)) end++;
    return { start: k, end };
  }
  return null;
}
