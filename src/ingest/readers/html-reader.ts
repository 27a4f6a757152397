import type { AnyNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

import { normaliseChars } from '../../util/text';
import { Block, rowBlock } from '../document';
import { linesToBlocks, stripInline } from './line-blocks';

const SKIP = new Set(['script', 'style', 'head', 'noscript', 'template', 'nav', 'button', 'select', 'iframe', 'svg', 'form']);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'blockquote',
  'pre',
  'address',
  'dd',
  'dt',
  'dl',
  'ul',
  'ol',
  'body',
  'html',
  'center',
  'fieldset',
  'figure',
  'figcaption',
  'caption',
]);
const AGENDA_MARKER = /^ai(\d+[a-z]?)$/i;

/**
 * Reads an HTML page, such as a ModernGov minutes page or mammoth's rendering of a Word file.
 * Committee systems wrap each agenda item in `<AIn>` … `</AIn>` elements; they become markers.
 */
export function readHtml(html: string): Block[] {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true });
  const out: Block[] = [];
  let inline: string[] = [];

  const flush = () => {
    if (!inline.length) return;
    // A paragraph may still hold tabs (Word) or line breaks (<br>): reuse the plain-text rules.
    const text = inline.join('');
    inline = [];
    out.push(...linesToBlocks(text.split('\n')));
  };

  const textOf = (node: AnyNode): string => {
    if (node.type === 'text') return normaliseChars((node as unknown as { data: string }).data);
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return '';
    const el = node as Element;
    if (SKIP.has(el.name)) return '';
    if (el.name === 'br') return '\n';
    return el.children.map(textOf).join('') + (BLOCK.has(el.name) || el.name === 'li' || el.name === 'tr' ? '\n' : '');
  };

  // Per table, the cells merged down from a row above: their text and how many rows they still cover.
  const spans = new Map<Element, Array<{ text: string; left: number } | undefined>>();
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      inline.push((node as unknown as { data: string }).data);
      return;
    }
    if (node.type !== 'tag') {
      if (node.type === 'root' || node.type === 'directive') (node as unknown as { children?: AnyNode[] }).children?.forEach(walk);
      return;
    }
    const el = node as Element;
    const name = el.name;
    if (SKIP.has(name)) return;
    const marker = AGENDA_MARKER.exec(name);
    if (marker) {
      flush();
      out.push({ type: 'marker', text: '', marker: { item: marker[1]!, closing: false } });
      el.children.forEach(walk);
      flush();
      out.push({ type: 'marker', text: '', marker: { item: marker[1]!, closing: true } });
      return;
    }
    if (/^h[1-6]$/.test(name)) {
      flush();
      const text = stripInline(textOf(el));
      if (text) out.push({ type: 'heading', text, level: Number(name[1]) });
      return;
    }
    if (name === 'li') {
      flush();
      const text = stripInline(textOf(el));
      if (text) out.push({ type: 'list-item', text });
      return;
    }
    if (name === 'tr') {
      flush();
      const table = enclosingTable(el);
      const down = (table && spans.get(table)) ?? [];
      const cells: string[] = [];
      // A cell merged down (rowspan, Word's vertical merge) is one value for every row it spans: each row gets it, so its
      // columns line up and a lead written once over several actions is each one's lead.
      const fillDown = (): void => {
        for (let d = down[cells.length]; d && d.left > 0; d = down[cells.length]) {
          d.left--;
          cells.push(d.text);
        }
      };
      for (const c of el.children) {
        if (c.type !== 'tag' || (c.name !== 'td' && c.name !== 'th')) continue;
        fillDown();
        const span = Math.min(Number(c.attribs['colspan'] ?? 1) || 1, 20);
        const rows = Math.min(Number(c.attribs['rowspan'] ?? 1) || 1, 200);
        const text = stripInline(textOf(c));
        if (rows > 1) down[cells.length] = { text, left: rows - 1 };
        cells.push(text, ...Array.from({ length: span - 1 }, () => ''));
      }
      fillDown();
      if (table && down.length) spans.set(table, down);
      if (cells.some(Boolean)) {
        // A one-cell row is layout, not data: treat it as a paragraph.
        if (cells.filter(Boolean).length === 1) out.push(...linesToBlocks([cells.find(Boolean)!]));
        else out.push(rowBlock(cells));
      }
      return;
    }
    if (name === 'br') {
      inline.push('\n');
      return;
    }
    if (name === 'table' || name === 'tbody' || name === 'thead' || BLOCK.has(name)) {
      flush();
      el.children.forEach(walk);
      flush();
      return;
    }
    el.children.forEach(walk);
  };

  walk(doc as unknown as AnyNode);
  flush();
  return out;
}

function enclosingTable(el: Element): Element | null {
  for (let p = el.parent; p; p = p.parent) if (p.type === 'tag' && (p as Element).name === 'table') return p as Element;
  return null;
}
