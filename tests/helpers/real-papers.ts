import * as fs from 'node:fs';
import * as path from 'node:path';

import type { ActionView } from '../../src/library/actions-view';
import type { MeetingView } from '../../src/library/meetings-view';
import { OPERATOR } from '../../src/library/scope';
import { CORPUS, tempLibrary } from './corpus';

/**
 * Scores what the library reads from the hand-labelled real papers in ../shared/corpus/real
 * (every document and every rendition of it) against their gold.json. The papers are read in
 * place and never copied into the repository.
 */
export const REAL = path.join(CORPUS, 'real');

interface GoldRealAction {
  ref: string | null;
  textHas: string;
  status: 'open' | 'done' | 'either';
  owners: string[];
  due: string | null;
}

interface GoldRealMeeting {
  date: string;
  board: string | null;
  chair: string | null;
  present: string[];
  apologies: string[];
  inAttendance?: string[];
  absent?: string[];
  nextMeeting: string | null;
}

export interface GoldRealDoc {
  meeting: GoldRealMeeting;
  actions: GoldRealAction[];
  initials: Record<string, string>;
  roleHolders: Record<string, string>;
}

export interface FileScore {
  file: string;
  meetingFound: boolean;
  date: boolean;
  board: boolean;
  chair: boolean;
  present: { hit: number; gold: number; got: number };
  apologies: { hit: number; gold: number; got: number };
  next: boolean;
  /** Every meeting field right: date, board, chair, next meeting, present and apologies each at F1 >= 0.9. */
  meetingRight: boolean;
  actions: { gold: number; found: number; owners: number; status: number; due: number; extra: number };
  problems: string[];
}

export function realGold(): Record<string, GoldRealDoc> {
  return (JSON.parse(fs.readFileSync(path.join(REAL, 'gold.json'), 'utf8')) as { docs: Record<string, GoldRealDoc> }).docs;
}

/** The files of one labelled paper: its text and every rendition (docx, pdf, xlsx, csv). */
export function renditionsOf(base: string): string[] {
  return fs
    .readdirSync(REAL)
    .filter((f) => f.startsWith(`${base}.`))
    .sort();
}

const HONORIFIC =
  /^(?:(?:mr|mrs|ms|miss|mx|dr|cllr|councillor|county councillor|prof|professor|rev|sir|dame|di|dsi|dci|dcu|ds|supt|acc|chief constable|det)\.?\s+)+/;

/** Names compared as the labels write them: no honorifics, case, punctuation or spacing. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(HONORIFIC, '')
    .replace(/[^a-z/]/g, '');
}

function boardKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/['’]/g, '')
    .replace(/\b(?:the|of)\b/g, '')
    .replace(/[^a-z0-9]+/g, '');
}

function countHits(gold: string[], got: string[]): { hit: number; gold: number; got: number } {
  const pool = got.map(nameKey);
  let hit = 0;
  for (const g of gold.map(nameKey)) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      hit++;
      pool.splice(i, 1);
    }
  }
  return { hit, gold: gold.length, got: got.length };
}

function f1ok(c: { hit: number; gold: number; got: number }): boolean {
  if (c.gold === 0) return c.got === 0;
  const p = c.got ? c.hit / c.got : 0;
  const r = c.hit / c.gold;
  return p + r > 0 && (2 * p * r) / (p + r) >= 0.9;
}

/** An owner is right when what was written, or the person it resolves to, is the labelled owner. */
function ownerMatches(goldOwner: string, a: ActionView['owners'][number], doc: GoldRealDoc): boolean {
  const want = [goldOwner, doc.initials[goldOwner]].filter((x): x is string => !!x && !/^ambiguous/.test(x)).map(nameKey);
  return [a.written, a.display].some((x) => want.includes(nameKey(x)));
}

function findAction(all: ActionView[], g: GoldRealAction): ActionView | undefined {
  // Readers fold typographic apostrophes ("Borough’s" → "Borough's"); the labels keep them as written.
  const norm = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ');
  const needle = norm(g.textHas);
  return all.find((a) => norm(a.text).includes(needle)) ?? all.find((a) => norm(`${a.text} ${a.passage}`).includes(needle));
}

