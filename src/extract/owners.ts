import { remembered } from '../util/memo';
import { foldForMatch, squash } from '../util/text';
import type { IsoDate } from './dates';
import { areNameVariants, FIRST_NAMES } from './lexicon/first-names';
import { ALL_MEMBER_GROUPS } from './lexicon/words';
import { ROLE_ACRONYMS } from './lexicon/words';
import type { AttendanceEntry, OwnerMention, PersonMention } from './model';
import { initialsOf, isOrgLike, isTitleLike, mayBeInitialsOf, parsePersonName, type PersonName } from './names';

export interface OwnerContext {
  /** The meeting's attendance: initials and first names resolve against it. */
  attendance: AttendanceEntry[];
  date: IsoDate | null;
  /**
   * The words stand where a line writes its owner ("ROBERTSON / FRASER – revise …", "Anne-Marie – visit …"): a word in
   * capitals that is no acronym is a surname, as Scottish minutes write owners, and a word shaped as a given name is a
   * person, even where the attendance does not say whose.
   */
  ownerSlot?: boolean;
}

const GROUPS = new Set(ALL_MEMBER_GROUPS);
/** Acronyms that are agencies rather than a board's own subgroups. */
const ORG_ACRONYMS = new Set([
  'LA',
  'CCG',
  'ICB',
  'NHS',
  'CSC',
  'HMPPS',
  'CRC',
  'DFE',
  'YOT',
  'PRU',
  'CAMHS',
  'NHSE',
  'LCC',
  'BCC',
  'NSPCC',
  'CAFCASS',
  'CQC',
  'OFSTED',
  'OPCC',
  'ICS',
  'PCC',
  'LEA',
]);
const INTERIM = /^(?:interim|acting)\s+/i;
const GROUP_NOUN = /\b(?:sub-?groups?|groups?|panels?|boards?|forums?|networks?|teams?|committees?|partnerships?)$/i;

/**
 * Initials as minutes write them: "JB", and for double-barrelled and O' surnames "JD-S", "MO'H".
 * Returns the letters alone ("JDS", "MOH"), or null when the words are not initials.
 */
/**
 * Initials written with full stops, as some minutes write them: "M.P.", "K.O'B.", "J. S." (the trailing stop may be gone).
 * Returns them undotted ("MP", "KO'B"), or null when the words are not such initials.
 */
export const DOTTED_INITIALS_SOURCE = "(?:[A-Z]\\.\\s?){1,3}(?:O['’])?[A-Z]\\.?";
const DOTTED_INITIALS = new RegExp(`^${DOTTED_INITIALS_SOURCE}$`);

export function undottedInitials(text: string): string | null {
  const t = text.trim();
  return DOTTED_INITIALS.test(t) ? t.replace(/[.\s]/g, '') : null;
}

export function initialsCode(text: string): string | null {
  const t = text.trim();
  if (/^[A-Z]{2,4}$/.test(t)) return t;
  return /^[A-Z]{1,3}[-'’][A-Z]{1,2}$/.test(t) && t.length <= 5 ? t.replace(/[-'’]/g, '') : null;
}

/**
 * Initials that keep a surname's prefix in lower case, as Scottish and Irish minutes write them: "LMcP" (Lorraine McPhee),
 * "JMacD", "McK", "DeS", "O'B". The lower-case runs are the prefixes names have (Mc, Mac, De, Da, Di, Du, La, Le, O'), so
 * "DfE", "CiN" and "PhD" are not initials.
 */
export const MIXED_INITIALS_SOURCE = "[A-Z]{0,3}(?:Mc|Mac|D[aeiu]|L[ae]|O['’])[A-Z]{1,2}";
const MIXED_INITIALS = new RegExp(`^${MIXED_INITIALS_SOURCE}$`);

export function isMixedInitials(text: string): boolean {
  return MIXED_INITIALS.test(text.trim());
}

