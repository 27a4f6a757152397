import * as fs from 'node:fs';
import * as path from 'node:path';

import { StemmerEn, TokenizerEn } from '@nlpjs/lang-en-min';
import { NeuralNetwork } from '@nlpjs/neural';
import { SpellCheck } from '@nlpjs/similarity';

import { contentWords } from '../../search/analyse';

/**
 * The intent classifier: NLP.js's neural intent network (the one its NLU manager uses), trained
 * on utterances.txt. NLP.js rather than `natural`: it is built for conversational intents (one
 * small perceptron per intent over stemmed words, trained in well under a second, with a score for
 * every intent so the two likeliest can be offered), ships an English stemmer and a spell checker
 * against the trained vocabulary ("actoins"), needs no native code or downloads, and its packages
 * are small; `natural` brings storage back-ends (pg, redis, mongoose) we would never use.
 * We call its parts synchronously (tokenizer, stemmer, spell check, network) rather than through
 * its async NLU manager so an answer stays a plain function call.
 */
export interface Classification {
  intent: string;
  /** Share of the network's output that went to this intent, 0–1. */
  score: number;
}

const tokenizer = new TokenizerEn();
const stemmer = new StemmerEn();

/** Typing shortcuts members use, expanded before stemming (a phone keyboard's, not a thesaurus). */
const SHORTHAND: Record<string, string> = {
  mtg: 'meeting',
  mtgs: 'meetings',
  apols: 'apologies',
  apols4: 'apologies for',
  pls: 'please',
  plz: 'please',
  nxt: 'next',
  wat: 'what',
  wot: 'what',
  wht: 'what',
  u: 'you',
  r: 'are',
  ur: 'your',
  ppl: 'people',
  tmrw: 'tomorrow',
  b4: 'before',
  '2moro': 'tomorrow',
  organization: 'organisation',
  organizations: 'organisations',
  apologize: 'apologise',
};

/** Emoji carry meaning in chat: the tokenizer keeps them, so each becomes the word it stands for. */
const EMOJI: [RegExp, string][] = [
  [/[👍👌🙏]/gu, ' thanks '],
  // A smile is tone, not a request: "good morning 🙂" is a greeting.
  [/[🙂😊😀😃]/gu, ' '],
  [/[👋]/gu, ' hello '],
];

function tokens(text: string): string[] {
  let t = text;
  for (const [re, word] of EMOJI) t = t.replace(re, word);
  const words = tokenizer
    .tokenize(t, true)
    .map((w) => SHORTHAND[w] ?? w)
    .join(' ')
    .split(' ')
    .filter(Boolean);
  return stemmer.stem(words);
}

function features(stems: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of stems) out[s] = 1;
  // Word pairs tell "send my apologies" from "did X send apologies", which the same bag of words can't.
  for (let i = 0; i + 1 < stems.length; i++) out[`${stems[i]}_${stems[i + 1]}`] = 1;
  return out;
}

/** Intents that are about no subject of the board's: what they share with a message says nothing about its topic. */
const SMALL_TALK = new Set(['help', 'greeting', 'thanks', 'out-of-scope']);

/**
 * Words any request uses, whatever it is about; with the search module's stop words (which also
 * cover "my", "what", "when"), they never make a message the board's business on their own.
 */
const GENERIC = new Set(
  `please pls plz can could would get got tell show know need want like just really thing things anything something also still yet ok okay
  much many well good go going look see give let use new one way sure lot bit sorry hi hello thanks thank cheers ta bye help
  havent cant wont dont didnt isnt wasnt doesnt arent whats whens wheres whos im ive id youre thats theres hows u ur r`.split(/\s+/),
);

export class IntentClassifier {
  /** Whether a word (any form) is one the classifier was trained on. */
  knows(word: string): boolean {
    return tokens(word).every((s) => this.vocabulary.has(s));
  }

