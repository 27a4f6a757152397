/**
 * Small minutes in our own words, for tests that need documents which change over time.
 * The board, people and events are fictional.
 */
export interface MinutesSpec {
  board?: string;
  date: string; // e.g. "Tuesday 3 February 2026"
  present: string[];
  apologies?: string[];
  items: string[];
  next?: string;
}

export function minutes(spec: MinutesSpec): string {
  const lines = [
    (spec.board ?? 'Eastvale Safeguarding Children Partnership').toUpperCase(),
    'Minutes of the Strategic Board meeting',
    `${spec.date}, 10.00`,
    'Committee Room 1, Eastvale Town Hall',
    '',
    'Present:',
    ...spec.present,
    '',
  ];
  if (spec.apologies?.length) lines.push('Apologies:', ...spec.apologies, '');
  spec.items.forEach((item, i) => lines.push(`${i + 1} ${item.split('\n')[0]}`, ...item.split('\n').slice(1), ''));
  if (spec.next) lines.push(`${spec.items.length + 1} DATE OF NEXT MEETING`, spec.next);
  return `${lines.join('\n')}\n`;
}
