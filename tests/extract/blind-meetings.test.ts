import * as fs from 'node:fs';
import * as path from 'node:path';

import type { MeetingView } from '../../src/library/meetings-view';
import { OPERATOR } from '../../src/library/scope';
import { tempLibrary } from '../helpers/corpus';
import { FileScore, GoldRealDoc, meetingFigures, nameKey, printScores, regressions, scoreFile, totals } from '../helpers/real-papers';

/**
 * Held-out meeting papers (tests/fixtures/blind-meetings): invented boards in the layouts UK boards use, written
 * and labelled by hand before the extraction code was read (later batches before the next round of changes), in
 * text, HTML and, for the table layouts, Word and PDF.
 * Scored the way the real papers are (tests/helpers/real-papers.ts) on the meeting fields only; prints the
 * figures per file and fails when any falls below what the extraction reaches (a regression).
 * BLIND_VERBOSE=1 also prints what was wrong in each file.
 */
jest.setTimeout(240000);

const DIR = path.join(__dirname, '..', 'fixtures', 'blind-meetings');
const scores: FileScore[] = [];

beforeAll(async () => {
  const gold = (JSON.parse(fs.readFileSync(path.join(DIR, 'gold.json'), 'utf8')) as { docs: Record<string, Pick<GoldRealDoc, 'meeting'>> }).docs;
  const files = fs.readdirSync(DIR).filter((f) => /\.(txt|docx|pdf|html)$/.test(f));
  for (const base of Object.keys(gold).sort()) {
    const doc: GoldRealDoc = { meeting: gold[base]!.meeting, actions: [], initials: {}, roleHolders: {} };
    for (const file of files.filter((f) => f.startsWith(`${base}.`)).sort()) {
      const library = tempLibrary('2026-11-24');
      try {
        const report = await library.ingestUpload(file, fs.readFileSync(path.join(DIR, file)));
        // Actions are not labelled here (the meeting is what is measured), so they are not scored.
        const meetings = await library.meetings(OPERATOR);
        const score = scoreFile(file, doc, meetings, []);
        if (process.env.BLIND_VERBOSE) score.problems.push(...nameProblems(doc, meetings.find((m) => m.date === doc.meeting.date) ?? meetings[0]));
        for (const e of report.errors) score.problems.unshift(`ingest error: ${e.error}`);
        scores.push(score);
      } finally {
        library.close();
      }
    }
  }
  printScores(scores, !!process.env.BLIND_VERBOSE);
});

/** Who was missed or added, for reading the figures (the scorer only counts them). */
function nameProblems(doc: GoldRealDoc, m: MeetingView | undefined): string[] {
  if (!m) return [];
  const diff = (label: string, want: string[], got: string[]) => {
    const g = got.map(nameKey);
    const w = want.map(nameKey);
    const missed = want.filter((x) => !g.includes(nameKey(x)));
    const extra = got.filter((x) => !w.includes(nameKey(x)));
    return missed.length || extra.length ? [`${label}: missed ${JSON.stringify(missed)} extra ${JSON.stringify(extra)}`] : [];
  };
  return [
    ...diff('present', doc.meeting.present, [...(m.chair ? [m.chair] : []), ...m.present, ...m.inAttendance, ...m.deputies.map((d) => d.deputy)]),
    ...diff('apologies', doc.meeting.apologies, m.apologies),
  ];
}

test('every blind paper and rendition is read', () => {
  expect(scores.length).toBe(40);
});

test('meeting figures do not fall below what the extraction reaches today', () => {
  expect(regressions(meetingFigures(totals(scores)), FLOOR)).toEqual([]);
});

/** Reached on these papers; raise as the extraction improves, never lower. */
const FLOOR = {
  meetingsRight: 40,
  date: 40,
  board: 40,
  chair: 40,
  next: 40,
  presentHit: 307,
  presentExtra: 0,
  apologiesHit: 86,
  apologiesExtra: 0,
};
