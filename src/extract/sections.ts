import type { Block } from '../ingest/document';
import { isMostlyUpper, squash } from '../util/text';
import type { IsoDate } from './dates';
import type { Section } from './model';

/**
 * Cuts a report, guidance or log into sections by its headings, keeping the path of headings
 * ("Level 3 – Targeted Support › Indicators › Health"). Headings the format marks (markdown #,
 * HTML h1–h6) keep their depth; an upper-case line is a top-level heading; a short title-like
 * line followed by prose is a sub-heading.
 */
export function headingSections(blocks: Block[], meeting: { title: string | null; date: IsoDate | null }): Section[] {
  const out: Section[] = [];
  const path: { level: number; text: string }[] = [];
  let current: Section | null = null;
  const open = () => {
    current = { path: path.map((p) => p.text), meetingTitle: meeting.title, meetingDate: meeting.date, item: null, blocks: [] };
    out.push(current);
  };
  blocks.forEach((b, i) => {
    const level = headingLevel(b, blocks[i + 1]);
    if (level !== null) {
      while (path.length && path[path.length - 1]!.level >= level) path.pop();
      path.push({ level, text: squash(b.text) });
      current = null;
      return;
    }
    if (!current) open();
    current!.blocks.push(b);
  });
  return out.filter((s) => s.blocks.length);
}

function headingLevel(b: Block, next: Block | undefined): number | null {
  if (b.type === 'heading') return b.level ?? (isMostlyUpper(b.text) ? 1 : 2);
  if (b.type !== 'paragraph') return null;
  const text = squash(b.text);
  // Counted only as far as the tests below look (a paragraph can run to thousands of words).
  const words = text.split(' ', 10).length;
  if (words > 9 || /[.:;,?!]$/.test(text) || !/^[A-Z0-9]/.test(text)) return null;
  if (isMostlyUpper(text) && words <= 12) return 1;
  // "Keeping Children Safe in Blackpool" above a paragraph of prose.
  return next && (next.type === 'paragraph' || next.type === 'list-item') && next.text.split(' ', 20).length >= 20 ? 3 : null;
}
