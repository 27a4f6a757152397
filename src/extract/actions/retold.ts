import { findDates } from '../dates';
import type { ExtractedAction, OwnerMention } from '../model';

/*
 * Minutes often write an action in the item ("MK to arrange for police notifications to be sent
 * within 24 hours, by 31 October") and again in their own action log at the end ("18/21 | Arrange
 * for police notifications … | MK | 31/10/2018 | Open"). A member has one thing to do, so the two
 * are one action: the log's row stands (it carries the number, the status and the date the
 * board tracks) and takes from the item what the row left out.
 */

const STOP = new Set(
  'the a an and or of to for with in on at by from be is are was were will would should this that these those their its it as all any into about'.split(' '),
);

/** The words that carry an action's meaning, folded so that "circulate" and "circulated", "leaflet" and "leaflets" meet. */
export function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[’']s\b/g, '')
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2 && !STOP.has(w))
      // "invite" and "inviting" meet too: a final e goes with the endings.
      .map((w) => w.replace(/(?:ing|ed|es|s|e)$/, '')),
  );
}

/** Share of the shorter wording's words that the other has too. */
function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < 3) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

/**
 * "It was agreed that a learning event would be held in the autumn; Sally Nunn to lead the planning":
 * the task's words are in the sentence around it. Counted only when both name the same owners.
 */
function inSentence(told: ExtractedAction, row: ExtractedAction): number {
  if (!told.owners.length || !row.owners.length || told.passage.length > 300) return 0;
  return overlap(contentWords(row.text), contentWords(told.passage));
}

