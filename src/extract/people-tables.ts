import type { Block } from '../ingest/document';
import { squash } from '../util/text';
import { parseEntry } from './attendance';
import type { IsoDate } from './dates';
import type { AttendanceEntry, PersonMention } from './model';
import { initialsOf, isOrgLike, isTitleLike, parsePersonName } from './names';
import { initialsCode, nameCodeFits, undottedInitials } from './owners';

/**
 * People a document names outside attendance lists: members tables (Name | Title | Agency),
 * "Relevant Officer: Diane Booth, Director of Children's Services" rows, and signature blocks
 * (a name line followed by a title line).
 */
export function findPeople(blocks: Block[], date: IsoDate | null): { members: PersonMention[]; others: PersonMention[] } {
  const members: PersonMention[] = [];
  const others: PersonMention[] = [];
  let cols: { name: number; title: number; org: number } | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === 'row' && b.cells) {
      const lower = b.cells.map((c) => c.toLowerCase().trim());
      const nameCol = lower.findIndex((c) => c === 'name' || c === 'member' || c === 'full name');
      if (nameCol >= 0) {
        cols = {
          name: nameCol,
          title: lower.findIndex((c) => /^(?:title|role|position|job title|designation)$/.test(c)),
          org: lower.findIndex((c) => /^(?:agency|organisation|organization|service|representing|employer)$/.test(c)),
        };
        continue;
      }
      if (cols) {
        const name = parsePersonName(b.cells[cols.name] ?? '');
        if (name) {
          members.push({
            name,
            title: cols.title >= 0 ? squash(b.cells[cols.title] ?? '') || null : null,
            organisation: cols.org >= 0 ? squash(b.cells[cols.org] ?? '') || null : null,
            date,
          });
          continue;
        }
      }
      const label = lower[0] ?? '';
      if (/^(?:relevant|responsible|lead|report author|contact) officer:?$/.test(label) && b.cells[1]) {
        const e = parseEntry(b.cells[1]);
        if (e) others.push({ name: e.name, title: e.title, organisation: e.organisation, date });
      }
      continue;
    }
    cols = null;
    const text = squash(b.text);
    const next = blocks[i + 1];
    if (
      b.type === 'paragraph' &&
      text.split(' ', 6).length <= 5 &&
      next &&
      next.type !== 'row' &&
      isTitleLike(next.text) &&
      squash(next.text).split(' ').length <= 8
    ) {
      const name = parsePersonName(text);
      if (name && name.confident) {
        const org =
          blocks[i + 2] && blocks[i + 2]!.type === 'paragraph' && squash(blocks[i + 2]!.text).split(' ').length <= 8 ? squash(blocks[i + 2]!.text) : null;
        others.push({ name, title: squash(next.text), organisation: org && !isTitleLike(org) && /[A-Z]/.test(org[0] ?? '') ? org : null, date });
      }
    }
  }
  return { members, others };
}

