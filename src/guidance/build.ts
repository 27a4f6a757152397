import type { Block } from '../ingest/document';
import { foldForMatch, splitSentences, squash } from '../util/text';
import { findContacts } from './contacts';
import type { GuidanceLevel, GuidanceModel } from './model';
import { areaWords, partnershipAndPlaces } from './partnership';
import { anyOf, declaredCount, LevelHeading, listedLevels, looksLikeLevelName, readLevelHeading } from './scheme';

/** " / " between flattened table columns; "and / or" inside a cell is not one. */
const COLUMN_BREAK = /\s+\/\s+(?=[A-Z0-9])|\s+\/$/;
const PAGE = /^=+\s*(https?:\/\/\S+?)\s*=*$/;
const SUPPORT = anyOf(
  'i',
  /\bhow to (?:get|access|refer|make)|\bsupport available|\brefer(?:ral|ring)?\b|\bcontact|\bwhat to do|\bnext steps/,
  /\bwhat needs to happen|\bservice delivery|\baccess(?:ing)? (?:support|services)|\bwho to (?:call|contact)/,
);
const DEFINITION = /\b(?:what (?:this|the) level means|definition|description|criteria|about this level)\b/i;
const GENERAL_INDICATORS = /\b(?:indicators?|outcomes seen|examples?|signs|this list is not exhaustive|strengths|presenting needs)\b/i;
const JUDGEMENT = anyOf(
  'i',
  /professional judgement|use (?:your|their) (?:own )?(?:professional )?judgement|not a checklist|guide to (?:professional )?judgement/,
  /(?:shouldn't|should not) be taken literally|not (?:a )?fixed measure|not always be clear which level/,
);

/** One bullet or table cell may hold several indicators ("Smokes; Poor punctuality; …"). */
function splitItems(text: string): string[] {
  return text
    .split(/\s+[•▪●◦]\s+|(?<=;)\s+(?=[A-Z])/)
    .map((s) => squash(s.replace(/^[•▪●◦]\s*/, '')))
    .filter((s) => s.length > 1);
}

function cleanDomain(text: string): string {
  return squash(text)
    .replace(/^\d+(?:\.\d+)*[.)]?\s+/, '')
    .replace(/,?\s*e\.g\.?$/i, '')
    .replace(/\s*\(this list is not exhaustive\)\s*/i, '')
    .replace(/[:\s]+$/, '')
    .trim();
}

/** A short line that labels what follows ("Health, e.g.", "Parenting Capacity", "Basic Care"). */
function isLabel(b: Block, next: Block | undefined): boolean {
  if (b.type === 'heading') return true;
  if (b.type !== 'paragraph') return false;
  const t = squash(b.text);
  const words = t.split(' ').length;
  if (/,\s*e\.g\.?$/i.test(t) && words <= 10) return true;
  // A numbered part heading such as "2. Needs of the child and of the family" (our own example).
  if (/^\d{1,2}\.\s+[A-Z]/.test(t) && words <= 16 && !/[.;]$/.test(t)) return true;
  if (words > 10 || /[.;!?]$/.test(t) || !/^[A-Z0-9]/.test(t)) return false;
  return !next || next.type === 'list-item' || next.type === 'heading' || (next.type === 'paragraph' && isShort(next.text)) || /:$/.test(t);
}

const isShort = (t: string) => squash(t).split(' ').length <= 10 && !/[.;]$/.test(squash(t));

interface Builder {
  levels: Map<string, GuidanceLevel>;
  order: string[];
  term: GuidanceModel['term'] | null;
}

function keyOf(n: number, sub: string | null): string {
  return `${n}${sub ?? ''}`;
}

