import { chooseGuidance, loadGuidance, type StoredGuidance } from '../guidance/library';
import { IndicatorMatch, matchSituation, situationStems } from '../guidance/match';
import type { GuidanceContact, GuidanceLevel, GuidanceModel } from '../guidance/model';
import { numberOf } from '../guidance/scheme';
import type { Store } from '../store/repositories';
import { foldForMatch } from '../util/text';

/** One level of a partnership's threshold guidance, as the answers and the level card show it. */
export interface ThresholdLevel {
  number: number;
  name: string;
  /** The heading as the document writes it ("Level 3 – Targeted Support"). */
  heading: string;
  definition: string;
  /** Indicators by area ("Health", "Education and learning" …). */
  indicators: { area: string; items: string[] }[];
  support: string;
  document: string;
  /** The board whose guidance it is ("_" for guidance that names none). */
  board: string;
  /** Whose guidance this is, by name. */
  partnership: string;
  /** For a "which level" answer: the indicators that matched, and the caveat and route that must go with it. */
  matched: { level: string; text: string; area: string }[];
  caveat: string[];
}

/** Who is asking: the boards they sit on decide whose guidance answers them. */
export interface GuidanceAsker {
  boards: ReadonlySet<string>;
}

export interface GuidanceAnswer {
  text: string;
  level: ThresholdLevel | null;
  /** The level numbers the answer places the situation at, highest first (which-level only). */
  placed: number[];
  partnership: string | null;
}

const NONE: GuidanceAnswer = { text: '', level: null, placed: [], partnership: null };
const TERM_OF = (m: GuidanceModel) => (m.term === 'tier' ? 'Tier' : 'Level');

export function levelTitle(model: GuidanceModel, l: GuidanceLevel): string {
  if (l.heading && !l.heading.includes('\n') && /\d|one|two|three|four|five|six/i.test(l.heading)) return l.heading;
  const num = model.term === 'named' ? '' : `${TERM_OF(model)} ${l.n}${l.sub ?? ''}`;
  return [num, l.name].filter(Boolean).join(' – ') || `${TERM_OF(model)} ${l.n}`;
}

function toThreshold(g: StoredGuidance, l: GuidanceLevel): ThresholdLevel {
  return {
    number: l.n,
    name: l.name ?? (g.model.term === 'named' ? `Level ${l.n}` : `${TERM_OF(g.model)} ${l.n}`),
    heading: levelTitle(g.model, l),
    definition: l.definition,
    indicators: l.indicators.map((i) => ({ area: i.domain, items: i.items })),
    support: l.support,
    document: g.document,
    board: g.board ?? '_',
    partnership: g.model.partnership,
    matched: [],
    caveat: [],
  };
}

/** Every level of every partnership's guidance in the library (for help hints and the compose box). */
export async function thresholdLevels(db: Store): Promise<ThresholdLevel[]> {
  return (await loadGuidance(db)).flatMap((g) => g.model.levels.filter((l) => !l.missing).map((l) => toThreshold(g, l)));
}