/** "Lorraine McPhee" as the pieces mixed-case initials abbreviate: Lorraine, Mc, Phee. */
function nameSegments(name: PersonName): { parts: string[]; familyAt: number } {
  const head = [name.given, ...name.middle].filter((p): p is string => !!p);
  const family = (name.family ?? '')
    .replace(/['’]/g, ' ')
    .split(/[\s-]+|(?<=^(?:Mc|Mac|De|Da|Di|Du|La|Le))(?=[A-Z])/)
    .filter(Boolean);
  return { parts: [...head, ...family], familyAt: head.length };
}

/** Whether "LMcP" abbreviates the name: each capital-led piece starts a piece of the name, in order, the last the surname's last. */
function mixedInitialsFit(code: string, name: PersonName): boolean {
  const segs = code
    .replace(/['’]/g, '')
    .split(/(?=[A-Z])/)
    .map((x) => x.toLowerCase());
  const { parts, familyAt } = nameSegments(name);
  if (!parts.length || familyAt >= parts.length) return false;
  const lower = parts.map((p) => p.toLowerCase());
  // From the given name, or from the surname alone ("McK" for Ross McKenzie).
  for (const start of [0, familyAt]) {
    let at = start;
    let ok = true;
    for (let i = 0; i < segs.length && ok; i++) {
      // A middle name may be left out; the surname's own pieces may not.
      while (at < lower.length && !lower[at]!.startsWith(segs[i]!) && at < familyAt && i > 0) at++;
      ok = at < lower.length && lower[at]!.startsWith(segs[i]!);
      at++;
    }
    if (ok && at === lower.length) return true;
  }
  return false;
}

/** The one person these attendance entries name (the same person may be listed twice), or null when they name none or several. */
function soleAttendee(hits: AttendanceEntry[], ctx: OwnerContext): PersonMention | null {
  const unique = new Map(hits.map((h) => [h.name.display, h]));
  if (unique.size !== 1) return null;
  const a = [...unique.values()][0]!;
  return { name: a.name, title: a.title, organisation: a.organisation, date: ctx.date };
}

function byMixedInitials(code: string, ctx: OwnerContext): PersonMention | null {
  const given = ctx.attendance.filter((a) => a.initials && a.initials.replace(/['’]/g, '').toLowerCase() === code.replace(/['’]/g, '').toLowerCase());
  const hits = given.length ? given : ctx.attendance.filter((a) => mixedInitialsFit(code, a.name));
  return soleAttendee(hits, ctx);
}

// Asked of every owner phrase and each of its parts, by several readers: remembered for recent texts.
export const isAllMembersGroup = remembered((text: string): boolean => GROUPS.has(foldForMatch(text).replace(/^the\s+/, '')));

/**
 * Reads who owns an action from the words that name them: "Paul Turner and David Sanders",
 * "Sally Harris, Safeguarding Practitioner, North West Ambulance Service", "All Members",
 * "Chair/ LA/ CCG/ Police", "CSE/ Training subgroups", "JB/PT". Returns null when the words
 * are not an owner at all ("A dedicated meeting", "Review opportunities").
 */
export function parseOwners(phrase: string, ctx: OwnerContext): OwnerMention[] | null {
  const text = surnameFirst(
    squash(phrase)
      .replace(/^(?:the|and)\s+/i, '')
      .replace(/[.:;]+$/, ''),
  );
  if (!text || text.split(' ').length > 24) return null;
  if (isAllMembersGroup(text)) return [{ written: text, kind: 'group', person: null }];
  const shared = sharedTitle(text);
  if (shared) {
    const each = shared.map((p) => parseOwners(p, ctx));
    if (each.every((e) => e?.length)) return each.flatMap((e) => e!);
  }
  // "Democratic Services Officer (to arrange the visit)": a bracket in small letters after the owner says what for.
  const noted = /^(.*\S)\s*\((?:to|for|re|with|who|as)\s[^()]*\)$/.exec(text);
  if (noted) return parseOwners(noted[1]!, ctx);
  // "Assistant Director, Safeguarding; Cabinet Member for Children's Services": semicolons part owners whose names may hold
  // commas; each part is read on its own, and only a list whose every part is an owner is read so.
  if (/;/.test(text)) {
    const each = text
      .split(/\s*;\s*/)
      .filter(Boolean)
      .map((p) => parseOwners(p, ctx));
    if (each.length > 1 && each.every((e) => e?.length)) return each.flatMap((e) => e!);
  }
  // "Ahmed, Zara;Lowe, Peter": a list of people written surname first, a semicolon between them (a SharePoint export).
  if (/;/.test(text) && text.split(/\s*;\s*/).every((p) => SURNAME_FIRST.test(p))) {
    const each = text.split(/\s*;\s*/).map((p) => parseOwners(p, ctx));
    if (each.every((e) => e?.length)) return each.flatMap((e) => e!);
  }
  const owners: OwnerMention[] = [];
  let lastPerson: PersonMention | null = null;
  const slashed = text.includes('/');
  for (let part of splitCommas(text)) {
    if (lastPerson && (isTitleLike(part) || isOrgLike(part)) && !isAllMembersGroup(part)) {
      if (isTitleLike(part) && !lastPerson.title) lastPerson.title = part;
      else lastPerson.organisation = lastPerson.organisation ? `${lastPerson.organisation}, ${part}` : part;
      continue;
    }
    // "Detective Inspector, Public Protection Unit": the unit says where the role sits, it is not a second owner.
    const prev = owners[owners.length - 1];
    // "Head of Service, Children in Care" where the attendance lists that post with that service: the service is the post's.
    const prevOrg = prev?.kind === 'role' && prev.person?.organisation ? foldForMatch(prev.person.organisation) : null;
    if (prevOrg && prevOrg === foldForMatch(part)) {
      prev!.written = `${prev!.written}, ${part}`;
      continue;
    }
    // "Head of Service, Children in Care" where the paper's key or attendance names that post, comma and all: one post.
    if (prev?.kind === 'role' && postNamedWithComma(prev.written, part, ctx)) {
      prev.written = `${prev.written}, ${part}`;
      prev.person = byRole(prev.written, ctx) ?? prev.person;
      continue;
    }
    // Where slashes part the owners ("Assistant Director, Early Help / Head of HR"), a comma is inside an owner: the words
    // after a post's comma say where it sits unless they are someone's name or initials.
    // A post that names no field of its own ("Head of Service", "Service Manager") takes the field written after its comma.
    const sits = slashed || (prev?.kind === 'role' && FIELDLESS_POST.test(prev.written)) ? fieldOfPost : whereThePostSits;
    if (prev && prev.kind === 'role' && !prev.person && sits(part)) {
      prev.written = `${prev.written}, ${part}`;
      prev.person = byRole(prev.written, ctx);
      continue;
    }
    const slash = /^([^/]+?)\s*\/\s*(\S.*)$/.exec(part);
    // "Assistant Director, Early Help / Head of Finance" where the key names the first post, comma and all: one post, then the next.
    if (prev && prev.kind === 'role' && slash && ((!prev.person && sits(slash[1]!)) || postNamedWithComma(prev.written, slash[1]!, ctx))) {
      prev.written = `${prev.written}, ${slash[1]}`;
      prev.person = byRole(prev.written, ctx);
      part = slash[2]!;
    }
    const units = splitJoined(part, ctx);
    const read = units.map((u) => readUnit(u, ctx));
    if (read.some((r) => r === null)) {
      if (owners.length) continue; // a trailing description we do not need
      return null;
    }
    for (const r of read as OwnerMention[]) {
      owners.push(r);
      lastPerson = r.kind === 'person' ? r.person : null;
    }
  }
  return owners.length ? distributeGroupNoun(owners) : null;
}

// A title written once, in the plural, before several surnames or names: "Councillors Wigley and Wynne-Evans", "Cllrs Ede, Fox
// and Gale", "Drs Rao and Kerr".
const PLURAL_TITLE = /^((?:county\s+|borough\s+|city\s+|town\s+|district\s+)?councillor|cllr|dr)s\.?\s+(\S.*)$/i;
const NAME_PIECE = /^\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?(?:\s+\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?){0,2}$/u;

/**
 * "Councillors Wigley and Wynne-Evans" is Councillor Wigley and Councillor Wynne-Evans: the plural title belongs to each
 * name after it. Only a list whose every piece is a name (a surname, or a given name and surname) is read so; null otherwise.
 */
function sharedTitle(text: string): string[] | null {
  const m = PLURAL_TITLE.exec(text);
  if (!m) return null;
  const pieces = m[2]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).map((p) => p.trim());
  if (pieces.length < 2 || !pieces.every((p) => NAME_PIECE.test(p) && !isOrgLike(p) && !isTitleLike(p))) return null;
  const title = m[1]!.replace(/^./, (c) => c.toUpperCase());
  return pieces.map((p) => `${title} ${p}`);
}

// Posts that say what rank someone holds but not in which service: the words after a comma complete them.
const FIELDLESS_POST =
  /^(?:(?:interim|acting)\s+)?(?:head of service|service manager|team manager|group manager|assistant director|deputy director|operations manager|lead officer|principal officer)$/i;

/** Whether someone the paper lists holds the post written as "post, part": the comma is inside the post's name. */
function postNamedWithComma(post: string, part: string, ctx: OwnerContext): boolean {
  const whole = foldForMatch(`${post}, ${part}`);
  return ctx.attendance.some((a) => !!a.title && foldForMatch(a.title.replace(/\s*\([^()]*\)/g, '')) === whole);
}

/** "Safeguarding", "Children in Care": a service or body after a post's comma, not an owner of its own. */
function whereThePostSits(part: string): boolean {
  return isOrgLike(part) && !isTitleLike(part) && !parsePersonName(part) && !isAllMembersGroup(part);
}

/** "Early Help", "Quality Assurance", "Safeguarding": a service or field in capitals, no post, name, initials or group. */
function fieldOfPost(part: string): boolean {
  if (whereThePostSits(part)) return true;
  if (isTitleLike(part) || isAllMembersGroup(part) || parsePersonName(part)?.confident || initialsCode(part) || isMixedInitials(part)) return false;
  if (ROLE_ACRONYMS.has(part.toUpperCase()) || FIRST_NAMES.has(part.split(' ')[0]!.toLowerCase())) return false;
  return /^[A-Z][a-z'’-]+(?:\s+(?:[A-Z][a-z'’-]+|of|and|in|for|&)){0,4}$/.test(part);
}

function splitCommas(text: string): string[] {
  return text
    .split(/\s*,\s*(?![^()]*\))/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * "A/ B", "A & B" always name several owners; "A and B" / "A or B" only when each side is an owner
 * in its own right ("Head of Leisure and Catering" is one title).
 */
function splitJoined(part: string, ctx: OwnerContext): string[] {
  const hard = part
    // "+" joins two owners ("JB+KL"), not an age band in a post ("Head of Service, 16+").
    .split(/\s*\/\s*|\s*\+\s*(?=[A-Za-z])/)
    .map((p) => p.trim())
    .filter(Boolean)
    .flatMap((p) => splitAmpersand(p, ctx));
  return hard.flatMap((piece) => {
    // "GS with MD", "Mr Devlin with Mrs Ó Murchú": two people, one leading, share the task, so both own it; a post or
    // an agency "with" another is read as written ("Head of Service with responsibility for QA", "Head of Service with
    // Police" may be one lead consulting another).
    const withs = / with /i.test(piece) ? piece.split(/\s+with\s+/i).map((p) => p.trim()) : [];
    const person = (p: string) => !!parsePersonName(p) || (ownsAlone(p, true, ctx) && !isTitleLike(p) && !agencyAlone(p));
    if (withs.length > 1 && withs.every((p) => p && person(p))) return withs;
    const soft = piece
      .split(/\s+(?:and|or)\s+/i)
      .map((p) => p.trim())
      .filter(Boolean);
    // "Head of Safeguarding and Quality Assurance" is one title: beside a title, only a name we know is a person.
    const titled = soft.some((p) => isTitleLike(p));
    // "Police and CCG", "Social Work and NHS Eskmuir": two agencies, each an owner.
    // "Named Nurse (Acute) and Named Nurse (Community)": two posts, each held by someone the paper names or closed by the
    // bracket that says which of the post's kind it is.
    const separate =
      soft.length > 1 &&
      (soft.every((p) => ownsAlone(p, titled, ctx) || (isTitleLike(p) && !isTitleLike(piece.replace(p, '')))) ||
        soft.every(agencyAlone) ||
        soft.every((p) => isTitleLike(p.replace(/\s*\([^()]*\)$/, '')) && (!!byRole(p, ctx) || /\)$/.test(p))));
    return separate ? soft : [piece];
  });
}

// "AWe", "MWa", "JWh": the given names' initials, then the surname's first two or three letters, as minutes tell apart two
// people whose initials are the same. "LAs", "GPs" are acronyms in the plural.
const SURNAME_START_CODE = /^([A-Z]{1,2})([A-Z][a-z]{1,2})$/;
const isSurnameStartCode = (u: string) => SURNAME_START_CODE.test(u) && !/s$/.test(u);

/** Initials the paper gives someone ("Alan Weir (AWe)"), or else the one attendee whose name they spell. */
function bySurnameStart(code: string, ctx: OwnerContext): PersonMention | null {
  const m = isSurnameStartCode(code) ? SURNAME_START_CODE.exec(code) : null;
  if (!m) return null;
  const given = ctx.attendance.filter((a) => a.initials === code);
  if (given.length) return soleAttendee(given, ctx);
  const [letters, start] = [m[1]!, m[2]!.toLowerCase()];
  const hits = ctx.attendance.filter((a) => {
    if (!a.name.given || !a.name.family || !foldForMatch(a.name.family).startsWith(start)) return false;
    const all = [a.name.given, ...a.name.middle].map((g) => g[0]!.toUpperCase()).join('');
    return all === letters || a.name.given[0]!.toUpperCase() === letters;
  });
  return soleAttendee(hits, ctx);
}

/** Initials, a name, a first name someone at the meeting has, or everyone: an owner on its own. */
function ownsAlone(p: string, titled: boolean, ctx: OwnerContext): boolean {
  return (
    !!(parsePersonName(p) && (!titled || parsePersonName(p)!.confident)) ||
    /^[A-Z]{2,6}$/.test(p) ||
    !!initialsCode(p) ||
    !!undottedInitials(p) ||
    isMixedInitials(p) ||
    isSurnameStartCode(p) ||
    isAllMembersGroup(p) ||
    (/^[A-Z][a-z]+$/.test(p) && (FIRST_NAMES.has(p.toLowerCase()) || !!byFirstName(p, ctx)))
  );
}

const AGENCY_WORD =
  /^(?:police|health|education|schools?|probation|social care|children's social care|social work|social services|children's services|early help|housing|youth justice)$/i;

/** An agency named on its own: "Police", "CCG", "Social Work", "NHS Eskmuir" (an agency's acronym and its area). */
function agencyAlone(p: string): boolean {
  const first = p.split(/\s+/)[0]!.toUpperCase();
  return AGENCY_WORD.test(p) || ORG_ACRONYMS.has(p.toUpperCase()) || (ORG_ACRONYMS.has(first) && p.split(/\s+/).length <= 3 && /^[A-Z]/.test(p));
}

/**
 * "JB & PT", "Chair & Vice Chair", "Police & Health" are two owners; "Data & Performance Officer" and "Learning &
 * Development Lead" are one role: the ampersand divides only where each side is an owner, a title or an agency on its own.
 */
function splitAmpersand(piece: string, ctx: OwnerContext): string[] {
  if (!piece.includes('&')) return [piece];
  const parts = piece
    .split(/\s*&\s*/)
    .map((p) => p.trim())
    .filter(Boolean)
    .reduce<string[]>((acc, p) => {
      const last = acc[acc.length - 1];
      if (last !== undefined && continuesField(last, p, ctx)) acc[acc.length - 1] = `${last} & ${p}`;
      else acc.push(p);
      return acc;
    }, []);
  const alone = (p: string) => isTitleLike(p) || ownsAlone(p, false, ctx) || isOrgLike(p) || AGENCY_WORD.test(p) || ORG_ACRONYMS.has(p.toUpperCase());
  return parts.length > 1 && parts.every(alone) ? parts : [piece];
}

// Fields boards write as acronyms after a post ("Head of Safeguarding & QA"): never anyone's initials there.
const FIELD_ACRONYMS = new Set(['QA', 'QI', 'HR', 'IT', 'ICT', 'SEN', 'SEND', 'PR']);

/**
 * Whether the words after "&" go on with the field of the post before it ("Head of Safeguarding & QA", "Lead for Practice
 * Standards & Quality Assurance", "Head of Commissioning & Partnerships") rather than name a second owner: the post says
 * what it is "of" or "for", and the words after the "&" are no owner on their own (no post, name, agency, or initials
 * that are not a field's).
 */
function continuesField(left: string, right: string, ctx: OwnerContext): boolean {
  if (!/\b(?:of|for)\s+\S/.test(left) || !isTitleLike(left) || isTitleLike(right) || isAllMembersGroup(right)) return false;
  if (AGENCY_WORD.test(right) || ORG_ACRONYMS.has(right.toUpperCase()) || parsePersonName(right)?.confident) return false;
  if (/^[A-Z]{2,6}$/.test(right)) return FIELD_ACRONYMS.has(right) && !byInitials(right, ctx);
  if (initialsCode(right) || isMixedInitials(right) || isOrgLike(right)) return false;
  if (/^[A-Z][a-z]+$/.test(right) && (FIRST_NAMES.has(right.toLowerCase()) || !!byFirstName(right, ctx))) return false;
  return /^[A-Z]/.test(right) && right.split(' ').length <= 4;
}

function readUnit(unit: string, ctx: OwnerContext): OwnerMention | null {
  const u = unit.replace(/^the\s+/i, '').trim();
  if (!u) return null;
  const mailed = byMailAddress(u, ctx);
  if (mailed) return mailed;
  const dashed = personAfterDash(u, ctx);
  if (dashed) return dashed;
  if (isAllMembersGroup(u)) return { written: u, kind: 'group', person: null };
  // "M.P.", "K.O'B.": initials with stops are the same initials; written keeps its stops (the paper's own spelling).
  const plain = undottedInitials(u);
  if (plain) {
    const written = /\.$/.test(u) ? u : `${u}.`;
    return { written, kind: 'initials', person: isMixedInitials(plain) ? byMixedInitials(plain, ctx) : byInitials(plain, ctx) };
  }
  // "DCI LW", "DS CMcK": a rank before initials is the officer those initials stand for, where the attendance has them
  // ("DI MASH", "DCI PPU" are a unit's post, read below).
  const ranked = RANK_LEAD.exec(u);
  const rankedCode = ranked ? (ranked[1] ?? ranked[2])!.trim() : '';
  const officer = rankedCode && (initialsCode(rankedCode) === rankedCode || isMixedInitials(rankedCode)) ? byInitials(rankedCode, ctx) : null;
  if (officer) return { written: u, kind: 'initials', person: officer };
  // "Named GP (Dr S. Okafor)": a post with its holder in brackets is that person, holding that post.
  const holder = /^(\S.*?)\s*\(([^()]{3,60})\)$/.exec(u);
  const held = holder && isTitleLike(holder[1]!) && !isOrgLike(holder[2]!) && !isTitleLike(holder[2]!) ? parsePersonName(holder[2]!) : null;
  if (held?.family && (held.confident || held.honorific || /^[A-Z]\.?\s/.test(holder![2]!))) {
    const known = byShortName(held, ctx);
    return {
      written: u,
      kind: 'role',
      person: known ? { ...known, title: holder![1]! } : { name: held, title: holder![1]!, organisation: null, date: ctx.date },
    };
  }
  // "CMcK (PSNI)", "JB (Health)": initials or a name with the agency in brackets are that person, from that agency.
  const withAgency = /^(\S.*?)\s*\(([^()]{2,40})\)$/.exec(u);
  if (withAgency && (isOrgLike(withAgency[2]!) || agencyAlone(withAgency[2]!))) {
    const inner = readUnit(withAgency[1]!, ctx);
    if (inner && (inner.kind === 'initials' || inner.kind === 'person') && inner.person) {
      return { written: u, kind: inner.kind, person: { ...inner.person, organisation: inner.person.organisation ?? withAgency[2]! } };
    }
  }
  if (ROLE_ACRONYMS.has(u.toUpperCase())) return { written: u, kind: 'role', person: byRole(u, ctx) };
  // "ROBERTSON", "McINNES": a surname in capitals (minutes that list people surname first write owners so) is the one
  // attendee of that surname, unless the letters are someone's initials.
  const capital = CAPITAL_SURNAME.test(u) && !(/^[A-Z]{2,4}$/.test(u) && byInitials(u, ctx)) ? bySurname(u, ctx) : null;
  if (capital) return { written: u, kind: 'person', person: capital };
  if (ctx.ownerSlot && unknownCapitalSurname(u)) {
    const name = parsePersonName(titleCased(u), { allowSingle: true });
    if (name) return { written: u, kind: 'person', person: { name, title: null, organisation: null, date: ctx.date } };
  }
  if (isMixedInitials(u)) return { written: u, kind: 'initials', person: byMixedInitials(u, ctx) };
  // "Sunita Mistry (SMi)": initials the paper gives someone, a lower-case letter telling two people apart, are theirs.
  const given =
    /^[A-Z][A-Za-z]{1,4}$/.test(u) && /[a-z]/.test(u)
      ? soleAttendee(
          ctx.attendance.filter((a) => a.initials === u),
          ctx,
        )
      : null;
  if (given) return { written: u, kind: 'initials', person: given };
  // "AWe", "JWh" where the paper gives nobody those letters: the initial and the surname's first letters are the person's.
  const lettered = bySurnameStart(u, ctx);
  if (lettered) return { written: u, kind: 'initials', person: lettered };
  // "JWh", "AWe" where a line writes its owner: initials with a letter that tells two people apart, even where the
  // attendance that explains them was not read. ("GPs", "LAs" are acronyms in the plural, not initials.)
  if (ctx.ownerSlot && isSurnameStartCode(u)) return { written: u, kind: 'initials', person: null };
  const code = initialsCode(u);
  if (code) {
    const person = byInitials(code, ctx);
    // "DCS" in a key's initials slot ("CSWO – Chief Social Work Officer (Alasdair Yule)") is a post, not the holder's initials.
    if (person) return { written: u, kind: code === u && !initialsOf(person.name).includes(code) ? 'role' : 'initials', person };
    // "CSWO", "NCCP": letters that are nobody's initials but the post someone the paper lists holds, as the list writes it
    // ("Alasdair Yule, CSWO") or as its words spell it ("Chief Social Work Officer"). An agency's letters are no post.
    const holder = code === u && !ORG_ACRONYMS.has(u) ? byRole(u, ctx) : null;
    if (holder && (u.length > 2 || postLettersWritten(u, holder, ctx))) return { written: u, kind: 'role', person: holder };
    // "JD-S" is nobody else's way of writing: initials even where no attendance explains them.
    if (code !== u) return { written: u, kind: 'initials', person: null };
  }
  if (AGENCY_WORD.test(u)) return { written: u, kind: 'organisation', person: null };
  if (isRankedPost(u)) return { written: u, kind: 'role', person: byRole(u, ctx) };
  const fitted = byInitialAndSurname(u, ctx);
  if (fitted) return { written: u, kind: 'person', person: fitted };
  const name = parsePersonName(u);
  if (name) return { written: u, kind: 'person', person: byShortName(name, ctx) ?? { name, title: null, organisation: null, date: ctx.date } };
  // A first name the lexicon lacks is still a name when exactly one attendee is called it.
  const attendee = GIVEN_NAME.test(u) ? byFirstName(u, ctx) : null;
  if (attendee) return { written: u, kind: 'person', person: attendee };
  // "Róisín", "Anne-Marie" where a line writes its owner: a given name the lexicon lacks, nobody at the meeting has.
  if (ctx.ownerSlot && GIVEN_NAME.test(u) && !/^[A-Z][a-z]+$/.test(u)) {
    const name = parsePersonName(u, { allowSingle: true });
    if (name) return { written: u, kind: 'person', person: { name, title: null, organisation: null, date: ctx.date } };
  }
  if (/^[A-Z][a-z]+$/.test(u) && FIRST_NAMES.has(u.toLowerCase())) {
    const person = byFirstName(u, ctx);
    return {
      written: u,
      kind: 'person',
      person: person ?? { name: parsePersonName(u, { allowSingle: true })!, title: null, organisation: null, date: ctx.date },
    };
  }
  if (/^[A-Z]{2,4}$/.test(u) && ctx.attendance.length && !isOrgLike(u)) {
    return { written: u, kind: 'initials', person: null };
  }
  // "AWi" fitting two attendees (or none) is still someone's initials, left for the clerk to say whose.
  if (isSurnameStartCode(u) && ctx.attendance.length) return { written: u, kind: 'initials', person: null };
  if (isTitleLike(u)) return { written: u, kind: 'role', person: byRole(u, ctx) };
  if (ORG_ACRONYMS.has(u.toUpperCase())) return { written: u, kind: 'organisation', person: null };
  // A group or an agency named as owner is a short name, not a clause ("the Board has asked the subgroup", "home visits
  // had been …").
  const words = u.split(/\s+/);
  const clause = words.some((w) => /^(?:was|were|had|has|have|been|is|are|would|will|could|should)$/i.test(w));
  if (!clause && (GROUP_NOUN.test(u) || /^[A-Z]{2,8}(?:\s+\w+)?$/.test(u))) return { written: u, kind: 'group', person: null };
  if (
    (isOrgLike(u) && words.length <= 6 && !clause) ||
    /^(?:police|health|education|schools?|probation|social care|children's social care|early help)$/i.test(u)
  ) {
    return { written: u, kind: 'organisation', person: null };
  }
  return null;
}

// Police ranks as owners write them, before a name ("DI Carys Bowen") or before the unit the post leads ("DCI Public Protection").
const RANK_LEAD =
  /^(?:det(?:ective)?\.?\s+)?(?:ch(?:ief)?\.?\s+)?(?:supt|superintendent|insp|inspector|sgt|sergeant)\.?\s+(.+)$|^(?:dcs|dsu|dsi|dci|di|ds|dc)\.?\s+(.+)$/i;
const UNIT_WORD =
  /\b(?:protection|investigations?|units?|teams?|safeguarding|vulnerab\w*|abuse|exploitation|missing|command|division|hub|mash|cid|crime|domestic|sexual|offences|operations|partnerships?)\b/i;

/**
 * "DCI Public Protection", "DI Vulnerability Unit": a rank before the unit it leads is a post, which the paper may say who
 * holds; a rank before a name ("DCI Mark Ellory") is that person. The words after the rank are a unit's when they open with
 * no given name we know and name what the unit does.
 */
function isRankedPost(unit: string): boolean {
  const m = RANK_LEAD.exec(unit);
  const rest = m ? (m[1] ?? m[2])!.trim() : '';
  if (!rest || FIRST_NAMES.has(rest.split(' ')[0]!.toLowerCase())) return false;
  return UNIT_WORD.test(rest) || isOrgLike(rest);
}

// A surname as logs write it beside an initial: "Whyte", "O'Neill", "Morgan-Hughes", "De Souza".
const CODE_SURNAME = "(?:(?:Nic|Ní|Mhic|Uí|Van|Von|De|Le|La|Du|Da|Di|St)\\s+)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?";
const INITIAL_FIRST = new RegExp(`^([A-Z])\\.?\\s+(${CODE_SURNAME})$`, 'u');
// "Ure K", "Yule A.", "Morgan-Hughes JD": the surname, then the initials of the given names (an HR system's or a log's code).
const SURNAME_FIRST_CODE = new RegExp(`^(${CODE_SURNAME})\\s+((?:[A-Z]\\.?\\s?){1,2})$`, 'u');

/**
 * Whether "Ure K", "K Ure" or "K. Ure" is how a log writes this person: the surname, and the initial(s) of the given
 * name(s) in order, before or after it.
 */
export function nameCodeFits(code: string, name: PersonName): boolean {
  const t = code.trim();
  const m = INITIAL_FIRST.exec(t);
  const r = m ? null : SURNAME_FIRST_CODE.exec(t);
  const family = m?.[2] ?? r?.[1];
  const letters = m ? m[1]! : r ? r[2]!.replace(/[.\s]/g, '') : '';
  if (!family || !name.family || !name.given || name.family.toLowerCase() !== family.toLowerCase()) return false;
  const givens = [name.given, ...name.middle].map((g) => g[0]!.toUpperCase()).join('');
  return givens.startsWith(letters);
}

/**
 * "L Whyte", "C. Lyall", "Whyte L": a log's owner column writes an attendee as a first initial and surname, either way
 * round. It is the one attendee with that surname whose given name starts with that letter; none, or two, leave it unread
 * here. "Grant D" may also be a given name and a surname's initial (Grant Dale): both readings count, and two people
 * fitting them leave it unread.
 */
function byInitialAndSurname(unit: string, ctx: OwnerContext): PersonMention | null {
  if (!INITIAL_FIRST.test(unit) && !SURNAME_FIRST_CODE.test(unit)) return null;
  const hits = ctx.attendance.filter((a) => nameCodeFits(unit, a.name));
  if (!hits.length) return null;
  const other = SURNAME_FIRST_CODE.test(unit) ? parsePersonName(unit) : null;
  const alsoGiven = other
    ? ctx.attendance.filter((a) => !hits.includes(a) && !!other.given && a.name.given === other.given && a.name.family?.startsWith(other.family ?? ''))
    : [];
  return soleAttendee([...hits, ...alsoGiven], ctx);
}

/**
 * Whether the paper writes the letters beside the holder ("Kirsten Ure, LO", "Business Manager (BM)"). Two letters that
 * only spell a post's words ("SM", a Service Manager) are as likely the initials of someone the list leaves out.
 */
function postLettersWritten(code: string, holder: PersonMention, ctx: OwnerContext): boolean {
  const word = new RegExp(`(?:^|[^A-Za-z])${code}(?:[^A-Za-z]|$)`);
  return ctx.attendance.some((a) => a.name.display === holder.name.display && word.test(`${a.title ?? ''} ${a.organisation ?? ''} ${a.raw}`));
}

/** Initials resolve only against the meeting's own attendance list, and only when one person fits. */
export function byInitials(code: string, ctx: OwnerContext): PersonMention | null {
  if (isMixedInitials(code)) return byMixedInitials(code, ctx);
  // Initials the document itself gives ("Name | Initials", "Jane Roe (JR)") decide; otherwise the names do.
  const given = ctx.attendance.filter((a) => a.initials && a.initials.toUpperCase() === code.toUpperCase());
  // Letters in brackets that cannot be the person's own ("Mark Hall (PSNI)") leave their name's initials theirs ("MH").
  const hits = given.length
    ? given
    : ctx.attendance.filter((a) => (!a.initials || !mayBeInitialsOf(a.initials, a.name)) && initialsOf(a.name).includes(code.toUpperCase()));
  return soleAttendee(hits, ctx);
}

/**
 * A role resolves to its holder where the papers say who that is: "Chair" to the person in the
 * chair, "Head of Service MASH" or "DCS" to the one attendee with that title (or a title with
 * those initials). Two holders, or none, leave the role as written.
 */
export function byRole(role: string, ctx: OwnerContext): PersonMention | null {
  // "Interim DCS" is the Director of Children's Services for now: an interim or acting post is the post.
  // "Named Nurse (Ilkton Hospitals)": the employer in brackets after a post says where it sits, not which post it is.
  const bare = role
    .trim()
    .replace(INTERIM, '')
    .replace(/\s*\([^()]{2,60}\)$/, '');
  const r = foldForMatch(bare).replace(/^the\s+/, '');
  let hits: AttendanceEntry[];
  // A Scottish committee's chair is its Convener ("Councillor X (Convener)").
  if (/^(?:chair|chairman|chairperson|chairwoman|convener|convenor)$/.test(r)) hits = ctx.attendance.filter((a) => a.role === 'chair');
  else {
    const acronym = /^[A-Z]{2,6}$/.test(bare) ? bare : null;
    // Who holds the post as written outranks who holds a post that only ends or starts with it ("Designated Nurse" is the
    // Designated Nurse, not the "PA to the Designated Nurse").
    // "Named Nurse (Acute)" beside a "Named Nurse (Community)": the bracket that says which of the post's kind, written
    // the same in the list, tells the two apart.
    const whole = foldForMatch(role.trim().replace(INTERIM, '')).replace(/^the\s+/, '');
    const exactly = (a: AttendanceEntry, want: string, unbracket: boolean) =>
      !!a.title &&
      a.title
        .split(/\s*[,;]\s*(?![^()]*\))/)
        .some((post) => foldForMatch(unbracket ? post.replace(INTERIM, '').replace(/\s*\([^()]*\)/g, '') : post.replace(INTERIM, '')) === want);
    const bracketed = acronym || whole === r ? [] : ctx.attendance.filter((a) => exactly(a, whole, false));
    const exact = acronym ? [] : bracketed.length ? bracketed : ctx.attendance.filter((a) => exactly(a, r, true));
    hits = exact.length
      ? exact
      : ctx.attendance.filter((a) => {
          // "Darren Holt (DCS)": a role's letters in the brackets where initials go name the role, not the person's initials.
          if (acronym && a.initials?.toUpperCase() === acronym && !initialsOf(a.name).includes(acronym)) return true;
          if (!a.title) return false;
          // "Member, Interim Director of Children's Services": a table's capacity column may stand before the post.
          const posts = [a.title, ...(a.title.includes(',') ? a.title.split(/\s*,\s*(?![^()]*\))/) : [])].map((p) => p.replace(INTERIM, ''));
          return posts.some((post) => {
            // "Board Manager (NF)": the initials in brackets are not part of the title.
            const t = foldForMatch(post.replace(/\s*\([^()]*\)/g, ''));
            if (t === r) return true;
            // "QA sub-group chair" is the "Chair, Quality Assurance Sub-group": one group's chair, however each writes it.
            if (!acronym && sameGroupChair(bare, post.replace(/\s*\([^()]*\)/g, ''))) return true;
            // "Clerk" is the "Committee Clerk", "Business Manager" the "LSCB Business Manager": the role as the title's last words.
            if (!acronym && r.length >= 5 && t.endsWith(` ${r}`)) return true;
            // "Assistant Director" is the "Assistant Director Safeguarding" (a post before its field, see rankOfTitle): a role of two
            // words or more as the title's first words.
            if (!acronym && r.includes(' ') && t.startsWith(`${r} `)) return true;
            const letters = post
              .split(/[\s/&,-]+/)
              .filter((w) => /^[A-Z]/.test(w))
              .map((w) => w[0])
              .join('');
            return !!acronym && letters === acronym;
          });
        });
  }
  // Nobody holds the post as written: the body's letters may name the field the post's holder has after it.
  const body = hits.length ? null : bodyPost(bare);
  if (body) hits = ctx.attendance.filter((a) => holdsBodyPost(body, a));
  return soleAttendee(hits, ctx);
}

