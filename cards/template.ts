/**
 * Adaptive Card templates, compiled once and expanded on every chat turn.
 *
 * The official engine (adaptivecards-templating) re-parses every expression with ANTLR on every
 * expansion, which cost more than the rest of a chat turn together. Our templates use a small part
 * of the templating language, and this compiles exactly that part — anything else is refused
 * when the template loads, not at a member's turn. tests/cards checks the output is identical to
 * the official engine's for every card.
 *
 * Supported: "${path}" (a whole string keeps the value's type), "${…}" inside text, "$data" (an
 * array repeats the element, each item its own scope), "$when", and the expressions
 * `name`, `a.b`, `!name`, `count(name)`, and comparisons of those with a number or a '…' string
 * (==, !=, >, <, >=, <=).
 */

type Scope = unknown;
type Expand = (scope: Scope) => unknown;
/** Marks an element whose $when was false or whose $data was empty: dropped from its array. */
const DROP = Symbol('drop');

export class TemplateError extends Error {}

export function compileTemplate(template: unknown): (data: unknown) => unknown {
  const expand = compileNode(template);
  return (data) => expand(data);
}

function compileNode(node: unknown): Expand {
  if (typeof node === 'string') return compileString(node);
  if (Array.isArray(node)) {
    const items = node.map(compileNode);
    return (scope) => {
      const out: unknown[] = [];
      for (const item of items) {
        const v = item(scope);
        if (v === DROP) continue;
        if (v instanceof Repeated) out.push(...v.items);
        else out.push(v);
      }
      return out;
    };
  }
  if (node && typeof node === 'object') return compileObject(node as Record<string, unknown>);
  return () => node;
}

/** An element with "$data" bound to an array expands to one element per item. */
class Repeated {
  constructor(readonly items: unknown[]) {}
}

function compileObject(obj: Record<string, unknown>): Expand {
  const entries = Object.entries(obj)
    .filter(([k]) => k !== '$data' && k !== '$when')
    .map(([k, v]) => [k, compileNode(v)] as const);
  const when = typeof obj['$when'] === 'string' ? compileCondition(obj['$when']) : null;
  const data = typeof obj['$data'] === 'string' ? compileString(obj['$data']) : null;
  const build = (scope: Scope): unknown => {
    if (when && !when(scope)) return DROP;
    const out: Record<string, unknown> = {};
    for (const [k, expand] of entries) {
      const v = expand(scope);
      if (v !== DROP) out[k] = v;
    }
    return out;
  };
  if (!data) return build;
  return (scope) => {
    const bound = data(scope);
    if (Array.isArray(bound)) {
      const items = bound.map(build).filter((v) => v !== DROP);
      return items.length ? new Repeated(items) : DROP;
    }
    return build(bound);
  };
}

const EXPR = /\$\{([^}]*)\}/g;

function compileString(s: string): Expand {
  const whole = /^\$\{([^}]*)\}$/.exec(s);
  if (whole) {
    const expr = compileExpression(whole[1]!);
    // Like the official engine: a value that is not there leaves the text as written.
    return (scope) => {
      const v = expr(scope);
      return v === undefined ? s : v;
    };
  }
  if (!s.includes('${')) return () => s;
  const parts: (string | Expand)[] = [];
  let last = 0;
  for (const m of s.matchAll(EXPR)) {
    if (m.index! > last) parts.push(s.slice(last, m.index));
    const expr = compileExpression(m[1]!);
    const text = m[0];
    parts.push((scope) => {
      const v = expr(scope);
      return v === undefined || v === null ? text : typeof v === 'object' ? JSON.stringify(v) : String(v);
    });
    last = m.index! + m[0].length;
  }
  if (last < s.length) parts.push(s.slice(last));
  return (scope) => parts.map((p) => (typeof p === 'string' ? p : (p(scope) as string))).join('');
}

function compileCondition(s: string): (scope: Scope) => boolean {
  const whole = /^\$\{([^}]*)\}$/.exec(s);
  if (!whole) throw new TemplateError(`$when must be one expression: ${s}`);
  const expr = compileExpression(whole[1]!);
  return (scope) => truthy(expr(scope));
}

const NAME = '[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*';
const OPERAND = `(count\\(\\s*${NAME}\\s*\\)|${NAME}|'[^']*'|-?\\d+(?:\\.\\d+)?)`;
const COMPARISON = new RegExp(`^${OPERAND}\\s*(==|!=|>=|<=|>|<)\\s*${OPERAND}$`);

function compileExpression(raw: string): Expand {
  const e = raw.trim();
  const not = new RegExp(`^!\\s*(${NAME})$`).exec(e);
  if (not) {
    const operand = compileOperand(not[1]!);
    return (scope) => !truthy(operand(scope));
  }
  const cmp = COMPARISON.exec(e);
  if (cmp) {
    const left = compileOperand(cmp[1]!);
    const right = compileOperand(cmp[3]!);
    const op = cmp[2]!;
    return (scope) => compare(left(scope), op, right(scope));
  }
  if (new RegExp(`^(?:count\\(\\s*${NAME}\\s*\\)|${NAME})$`).test(e)) return compileOperand(e);
  throw new TemplateError(`unsupported template expression \${${raw}}`);
}

function compileOperand(o: string): Expand {
  if (/^'[^']*'$/.test(o)) {
    const literal = o.slice(1, -1);
    return () => literal;
  }
  if (/^-?\d/.test(o)) {
    const n = Number(o);
    return () => n;
  }
  const count = /^count\(\s*(.+?)\s*\)$/.exec(o);
  if (count) {
    const inner = compileOperand(count[1]!);
    return (scope) => {
      const v = inner(scope);
      return Array.isArray(v) || typeof v === 'string' ? v.length : 0;
    };
  }
  const path = o.split('.');
  return (scope) => {
    let v: unknown = scope;
    for (const p of path) {
      if (v === null || typeof v !== 'object') return undefined;
      v = (v as Record<string, unknown>)[p];
    }
    return v;
  };
}

function compare(a: unknown, op: string, b: unknown): boolean {
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '>':
      return (a as number) > (b as number);
    case '<':
      return (a as number) < (b as number);
    case '>=':
      return (a as number) >= (b as number);
    default:
      return (a as number) <= (b as number);
  }
}

/** adaptive-expressions' rule: a boolean is itself; anything else is true unless null or missing. */
function truthy(v: unknown): boolean {
  return typeof v === 'boolean' ? v : v !== undefined && v !== null;
}
