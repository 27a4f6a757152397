/*
 * restify 11 loads spdy, whose http-deceiver reads process.binding('http_parser') as it loads, and
 * Node prints DEP0111 for it on every start. Nothing of ours can change that call, and the
 * warning says nothing an operator can act on, so exactly that warning is held back (every other
 * warning is printed as usual) and main.ts mentions it once at debug level.
 * Import this module before anything that loads restify.
 */
let held = 0;

const emitWarning = process.emitWarning.bind(process) as (...args: unknown[]) => void;
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const first = rest[0];
  const code = typeof first === 'object' && first !== null ? (first as { code?: string }).code : rest[1];
  const text = typeof warning === 'string' ? warning : warning.message;
  if (code === 'DEP0111' && text.includes("'http_parser'")) {
    held++;
    return;
  }
  emitWarning(warning, ...rest);
}) as typeof process.emitWarning;

/** How many times the known restify deprecation was held back. */
export function heldDeprecations(): number {
  return held;
}