/** "CPC Lead Officer": a body's letters, then a post. */
function bodyPost(role: string): { letters: string; post: string } | null {
  const m = /^([A-Z]{2,6})\s+([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|&)){0,5})$/.exec(role);
  return m ? { letters: m[1]!, post: foldForMatch(m[2]!) } : null;
}

/**
 * "CPC Lead Officer" is the "Lead Officer, Child Protection" (or "Lead Officer (Child Protection)"): the post, with the
 * field the body's letters begin with written after it. Of two lead officers, the one for adult protection is not.
 */
function holdsBodyPost(role: { letters: string; post: string }, a: AttendanceEntry): boolean {
  const written = [a.title, a.organisation].filter(Boolean).join(', ');
  const m = /^([^,()]{3,60}?)\s*(?:,\s*|\()([^,()]{3,60})\)?(?:,|$)/.exec(written);
  if (!m || foldForMatch(m[1]!) !== role.post) return false;
  const field = m[2]!
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  return field.length >= 2 && role.letters.startsWith(field);
}

const CHAIR_OF = /^(?:the\s+)?(?:chair|chairman|chairperson|chairwoman)(?:\s*,\s*|\s+of\s+)(?:the\s+)?(.{2,60})$/i;
const GROUP_CHAIR = /^(?:the\s+)?(.{2,60}?)\s+(?:chair|chairman|chairperson|chairwoman)$/i;

