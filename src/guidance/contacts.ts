import type { Block } from '../ingest/document';
import { splitSentences, squash } from '../util/text';
import type { ContactKind, GuidanceContact } from './model';
import { anyOf } from './scheme';

/**
 * UK telephone numbers as guidance writes them: "0300 123 1116", "0300 1231 116", "03456 061 499",
 * "0161 912 5125", "01202 735046". Ten or eleven digits starting 0; 999 and 101 are handled apart.
 */
const PHONE = /(?<![\d])(0\d{2,4}(?:[ -]?\d{2,4}){1,3})(?![\d])/g;

const HAS_PHONE = /(?<![\d])0\d{2,4}(?:[ -]?\d{2,4}){1,3}(?![\d])/;

const OUT_OF_HOURS = anyOf(
  'i',
  /out[- ]of[- ]hours|outside (?:of )?(?:these|normal|office|working) hours|emergency duty|\bEDT\b/,
  /evenings? and weekends?|\bOOHS\b|after hours|emergency out/,
);
const FRONT_DOOR = anyOf(
  'i',
  /\bMA?SS?H\b|\bMARU\b|front door|\bhub\b|first response|customer first|\bCASS\b|\biART\b|\bMARAT\b|\bIFD\b/,
  /advice (?:&|and) support service|referral (?:and assessment )?(?:team|unit|line)|duty (?:and assessment )?team/,
  /children'?s (?:social care|services)|access and referral/,
);
const ADVICE = /consultation line|advice line|advice and referral|professional consultation|for advice/i;
const SERVICE_WORD = anyOf(
  '',
  /\b(?:MA?SS?H|MARU|MARAT|CASS|iART|IFD|EDT|OOHS|LADO)\b/,
  /\b(?:Hub|Front Door|Team|Service|Unit|Line|Care|First|Services|Office|Desk|Crimestoppers|Police)\b/,
);

function digits(s: string): string {
  return s.replace(/\D/g, '');
}

/** The last capitalised name of a service in a piece of text ("the Wirral Integrated Front Door Team"). */
export function serviceName(text: string): string | null {
  const re = /(?:[A-Z][\w'’&/-]*|of|and|for|the|on|&)(?:\s+(?:[A-Z][\w'’&/-]*|of|and|for|&|\([A-Za-z]{2,8}\)))*/g;
  let best: string | null = null;
  for (const m of text.matchAll(re)) {
    const phrase = m[0]
      .replace(/^(?:of|and|for|the|on|&)\s+/i, '')
      .replace(/\s+(?:of|and|for|&)$/i, '')
      .trim();
    if (phrase.split(' ').length >= 1 && SERVICE_WORD.test(phrase) && !/^(?:Tel|Telephone|Call|Phone)$/i.test(phrase)) best = phrase;
  }
  return best;
}

function classify(context: string, service: string): ContactKind {
  if (OUT_OF_HOURS.test(context) || OUT_OF_HOURS.test(service)) return 'out-of-hours';
  if (/\bLADO\b|allegations?/i.test(service) || /\bLADO\b/.test(context)) return 'other';
  if (ADVICE.test(service) || /early help/i.test(service)) return 'advice';
  if (FRONT_DOOR.test(service) || FRONT_DOOR.test(context)) return 'front-door';
  if (ADVICE.test(context)) return 'advice';
  return 'other';
}

const HOURS =
  /\b(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?)\b[^.\n]{0,80}?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)[^.\n]{0,40}?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)|\b24 hours\b/i;

/**
 * Every telephone route the guidance gives, with the service it belongs to and whether it is the
 * front door, the out-of-hours line or an advice line. A number's label is often on the line
 * above ("Emergency out-of-hours" / "Telephone: 0121 675 4806"), so the two lines before count.
 */
export function findContacts(blocks: Block[]): GuidanceContact[] {
  const out: GuidanceContact[] = [];
  const seen = new Set<string>();
  const texts = blocks.map((b) => squash(b.type === 'row' ? (b.cells ?? []).join(' – ') : b.text));
  texts.forEach((text, i) => {
    for (const m of text.matchAll(PHONE)) {
      const d = digits(m[1]!);
      if (d.length < 10 || d.length > 11) continue;
      const sentence = splitSentences(text).find((s) => s.includes(m[1]!)) ?? text;
      const before = sentence.slice(0, sentence.indexOf(m[1]!));
      let service = serviceName(before);
      let label = '';
      for (let back = 1; !service && back <= 4 && i - back >= 0; back++) {
        const prev = texts[i - back]!;
        if (HAS_PHONE.test(prev)) break;
        if (prev.length > 400 || /^=+\s*https?:/.test(prev)) break;
        service = serviceName(prev);
        if (service || OUT_OF_HOURS.test(prev)) label = prev;
        if (!service && OUT_OF_HOURS.test(prev)) service = prev.replace(/[:\s]+$/, '');
      }
      const context = `${label} ${sentence}`;
      service = service ?? (OUT_OF_HOURS.test(sentence) ? 'Out of hours' : 'Telephone');
      const key = `${d}|${service}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const hours = HOURS.exec(`${label} ${sentence}`)?.[0] ?? null;
      out.push({ kind: classify(context, service), service, number: m[1]!, hours, line: squash(label ? `${label} — ${sentence}` : sentence) });
    }
  });
  for (const route of namedRoutes(texts)) if (!out.some((c) => c.service.toLowerCase() === route.service.toLowerCase())) out.push(route);
  return out;
}

/**
 * Routes named without a number ("an immediate referral to the Westbury Children's First Response
 * team", "signposted to the Early Help Hub", a services table's "Family Support Hub").
 */
const ROUTE =
  /((?:[A-Z][\w'’&-]*\s+){0,5}(?:Hub|Front Door(?: Team)?|First Response team|Duty Team|Referral Unit|Advice Team|Safeguarding Hub))(?:\s*\(([A-Z]{2,6})\))?/g;

function namedRoutes(texts: string[]): GuidanceContact[] {
  const out: GuidanceContact[] = [];
  for (const text of texts) {
    if (HAS_PHONE.test(text)) continue;
    for (const m of text.matchAll(ROUTE)) {
      const service = squash(`${m[1]!.replace(/^(?:The|the|A|An|Contact|Call|Ring)\s+/, '')}${m[2] ? ` (${m[2]})` : ''}`);
      if (service.split(' ').length < 2 || out.some((c) => c.service === service)) continue;
      const sentence = splitSentences(text).find((s) => s.includes(m[1]!)) ?? text;
      out.push({ kind: /early help|support hub/i.test(service) ? 'advice' : 'front-door', service, number: null, hours: null, line: squash(sentence) });
    }
  }
  return out.slice(0, 12);
}
