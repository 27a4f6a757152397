/**
 * A threshold (continuum-of-need) document read as the partnership wrote it: its own scheme of
 * levels, each level's definition and indicators by domain, the contact routes it gives, and its
 * own words on professional judgement. Built once at ingest and stored as JSON beside the document.
 */
export interface GuidanceLevel {
  /** The level number as printed; where the guidance prints none, its rank counting up from the lowest need. */
  n: number;
  /** "a" / "b" for split levels (Level 2a / 2b). */
  sub: string | null;
  /** The level's name without its number ("Targeted Support"), null where only a number is given. */
  name: string | null;
  /** The heading as the document writes it ("Level 3 – Targeted Support"). */
  heading: string | null;
  /** Other spellings of the same heading in the same document. */
  also: string[];
  definition: string;
  /** Indicators grouped by domain ("Health", "Education and Learning" …), in document order. */
  indicators: { domain: string; items: string[] }[];
  /** How to get help at this level, where the document says. */
  support: string;
  /** True when the document says the level exists but the text of it is not in the file. */
  missing: boolean;
}

export type ContactKind = 'front-door' | 'out-of-hours' | 'advice' | 'emergency' | 'other';

export interface GuidanceContact {
  kind: ContactKind;
  /** The service as the document names it ("Integrated Front Door", "Emergency Duty Team"). */
  service: string;
  /** The telephone number as written, or null where the route has no number in the text. */
  number: string | null;
  /** When the route is open, as written ("Mon-Fri, 9:00am – 5.00pm"). */
  hours: string | null;
  /** The sentence or line the contact was read from. */
  line: string;
}

export interface GuidanceModel {
  document: string;
  /** The partnership whose guidance this is, by name. */
  partnership: string;
  /** Place names a member might use for it ("cheshire west", "chester"). */
  areas: string[];
  /** "tier" where the document counts tiers rather than levels; "named" where it gives no numbers. */
  term: 'level' | 'tier' | 'named';
  /** How many levels the document says there are, where it says. */
  declared: number | null;
  levels: GuidanceLevel[];
  contacts: GuidanceContact[];
  /** The document's own sentence about using professional judgement, if it has one. */
  judgement: string | null;
  /** The sentence that sets out the scheme ("There are five levels of need …"), if there is one. */
  scheme: string | null;
  /** The document's own sentence about calling 999, if it has one. */
  emergency: string | null;
}