function chairedGroup(text: string): string[] | null {
  const m = CHAIR_OF.exec(text.trim()) ?? GROUP_CHAIR.exec(text.trim());
  return m ? m[1]!.replace(/\b[Ss]ub[-\s]?group\b/g, 'Subgroup').split(/\s+/) : null;
}

/** Two writings of one group's chair; a group's initials in one ("QA") stand for its capitalised words in the other. */
function sameGroupChair(role: string, post: string): boolean {
  const a = chairedGroup(role);
  const b = chairedGroup(post);
  if (!a || !b) return false;
  const fits = (x: string[], y: string[]): boolean => {
    let j = 0;
    for (const w of x) {
      if (/^[A-Z]{2,5}$/.test(w) && j + w.length <= y.length && y.slice(j, j + w.length).every((v, k) => v[0] === w[k])) j += w.length;
      else if (y[j] && y[j]!.toLowerCase() === w.toLowerCase()) j++;
      else return false;
    }
    return j === y.length;
  };
  return fits(a, b) || fits(b, a);
}

/**
 * "Julia H", "Dave R": a given name and a surname's initial, as minutes write colleagues; the one
 * attendee it fits. A full name that is an attendee's comes back with what the attendance says of them.
 */
function byShortName(name: PersonName, ctx: OwnerContext): PersonMention | null {
  if (!name.family) return null;
  const family = name.family.replace(/\.$/, '').toLowerCase();
  // "DCI Price", "Mrs Booth": a surname alone is the one attendee of that surname.
  const given = name.given && name.given.length >= 2 ? name.given.toLowerCase() : null;
  if (!given && (family.length < 2 || (name.given && name.given.length === 1))) return null;
  const surnameFits = (a: AttendanceEntry) =>
    !!a.name.family && (family.length === 1 ? a.name.family.toLowerCase().startsWith(family) : a.name.family.toLowerCase() === family);
  const exact = ctx.attendance.filter((a) => (!given || a.name.given?.toLowerCase() === given) && surnameFits(a));
  // "Dave R" is David Robson where the list writes the given name in full and no Dave fits.
  const hits =
    exact.length || !given ? exact : ctx.attendance.filter((a) => !!a.name.given && areNameVariants(a.name.given.toLowerCase(), given) && surnameFits(a));
  const unique = new Map(hits.map((h) => [h.name.display, h]));
  if (unique.size !== 1) return null;
  // The name only: what the owner's own words add ("Diane Booth, Director …") is read as before.
  return { name: [...unique.values()][0]!.name, title: null, organisation: null, date: ctx.date };
}