const words = (s: string) =>
  foldForMatch(s)
    .replace(/\s*\/\s*/g, '/')
    .replace(/[^a-z0-9/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The forms of a level's names a question may use, folded as the question is. Kept per level (the models are
 * kept until the library changes): most turns ask whether the message names a level at all.
 */
function nameForms(l: GuidanceLevel): string[] {
  let forms = NAME_FORMS.get(l);
  if (!forms) {
    const names = [l.name, ...l.also, l.heading].filter((x): x is string => Boolean(x));
    forms = names
      .flatMap((name) => [words(name), words(name.replace(/\s*\(.*?\)\s*/g, ' ')), words(name.replace(/^(?:level|tier)\s+\S+\s*/i, ''))])
      .filter((f) => f.length >= 4);
    NAME_FORMS.set(l, forms);
  }
  return forms;
}
const NAME_FORMS = new WeakMap<GuidanceLevel, string[]>();

/** Which level a question asks about: by number ("level 3", "tier two", "level 2a") or by name ("partnership plus"). */
function levelAsked(model: GuidanceModel, question: string): { level: GuidanceLevel | null; strength: number } {
  const q = ` ${words(question)} `;
  const num =
    /\b(?:level|tier)\s*(\d|one|two|three|four|five|six|seven)\s*([ab])?\b/i.exec(question) ?? /\b(\d)(?:st|nd|rd|th)?\s+(?:level|tier)\b/i.exec(question);
  const n = num ? numberOf(num[1]!) : null;
  let best: { level: GuidanceLevel | null; strength: number } = { level: null, strength: 0 };
  for (const l of model.levels) {
    for (const f of nameForms(l)) {
      if (!q.includes(` ${f} `)) continue;
      // "the acute level", "level acute": a short name beside the word level is as clear as a long one.
      const strength = f.length + (new RegExp(` ${f} (?:level|tier)s? | (?:level|tier) ${f} `).test(q) ? 10 : 0);
      if (strength > best.strength) best = { level: l, strength };
    }
  }
  if (n !== null) {
    const byNumber = model.levels.find((l) => l.n === n && (!num![2] || l.sub === num![2]!.toLowerCase())) ?? null;
    if (byNumber) return { level: byNumber, strength: 100 + best.strength * Number(best.level === byNumber) };
    return { level: null, strength: -1 };
  }
  return best;
}

function namedOrder(models: StoredGuidance[], question: string): StoredGuidance[] {
  const asked = /\btier\b/i.test(question) ? 'tier' : /\blevels?\b/i.test(question) ? 'level' : null;
  return [...models].sort((a, b) => Number(asked !== null && b.model.term === asked) - Number(asked !== null && a.model.term === asked));
}

/** "What does partnership plus mean in Cheshire West?", "what is level 3?", "how many levels …?" */
export async function answerLevel(db: Store, question: string, asker: GuidanceAsker | null): Promise<GuidanceAnswer> {
  const all = (await loadGuidance(db)).filter((g) => g.model.levels.length);
  if (!all.length) return { ...NONE, text: 'The library has no threshold guidance yet.' };
  const choice = chooseGuidance(all, question, asker?.boards ?? new Set());
  const candidates = namedOrder(choice.chosen, question);
  const scored = candidates.map((g) => ({ g, asked: levelAsked(g.model, question) }));
  const found = scored.filter((s) => s.asked.level).sort((a, b) => b.asked.strength - a.asked.strength)[0];
  const g = found?.g ?? candidates[0]!;
  if (!found || (/\bhow many levels\b|\bwhat are the (?:levels|tiers)\b|\blevels of need\b.*\?$|\bwhich levels\b/i.test(question) && !found.asked.level)) {
    return { ...NONE, text: schemeText(g), partnership: g.model.partnership };
  }
  const l = found.asked.level!;
  const t = toThreshold(g, l);
  if (l.missing) {
    return {
      ...NONE,
      text: `${g.model.partnership}’s guidance has a ${TERM_OF(g.model).toLowerCase()} ${l.n}, but its text is not in the copy the library holds (${g.document}).\n${schemeText(g)}`,
      partnership: g.model.partnership,
    };
  }
  const focus = situationStems(question);
  const lines = [`${g.model.partnership}’s guidance — ${t.heading}`];
  if (t.definition) lines.push(t.definition.slice(0, 900));
  if (t.indicators.length) {
    lines.push('Indicators:');
    const areas = [...t.indicators].sort((a, b) => overlap(b.area, focus) - overlap(a.area, focus));
    for (const area of areas.slice(0, 6)) {
      const items = [...area.items].sort((a, b) => overlap(b, focus) - overlap(a, focus));
      lines.push(`${area.area}:`, ...items.slice(0, 12).map((i) => `• ${i}`));
    }
  }
  if (t.support) lines.push(`How to get support: ${t.support.slice(0, 600)}`);
  lines.push(`(Source: ${g.model.partnership}’s guidance, ${g.document})`);
  return { text: lines.join('\n'), level: t, placed: [], partnership: g.model.partnership };
}

function overlap(text: string, focus: string[]): number {
  const have = new Set(situationStems(text));
  return focus.filter((w) => have.has(w)).length;
}

function schemeText(g: StoredGuidance): string {
  const m = g.model;
  const count = m.declared ?? m.levels.length;
  const word = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'][count] ?? String(count);
  const list = m.levels.map((l) => `• ${levelTitle(m, l)}${l.missing ? ' (not in the copy the library holds)' : ''}`);
  const said = m.scheme ? [`It says: “${m.scheme}”`] : [];
  return [`${m.partnership}’s guidance has ${word} ${m.term === 'tier' ? 'tiers' : 'levels'} of need:`, ...list, ...said, `(Source: ${g.document})`].join('\n');
}

/**
 * What must end every "which level" answer: the partnership's own words on judgement, its front
 * door and out-of-hours route, and 999 for a child at immediate risk.
 */
export function caveatLines(model: GuidanceModel): string[] {
  const out: string[] = [];
  out.push(
    model.judgement
      ? `${model.partnership}’s guidance says: “${model.judgement}”`
      : `${model.partnership}’s guidance is an aid to professional judgement, not a checklist: look at the whole picture and talk it through with your safeguarding lead.`,
  );
  const door = model.contacts.find((c) => c.kind === 'front-door' && c.number);
  const ooh = model.contacts.find((c) => c.kind === 'out-of-hours' && c.number);
  const route = [
    door ? `${door.service}: ${door.number}${door.hours ? ` (${door.hours})` : ''}` : null,
    ooh ? `out of hours, ${ooh.service}: ${ooh.number}` : null,
  ].filter(Boolean);
  const named = model.contacts.find((c) => c.kind === 'front-door');
  out.push(
    route.length
      ? `If you are worried, contact ${route.join('; ')}.`
      : `If you are worried, contact ${named ? named.service : `${model.partnership}’s children’s social care front door`}.`,
  );
  out.push('If a child is at immediate risk, call 999.');
  return out;
}

/**
 * "Which level is a 15 year old who keeps going missing overnight?" Matched against every
 * indicator of every level; the answer leads with the HIGHEST level any indicator matches and
 * never places the child lower than a matching indicator does. With no good match it says so
 * and shows the nearest indicators, without a level.
 */
export async function answerWhichLevel(db: Store, question: string, asker: GuidanceAsker | null): Promise<GuidanceAnswer> {
  const all = (await loadGuidance(db)).filter((g) => g.model.levels.length);
  if (!all.length)
    return { ...NONE, text: 'The library has no threshold guidance yet, so I cannot place that at a level. If a child is at immediate risk, call 999.' };
  const choice = chooseGuidance(all, question, asker?.boards ?? new Set());
  const asked = question.replace(/\b(?:which|what)\s+(?:level|tier)\b(?:\s+of\s+need)?(?:\s+(?:is|would|does|for|in))?/gi, ' ');
  // Acronyms the library defines ("FGM", "MARAC") are matched in their written-out form as well.
  const glossary = await db.documents.glossary();
  const situation = asked.replace(/\b[A-Z]{2,6}\b/g, (t) => (glossary.has(t) ? `${t} ${glossary.get(t)}` : t));
  // Of the chosen partnership's documents, the one whose indicators match best.
  const ranked = choice.chosen.map((g) => ({ g, r: matchSituation(g.model, situation) }));
  const bestScore = (x: (typeof ranked)[number]) => Math.max(0, ...x.r.matches.map((m) => m.score));
  const pick = [...ranked].sort((a, b) => bestScore(b) - bestScore(a))[0]!;
  const { g, r } = pick;
  const m = g.model;
  const partners = choice.chosen.filter((x) => x.model.partnership === m.partnership);
  const caveat = caveatLines({
    ...m,
    contacts: [...m.contacts, ...partners.flatMap((x) => (x === g ? [] : x.model.contacts))],
    judgement: m.judgement ?? partners.find((x) => x.model.judgement)?.model.judgement ?? null,
  });
  if (!r.matches.length) {
    const near = r.nearest.map((x) => `• ${levelTitle(m, x.level)}: “${x.text}”`);
    const text = [
      `I can’t place that at a level from ${m.partnership}’s guidance: none of its indicators matches it closely enough, and I won’t guess.`,
      ...(near.length ? ['The nearest indicators are:', ...near] : []),
      ...caveat,
    ].join('\n');
    return { text, level: null, placed: [], partnership: m.partnership };
  }
  const byLevel = new Map<number, IndicatorMatch[]>();
  for (const x of r.matches) byLevel.set(x.level.n, [...(byLevel.get(x.level.n) ?? []), x]);
  const placed = [...byLevel.keys()].sort((a, b) => b - a);
  const top = byLevel.get(placed[0]!)![0]!.level;
  const lines: string[] = [];
  const title = levelTitle(m, top);
  lines.push(
    placed.length > 1
      ? `In ${m.partnership}’s guidance this matches indicators at ${placed.length} levels; the highest is ${title}. Treat it as at least ${title}.`
      : `In ${m.partnership}’s guidance this matches ${title}.`,
  );
  if (top.definition) lines.push(`${title}: ${top.definition.replace(/\n/g, ' ').slice(0, 400)}`);
  lines.push('Matching indicators:');
  for (const n of placed) {
    for (const x of byLevel.get(n)!.slice(0, n === placed[0] ? 4 : 3))
      lines.push(`• ${levelTitle(m, x.level)}${x.domain && x.domain !== 'definition' && x.domain !== 'General' ? ` (${x.domain})` : ''}: “${x.text}”`);
  }
  lines.push(...caveat);
  const t = toThreshold(g, top);
  t.matched = placed.flatMap((n) =>
    byLevel
      .get(n)!
      .slice(0, 3)
      .map((x) => ({ level: levelTitle(m, x.level), text: x.text, area: x.domain })),
  );
  t.caveat = caveat;
  return { text: lines.join('\n'), level: t, placed, partnership: m.partnership };
}

const SERVICE_TERMS = /\b(MA?SS?H|MARU|MARAT|CASS|IFD|iART|EDT|LADO|customer first|crimestoppers|front door|hub|duty team|first response)\b/i;

/** "Who do I call out of hours in Cornwall?", "MASH phone number", "bradford EDT number". */
export async function answerContact(db: Store, question: string, asker: GuidanceAsker | null): Promise<GuidanceAnswer> {
  const all = (await loadGuidance(db)).filter((g) => g.model.contacts.length);
  if (!all.length) return { ...NONE, text: 'The library’s guidance gives no contact numbers. If a child is at immediate risk, call 999.' };
  const choice = chooseGuidance(all, question, asker?.boards ?? new Set());
  const q = question.toLowerCase();
  const wantOoh = /out[- ]of[- ]hours|\booh\b|evening|weekend|night|after hours|emergency duty|\bedt\b|outside (?:office|working) hours/.test(q);
  const wantAdvice = /\badvice\b|consult|before (?:i )?refer/.test(q);
  const term = SERVICE_TERMS.exec(question)?.[1]?.toLowerCase() ?? null;
  const lines: string[] = [];
  let partnership: string | null = null;
  const focus = situationStems(question.replace(/\b(?:number|phone|telephone|call|ring|contact|who|pls|please)\b/gi, ' '));
  const fits = (c: GuidanceContact) => {
    const have = new Set(situationStems(`${c.service} ${c.line}`));
    return focus.filter((w) => have.has(w)).length;
  };
  // Nothing to choose a partnership by: the one whose routes the question names ("MARU", "customer first").
  const order =
    choice.by === 'all'
      ? [...choice.chosen].sort((a, b) => Math.max(0, ...b.model.contacts.map(fits)) - Math.max(0, ...a.model.contacts.map(fits)))
      : choice.chosen;
  for (const g of order.slice(0, choice.by === 'all' ? 1 : 2)) {
    const cs = [...g.model.contacts].sort((a, b) => fits(b) - fits(a));
    const named = term && !/^(?:front door|hub)$/.test(term) ? cs.filter((c) => `${c.service} ${c.line}`.toLowerCase().includes(term)) : [];
    const kind = wantOoh ? 'out-of-hours' : wantAdvice ? 'advice' : /\blado\b/.test(q) ? 'other' : 'front-door';
    let wanted = (named.length ? named : cs).filter((c) => (wantOoh ? c.kind === 'out-of-hours' : true));
    if (!named.length || wantOoh) wanted = cs.filter((c) => c.kind === kind && (!named.length || named.includes(c)));
    if (!wanted.length) wanted = named.length ? named : cs.filter((c) => c.kind === kind);
    if (!wanted.length) continue;
    const withNumber = [...wanted].sort((a, b) => Number(Boolean(b.number)) - Number(Boolean(a.number)));
    partnership = partnership ?? g.model.partnership;
    lines.push(`${g.model.partnership}:`);
    for (const c of withNumber.slice(0, 3)) lines.push(contactLine(c));
    if (kind !== 'out-of-hours' && !wantAdvice) {
      const ooh = cs.find((c) => c.kind === 'out-of-hours' && c.number);
      if (ooh && !withNumber.slice(0, 3).includes(ooh)) lines.push(`Out of hours: ${contactLine(ooh).replace(/^• /, '')}`);
    }
    lines.push(`(Source: ${g.document})`);
    break;
  }
  if (!lines.length) return { ...NONE, text: 'I can’t find that contact in the library’s guidance. If a child is at immediate risk, call 999.' };
  lines.push('If a child is at immediate risk, call 999.');
  return { text: lines.join('\n'), level: null, placed: [], partnership };
}

function contactLine(c: GuidanceContact): string {
  const head = c.number ? `${c.service}: ${c.number}${c.hours ? ` (${c.hours})` : ''}` : c.service;
  return `• ${head} — “${c.line}”`;
}

/** Whether a question names one of the library's levels by its name ("partnership plus", "the acute level"). */
export async function namesALevel(db: Store, question: string): Promise<boolean> {
  if (!/\b(?:mean|meaning|what(?:'s|s| is| are| does)|definition|cover|level|tier)\b/i.test(question)) return false;
  return (await loadGuidance(db)).some((g) => {
    const asked = levelAsked(g.model, question);
    return asked.level !== null && asked.strength >= 6;
  });
}
