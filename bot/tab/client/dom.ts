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

/** A search snippet: **word** marks a matched word. Built from text nodes, so nothing is parsed as HTML. */
export function highlighted(text: string): DocumentFragment {
  const out = document.createDocumentFragment();
  text.split(/(\*\*[^*]+\*\*)/).forEach((part) => {
    if (/^\*\*[^*]+\*\*$/.test(part)) out.append(el('mark', {}, part.slice(2, -2)));
    else if (part) out.append(part);
  });
  return out;
}

export function message(text: string, kind: 'status' | 'error' = 'status'): HTMLElement {
  return el('p', { class: kind, role: kind === 'error' ? 'alert' : 'status' }, text);
}