const DATE_WORD =
  /^(?:\d+(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

/**
 * "IF to provide a named analyst contact to JS by 20th October 2023" and the row "Provide a named analyst contact for …
 * | IF | 20/10/2023": the same owners by the same date are told apart only by the task's words, and the date written
 * out in one and in its own cell in the other must not count against them.
 */
function sameOwnersAndDue(told: ExtractedAction, row: ExtractedAction): number {
  if (!told.due || told.due !== row.due || !sameOwners(told.owners, row.owners)) return 0;
  const dateless = (a: ExtractedAction) => new Set([...contentWords(a.text)].filter((w) => !DATE_WORD.test(w)));
  return overlap(dateless(told), dateless(row));
}

const ownerKey = (o: OwnerMention) => (o.person?.name.display ?? o.written).toLowerCase();

/**
 * "Kirsteen" in a log's Who column and "Kirsteen Dalgleish" in the prose: a first name alone is the person of that first
 * name on the other side, where nothing else resolved it.
 */
const sameOwnerKey = (k: string, l: string) => k === l || (!k.includes(' ') && l.split(' ')[0] === k) || (!l.includes(' ') && k.split(' ')[0] === l);

/** "Kirsteen" in the row, "Kirsteen Dalgleish" in the prose that told the same task: the row's owner is that person. */
function namedInFull(o: OwnerMention, told: OwnerMention[]): OwnerMention {
  const key = ownerKey(o);
  if (key.includes(' ')) return o;
  const full = told.filter((t) => t.person && ownerKey(t).includes(' ') && sameOwnerKey(key, ownerKey(t)));
  return full.length === 1 ? { ...o, person: full[0]!.person } : o;
}

/** Owners agree when either side names nobody, or one side's owners are all among the other's. */
function ownersAgree(a: OwnerMention[], b: OwnerMention[]): boolean {
  if (!a.length || !b.length) return true;
  const [x, y] = [a.map(ownerKey), b.map(ownerKey)];
  return x.every((k) => y.some((l) => sameOwnerKey(k, l))) || y.every((k) => x.some((l) => sameOwnerKey(k, l)));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "AB and TR will look at the screening tool together (NSG/16/02)": a sentence that cites a row of the same minutes' log by
 * its number retells that row, whatever words it uses. Only a sentence citing that one row of the log counts.
 */
function citesRow(told: ExtractedAction, row: ExtractedAction, rows: ExtractedAction[]): number {
  if (!row.ref || !/[/.-]/.test(row.ref)) return 0;
  if (told.ref === row.ref) return 1;
  const cites = (text: string, ref: string) => new RegExp(`(?<![\\w/])${escapeRe(ref)}(?![\\w/])`).test(text);
  if (cites(told.text, row.ref)) return 1;
  const cited = rows.filter((r) => r.ref && /[/.-]/.test(r.ref) && cites(told.passage, r.ref));
  return cited.length === 1 && cited[0] === row && told.passage.length <= 400 ? 1 : 0;
}

// "13/06/24 – 6", "13 June 2024 item 6", "Min 6": a matters arising log's reference to the minute (its date) and item.
const CITED_ITEM = /^(.*?)(?:^|[\s–—-]|\bitem\s*|\bmin(?:ute)?\.?\s*)(\d{1,3}(?:\.\d{1,2})?)\s*$/i;

const citedItems = new WeakMap<ExtractedAction, { item: string; date: string | null } | null>();

/** The minute item a log row cites ("13/06/24 – 6" → 6 of 13 June 2024), or null; the date is null when it gives none. */
function citedItem(row: ExtractedAction): { item: string; date: string | null } | null {
  // Asked for each action told in the prose against each row: each row's answer is worked out once.
  if (citedItems.has(row)) return citedItems.get(row)!;
  const m = row.item ? CITED_ITEM.exec(row.item.trim()) : null;
  const dated = m ? findDates(m[1]!).find((d) => d.iso) : undefined;
  const found = m ? { item: m[2]!, date: dated?.iso ?? null } : null;
  citedItems.set(row, found);
  return found;
}

/**
 * "The NCCP … will confirm which staff groups are affected. Action: NCCP" in item 6 of the June minute, and the matters
 * arising row "13/06/24 – 6 | Identify health staff who need the refresher | NCCP": a log that cites the minute's date and
 * item restates the action set there in its own words. Counted only when that row is the one row citing the item for
 * these owners (an item may set several actions).
 */
function citesItem(told: ExtractedAction, row: ExtractedAction, rows: ExtractedAction[]): number {
  if (!told.item || !told.owners.length) return 0;
  const cites = (r: ExtractedAction) => {
    const c = citedItem(r);
    return !!c && c.item === told.item && c.date !== null && c.date === told.meetingDate;
  };
  if (!cites(row)) return 0;
  const citing = rows.filter((r) => cites(r) && ownersAgree(told.owners, r.owners));
  return citing.length === 1 && citing[0] === row ? 1 : 0;
}

/** Whether two wordings tell one task: most of the shorter one's words are in the other. */
export function tellSameTask(a: ExtractedAction, b: ExtractedAction): boolean {
  return overlap(contentWords(a.text), contentWords(b.text)) >= 0.34;
}

// Words any two actions of a board share: alone they do not make two wordings one action.
export const COMMON = new Set(['report', 'updat', 'meet', 'board', 'next', 'group', 'member', 'partnership', 'committee', 'sub', 'back', 'share', 'send']);

/**
 * "Ruby to find a translator." in the item and "Ruby – commission a translator for the leaflets" in the closing list: the
 * only entry of the list (or log) whose owners are exactly the people the prose names, and which shares a word of its
 * task with it, is the action the prose told. Both sides must name people the paper knows: initials or roles nobody
 * holds are too loose to match on.
 */
function soleEntryFor(told: ExtractedAction, entries: ExtractedAction[], words: Map<ExtractedAction, Set<string>>): ExtractedAction | null {
  // A done action told in the prose reports on an earlier one: it retells nothing agreed at this meeting.
  if ((told.form !== 'inline' && told.form !== 'agreed-to') || told.status === 'done') return null;
  if (!told.owners.length || !told.owners.every((o) => o.person)) return null;
  // A row with an update or a status other than open tracks an earlier action, not one agreed in this meeting's prose;
  // two dates that differ are two actions.
  const same = entries.filter(
    (e) =>
      e !== told &&
      e.meetingDate === told.meetingDate &&
      // A task list's entry that @mentions the people keeps its own date: the list, not the notes' talk, records when.
      (mentionsOwners(e, told.owners) || (sameOwners(e.owners, told.owners) && !(e.due && told.due && e.due !== told.due))) &&
      !e.progress &&
      e.status === 'open',
  );
  if (same.length !== 1) return null;
  const names = contentWords(told.owners.map((o) => `${o.written} ${o.person!.name.display}`).join(' '));
  const entry = words.get(same[0]!) ?? contentWords(same[0]!.text);
  const shared = [...(words.get(told) ?? contentWords(told.text))].filter((w) => !names.has(w) && !COMMON.has(w) && entry.has(w));
  return shared.length ? same[0]! : null;
}

/**
 * The words of what is to be done, without the owner's name: "Gráinne Doherty to raise this with the medical director"
 * (the prose naming the Chair's holder) and the row "Write to the medical director | GD" tell one task.
 */
function taskWords(a: ExtractedAction): Set<string> {
  const words = contentWords(a.text);
  if (!a.owners.length) return words;
  const names = contentWords(a.owners.map((o) => `${o.written} ${o.person?.name.display ?? ''}`).join(' '));
  const left = new Set([...words].filter((w) => !names.has(w)));
  return left.size >= 3 ? left : words;
}

/** One action for each that is written in the minutes' prose and again as a row of their own log. */
export function withoutRetoldInLog(actions: ExtractedAction[]): ExtractedAction[] {
  const rows = actions.filter((a) => a.form === 'table');
  if (!rows.length) return actions;
  const words = new Map(actions.map((a) => [a, taskWords(a)]));
  const gone = new Set<ExtractedAction>();
  // Each row takes one retelling at most.
  const loosely = new Set<ExtractedAction>();
  for (const told of actions) {
    if (told.form === 'table' || told.meetingDate === null) continue;
    const row =
      rows
        .filter((r) => !gone.has(r) && r.meetingDate === told.meetingDate && (ownersAgree(told.owners, r.owners) || citesRow(told, r, rows) > 0))
        .map((r) => ({
          r,
          score: Math.max(
            overlap(words.get(told)!, words.get(r)!),
            inSentence(told, r),
            sameOwnersAndDue(told, r),
            citesRow(told, r, rows),
            citesItem(told, r, rows),
          ),
        }))
        .filter((x) => x.score >= 0.6)
        .sort((x, y) => y.score - x.score)[0]?.r ??
      soleEntryFor(
        told,
        rows.filter((r) => !gone.has(r) && !loosely.has(r)),
        words,
      );
    if (!row) continue;
    loosely.add(row);
    // A row the sentence cites by number names its own owners: the sentence's subject may be a group or a pronoun.
    if (!row.owners.length || (row.owners.length < told.owners.length && ownersAgree(told.owners, row.owners))) row.owners = told.owners;
    else row.owners = row.owners.map((o) => namedInFull(o, told.owners));
    if (!row.due && told.due) {
      row.due = told.due;
      row.dueText = told.dueText;
    }
    gone.add(told);
  }
  return gone.size ? actions.filter((a) => !gone.has(a)) : actions;
}

/**
 * "Draft the leaflet @Ann Lee @Raj Patel": a task list kept in Teams names its people by @mentioning them; an entry that
 * mentions exactly the people the prose gave the task to is that task, whether or not its owners were read from it, and
 * its date stands even where the talk named another ("renewal is due in December – Amir to check").
 */
function mentionsOwners(entry: ExtractedAction, owners: OwnerMention[]): boolean {
  if (!owners.length || !owners.every((o) => o.person)) return false;
  const line = entry.passage || entry.text;
  const mentions = line.split('@').length - 1;
  return mentions === owners.length && owners.every((o) => line.includes(`@${o.person!.name.display}`));
}

const sameOwners = (a: OwnerMention[], b: OwnerMention[]) =>
  a.length > 0 && a.length === b.length && a.every((o) => b.some((p) => ownerKey(p) === ownerKey(o)));

/**
 * Minutes that close with a list of their actions ("Summary of actions: 1. HB – send the CDOP report to
 * members – ASAP") tell each action twice: once in the item, once in the list. The same owners with
 * nearly the same words are one action; the list's entry (the later) stands and keeps the item's date
 * if it gave none.
 */
export function withoutRetoldInList(actions: ExtractedAction[]): ExtractedAction[] {
  const gone = new Set<ExtractedAction>();
  const loosely = new Set<ExtractedAction>();
  const words = new Map(actions.map((a) => [a, contentWords(a.text)]));
  for (let i = 0; i < actions.length; i++) {
    const told = actions[i]!;
    // Numbered entries of a tracker are the board's own records: two alike are for a person to judge ("possible duplicate").
    const numbered = (a: ExtractedAction) => a.form === 'table' || a.form === 'tracker' || a.form === 'log-update';
    if (numbered(told) || told.meetingDate === null) continue;
    const listed = actions.slice(i + 1).filter((a) => a.form === 'agreed-list' && !gone.has(a) && !loosely.has(a));
    const later =
      actions.slice(i + 1).find(
        (a) =>
          !gone.has(a) &&
          !numbered(a) &&
          !(a.ref && told.ref && a.ref !== told.ref) &&
          // An earlier action reported done is not the new one set in like words ("circulate the … report").
          !(told.status === 'done' && a.status !== 'done') &&
          a.meetingDate === told.meetingDate &&
          sameOwners(a.owners, told.owners) &&
          overlap(words.get(a)!, words.get(told)!) >= 0.75,
      ) ?? soleEntryFor(told, listed, words);
    if (!later) continue;
    loosely.add(later);
    if (!later.due && told.due) {
      later.due = told.due;
      later.dueText = told.dueText;
    }
    later.ref ??= told.ref;
    gone.add(told);
  }
  return gone.size ? actions.filter((a) => !gone.has(a)) : actions;
}

// "(c/f HX/24/21)", "(carried forward from 24/07)", "(b/f 12)": a row's note that it restates an earlier row.
const CARRIED_NOTE = /\s*\((?:c\/f|b\/f|carried forward|brought forward)(?:\s+from)?\s*:?\s*([A-Za-z0-9][\w/.-]*)\)/i;
const CARRIED_STATE = /^(?:carried forward|c\/f|b\/f|brought forward|rolled forward)\b/i;

/**
 * Minutes whose matters arising carry an action forward ("HX/24/21 | … | GP | Carried forward – see new actions") and
 * write it again among the new actions ("Graham Pelling | … (c/f HX/24/21) | May Executive"): one action, as the new
 * row has it now (its owner, date and status), under the number the board has tracked it by.
 */
export function withoutCarriedForward(actions: ExtractedAction[]): ExtractedAction[] {
  const gone = new Set<ExtractedAction>();
  const words = new Map(actions.map((a) => [a, contentWords(a.text.replace(CARRIED_NOTE, ''))]));
  actions.forEach((now, i) => {
    if (now.form !== 'table') return;
    const note = CARRIED_NOTE.exec(now.text);
    const earlier = actions.slice(0, i).find((was) => {
      if (gone.has(was) || was.meetingDate !== now.meetingDate || was.form !== 'table') return false;
      if (note) return !!was.ref && was.ref.toLowerCase() === note[1]!.toLowerCase();
      // No note: a row the minutes mark carried forward, told again in the same words by the same people.
      return CARRIED_STATE.test(was.progress ?? '') && ownersAgree(was.owners, now.owners) && overlap(words.get(was)!, words.get(now)!) >= 0.75;
    });
    if (!earlier) return;
    if (note) now.text = now.text.replace(CARRIED_NOTE, '').trim();
    now.ref = earlier.ref ?? now.ref;
    if (!now.owners.length) now.owners = earlier.owners;
    if (!now.due && earlier.due) {
      now.due = earlier.due;
      now.dueText = earlier.dueText;
    }
    gone.add(earlier);
  });
  return gone.size ? actions.filter((a) => !gone.has(a)) : actions;
}

// "… will publish it once the check is done (A1).", "… asked for an analysis (action point 1).": the minutes' prose
// pointing at a numbered row of their record.
const POINTER = /\(\s*(?:see\s+)?(?:action\s+(?:points?\s+(?:no\.?\s*)?)?)?([A-Z]{0,2}\d{1,3}(?:[./]\d{1,3})?)\s*\)\s*\.?$/i;

/**
 * An action told in the prose that points at an action the record numbers ("(A2)") is that action, told once in the
 * record's words: the prose's telling is dropped.
 */
export function withoutPointers(actions: ExtractedAction[]): ExtractedAction[] {
  const refs = new Set(actions.map((a) => a.ref?.toUpperCase()).filter((r): r is string => !!r));
  return actions.filter((a) => {
    const to = a.ref ? null : POINTER.exec(a.passage || a.text);
    return !(to && refs.has(to[1]!.toUpperCase()));
  });
}
