import type { Db } from '../store/db';

/** One level of a threshold / continuum-of-need guide. */
export interface ThresholdLevel {
  number: number;
  name: string;
  definition: string;
  /** Indicators by area ("Health", "Education and learning" …). */
  indicators: { area: string; items: string[] }[];
  support: string;
  document: string;
  /** The board whose guidance it is ("_" for guidance that names none). */
  board: string;
}

const LEVEL = /^(?:level|tier)\s*(\d)\b\s*[-–—:]?\s*(.*)$/i;

/**
 * The levels of need the library's guidance sets out, read back from its passages: each passage
 * of a guidance document carries its heading path ("Level 3 – Targeted Support › Indicators ›
 * Health"), so a level's definition, indicators and route to support can be put back together.
 */
export function thresholdLevels(db: Db): ThresholdLevel[] {
  const rows = db
    .prepare(
      `SELECT p.heading, p.text, p.board, d.name AS document FROM passages p JOIN documents d ON d.id = p.document_id
        WHERE d.kind = 'guidance' ORDER BY d.id, p.seq`,
    )
    .all() as { heading: string; text: string; document: string; board: string }[];
  const levels = new Map<string, ThresholdLevel>();
  for (const r of rows) {
    const path = r.heading.split(' › ');
    const at = path.findIndex((p) => LEVEL.test(p));
    if (at < 0) continue;
    const m = LEVEL.exec(path[at]!)!;
    const key = `${r.document}|${m[1]}`;
    const level = levels.get(key) ?? { number: Number(m[1]), name: m[2]!.trim() || `Level ${m[1]}`, definition: '', indicators: [], support: '', document: r.document, board: r.board };
    levels.set(key, level);
    const rest = path.slice(at + 1).map((p) => p.toLowerCase());
    const text = r.text.trim();
    if (rest.some((p) => /indicator|signs|needs? (?:may )?include|examples/.test(p))) {
      const area = path[path.length - 1] !== path[at + 1] || rest.length === 1 ? path[path.length - 1]! : 'General';
      const items = text.split('\n').map((l) => l.replace(/^•\s*/, '').trim()).filter(Boolean);
      const existing = level.indicators.find((i) => i.area === area);
      if (existing) existing.items.push(...items);
      else level.indicators.push({ area: /indicator/i.test(area) ? 'General' : area, items });
    } else if (rest.some((p) => /support|access|refer|contact|what to do|next steps|response/.test(p))) {
      level.support = level.support ? `${level.support}\n${text}` : text;
    } else {
      level.definition = level.definition ? `${level.definition}\n${text}` : text;
    }
  }
  return [...levels.values()].sort((a, b) => a.number - b.number);
}
