import type { Block } from '../ingest/document';
import { squash } from '../util/text';
import { parseEntry } from './attendance';
import type { IsoDate } from './dates';
import type { PersonMention } from './model';
import { isTitleLike, parsePersonName } from './names';

/**
 * People a document names outside attendance lists: members tables (Name | Title | Agency),
 * "Relevant Officer: Diane Booth, Director of Children's Services" rows, and signature blocks
 * (a name line followed by a title line).
 */
export function findPeople(blocks: Block[], date: IsoDate | null): { members: PersonMention[]; others: PersonMention[] } {
  const members: PersonMention[] = [];
  const others: PersonMention[] = [];
  let cols: { name: number; title: number; org: number } | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === 'row' && b.cells) {
      const lower = b.cells.map((c) => c.toLowerCase().trim());
      const nameCol = lower.findIndex((c) => c === 'name' || c === 'member' || c === 'full name');
      if (nameCol >= 0) {
        cols = {
          name: nameCol,
          title: lower.findIndex((c) => /^(?:title|role|position|job title|designation)$/.test(c)),
          org: lower.findIndex((c) => /^(?:agency|organisation|organization|service|representing|employer)$/.test(c)),
        };
        continue;
      }
      if (cols) {
        const name = parsePersonName(b.cells[cols.name] ?? '');
        if (name) {
          members.push({
            name,
            title: cols.title >= 0 ? squash(b.cells[cols.title] ?? '') || null : null,
            organisation: cols.org >= 0 ? squash(b.cells[cols.org] ?? '') || null : null,
            date,
          });
          continue;
        }
      }
      const label = lower[0] ?? '';
      if (/^(?:relevant|responsible|lead|report author|contact) officer:?$/.test(label) && b.cells[1]) {
        const e = parseEntry(b.cells[1]);
        if (e) others.push({ name: e.name, title: e.title, organisation: e.organisation, date });
      }
      continue;
    }
    cols = null;
    const text = squash(b.text);
    const next = blocks[i + 1];
    if (
      b.type === 'paragraph' &&
      text.split(' ', 6).length <= 5 &&
      next &&
      next.type !== 'row' &&
      isTitleLike(next.text) &&
      squash(next.text).split(' ').length <= 8
    ) {
      const name = parsePersonName(text);
      if (name && name.confident) {
        const org =
          blocks[i + 2] && blocks[i + 2]!.type === 'paragraph' && squash(blocks[i + 2]!.text).split(' ').length <= 8 ? squash(blocks[i + 2]!.text) : null;
        others.push({ name, title: squash(next.text), organisation: org && !isTitleLike(org) && /[A-Z]/.test(org[0] ?? '') ? org : null, date });
      }
    }
  }
  return { members, others };
}
