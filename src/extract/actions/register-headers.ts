/**
 * A register (of information sharing agreements, policies, contracts, risks) has the columns of an action log — someone
 * named against each row, a date each row is due — but its rows are things the board keeps, not tasks. Its header says
 * so: the person is the owner of the thing ("Information owner", "Policy owner", "Budget holder"), not of an action.
 */

// Owners of an action in the header's own words: these head an action log's owner column.
const TASK_NOUN = /^(?:action|actions|task|tasks|recommendation|activity|deliverable|milestone|step|named|lead|delivery|responsible|accountable|the)$/;

/** "Information owner", "Risk owner", "Budget holder": someone who owns a thing the table lists, not a task. */
export function ownsAThing(key: string): boolean {
  const m = /^([a-z][a-z-]+)\s+(?:owners?|holders?)$/.exec(key);
  return !!m && !TASK_NOUN.test(m[1]!);
}

/** Whether a header row (cells' keys, lower case) is a register's: no action named, and the person named owns a thing. */
export function registerHeader(keys: string[]): boolean {
  return keys.some(ownsAThing);
}