// "Officers: Head of Placements – Simon Clegg; …", "Contacts: Business Manager – …": a plan's closing line of posts and
// holders is a key too (in minutes an "Officers:" line lists who attended, but minutes are not read for a key).
// A bilingual paper writes the label in both languages, its own first ("Arweinwyr / Leads:", "Ceannairí / Leads:"): the
// word before the slash is the same label.
const KEY_LABEL =
  /^(?:[\p{L}'’-]{3,20}\s*\/\s*)?(?:owners?|leads?|(?:lead|responsible)\s+officers|officers|(?:key\s+)?contacts|key(?:\s+to\s+(?:owners|leads|initials|names|officers|people|abbreviations))?|initials(?:\s+used)?|abbreviations(?:\s+used(?:\s+in\s+(?:th(?:is|ese)\s+)?(?:papers?|minutes?|notes?|reports?|documents?|logs?))?)?)\s*[:–-]\s*(.+)$/iu;
// "Head of Service – Early Help: Amrit Gill": a post whose own name has a dash, its holder after the colon.
const ROLE_COLON = /^([^:]{2,80}):\s+(.+)$/;
const KEY_PAIR = /^(.{2,60}?)\s+(?:[–=:]|-)\s+(.+)$|^([A-Z][A-Za-z'’-]{1,5})\s*[=:]\s*(.+)$/;

/**
 * A key that says who the owners of a log are ("Owners: Chair – Prof. Wendy Castell, Independent Chair; DCS – Ian
 * Prothero", "Key: AB = Anne Brown, CD = Carl Dee"): each role or set of initials with its holder, as entries an owner
 * resolves against. A log with no meeting has no attendance list; its key is the only place that says who "DCS" is.
 */
export function ownerKey(blocks: Block[], labelledOnly = false): AttendanceEntry[] {
  const out: AttendanceEntry[] = [];
  let cols: { key: number; name: number; post: number } | null = null;
  for (const [at, b] of blocks.entries()) {
    if (b.type !== 'row') cols = null;
    else {
      const head = keyTableHeader(b.cells ?? []);
      if (head) {
        cols = head;
        continue;
      }
      const row = cols ? keyTableRow(b.cells ?? [], cols) : null;
      if (row) {
        out.push(row);
        continue;
      }
    }
    // "Prepared by the Panel Support Officer, Úna Ní Dhónaill": who writes the report holds that post (a PDF may run the
    // line into a row).
    if (!labelledOnly) for (const t of b.type === 'row' ? (b.cells ?? []) : [b.text]) if (/\bby\s/.test(t)) out.push(...preparedBy(squash(t)));
    // A spreadsheet writes its key in a row of one cell ("Key: G = complete. Business Manager = Carol Stenning.").
    const cells = b.type === 'row' ? (b.cells ?? []).filter((c) => c.trim()) : [];
    const text = b.type === 'row' ? (cells.length === 1 ? cells[0]! : '') : b.text;
    if (!text || text.length > 600) continue;
    const m = KEY_LABEL.exec(keyLines(blocks, at, squash(text))) ?? labelInSentence(squash(text)) ?? (labelledOnly ? null : UNLABELLED_KEY.exec(squash(text)));
    if (!m) {
      if (!labelledOnly) out.push(...postsNamed(squash(text)));
      continue;
    }
    const rest = m[1]!.replace(/\.$/, '');
    // Pairs end at a semicolon or a full stop ("JS – Name, Role; KT – Name, Role. Head of Service: Name."), else at a comma;
    // a full stop may close a bracket ("PCT = NHS Ilkton (Primary Care Trust). Named Nurse: …").
    const pairs = /;|[a-z)]\.\s+[A-Z]/.test(rest)
      ? rest.split(/\s*;\s*|(?<=[a-z]{2}|\))\.\s+(?=[A-Z])/)
      : rest.split(/\s*,\s*(?=[A-Z][A-Za-z'’-]{1,5}\s*[=:–-]\s)/);
    for (const pair of pairs) {
      if (!pair.trim()) continue;
      const colon = ROLE_COLON.exec(pair.trim());
      const p = colon && isTitleLike(colon[1]!.trim()) ? [pair, colon[1]!, colon[2]!] : KEY_PAIR.exec(pair.trim());
      if (!p) continue;
      const left = (p[1] ?? p[3]!).trim();
      const holder = (p[2] ?? p[4]!).trim();
      // "Lead: Head of Service – March 2022" is an action's owner and date, not a key.
      const entry = /\d/.test(holder) ? null : (heldPost(holder) ?? parseEntry(holder));
      if (!entry) continue;
      const initials = initialsCode(left) ?? undottedInitials(left);
      if (!initials && !isTitleLike(left) && !/^(?:chair|[A-Z]{2,6})$/i.test(left)) continue;
      // "CSWO – Chief Social Work Officer (Alasdair Yule)", "HoE – Head of Education (Duncan Jeffrey)": letters that are
      // not the holder's initials stand for the post written after them, which is the holder's title.
      const postLetters = !!entry.title && /^[A-Z][A-Za-z]{1,5}$/.test(left) && !initialsOf(entry.name).includes(left.toUpperCase());
      out.push({
        ...entry,
        title: initials || postLetters ? entry.title : left,
        initials: postLetters ? left : initials,
        role: BODY_CHAIR.test(left) ? 'chair' : 'in-attendance',
        raw: pair,
        date: null,
      });
    }
  }
  return out;
}

// "BM = Partnership Business Manager (Fiona Ashdown); DCS = Director of Children's Services (Graham Lyle)" under a log: a key
// with no label, every part letters, "=", and what they stand for ("C = Complete  G = On track", one letter each, is not).
const UNLABELLED_KEY = /^((?:[A-Z][A-Za-z]{1,5}\s*=\s*[^;=]+)(?:;\s*[A-Z][A-Za-z]{1,5}\s*=\s*[^;=]+)*)$/;

/**
 * "Head of Education (Inclusion) (Duncan Jeffrey)": an abbreviations line gives a post's words, then who holds it in
 * brackets (the post may carry a bracket of its own). Null unless the last bracket is a person and the words before it a post.
 */
function heldPost(holder: string): Pick<AttendanceEntry, 'name' | 'title' | 'organisation' | 'deputy'> | null {
  const m = /^(.{3,80}?)\s*\(([^()]{3,60})\)$/.exec(holder.trim());
  if (!m || !isTitleLike(m[1]!.replace(/\s*\([^()]*\)/g, '').replace(/,.*$/, ''))) return null;
  const name = parsePersonName(m[2]!);
  if (!name || !name.family || !name.given || !(name.confident || name.honorific) || isOrgLike(m[2]!) || isTitleLike(m[2]!)) return null;
  return { name, title: m[1]!.trim(), organisation: null, deputy: null };
}

/**
 * A key typed in a fixed-width font wraps onto the lines under it ("Key to initials: M.R. - Maureen Rigby, …; S.K. - Steve
 * Kendal," / "Workforce Development Manager; P.D. - …"): the lines that go on with it are read with it.
 */
function keyLines(blocks: Block[], at: number, text: string): string {
  if (!KEY_LABEL.test(text)) return text;
  let joined = text;
  for (let j = at + 1; j < blocks.length && j <= at + 4; j++) {
    const next = blocks[j]!;
    if (next.type !== 'paragraph') break;
    const line = squash(next.text);
    if (/[.;]$/.test(joined) && !/^[A-Z][\w.'’]{0,8}\s+[–=-]\s/.test(line)) break;
    joined = `${joined} ${line}`;
  }
  return joined;
}

/** "Board: HSCP = …; Joint = both. Leads: Business Manager – Name; …": the key may follow another note in the same line. */
function labelInSentence(text: string): RegExpExecArray | null {
  const at = /[.;]\s+(?=(?:leads?|owners?|(?:lead|responsible)\s+officers|officers|(?:key\s+)?contacts)\s*:)/i.exec(text);
  return at ? KEY_LABEL.exec(text.slice(at.index + at[0].length)) : null;
}

const PREPARED_BY =
  /\b(?:[Pp]repared|[Cc]ompiled|[Ww]ritten|[Uu]pdated|[Rr]evised|[Mm]aintained|[Kk]ept|[Pp]roduced)(?:\s+(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+\s+\d{4})?\s+by\s+(?:the\s+)?([A-Z][^,.;:()]{2,60}?)(?:,\s+|\s*\()((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)/u;

/**
 * "Prepared by the Panel Support Officer, Úna Ní Dhónaill", "Updated 3 May 2024 by the Clerk (Úna Ní Dhónaill)": the post
 * and its holder.
 */
function preparedBy(text: string): AttendanceEntry[] {
  const m = PREPARED_BY.exec(text);
  if (!m || !isTitleLike(m[1]!.trim())) return [];
  const name = parsePersonName(m[2]!);
  if (!name || !name.family || !name.given || isOrgLike(m[2]!) || isTitleLike(m[2]!)) return [];
  return [{ name, title: m[1]!.trim(), organisation: null, initials: null, role: 'in-attendance', deputy: null, raw: m[0], date: null }];
}

// "CPC Lead Officer: Alison Gemmell.": a post, a colon, the person who holds it, as a sentence of its own.
// The holder's name may carry accents ("Róisín Tolan", "Siân Tomos"): letters are any script's.
const POST_HOLDER = /^(\p{Lu}[^:.;]{2,60}?):\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+)(?:\s*\([^()]{1,60}\))?$/u;

// "The Learning and Development Manager is Bryony Castell.": a post, "is", the person who holds it.
const POST_IS = /^(?:The\s+)?(\p{Lu}[^:.;]{2,60}?)\s+is\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+)(?:\s*\([^()]{1,60}\))?$/u;

// "Chair", "Independent Chair", "Chair of the Board": the chair of the body whose paper it is, whom a log's owner "Chair"
// means. A group's chair ("Chair of the QA Subgroup") is another post.
const BODY_CHAIR =
  /^(?:independent\s+)?(?:chair|chairman|chairperson|convener|convenor)(?:\s+of\s+the\s+(?:board|partnership|committee|panel|executive))?$|^(?:independent\s+)?(?:board|partnership)\s+chair$/i;

/**
 * The sentences of a plan's closing note that each say who holds a post ("CPC Lead Officer: Alison Gemmell. Audit
 * Sub-group chair: Stewart Pirie."), with no "Key" or "Leads" label before them: every sentence that is a post and a
 * name we read as a person is an entry; the others ("Tracker kept by …") say nothing of owners.
 */
function postsNamed(text: string): AttendanceEntry[] {
  if (!text.includes(':') && !text.includes(' is ') && !text.includes('=')) return [];
  const out: AttendanceEntry[] = [];
  for (const sentence of text.split(/(?<=[a-z)])\.\s+(?=[A-Z])|\s*;\s*/)) {
    const plain = sentence.trim().replace(/\.$/, '');
    // "KL = Kezia Lund, Participation Officer.": a sentence that says whose initials they are (only where they are hers).
    const pair = /^([A-Z][A-Za-z]{1,5})\s*=\s*([^,=]{3,60})(?:,\s*([^=]{3,80}))?$/.exec(plain);
    const named = pair ? parsePersonName(pair[2]!) : null;
    if (pair && named?.family && named.given && initialsOf(named).includes(pair[1]!.toUpperCase())) {
      out.push({
        name: named,
        title: pair[3]?.trim() ?? null,
        organisation: null,
        initials: pair[1]!,
        role: 'in-attendance',
        deputy: null,
        raw: sentence,
        date: null,
      });
      continue;
    }
    const members = MEMBERS_LIST.exec(plain);
    if (members) {
      out.push(...membersNamed(members[1]!, sentence));
      continue;
    }
    const m = POST_HOLDER.exec(plain) ?? POST_IS.exec(plain);
    if (!m || !isTitleLike(m[1]!.trim())) continue;
    const name = parsePersonName(m[2]!);
    // After a post and a colon, two words of a name are a person even where the given name is not one we know.
    if (!name || !name.family || !name.given || name.given.length < 2 || isOrgLike(m[2]!) || isTitleLike(m[2]!)) continue;
    const post = m[1]!.trim();
    out.push({
      name,
      title: post,
      organisation: null,
      initials: null,
      role: BODY_CHAIR.test(post) ? 'chair' : 'in-attendance',
      deputy: null,
      raw: sentence,
      date: null,
    });
  }
  return out;
}

// "Members: Helen Tattersall, Mark Rennie and the secondary DSLs": who sits on the group whose tracker this is.
const MEMBERS_LIST = /^(?:(?:group|panel|forum|network|core|other)\s+)?(?:members|membership)\s*:\s*(.+)$/i;

/**
 * The people a tracker's foot lists as the group's members: the short names its Who column writes ("Helen T", "Rob Y")
 * are theirs. Only pieces read as a person's full name count ("the secondary DSLs" is no one).
 */
function membersNamed(list: string, raw: string): AttendanceEntry[] {
  const out: AttendanceEntry[] = [];
  for (const piece of list.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)) {
    const name = parsePersonName(piece);
    if (!name?.family || !name.given || name.given.length < 2 || !(name.confident || name.honorific) || isOrgLike(piece) || isTitleLike(piece)) continue;
    out.push({ name, title: null, organisation: null, initials: null, role: 'in-attendance', deputy: null, raw, date: null });
  }
  return out;
}

// "Initials / role | Name | Post", "Initials | Full name | Job title": a contacts table that says who the log's owners are.
const KEY_COLUMN = /^(?:initials|abbreviations?|codes?|key|roles?|owners?|leads?)(?:\s*(?:\/|&|and|or)\s*(?:initials|roles?|posts?|abbreviations?))?$/;

function keyTableHeader(cells: string[]): { key: number; name: number; post: number } | null {
  const lower = cells.map((c) => squash(c).toLowerCase());
  const name = lower.findIndex((c) => c === 'name' || c === 'full name');
  // "Post | Name" and nothing else: a list of who holds each post the log names as its leads.
  const filled = lower.filter(Boolean);
  const postOnly = filled.length === 2 && name >= 0 ? lower.findIndex((c) => /^(?:post|role|title|job title|position|designation)$/.test(c)) : -1;
  if (postOnly >= 0) return { key: postOnly, name, post: -1 };
  const key = lower.findIndex((c) => KEY_COLUMN.test(c));
  // A members table (Name | Role | Agency) names posts, not a key: a role column is a key only where initials are meant too.
  if (name < 0 || key < 0 || (/^roles?$/.test(lower[key]!) && !lower.some((c) => /\binitials\b/.test(c)))) return null;
  const post = lower.findIndex((c, i) => i !== key && /^(?:post|title|job title|position|designation|role)$/.test(c));
  return { key, name, post };
}

function keyTableRow(cells: string[], cols: { key: number; name: number; post: number }): AttendanceEntry | null {
  const left = squash(cells[cols.key] ?? '');
  const name = parsePersonName(squash(cells[cols.name] ?? ''));
  if (!left || !name || !name.family) return null;
  const post = cols.post >= 0 ? squash(cells[cols.post] ?? '') || null : null;
  const initials = initialsCode(left);
  // A role in the key column ("Data analyst") is a post the holder has, whatever the post column adds; a code that is
  // the name itself shortened ("Ure K" for Kirsten Ure) is no post.
  const coded = !!initials || nameCodeFits(left, name);
  const title = coded ? post : post && !foldIncludes(post, left) ? `${left}, ${post}` : (post ?? left);
  return { name, title, organisation: null, initials, role: 'in-attendance', deputy: null, raw: cells.join(' | '), date: null };
}

const foldIncludes = (text: string, part: string) => text.toLowerCase().includes(part.toLowerCase());

// Most paragraphs name no post after a comma: only those that do are searched for a person before it.
const APPOSITION_HINT =
  /[a-z], (?:[A-Z][\w'’-]*\s+){0,3}(?:Director|Manager|Officer|Head|Lead|Nurse|Doctor|Chair|Adviser|Advisor|Scrutineer|Reviewer|Co-?ordinator|Commissioner|Inspector|Practitioner|Superintendent|Executive|Principal|Consultant|Clerk|Secretary|Headteacher|Member)\b/;
// "…presented by Dr Helen Voss, Independent Scrutineer, and Martin Drake, Assistant Director Safeguarding.": a person
// named in the prose with their post after a comma, the post ending at a comma, a full stop, a bracket or "and".
const APPOSITION =
  /(^|\b(?:by|from|with|and)\s+|[\s(])((?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor|Professor|Prof)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+((?:[A-Z][\w'’&-]*)(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|the|in|&)){0,7})(?=\s*[,.;()]|\s+(?:and|who|presented|introduced|reported|said|explained)\b|$)/g;

/** People the minutes' prose names with their post ("…, presented by Martin Drake, Assistant Director Safeguarding."). */
export function peopleInProse(blocks: Block[], date: IsoDate | null): PersonMention[] {
  const out: PersonMention[] = [];
  for (const b of blocks) {
    if (b.type !== 'paragraph' || b.text.length > 2000 || !APPOSITION_HINT.test(b.text)) continue;
    out.push(...peopleInApposition(squash(b.text), date));
  }
  return out;
}

/** People the prose names with their post in apposition: a name we know, or two name-like words where a person goes. */
function peopleInApposition(text: string, date: IsoDate | null): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of text.matchAll(APPOSITION)) {
    const title = m[3]!;
    if (!isTitleLike(title) || /\b(?:and|&)$/.test(title)) continue;
    const name = parsePersonName(m[2]!);
    // An unfamiliar given name counts where the sentence puts a person there: its start, or after "by", "from", "and".
    const placed = m[1] === '' || /\S/.test(m[1]!);
    const plain = !!name?.given && name.given.length > 1 && !isOrgLike(m[2]!) && !isTitleLike(m[2]!);
    if (name && name.family && (name.confident || name.honorific || (placed && plain))) out.push({ name, title, organisation: null, date });
  }
  return out;
}
