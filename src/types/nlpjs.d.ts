// NLP.js ships no type declarations; these cover the parts the intent classifier uses.
declare module '@nlpjs/neural' {
  export class NeuralNetwork {
    constructor(settings?: Record<string, unknown>);
    train(corpus: { input: Record<string, number>; output: Record<string, number> }[]): { error: number; iterations: number };
    run(input: Record<string, number>): Record<string, number> | undefined;
    toJSON(): unknown;
    fromJSON(json: unknown): void;
  }
}
declare module '@nlpjs/lang-en-min' {
  export class TokenizerEn {
    tokenize(text: string, normalize?: boolean): string[];
  }
  export class StemmerEn {
    stem(tokens: string[]): string[];
  }
}
declare module '@nlpjs/similarity' {
  export class SpellCheck {
    constructor(settings?: { features?: Record<string, number>; minLength?: number });
    check(tokens: string[], distance?: number): string[];
  }
}