// A given name as written, accents and hyphen kept: "Ciarán", "Anne-Marie".
const GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
// A surname in capitals: "DUNCAN", "O'NEILL", "MORGAN-HUGHES", "McINNES" (the prefix kept in lower case).
const CAPITAL_SURNAME = /^(?:Mc|Mac)?[A-Z]{2,}(?:['’-][A-Z]{2,})?$/;
// Words minutes write in capitals before a dash that are no one's surname ("RESOLVED – that …", "NOTED – …").
const CAPITAL_WORDS =
  /^(?:RESOLVED|AGREED|NOTED|NOTE|ACTIONS?|DECISIONS?|UPDATE|ITEM|MINUTES?|PRESENT|APOLOGIES|OUTCOMES?|SUMMARY|PURPOSE|BACKGROUND|RECOMMENDATIONS?|PROPOSALS?|ISSUES?|RISKS?|PROGRESS|STATUS|COMPLETE|COMPLETED|CLOSED|OPEN|ONGOING|OVERDUE|URGENT|DRAFT|FINAL|TOTAL|NONE|OTHERS?|EVERYONE|MEMBERS|PARTNERS|AGENCIES|POLICE|HEALTH|EDUCATION|SCHOOLS?|HOUSING|PROBATION)$/;

function titleCased(word: string): string {
  return word.toLowerCase().replace(/(^|['’-]|^ma?c)([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** "DUNCAN" where the line's grammar puts an owner: five letters or more, no acronym or word minutes write in capitals. */
function unknownCapitalSurname(u: string): boolean {
  if (!CAPITAL_SURNAME.test(u) || u.replace(/[^A-Za-z]/g, '').length < 5 || CAPITAL_WORDS.test(u)) return false;
  if (ROLE_ACRONYMS.has(u.toUpperCase()) || ORG_ACRONYMS.has(u.toUpperCase()) || isAllMembersGroup(u)) return false;
  // An acronym is mostly consonants ("NSPCC", "CAMHS"); a surname has its vowels ("BAIRD", "CRAIGIE").
  return /[AEIOUY]/.test(u.slice(1)) && !/[^AEIOUY'’-]{4}/.test(u.replace(/^(?:Mc|Mac)/, ''));
}

/** The one attendee whose surname the word is, in any case ("ROBERTSON" is Gail Robertson). */
function bySurname(word: string, ctx: OwnerContext): PersonMention | null {
  const key = foldForMatch(word);
  const hits = ctx.attendance.filter((a) => !!a.name.family && foldForMatch(a.name.family) === key);
  const one = soleAttendee(hits, ctx);
  return one && { ...one, title: null, organisation: null };
}

function byFirstName(given: string, ctx: OwnerContext): PersonMention | null {
  const g = given.toLowerCase();
  const hits = ctx.attendance.filter((a) => a.name.given?.toLowerCase() === g);
  // "Kath" is Kathryn Yardley where she is the only one the list names by a long form of it.
  return soleAttendee(hits.length ? hits : ctx.attendance.filter((a) => !!a.name.given && areNameVariants(a.name.given.toLowerCase(), g)), ctx);
}

/** "CSE/ Training subgroups" is the CSE subgroup and the Training subgroup. */
function distributeGroupNoun(owners: OwnerMention[]): OwnerMention[] {
  const last = owners[owners.length - 1]!;
  const noun = /\b(sub-?groups|groups|panels|boards|teams|committees)$/i.exec(last.written);
  if (!noun || owners.length < 2) return owners;
  const singular = noun[1]!.replace(/s$/i, '');
  return owners.map((o, i) => {
    if (i === owners.length - 1) return { ...o, written: o.written.replace(/s$/i, ''), kind: 'group' };
    if (o.kind !== 'person' && !GROUP_NOUN.test(o.written)) return { ...o, written: `${o.written} ${singular}`, kind: 'group' };
    return o;
  });
}

// "Hollis, Joanne": a surname, a comma, a given name we know, as a directory or an HR system lists people.
const SURNAME_FIRST = /^([A-Z][a-z'’]+|(?:Mc|Mac|O['’])[A-Z][a-z]+)(?:-([A-Z][a-z'’]+))?,\s*([A-Z][a-z]+)$/;

/**
 * "Hollis, Joanne / Pereira, Ana" is Joanne Hollis and Ana Pereira. Only a cell made wholly of such pairs is turned round,
 * and only where the word after each comma is a given name and the word before it is not ("Police, Health" and
 * "Sarah, Tom" stay two owners each).
 */
function surnameFirst(text: string): string {
  if (!text.includes(',')) return text;
  const pieces = text.split(/(\s*(?:\/|;|&|\band\b)\s*)/);
  let turned = false;
  for (let k = 0; k < pieces.length; k += 2) {
    const m = SURNAME_FIRST.exec(pieces[k]!.trim());
    if (!m) return text;
    const family = m[2] ? `${m[1]}-${m[2]}` : m[1]!;
    if (!FIRST_NAMES.has(m[3]!.toLowerCase()) || FIRST_NAMES.has(family.toLowerCase()) || isTitleLike(family) || isOrgLike(family)) return text;
    pieces[k] = `${m[3]} ${family}`;
    turned = true;
  }
  return turned ? pieces.join('') : text;
}

/**
 * "hywel.jenkins@council.gov.uk": a log exported from a task list names its owners by e-mail address, which spells the
 * person's name before the "@" (given, a dot or underscore, surname). The one attendee or key entry of that name is them.
 */
function byMailAddress(unit: string, ctx: OwnerContext): OwnerMention | null {
  const m = /^([a-z][a-z'’-]+)[._]([a-z][a-z'’-]+)\d*@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.exec(unit);
  if (!m) return null;
  const cap = (w: string) => w.replace(/(^|[-'’])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
  const written = `${cap(m[1]!.toLowerCase())} ${cap(m[2]!.toLowerCase())}`;
  const name = parsePersonName(written);
  if (!name || !name.family) return null;
  const known = byShortName(name, ctx);
  return { written: unit, kind: 'person', person: known ?? { name, title: null, organisation: null, date: ctx.date } };
}

/**
 * "Police Scotland – DI Morven Shaw", "CPC Lead Officer – Gail Robb": the agency or post, a dash, the person who holds it.
 * The owner is the person; the words before the dash say where they work or what post they hold.
 */
function personAfterDash(unit: string, ctx: OwnerContext): OwnerMention | null {
  const m = /^(.{2,60}?)\s+[–—-]\s+(.{3,60})$/.exec(unit);
  if (!m) return null;
  const [left, right] = [m[1]!.trim(), m[2]!.trim()];
  const name = parsePersonName(right);
  if (!name || !name.family || isOrgLike(right) || isTitleLike(right) || parsePersonName(left)?.confident) return null;
  const post = isTitleLike(left) || ROLE_ACRONYMS.has(left.toUpperCase());
  const body = isOrgLike(left) || ORG_ACRONYMS.has(left.toUpperCase()) || AGENCY_WORD.test(left) || /^(?:social work|social care|nhs\b.*)$/i.test(left);
  // A name we do not know ("Iain Baxter") is a person where a post or an agency stands before the dash.
  if (!(post || body) && !((name.confident || name.honorific) && /^[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,5}$/.test(left))) return null;
  // "Head of Service – Early Help": after a post, the words a dash adds are its field unless they are a name we know.
  const field = /\b(?:help|services?|care|health|safeguarding|work|teams?|units?|support|protection|education|justice|practice|quality|learning)\b/i;
  if (!(name.confident || name.honorific) && (post || field.test(right))) return null;
  const known = byShortName(name, ctx);
  const person: PersonMention = known ?? { name, title: null, organisation: null, date: ctx.date };
  if (post) person.title ??= left;
  else person.organisation ??= left;
  return { written: right, kind: 'person', person };
}
