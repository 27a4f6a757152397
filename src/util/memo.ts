/**
 * `fn` with a memory of its recent answers, for pure functions of a string that the extractors ask
 * about the same text again and again (every rule reads the same cells and lines). The memory is
 * cleared when it holds `size` answers, so it stays a few thousand strings of the document in hand.
 * Only for answers that callers never change (a boolean, a string, a constant): a shared object
 * would let one caller change what the next is given.
 */
export function remembered<T>(fn: (text: string) => T, size = 4096): (text: string) => T {
  const recent = new Map<string, T>();
  return (text) => {
    if (recent.has(text)) return recent.get(text) as T;
    const answer = fn(text);
    if (recent.size >= size) recent.clear();
    recent.set(text, answer);
    return answer;
  };
}