export function scoreFile(file: string, doc: GoldRealDoc, meetings: MeetingView[], actions: ActionView[]): FileScore {
  const problems: string[] = [];
  const held = meetings.filter((m) => m.document === file && m.source !== 'scheduled');
  const m = held.find((x) => x.date === doc.meeting.date) ?? held[0];
  const g = doc.meeting;
  const chairOk = (got: string | null) => (g.chair === null ? got === null : got !== null && nameKey(got) === nameKey(g.chair));
  const boardOk = (got: string | undefined) => {
    if (g.board === null) return true;
    if (!got) return false;
    const a = boardKey(got);
    const b = boardKey(g.board);
    // A label that is the board's acronym ("KSCB") matches the name written out.
    const acronym = got
      .split(/\s+/)
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w[0])
      .join('')
      .toLowerCase();
    return a === b || (a.includes(b) && b.length >= 4) || (b.includes(a) && a.length >= 8) || (/^[A-Z]{3,6}$/.test(g.board) && acronym === b);
  };
  // The labels count a deputy who came in a member's place as present; the view keeps deputies apart.
  const present = countHits(g.present, m ? [...(m.chair ? [m.chair] : []), ...m.present, ...m.inAttendance, ...m.deputies.map((d) => d.deputy)] : []);
  const apologies = countHits(g.apologies, m ? m.apologies : []);
  const score: FileScore = {
    file,
    meetingFound: !!m,
    date: m?.date === g.date,
    board: boardOk(m?.board),
    chair: !!m && chairOk(m.chair),
    present,
    apologies,
    next: (m?.nextMeeting ?? null) === g.nextMeeting,
    meetingRight: false,
    actions: { gold: doc.actions.length, found: 0, owners: 0, status: 0, due: 0, extra: 0 },
    problems,
  };
  score.meetingRight = score.meetingFound && score.date && score.board && score.chair && score.next && f1ok(present) && f1ok(apologies);
  if (!m) problems.push('no meeting');
  else {
    if (!score.date) problems.push(`date ${m.date} (want ${g.date})`);
    if (!score.board) problems.push(`board "${m.board}" (want "${g.board}")`);
    if (!score.chair) problems.push(`chair ${m.chair} (want ${g.chair})`);
    if (!score.next) problems.push(`next ${m.nextMeeting} (want ${g.nextMeeting})`);
  }
  const mine = actions.filter((a) => a.document === file);
  const matched = new Set<string>();
  for (const ga of doc.actions) {
    const open = mine.filter((x) => !matched.has(x.id));
    // A tracker kept one row per owner has several actions in the same words: the one for this label's owners is its match.
    const a =
      findAction(
        open.filter((x) => x.owners.length === ga.owners.length && ga.owners.every((o) => x.owners.some((y) => ownerMatches(o, y, doc)))),
        ga,
      ) ?? findAction(open, ga);
    if (!a) {
      problems.push(`action not found: "${ga.textHas}"`);
      continue;
    }
    matched.add(a.id);
    score.actions.found++;
    const ownersOk = a.owners.length === ga.owners.length && ga.owners.every((o) => a.owners.some((x) => ownerMatches(o, x, doc)));
    if (ownersOk) score.actions.owners++;
    else problems.push(`owners of "${ga.textHas}": ${JSON.stringify(a.owners.map((o) => o.written))} (want ${JSON.stringify(ga.owners)})`);
    if (ga.status === 'either' || a.status === ga.status) score.actions.status++;
    else problems.push(`status of "${ga.textHas}": ${a.status}`);
    if ((a.due?.slice(0, 7) ?? null) === ga.due) score.actions.due++;
    else problems.push(`due of "${ga.textHas}": ${a.due} (want ${ga.due})`);
  }
  const extra = mine.filter((a) => !matched.has(a.id));
  score.actions.extra = extra.length;
  for (const a of extra) problems.push(`extra action: "${a.text.slice(0, 80)}"`);
  return score;
}

