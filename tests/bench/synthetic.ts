/**
 * A reproducible synthetic library for speed and memory figures: minutes of many boards in the
 * shape real ones have (header, attendance, numbered items, tracker actions, decisions), with
 * words drawn Zipf-wise from a safeguarding vocabulary plus generated names and terms, so the
 * index has a realistic number of distinct words. Same seed, same library.
 */
const DOMAIN = `safeguarding children board partnership meeting minutes action tracker neglect early help assessment referral
multi agency hub police health education school schools nurse doctor designated officer allegation exploitation missing home
care looked after leaving leavers fostering private adoption court plan plans protection conference core group strategy
discussion threshold continuum need level universal targeted specialist statutory social worker workers manager managers
director service services council trust hospital probation prison housing domestic abuse violence substance misuse mental
wellbeing emotional behaviour attendance absence exclusion exclusions inclusion special educational needs disabilities audit
audits learning review reviews practice case cases serious incident notification rapid child death overview panel training
briefing briefings workforce recruitment vetting checks disclosure barring quality assurance performance dataset data report
reports annual update updates progress completed outstanding deferred reassigned chair members member agreed resolved
decision decisions item items agenda apologies present attendance venue committee scrutiny improvement inspection ofsted
joint targeted area inspection framework standards policy procedure procedures protocol guidance consultation engagement
voice young people families parents carers community communities voluntary sector faith commissioning budget funding
contribution contributions resources capacity demand pressure pressures risk risks resilience trauma adverse experiences
county lines criminal sexual online harm harmful self bullying radicalisation prevent modern slavery trafficking gangs youth
offending justice court custody transition adult adults boards subgroup subgroups lead leads timescale timescales priority`.split(/\s+/);
const GENERIC = `the of and to in a that for on with was were had been be would will as by from this at it which their has have
not are is or an also all more than into its they there these further work working support supported next new being within
across number numbers per cent increase reduced reduction rise risen high low including including following around between
noted reported explained presented asked raised confirmed advised informed welcomed discussed considered received requested
who what when where how why each other some many most few first second third last year years month months week weeks day
time times local national regional partner partners agency agencies team teams area areas system systems approach approaches`.split(/\s+/);

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 1;
  }
  next(): number {
    // xorshift32
    let x = this.s;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.s = x >>> 0;
    return this.s / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: T[]): T {
    return xs[this.int(xs.length)]!;
  }
}

const SYLLABLES = [
  'ash',
  'bur',
  'cal',
  'den',
  'el',
  'fen',
  'gar',
  'hol',
  'ing',
  'kel',
  'lin',
  'mor',
  'nor',
  'ock',
  'pen',
  'ril',
  'stan',
  'thor',
  'vale',
  'wick',
  'ton',
  'ley',
  'by',
  'ham',
];

function coined(rng: Rng): string {
  let w = '';
  for (let k = 0, n = 2 + rng.int(2); k < n; k++) w += rng.pick(SYLLABLES);
  return w;
}

export interface SyntheticLibrary {
  files: { name: string; text: string }[];
  boards: string[];
  /** Questions in the library's own words, for latency measurements. */
  queries: string[];
}

/** About `megabytes` of minutes across boards of about 2.5 MB each. */
export function syntheticLibrary(megabytes: number, seed = 7): SyntheticLibrary {
  const rng = new Rng(seed);
  const extra = Array.from({ length: 6000 }, () => coined(rng));
  const vocab = [...DOMAIN, ...extra];
  // Zipf-like: earlier words far more common.
  const word = () => (rng.next() < 0.45 ? rng.pick(GENERIC) : vocab[Math.floor(vocab.length * Math.pow(rng.next(), 3))]!);
  const sentence = () => {
    const n = 8 + rng.int(18);
    const ws = Array.from({ length: n }, word);
    ws[0] = ws[0]!.charAt(0).toUpperCase() + ws[0]!.slice(1);
    return `${ws.join(' ')}.`;
  };
  const boardCount = Math.max(1, Math.round(megabytes / 2.5));
  const boards = Array.from(
    { length: boardCount },
    (_v, i) => `${coined(rng).replace(/^./, (c) => c.toUpperCase())} Safeguarding Children Partnership ${i + 1}`,
  );
  const people = Array.from(
    { length: 400 },
    () =>
      `${rng.pick(['Anne', 'Brian', 'Carol', 'David', 'Emma', 'Frank', 'Grace', 'Hugh', 'Irene', 'James', 'Karen', 'Liam'])} ${coined(rng).replace(/^./, (c) => c.toUpperCase())}`,
  );
  const files: { name: string; text: string }[] = [];
  let bytes = 0;
  let n = 0;
  while (bytes < megabytes * 1048576) {
    const board = boards[n % boardCount]!;
    const date = new Date(Date.UTC(2015 + Math.floor(n / (boardCount * 6)), (n * 2) % 12, 1 + (n % 27)));
    const lines = [
      board.toUpperCase(),
      'Minutes of the Strategic Board meeting',
      `${date.getUTCDate()} ${date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${date.getUTCFullYear()}, 10.00`,
      'Council Chamber, Town Hall',
      '',
      'Present:',
    ];
    for (let k = 0; k < 12; k++)
      lines.push(
        `${rng.pick(people)}, ${rng.pick(['Head of Service', 'Director', 'Designated Nurse', 'Detective Inspector', 'Head Teacher', 'Manager'])}, ${rng.pick(['Borough Council', 'Police', 'Integrated Care Board', 'Probation Service'])}`,
      );
    lines.push('', 'Apologies:', `${rng.pick(people)}, Lay Member`, '');
    for (let item = 1; item <= 9; item++) {
      lines.push(
        `${item} ${Array.from({ length: 2 + rng.int(3) }, () => rng.pick(DOMAIN))
          .join(' ')
          .toUpperCase()}`,
      );
      for (let p = 0, np = 2 + rng.int(4); p < np; p++) lines.push(Array.from({ length: 3 + rng.int(5) }, sentence).join(' '));
      if (item === 2)
        for (let a = 0; a < 6; a++) lines.push(`Action ${100 + n * 6 + a}: ${rng.pick(people)} to ${sentence().toLowerCase()} The action had been completed.`);
      if (rng.next() < 0.3) lines.push(`RESOLVED - That ${sentence().toLowerCase()}`);
    }
    const text = `${lines.join('\n')}\n`;
    bytes += Buffer.byteLength(text);
    files.push({ name: `minutes-${String(n).padStart(5, '0')}.txt`, text });
    n++;
  }
  const queries: string[] = [];
  for (let q = 0; q < 300; q++) {
    const k = 1 + rng.int(5);
    const ws = Array.from({ length: k }, () => rng.pick([...DOMAIN, ...DOMAIN, ...extra.slice(0, 800)]));
    if (q % 10 === 3) ws[0] = ws[0]!.replace(/(.)(.)/, '$2$1'); // a typo
    if (q % 10 === 7) ws.push('MASH');
    queries.push(q % 5 === 0 ? `what did we say about ${ws.join(' ')}?` : ws.join(' '));
  }
  return { files, boards, queries };
}