  /**
   * Whether a word is one of the board's: it comes up in the utterances of the intents that have a
   * subject (actions, meetings, levels …) at least as often as in small talk and out-of-scope
   * requests ("meeting" is in "book a meeting room" too, but far more often in the board's).
   */
  isDomain(stem: string): boolean {
    return this.domain.has(stem);
  }

  /** The message's words that say what it is about (stemmed; misspellings of a board word read as that word). */
  contentStems(masked: string): string[] {
    const words = contentWords(masked).filter((w) => !GENERIC.has(w));
    return tokens(words.join(' ')).map((s) => {
      if (this.domain.has(s) || s.length < 5) return s;
      const fixed = this.spell.check([s], 1)[0] ?? s;
      return this.domain.has(fixed) ? fixed : s;
    });
  }

  private readonly domain: Set<string>;
  private readonly network = new NeuralNetwork({ log: false });
  private readonly spell: SpellCheck;
  readonly intents: string[];
  private readonly vocabulary: Set<string>;
  /** Milliseconds the training took. */
  readonly trainMs: number;

  constructor(corpus: { intent: string; utterance: string }[]) {
    const started = process.hrtime.bigint();
    const vocabulary: Record<string, number> = {};
    const subject = new Map<string, { board: number; other: number }>();
    const data = corpus.map(({ intent, utterance }) => {
      const stems = tokens(utterance);
      for (const s of stems) vocabulary[s] = (vocabulary[s] ?? 0) + 1;
      for (const s of tokens(contentWords(utterance).join(' '))) {
        const n = subject.get(s) ?? { board: 0, other: 0 };
        if (SMALL_TALK.has(intent)) n.other++;
        else n.board++;
        subject.set(s, n);
      }
      return { input: features(stems), output: { [intent]: 1 } };
    });
    this.network.train(data);
    this.spell = new SpellCheck({ features: vocabulary });
    this.vocabulary = new Set(Object.keys(vocabulary));
    this.domain = new Set([...subject].filter(([s, n]) => n.board > 0 && n.board >= n.other && !GENERIC.has(s)).map(([s]) => s));
    this.intents = [...new Set(corpus.map((c) => c.intent))];
    this.trainMs = Number(process.hrtime.bigint() - started) / 1e6;
  }

  /** Every intent with its score, best first; all zero when nothing in the message is known. */
  classify(masked: string): Classification[] {
    const stems = this.spell.check(tokens(masked), 1).filter((s) => this.vocabulary.has(s));
    // Nothing it was trained on: the network's biases alone would pick an intent at random.
    const raw = stems.length ? (this.network.run(features(stems)) ?? {}) : {};
    const total = Object.values(raw).reduce((a, b) => a + b, 0);
    return this.intents.map((intent) => ({ intent, score: total > 0 ? (raw[intent] ?? 0) / total : 0 })).sort((a, b) => b.score - a.score);
  }
}

/** Reads utterances.txt: "## intent" headings, one utterance a line, "#" comments. */
export function readUtterances(text: string): { intent: string; utterance: string }[] {
  const out: { intent: string; utterance: string }[] = [];
  let intent: string | null = null;
  for (const line of text.split('\n')) {
    const t = line.trim();
    const heading = /^##\s+(\S+)/.exec(t);
    if (heading) intent = heading[1]!;
    else if (t && !(t.startsWith('#') && !/^#\s*\w+$/.test(t)) && intent) out.push({ intent, utterance: t });
  }
  return out;
}

/** The training file, beside this module in the source tree; compiled code finds it there too. */
export function utterancesPath(): string {
  const candidates = [path.join(__dirname, 'utterances.txt'), path.resolve(__dirname, '../../../../src/answers/nlu/utterances.txt')];
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) throw new Error('the intent training file (src/answers/nlu/utterances.txt) is missing from this installation');
  return found;
}

let shared: IntentClassifier | null = null;

/** The classifier, trained once per process on first use (0.7–1.3 s on the development machine; the server warms it at start). */
export function intentClassifier(): IntentClassifier {
  shared ??= new IntentClassifier(readUtterances(fs.readFileSync(utterancesPath(), 'utf8')));
  return shared;
}