/** Reads one file into a fresh library (the text copies lose their SOURCE line first) and scores it. */
export async function readAndScore(file: string, doc: GoldRealDoc): Promise<FileScore> {
  const library = tempLibrary('2026-11-24');
  try {
    let bytes = fs.readFileSync(path.join(REAL, file));
    if (file.endsWith('.txt')) bytes = Buffer.from(bytes.toString('utf8').replace(/^SOURCE:[^\n]*\n/, ''), 'utf8');
    const report = await library.ingestUpload(file, bytes);
    const score = scoreFile(file, doc, await library.meetings(OPERATOR), await library.actions(OPERATOR, { status: 'all' }));
    for (const e of report.errors) score.problems.unshift(`ingest error: ${e.error}`);
    return score;
  } finally {
    library.close();
  }
}

export interface Totals {
  files: number;
  meetingsRight: number;
  date: number;
  board: number;
  chair: number;
  next: number;
  present: { hit: number; gold: number; got: number };
  apologies: { hit: number; gold: number; got: number };
  actions: { gold: number; found: number; owners: number; status: number; due: number; extra: number };
}

export function totals(scores: FileScore[]): Totals {
  const t: Totals = {
    files: scores.length,
    meetingsRight: 0,
    date: 0,
    board: 0,
    chair: 0,
    next: 0,
    present: { hit: 0, gold: 0, got: 0 },
    apologies: { hit: 0, gold: 0, got: 0 },
    actions: { gold: 0, found: 0, owners: 0, status: 0, due: 0, extra: 0 },
  };
  for (const s of scores) {
    t.meetingsRight += s.meetingRight ? 1 : 0;
    t.date += s.date ? 1 : 0;
    t.board += s.board ? 1 : 0;
    t.chair += s.chair ? 1 : 0;
    t.next += s.next ? 1 : 0;
    for (const k of ['hit', 'gold', 'got'] as const) {
      t.present[k] += s.present[k];
      t.apologies[k] += s.apologies[k];
    }
    for (const k of Object.keys(t.actions) as (keyof Totals['actions'])[]) t.actions[k] += s.actions[k];
  }
  return t;
}

