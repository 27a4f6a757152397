/**
 * Trackers often say a RAG status only by a cell's fill: a green, amber or red box with no words in it, explained by a
 * key ("Green – complete"). Readers that keep only text lose that status, so a filled cell with no text is given the
 * word for its colour, and the table's status reading then treats it as it treats the word.
 *
 * A fill speaks only when it is a clear RAG hue and differs from the fill of some other cell of its row: a banded or
 * highlighted row shades every cell alike, and a header's or section row's shading is decoration, not a rating.
 */
export type RagWord = 'Red' | 'Amber' | 'Green' | 'Blue';

/** The RAG word for a fill given as hex ("92D050", "#FF5050", "FF00B050" with alpha), or null for greys and pale tints. */
export function ragWord(hex: string | null | undefined): RagWord | null {
  const m = /^#?(?:[0-9a-f]{2})?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec((hex ?? '').trim());
  if (!m) return null;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const light = (max + min) / 2;
  const chroma = max - min;
  // Greys, near-white tints and near-black carry no rating.
  if (chroma < 0.25 || light > 0.92 || light < 0.12) return null;
  let hue: number;
  if (max === r) hue = ((g - b) / chroma) % 6;
  else if (max === g) hue = (b - r) / chroma + 2;
  else hue = (r - g) / chroma + 4;
  hue = (hue * 60 + 360) % 360;
  if (hue < 18 || hue >= 330) return 'Red';
  if (hue < 65) return 'Amber';
  if (hue >= 75 && hue < 170) return 'Green';
  if (hue >= 190 && hue < 250) return 'Blue';
  return null;
}

/**
 * For each cell of a row, the word its fill says, or null. `fills` are the cells' fills (null when unfilled) and
 * `empty` whether each cell holds no text; only empty cells are given a word.
 */
export function speakingFills(fills: (string | null)[], empty: boolean[]): (RagWord | null)[] {
  const norm = fills.map((f) => (f ? f.replace(/^#/, '').slice(-6).toUpperCase() : null));
  return norm.map((fill, i) => {
    if (!empty[i] || !fill) return null;
    const word = ragWord(fill);
    if (!word) return null;
    return norm.some((other, j) => j !== i && other !== fill) ? word : null;
  });
}