function levelFor(b: Builder, h: { n: number; sub: string | null; name: string | null }, writtenAs: string): GuidanceLevel {
  const written = writtenAs.replace(/^caption:\s*/i, '').replace(/\s*\($/, '');
  const key = keyOf(h.n, h.sub);
  let level = b.levels.get(key);
  if (!level) {
    level = { n: h.n, sub: h.sub, name: h.name, heading: written, also: [], definition: '', indicators: [], support: '', missing: false };
    b.levels.set(key, level);
    b.order.push(key);
    return level;
  }
  if (level.heading === null) level.heading = written;
  else if (!level.name && h.name) {
    // "Level 4" in a list, then "Level Four - Children at Risk …" over its table: the named one is the heading.
    level.also.push(level.heading);
    level.heading = written;
  }
  if (!level.name && h.name) level.name = h.name;
  else if (foldForMatch(level.heading) !== foldForMatch(written) && !level.also.some((a) => a === written)) level.also.push(written);
  return level;
}

function addIndicator(level: GuidanceLevel, domain: string, text: string): void {
  const items = splitItems(text);
  if (!items.length) return;
  let group = level.indicators.find((g) => foldForMatch(g.domain) === foldForMatch(domain));
  if (!group) {
    group = { domain, items: [] };
    level.indicators.push(group);
  }
  for (const i of items) if (!group.items.includes(i)) group.items.push(i);
}

function addText(level: GuidanceLevel, field: 'definition' | 'support', text: string): void {
  const t = squash(text);
  if (!t || level[field].includes(t)) return;
  level[field] = level[field] ? `${level[field]}\n${t}` : t;
}

/**
 * Reads a guidance document's blocks into its level scheme, contacts and partnership. Pure; the
 * blocks may come from text, HTML, Word or PDF (where tables arrive as rows of cells).
 */
export function buildGuidance(blocks: Block[], document: string, fallbackPartner: string | null): GuidanceModel {
  const all = blocks.filter((b) => b.type !== 'marker' && !/^SOURCE:\s/.test(b.text));
  const fullText = all.map((b) => (b.type === 'row' ? (b.cells ?? []).join(' ') : b.text)).join('\n');
  const b: Builder = { levels: new Map(), order: [], term: null };

  const headingOf = (blk: Block): LevelHeading | null => (blk.type === 'row' ? null : readLevelHeading(blk.text));
  const numbered =
    all.some((blk) => {
      const h = headingOf(blk);
      return h?.n !== null && h?.n !== undefined && h.term !== null;
    }) ||
    // A table with a column per level, or a row per level ("Tier 3 Complex | …").
    all.some((blk) => blk.type === 'row' && (blk.cells ?? []).filter((c) => readLevelHeading(c)?.term).length >= 2) ||
    all.filter((blk) => blk.type === 'row' && readLevelHeading(blk.cells?.[0] ?? '')?.term && readLevelHeading(blk.cells?.[0] ?? '')?.n).length >= 2;
  const terms = all.flatMap((blk) => (blk.type === 'row' ? (blk.cells ?? []).map((c) => readLevelHeading(c)?.term) : [headingOf(blk)?.term]));
  const tiers = terms.filter((t) => t === 'tier').length;
  const levelsWord = terms.filter((t) => t === 'level').length;
  b.term = numbered ? (tiers > levelsWord ? 'tier' : 'level') : 'named';

  // Named schemes: names come from headings in document order, or from a sentence listing them.
  const named: string[] = [];
  const nameN = (name: string): number => {
    const i = named.findIndex((x) => foldForMatch(x) === foldForMatch(name));
    if (i >= 0) return i + 1;
    named.push(name);
    return named.length;
  };
  if (!numbered) {
    for (const blk of all) {
      const listed = listedLevels(blk.text);
      if (listed) {
        listed.names.forEach((nm) => levelFor(b, { n: nameN(nm), sub: null, name: nm }, nm));
        break;
      }
    }
  }

  let cur: GuidanceLevel | null = null;
  let domain: string | null = null;
  let mode: 'definition' | 'indicators' | 'support' = 'definition';
  let table: ColumnTable | null = null;
  let domainHeads: string[] | null = null;
  let flat: { cols: GuidanceLevel[]; col: number; open: boolean } | null = null;
  let pageSlug = '';

  // A column's text is read whole before it is cut into indicators: a reader may give a table row as one
  // row of cells, as one row per printed line, or as loose lines where only one column had words.
  const flushColumns = () => {
    const t = table;
    if (!t) return;
    t.levels.forEach((level, k) => {
      const text = squash(t.buf[k] ?? '');
      t.buf[k] = '';
      if (!level || !text) return;
      const d = t.colDomain[k] ?? t.domain;
      if (d) {
        addIndicator(level, d, text);
        if (t.colDomain[k] && level.definition.length < 600) addText(level, 'definition', text);
      } else addText(level, 'definition', text);
    });
  };
  const closeTable = () => {
    flushColumns();
    table = null;
  };
  const readFlat = (line: string) => {
    const f = flat!;
    const pieces = line.split(COLUMN_BREAK);
    const lastCol = f.cols.length - 1;
    if (pieces.length === 1 && !f.open && f.col === lastCol) f.col = 0;
    pieces.forEach((piece, k) => {
      if (k > 0) f.col = Math.min(lastCol, f.col + 1);
      const level = f.cols[f.col]!;
      const p = squash(piece);
      if (!p) return;
      const labelled = /^([A-Z][A-Z &/]{3,40}):\s*(.*)$/.exec(p);
      if (labelled) {
        domain = cleanDomain(labelled[1]!);
        if (labelled[2]) addText(level, 'definition', labelled[2]);
        return;
      }
      if (domain) {
        addIndicator(level, domain, p);
        if (level.definition.length < 600) addText(level, 'definition', p);
      } else addText(level, 'definition', p);
    });
    f.open = /\/\s*$/.test(line);
  };

  const namedHeading = (blk: Block, i: number): string | null => {
    if (numbered || blk.type === 'row' || blk.type === 'list-item') return null;
    const t = squash(blk.text);
    if (!looksLikeLevelName(t)) return null;
    // "Universal Need" over a list, where the scheme's level is "Universal".
    const known = named.find((x) => foldForMatch(x) === foldForMatch(t.replace(/\s+(?:needs?|level)$/i, '')));
    if (known) return known;
    const nextBlk = all[i + 1];
    if (nextBlk && nextBlk.type === 'heading' && looksLikeLevelName(nextBlk.text)) return null;
    // A named level is a heading followed by prose about it, or the title of its own page.
    const upToPage = all.slice(i + 1, i + 4);
    const pageAt = upToPage.findIndex((x) => PAGE.test(squash(x.text)));
    const follow = (pageAt >= 0 ? upToPage.slice(0, pageAt) : upToPage).find((x) => x.type !== 'heading' && !isShort(x.text) && x.type !== 'row');
    const slugWords = pageSlug.replace(/[^a-z]+/g, '');
    const slugMatch =
      slugWords &&
      t
        .toLowerCase()
        .replace(/[^a-z]+/g, '')
        .startsWith(slugWords.slice(0, 10));
    return (follow && follow.text.split(' ').length >= 10 && !PAGE.test(follow.text)) || slugMatch ? t : null;
  };

  for (let i = 0; i < all.length; i++) {
    const blk = all[i]!;
    const text = squash(blk.text);
    const page = PAGE.exec(text);
    if (page) {
      cur = null;
      domain = null;
      closeTable();
      flat = null;
      pageSlug = page[1]!
        .replace(/[?#].*$/, '')
        .replace(/\/+$/, '')
        .split('/')
        .pop()!
        .replace(/\.\w+$/, '')
        .toLowerCase();
      // A level's own page may carry no heading ("…/continuum-of-need/universal/"): the address names it.
      if (!numbered) {
        const fromSlug = named.find(
          (x) =>
            x
              .toLowerCase()
              .replace(/[^a-z]+/g, '-')
              .replace(/^-|-$/g, '') === pageSlug,
        );
        const next = all[i + 1];
        const nextNamed = next ? namedHeading(next, i + 1) : null;
        const slugName =
          fromSlug ??
          (!nextNamed && /^[a-z]+(?:-[a-z]+){0,2}$/.test(pageSlug) && looksLikeLevelName(titleFromSlug(pageSlug, fullText))
            ? titleFromSlug(pageSlug, fullText)
            : null);
        if (slugName && !nextNamed) {
          cur = levelFor(b, { n: nameN(slugName), sub: null, name: slugName }, slugName);
          mode = 'definition';
        }
      }
      continue;
    }

    if (blk.type === 'row') {
      const cells = (blk.cells ?? []).map((c) => joinBroken(squash(c)));
      const heads = cells.map(
        (c) =>
          readLevelHeading(c) ?? (numbered ? null : looksLikeLevelName(c) ? ({ n: null, sub: null, name: c, term: null, inline: null } as LevelHeading) : null),
      );
      const headerRow = heads.filter((h) => h && (h.n !== null || !numbered)).length >= 2;
      if (flat && !headerRow) {
        // A " / " line that a reader already cut into cells: the same flattened table.
        readFlat(cells.join(' / '));
        continue;
      }
      if (headerRow) {
        // A header row: a column per level. Header cells wrapped over several rows are joined.
        const merged = [...cells];
        while (i + 1 < all.length && all[i + 1]!.type === 'row' && continuesHeader(all[i + 1]!.cells ?? [], merged)) {
          (all[i + 1]!.cells ?? []).forEach((c, k) => (merged[k] = squash(`${merged[k] ?? ''} ${c}`)));
          i++;
        }
        const levels = merged.map((c) => {
          const h = readLevelHeading(c);
          if (h?.n) return levelFor(b, { n: h.n, sub: h.sub, name: h.name }, c);
          if (!numbered && looksLikeLevelName(c)) return levelFor(b, { n: nameN(c), sub: null, name: c }, c);
          return null;
        });
        // The same head repeated on a later page carries the table (and its domain) on.
        const t = table as ColumnTable | null;
        if (!t || t.levels.length !== levels.length || t.levels.some((l, k) => l !== levels[k])) {
          closeTable();
          table = { levels, buf: levels.map(() => ''), colDomain: levels.map(() => null), domain: null };
        }
        cur = null;
        domain = null;
        continue;
      }
      const first = heads[0];
      if (first && first.n !== null && cells.length >= 2) {
        // A row per level: "Level | Description", or "Level | Health | Education …" with a column per domain.
        closeTable();
        const level = levelFor(b, { n: first.n, sub: first.sub, name: first.name }, cells[0]!);
        cur = level;
        cells.slice(1).forEach((c, k) => {
          const head = domainHeads?.[k + 1];
          if (head && !DEFINITION.test(head)) addIndicator(level, cleanDomain(head), c);
          else addText(level, 'definition', c);
        });
        continue;
      }
      const t = table as ColumnTable | null;
      if (t) {
        const cols = t.levels;
        const offset = Math.max(0, cells.length - cols.length);
        // The domain is whatever sits outside the level columns: a label column, or a cell under no level.
        const label = cleanDomain([...cells.slice(0, offset), ...cells.slice(offset).filter((_c, k) => !cols[k])].join(' '));
        if (label && label !== t.domain) {
          flushColumns();
          t.domain = label;
          t.colDomain = cols.map(() => null);
        }
        cols.forEach((level, k) => {
          const cell = cells[k + offset];
          if (!level || !cell) return;
          const labelled = /^([A-Z][A-Z &/]{3,40}):\s*(.*)$/.exec(cell);
          if (labelled) {
            // "IDENTIFICATION: …" heads its own column's text.
            const before = squash(t.buf[k] ?? '');
            if (before) addText(level, 'definition', before);
            t.colDomain[k] = cleanDomain(labelled[1]!);
            t.buf[k] = labelled[2]!;
          } else t.buf[k] = joinCell(t.buf[k] ?? '', cell);
        });
        continue;
      }
      if (cells.length >= 2 && !cur && cells.every((c) => c && c.split(' ').length <= 6 && !/[.;]$/.test(c))) {
        // Perhaps the head of a table with a row per level and a column per domain.
        const next = all[i + 1];
        const nextFirst = next?.type === 'row' ? readLevelHeading(next.cells?.[0] ?? '') : null;
        if (nextFirst?.n) {
          domainHeads = cells;
          continue;
        }
      }
      if (cur && cells.length) addIndicator(cur, domain ?? 'General', cells.join(' – '));
      continue;
    }

    const open = table as ColumnTable | null;
    if (open && blk.type !== 'heading') {
      // A line where only one column had words: it carries on the column whose text is still open.
      const k = openColumn(open, text);
      if (k !== null) {
        open.buf[k] = joinCell(open.buf[k] ?? '', joinBroken(text));
        continue;
      }
    }

    // Flattened tables (" / " between columns): "LEVEL 1" / "UNIVERSAL / LEVEL 2" / "UNIVERSAL PLUS / LEVEL 3" …
    if (!flat) {
      const f = flattenedHeader(all, i);
      if (f) {
        flat = { cols: f.heads.map((h) => levelFor(b, { n: h.n, sub: null, name: h.name }, h.written)), col: 0, open: false };
        i = f.end;
        cur = null;
        continue;
      }
    } else {
      readFlat(blk.text);
      continue;
    }

    const h = headingOf(blk);
    const isHeadingBlock = blk.type === 'heading' || text.split(' ').length <= (h?.name ? 20 : 14) || Boolean(h?.inline);
    if (h && h.n !== null && (h.term !== null || numbered) && isHeadingBlock && blk.type !== 'list-item') {
      // "LEVEL 4" on its own line, its name on the next ("SPECIALIST/STATUTORY").
      let name = h.name;
      let written = text;
      const next = all[i + 1];
      if (!name && !h.inline && next && next.type !== 'list-item' && next.type !== 'row' && looksLikeLevelName(next.text) && !readLevelHeading(next.text)) {
        name = squash(next.text);
        written = `${text}\n${name}`;
        i++;
      }
      cur = levelFor(b, { n: h.n, sub: h.sub, name }, written);
      if (h.inline) addText(cur, 'definition', h.inline);
      // "Level 1 / Level 2 / Level 3 / Level 4" listed one under another: a list of the levels, not their sections.
      const prevH = i > 0 ? readLevelHeading(all[i - 1]!.text) : null;
      const nextH = all[i + 1] ? readLevelHeading(all[i + 1]!.text) : null;
      if (!h.inline && !name && ((nextH && nextH.n !== null && !nextH.inline) || (prevH && prevH.n !== null && !prevH.inline))) cur = null;
      domain = null;
      mode = 'definition';
      closeTable();
      continue;
    }
    const nm = namedHeading(blk, i);
    if (nm) {
      cur = levelFor(b, { n: nameN(nm), sub: null, name: nm }, nm);
      domain = null;
      mode = 'definition';
      closeTable();
      continue;
    }
    if (!cur) continue;

    const next = all[i + 1];
    if (blk.type !== 'list-item' && isLabel(blk, next) && !/\s•\s/.test(text)) {
      if (DEFINITION.test(text)) {
        mode = 'definition';
        domain = null;
      } else if (SUPPORT.test(text) && !GENERAL_INDICATORS.test(text)) {
        mode = 'support';
        domain = null;
      } else if (/^(?:strengths?|needs?|strengths?\s+needs?|needs?\s+strengths?)$/i.test(text)) {
        // A "Strengths | Needs" column head flattened to one line: the domain above still holds.
        mode = 'indicators';
      } else if (GENERAL_INDICATORS.test(text) && !/,\s*e\.g\.?$/i.test(text)) {
        mode = 'indicators';
        domain = cleanDomain(text.replace(/\s*\(.*\)\s*$/, ''));
      } else {
        mode = 'indicators';
        domain = cleanDomain(text);
      }
      continue;
    }
    if (mode === 'support') {
      addText(cur, 'support', text);
      continue;
    }
    if (blk.type === 'list-item' || /\s•\s/.test(text)) {
      const body = text.replace(/^.*?,\s*e\.g\.\s*(?=•)/i, '');
      const inlineDomain = /^(.{2,60}?),\s*e\.g\.\s*•/i.exec(text)?.[1];
      if (inlineDomain) domain = cleanDomain(inlineDomain);
      addIndicator(cur, domain ?? 'General', body);
      // Bullets straight under a level with no domain of their own describe the level.
      if (!domain && mode === 'definition' && cur.definition.split('\n').length < 4) addText(cur, 'definition', text);
      continue;
    }
    if (mode === 'definition' || !domain) {
      addText(cur, 'definition', text);
    } else if (text.split(' ').length <= 30) {
      addIndicator(cur, domain, text);
    }
  }

  closeTable();
  let levels = b.order.map((k) => b.levels.get(k)!);
  // One "named level" is a heading that happens to start with a level word, not a scheme.
  if (!numbered && levels.length < 2) levels = [];
  // Levels the document says exist but whose text is not in the file, so answers can say so.
  const declared = declaredCount(fullText);
  if (numbered && declared && declared <= 7) {
    for (let n = 1; n <= declared; n++) {
      if (!levels.some((l) => l.n === n))
        levels.push({ n, sub: null, name: null, heading: null, also: [], definition: '', indicators: [], support: '', missing: true });
    }
  }
  levels.sort((x, y) => x.n - y.n || (x.sub ?? '').localeCompare(y.sub ?? ''));
  // Mentions only ("levels 3 or 4", "Level 1/2", "Level 3 Child in Need support"): the scheme is known by number.
  if (!levels.length) {
    for (const l of mentionedLevels(fullText)) levels.push(l);
    if (levels.length) b.term = 'level';
  }

  const found = partnershipAndPlaces(fullText);
  const partnership = found.name ?? fallbackPartner ?? document;
  const sentences = all.flatMap((blk) => (blk.type === 'row' ? [] : splitSentences(squash(blk.text))));
  return {
    document,
    partnership,
    areas: areaWords([partnership, ...found.places, ...(fallbackPartner ? [fallbackPartner] : [])]),
    term: b.term,
    declared,
    levels,
    contacts: findContacts(all),
    judgement: sentences.find((s) => JUDGEMENT.test(s) && s.length < 400) ?? null,
    scheme: sentences.find((s) => s.length < 400 && (listedLevels(s) !== null || declaredCount(s) !== null)) ?? null,
    emergency: sentences.find((s) => /\b999\b/.test(s) && s.length < 300) ?? null,
  };
}

/** A table with a column per level: each column's text so far, and the domain of the row being read. */
interface ColumnTable {
  levels: (GuidanceLevel | null)[];
  buf: string[];
  /** A column's own label ("IDENTIFICATION:"), where a cell heads its text. */
  colDomain: (string | null)[];
  domain: string | null;
}

/** "co- ordinated", "self- care": a word a reader broke at its hyphen is one word again. */
function joinBroken(text: string): string {
  return text.replace(/(\b[A-Za-z]{2,})- (?=[a-z])/g, '$1-');
}

/** A cell's next line: a word broken at a hyphen ("co-" / "ordinated") joins without a space. */
function joinCell(before: string, more: string): string {
  if (!before) return more;
  return /[a-z]-$/.test(before) && /^[a-z]/.test(more) ? before + more : `${before} ${more}`;
}

/**
 * The column a loose line carries on, or null when it carries on none (the table has ended, or a heading
 * sits inside it). A line starting in lower case finishes a sentence left open ("Teenage pregnancy (targeted"
 * / "service)."); a new item goes to a column whose list is still running (its last item ends with ";"),
 * never to one that has ended with a full stop. Where two columns fit, the higher level takes it: an
 * indicator read one level too high is the safer mistake.
 */
function openColumn(t: ColumnTable, text: string): number | null {
  if (!text || text.split(' ').length > 60) return null;
  const ends = t.buf.map((x, k) => (t.levels[k] && x ? squash(x) : ''));
  const unfinished = (x: string) => Boolean(x) && !/[.;:!?)]$/.test(x);
  const listing = (x: string) => /[;,]$/.test(x);
  const fits = /^[a-z(]/.test(text) ? ends.map(unfinished) : ends.map(listing);
  const k = fits.lastIndexOf(true);
  return k >= 0 ? k : null;
}

/** Does this row carry on the header cells above it (a wrapped "Level Two - Preventative / Services - …")? */
function continuesHeader(cells: string[], header: string[]): boolean {
  if (!cells.length || cells.length > header.length) return false;
  if (cells.some((c) => readLevelHeading(c))) return false;
  // A cell under an empty head is a row label ("Health"): the body has begun.
  if (cells.some((c, k) => squash(c) && !squash(header[k] ?? ''))) return false;
  const filled = cells.map((c) => squash(c)).filter(Boolean);
  if (!filled.length) return false;
  // Body text has sentences and lists; a wrapped heading has a few title words.
  return filled.every((c) => c.split(' ').length <= 7 && !/[.;:]$/.test(c) && /^[A-Z(-]/.test(c)) && header.every((h) => !/[.;]$/.test(h));
}

/** A level's name from its page address, spelt as the document spells it ("universal" -> "Universal"). */
function titleFromSlug(slug: string, text: string): string {
  const words = slug.split('-');
  const re = new RegExp(`\\b${words.join('[\\s-]+')}\\b`, 'i');
  const m = re.exec(text);
  return m ? m[0] : words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
}

/** "LEVEL 1 / UNIVERSAL / LEVEL 2 / UNIVERSAL PLUS …" read as a header of levels. */
function flattenedHeader(all: Block[], i: number): { heads: { n: number; name: string | null; written: string }[]; end: number } | null {
  const first = readLevelHeading(all[i]!.text);
  if (!first?.n || first.name || first.inline) return null;
  const stream: string[] = [];
  let end = i;
  for (let j = i; j < Math.min(all.length, i + 12); j++) {
    const t = squash(all[j]!.text);
    const firstPiece = t.split(/\s+\/(?:\s+|$)/)[0]!;
    if (j > i && !readLevelHeading(firstPiece) && !looksLikeLevelName(firstPiece)) break;
    stream.push(t);
    end = j;
  }
  const joined = stream.join('\n');
  if (!/\s\/(?:\s|$)/.test(joined)) return null;
  const heads = joined
    .split(/\s+\/(?:\s+|$)/)
    .map((seg) => seg.trim())
    .filter(Boolean)
    .map((seg) => {
      const lines = seg.split('\n');
      const h = readLevelHeading(lines[0]!);
      const name = lines[1] && looksLikeLevelName(lines[1]) ? lines[1] : (h?.name ?? null);
      return h?.n ? { n: h.n, name, written: lines.slice(0, name && !h.name ? 2 : 1).join('\n') } : null;
    });
  if (heads.length < 2 || heads.some((h) => !h)) return null;
  return { heads: heads as { n: number; name: string | null; written: string }[], end };
}

/** Levels known only from mentions in sentences ("levels 3 or 4", "Level 1/2", "Level 4 Statutory …"). */
function mentionedLevels(text: string): GuidanceLevel[] {
  const found = new Map<number, GuidanceLevel>();
  const add = (n: number, name: string | null, heading: string | null) => {
    if (n < 1 || n > 7) return;
    const l = found.get(n);
    if (!l) found.set(n, { n, sub: null, name, heading, also: [], definition: '', indicators: [], support: '', missing: false });
    else if (!l.name && name) {
      l.name = name;
      l.heading = heading;
    }
  };
  for (const m of text.matchAll(
    /\b[Ll](?:evels?|EVELS?)\s+(\d)((?:\s*(?:\/|,|or|and|&)\s*\d)*)(?:\s+((?:[A-Z][a-z]+)(?:\s+(?:[A-Z][a-z]+|in|of|and|support|intervention)\b){1,5}))?/g,
  )) {
    const nums = [m[1]!, ...(m[2] ?? '').split(/\D+/).filter(Boolean)].map(Number);
    const heading = m[0].trim();
    if (nums.length === 1 && m[3]) add(nums[0]!, squash(m[3]), heading);
    else nums.forEach((n) => add(n, null, heading));
    // What the document says about those levels is the nearest thing it has to a definition.
    const at = m.index ?? 0;
    const start = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('. ', at)) + 1;
    const stop = text.indexOf('\n', at);
    const sentence = squash(text.slice(start, stop < 0 ? undefined : stop));
    for (const n of nums) {
      const l = found.get(n);
      if (l && sentence && !l.definition.includes(sentence)) l.definition = l.definition ? `${l.definition}\n${sentence}` : sentence;
    }
  }
  return [...found.values()].sort((a, b) => a.n - b.n);
}
