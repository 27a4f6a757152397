import { createHash } from 'node:crypto';

/** Documents that name no board are indexed under this key. */
export const NO_BOARD = '_';

const SMALL = new Set(['and', 'of', 'the', 'for', 'in', 'on', '&', 'a']);

/** "Blackpool Safeguarding Children Board" -> "bscb": the prefix of that board's action ids. */
export function boardSlug(name: string): string {
  const letters = name
    .replace(/['’]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w && !SMALL.has(w.toLowerCase()))
    .map((w) => w[0]!.toLowerCase())
    .join('');
  return letters || 'board';
}

export function shortHash(text: string, length = 6): string {
  return createHash('sha1').update(text).digest('hex').slice(0, length);
}

/** The text an unnumbered action is known by: case, punctuation and spacing do not matter. */
export function actionTextKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Numbered actions keep their number ("bscb-217"); others are named by their wording ("bscb-3f9a1c"). A row of a tracker
 * kept one row per owner adds its owner ("bscb-217-4c1d2e"): each owner's row is its own action under the shared number.
 */
export function actionId(slug: string, ref: string | null, text: string, share?: string): string {
  if (ref && share) return `${slug}-${ref.toLowerCase().replace(/[^a-z0-9.]+/g, '')}-${shortHash(actionTextKey(share))}`;
  if (ref) return `${slug}-${ref.toLowerCase().replace(/[^a-z0-9.]+/g, '')}`;
  return `${slug}-${shortHash(actionTextKey(text))}`;
}

/** Whether `id` is one owner's row of the numbered action `whole` (see actionId): "bscb-217-4c1d2e" of "bscb-217". */
export function isOwnersRowOf(id: string, whole: string): boolean {
  return id.startsWith(`${whole}-`) && /^[0-9a-f]{6}$/.test(id.slice(whole.length + 1));
}
