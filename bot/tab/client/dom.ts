/** Small DOM helpers: every piece of text goes in as text, never as HTML. */

export type Theme = 'default' | 'dark' | 'contrast';

export function applyTheme(theme: string): Theme {
  const t: Theme = theme === 'dark' || theme === 'contrast' ? theme : 'default';
  document.documentElement.dataset['theme'] = t;
  return t;
}

type Attrs = Record<string, string | boolean | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null | false)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') node.className = String(v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== false) node.append(c);
  return node;
}

/**
 * Card text as the server sends it: data is markdown-escaped (a backslash before * _ [ ] and the
 * like) and only our own **…** marks a matched word. Read back into runs of plain and bold text,
 * so the tab shows exactly what Teams would, and nothing in it is ever a link or HTML.
 */
export function cardTextRuns(text: string): { text: string; bold: boolean }[] {
  const runs: { text: string; bold: boolean }[] = [];
  let bold = false;
  let current = '';
  const flush = () => {
    if (current) runs.push({ text: current, bold });
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length && /[\\`*_[\]~+\-.)]/.test(text[i + 1]!)) {
      current += text[++i];
    } else if (c === '*' && text[i + 1] === '*') {
      flush();
      bold = !bold;
      i++;
    } else current += c;
  }
  flush();
  return runs;
}

/** Card text without its escapes, for a text node. */
export function shown(text: string): string {
  return cardTextRuns(text)
    .map((r) => r.text)
    .join('');
}

/** A search snippet: **word** marks a matched word. Built from text nodes, so nothing is parsed as HTML. */
export function highlighted(text: string): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const r of cardTextRuns(text)) out.append(r.bold ? el('mark', {}, r.text) : r.text);
  return out;
}

export function message(text: string, kind: 'status' | 'error' = 'status'): HTMLElement {
  return el('p', { class: kind, role: kind === 'error' ? 'alert' : 'status' }, text);
}