export function formatScores(scores: FileScore[]): string {
  const lines = scores.map((s) => {
    const a = s.actions;
    const flag = (b: boolean) => (b ? 'y' : '-');
    return [
      s.file.padEnd(66),
      `mtg ${flag(s.meetingRight)}`,
      `date ${flag(s.date)} board ${flag(s.board)} chair ${flag(s.chair)} next ${flag(s.next)}`,
      `present ${s.present.hit}/${s.present.gold} (of ${s.present.got})`,
      `apol ${s.apologies.hit}/${s.apologies.gold} (of ${s.apologies.got})`,
      `actions ${a.found}/${a.gold} owners ${a.owners} status ${a.status} due ${a.due} extra ${a.extra}`,
    ].join('  ');
  });
  const t = totals(scores);
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%` : '-');
  lines.push(
    `TOTAL ${t.files} files: meetings right ${t.meetingsRight}/${t.files}; date ${t.date}, board ${t.board}, chair ${t.chair}, next ${t.next}; ` +
      `present ${t.present.hit}/${t.present.gold} of ${t.present.got} (recall ${pct(t.present.hit, t.present.gold)} precision ${pct(t.present.hit, t.present.got)}); ` +
      `apologies ${t.apologies.hit}/${t.apologies.gold} of ${t.apologies.got} (recall ${pct(t.apologies.hit, t.apologies.gold)} precision ${pct(t.apologies.hit, t.apologies.got)}); ` +
      `actions found ${t.actions.found}/${t.actions.gold}, with owners ${t.actions.owners}, status ${t.actions.status}, due ${t.actions.due}, extra ${t.actions.extra}`,
  );
  return lines.join('\n');
}

/** Prints the figures per file and in total, then `more` lines, then (when `verbose`) what was wrong in each file. */
export function printScores(scores: FileScore[], verbose: boolean, more: string[] = []): void {
  const detail = verbose ? scores.map((s) => `${s.file}\n  ${s.problems.join('\n  ')}`) : [];
  console.log([formatScores(scores), ...more, ...detail].join('\n'));
}

/** The meeting figures a test keeps a floor for; `…Extra` counts names read that the labels do not have. */
export function meetingFigures(t: Totals) {
  return {
    meetingsRight: t.meetingsRight,
    date: t.date,
    board: t.board,
    chair: t.chair,
    next: t.next,
    presentHit: t.present.hit,
    presentExtra: t.present.got - t.present.hit,
    apologiesHit: t.apologies.hit,
    apologiesExtra: t.apologies.got - t.apologies.hit,
  };
}

/** The action figures a test keeps a floor for; `extra` counts actions read that the labels do not have. */
export function actionFigures(t: Totals) {
  const { found, owners, status, due, extra } = t.actions;
  return { found, owners, status, due, extra };
}

/**
 * Each figure that fell below its floor — or, for a count of wrong answers (`extra`, `…Extra`), rose above it —
 * as "name: got (was floor)"; empty when nothing regressed.
 */
export function regressions<F extends Record<string, number>>(got: { [K in keyof F]: number }, floor: F): string[] {
  return (Object.keys(floor) as (keyof F & string)[])
    .filter((k) => (/^extra$|Extra$/.test(k) ? got[k] > floor[k] : got[k] < floor[k]))
    .map((k) => `${k}: ${got[k]} (was ${floor[k]})`);
}

/** A hand-labelled meeting paper: one meeting, several (an agenda pack carrying two sets of minutes), or none (`null`). */
export interface GoldMeetingPaper {
  meeting?: GoldRealMeeting | null;
  meetings?: GoldRealMeeting[];
}

/** What one file of a labelled folder reads as, stored in a fresh library: the scorers below share it. */
interface PaperRead {
  errors: string[];
  meetings: MeetingView[];
  actions: ActionView[];
}

const reads = new Map<string, Promise<PaperRead>>();

/**
 * Reads a file once per test file: a blind set's meeting scorer and action scorer read the same renditions, and
 * reading them twice doubled the suite's time. Each file still goes into its own fresh library.
 */
function readPaperOnce(dir: string, file: string): Promise<PaperRead> {
  const key = path.join(dir, file);
  let read = reads.get(key);
  if (!read) {
    read = (async () => {
      const library = tempLibrary('2026-11-24');
      try {
        const report = await library.ingestUpload(file, fs.readFileSync(key));
        return {
          errors: report.errors.map((e) => e.error),
          meetings: await library.meetings(OPERATOR),
          actions: await library.actions(OPERATOR, { status: 'all' }),
        };
      } finally {
        library.close();
      }
    })();
    reads.set(key, read);
  }
  return read;
}

export interface MeetingPaperScores {
  /** One score per labelled meeting per rendition. */
  scores: FileScore[];
  /**
   * Held meetings read from the renditions, and those no label accounts for (another date, or a paper that records none;
   * an agenda pack's own meeting, which its minutes give as the next, is accounted for).
   */
  held: number;
  extra: number;
  /** Renditions of papers that record no meeting, and how many of them gave none. */
  noMeeting: { files: number; right: number };
  extraProblems: string[];
}

/**
 * Reads every rendition of every labelled paper in a folder of meeting papers (gold.json beside them) into a fresh
 * library and scores each labelled meeting on the meeting fields (actions are not labelled there). A held meeting
 * whose date no label has counts as extra, so a paper read as more meetings than it records loses precision.
 * Prints the figures; `verbose` adds who was missed or added to each score's problems.
 */
export async function scoreMeetingPapers(dir: string, verbose = false): Promise<MeetingPaperScores> {
  const gold = (JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8')) as { docs: Record<string, GoldMeetingPaper> }).docs;
  const files = fs.readdirSync(dir).filter((f) => /\.(txt|docx|pdf|html)$/.test(f));
  const out: MeetingPaperScores = { scores: [], held: 0, extra: 0, noMeeting: { files: 0, right: 0 }, extraProblems: [] };
  for (const base of Object.keys(gold).sort()) {
    const labels = gold[base]!.meetings ?? (gold[base]!.meeting ? [gold[base]!.meeting] : []);
    for (const file of files.filter((f) => f.startsWith(`${base}.`)).sort()) {
      const report = await readPaperOnce(dir, file);
      const { meetings } = report;
      const held = meetings.filter((m) => m.document === file && m.source !== 'scheduled');
      // An agenda pack announces the meeting its minutes name as the next one: that is not an extra meeting.
      const extra = held.filter((m) => !labels.some((g) => g.date === m.date) && !(m.source === 'agenda' && labels.some((g) => g.nextMeeting === m.date)));
      out.held += held.length;
      out.extra += extra.length;
      for (const m of extra) out.extraProblems.push(`${file}: extra meeting ${m.date} "${m.board ?? ''}"`);
      if (!labels.length) {
        out.noMeeting.files++;
        if (!held.length) out.noMeeting.right++;
      }
      for (const g of labels) {
        const doc: GoldRealDoc = { meeting: g, actions: [], initials: {}, roleHolders: {} };
        // With several labels each is scored against the held meeting of its own date only.
        const pool = labels.length > 1 ? meetings.filter((m) => m.date === g.date) : meetings;
        const score = scoreFile(file, doc, pool, []);
        if (labels.length > 1) score.file = `${file} @${g.date}`;
        if (verbose) score.problems.push(...nameProblems(g, pool.find((m) => m.document === file && m.date === g.date) ?? held[0]));
        for (const e of report.errors) score.problems.unshift(`ingest error: ${e}`);
        out.scores.push(score);
      }
    }
  }
  const { held, extra, noMeeting } = out;
  printScores(out.scores, verbose, [
    `held meetings read ${held}, extra ${extra} (precision ${held ? (((held - extra) / held) * 100).toFixed(0) : '-'}%); ` +
      `papers recording no meeting read as none ${noMeeting.right}/${noMeeting.files}`,
    ...(verbose ? out.extraProblems : []),
  ]);
  return out;
}

/** The meeting figures of a set of meeting papers that fell below their floor (extras: rose above it). */
export function meetingPaperRegressions(result: MeetingPaperScores, floor: Record<string, number>): string[] {
  return regressions({ ...meetingFigures(totals(result.scores)), meetingsExtra: result.extra, noMeetingRight: result.noMeeting.right }, floor);
}

/** Who was missed or added, for reading the figures (the scorer only counts them). */
function nameProblems(g: GoldRealMeeting, m: MeetingView | undefined): string[] {
  if (!m) return [];
  const diff = (label: string, want: string[], got: string[]) => {
    const gk = got.map(nameKey);
    const wk = want.map(nameKey);
    const missed = want.filter((x) => !gk.includes(nameKey(x)));
    const extra = got.filter((x) => !wk.includes(nameKey(x)));
    return missed.length || extra.length ? [`${label}: missed ${JSON.stringify(missed)} extra ${JSON.stringify(extra)}`] : [];
  };
  return [
    ...diff('present', g.present, [...(m.chair ? [m.chair] : []), ...m.present, ...m.inAttendance, ...m.deputies.map((d) => d.deputy)]),
    ...diff('apologies', g.apologies, m.apologies),
  ];
}

/** A blind paper's labels: the real papers' format, whose roleHolders say who holds each role the paper names. */
export type BlindDoc = GoldRealDoc;

export interface BlindScore extends FileScore {
  /** Owners labelled as initials, a short name or a role that came out as the person the paper names. */
  resolved: { want: number; got: number };
}

/** For each labelled owner the paper explains (initials, a short name, a role), the person it denotes. */
function resolvedOwners(doc: BlindDoc, actions: ActionView[], problems: string[]): { want: number; got: number } {
  const norm = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ');
  const r = { want: 0, got: 0 };
  for (const ga of doc.actions) {
    const a = actions.find((x) => norm(x.text).includes(norm(ga.textHas))) ?? actions.find((x) => norm(`${x.text} ${x.passage}`).includes(norm(ga.textHas)));
    for (const owner of ga.owners) {
      const person = doc.initials[owner] ?? doc.roleHolders[owner];
      if (!person) continue;
      r.want++;
      if (a?.owners.some((o) => nameKey(o.display) === nameKey(person))) r.got++;
      else if (a) problems.push(`owner "${owner}" of "${ga.textHas}" not resolved to ${person}: ${JSON.stringify(a.owners.map((o) => o.display))}`);
    }
  }
  return r;
}

const PAPER = /\.(txt|csv|xlsx|docx|pdf)$/;

async function readBlindPaper(dir: string, file: string, doc: BlindDoc): Promise<BlindScore> {
  const { errors, meetings, actions } = await readPaperOnce(dir, file);
  // A tracker or a paper recording no meeting is labelled `meeting: null`; only its actions are scored here.
  const labelled: BlindDoc = doc.meeting ? doc : { ...doc, meeting: { date: '', board: null, chair: null, present: [], apologies: [], nextMeeting: null } };
  const score = scoreFile(file, labelled, meetings, actions);
  for (const e of errors) score.problems.unshift(`ingest error: ${e}`);
  const resolved = resolvedOwners(
    doc,
    actions.filter((a) => a.document === file),
    score.problems,
  );
  return { ...score, resolved };
}

/**
 * Reads every labelled paper of a blind set (a folder of papers and their renditions beside a gold.json),
 * each into a fresh library, and prints the figures (BLIND_VERBOSE=1 also prints what was wrong in each file).
 */
export async function scoreBlindSet(dir: string): Promise<{ gold: Record<string, BlindDoc>; scores: BlindScore[] }> {
  const gold = (JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8')) as { docs: Record<string, BlindDoc> }).docs;
  const files = fs.readdirSync(dir).filter((f) => PAPER.test(f));
  const scores: BlindScore[] = [];
  for (const base of Object.keys(gold)) {
    for (const file of files.filter((f) => f.replace(PAPER, '') === base).sort()) scores.push(await readBlindPaper(dir, file, gold[base]!));
  }
  const resolved = scores.reduce((n, s) => ({ want: n.want + s.resolved.want, got: n.got + s.resolved.got }), { want: 0, got: 0 });
  printScores(scores, !!process.env.BLIND_VERBOSE, [`owners resolved to the person the paper names: ${resolved.got}/${resolved.want}`]);
  return { gold, scores };
}

/** The action figures of a blind set, and those that fell below the floor reached before (extra: rose above it). */
export function blindActionRegressions(scores: BlindScore[], floor: Record<'found' | 'owners' | 'status' | 'due' | 'extra' | 'resolved', number>): string[] {
  return regressions({ ...actionFigures(totals(scores)), resolved: scores.reduce((n, s) => n + s.resolved.got, 0) }, floor);
}

/** How many papers and files a blind set holds: the suite fails if any is not labelled or not read. */
export interface BlindSetShape {
  papers: number;
  meetingFiles: number;
  noMeetingFiles: number;
  actionFiles: number;
}

/**
 * The three tests every blind set of meetings and actions runs (blind-6, blind-7): every paper and rendition labelled
 * and read, and no meeting or action figure below its floor. BLIND_VERBOSE=1 prints what was wrong in each file.
 */
export function blindSetSuite(
  name: string,
  dir: string,
  shape: BlindSetShape,
  meetingFloor: Record<string, number>,
  actionFloor: Record<'found' | 'owners' | 'status' | 'due' | 'extra' | 'resolved', number>,
): void {
  jest.setTimeout(300000);
  let meetings: MeetingPaperScores;
  let gold: Record<string, unknown> = {};
  let scores: BlindScore[] = [];

  beforeAll(async () => {
    meetings = await scoreMeetingPapers(dir, !!process.env.BLIND_VERBOSE);
    ({ gold, scores } = await scoreBlindSet(dir));
  });

  test(`every paper and rendition of the ${name} is labelled and read`, () => {
    expect(Object.keys(gold).length).toBe(shape.papers);
    expect(meetings.scores.length).toBe(shape.meetingFiles);
    expect(meetings.noMeeting.files).toBe(shape.noMeetingFiles);
    // Actions: every rendition, trackers included.
    expect(scores.length).toBe(shape.actionFiles);
  });

  test(`meeting figures on the ${name} do not fall below what the extraction reaches`, () => {
    expect(meetingPaperRegressions(meetings, meetingFloor)).toEqual([]);
  });

  test(`action figures on the ${name} do not fall below what the extraction reaches`, () => {
    expect(blindActionRegressions(scores, actionFloor)).toEqual([]);
  });
}
