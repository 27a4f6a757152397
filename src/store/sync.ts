/**
 * The SQLite repositories are written synchronously (better-sqlite3 answers at once); the domain
 * sees them through Promise-returning facades (repositories.ts). These types and `facade()` join
 * the two, so each Sqlite* class keeps plain code and still has to match its interface method by method.
 */

/** A repository interface with its Promises taken off: what a synchronous implementation writes. */
export type Sync<T> = { [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : T[K] };

/** A synchronous repository's methods, each answering through a Promise. */
export type Async<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : T[K] };

/** Runs one synchronous repository call, at once or when its turn comes. */
export type Caller = <R>(call: () => R) => Promise<R>;

/** `fn()`'s result as a Promise; a throw becomes a rejection, as an asynchronous engine's would. */
export function settle<R>(fn: () => R): Promise<R> {
  try {
    return Promise.resolve(fn());
  } catch (err) {
    return Promise.reject(err as Error);
  }
}

/** Every method of `repo` (its class's and its ancestors'), answering through `call`. */
export function facade<T extends object>(repo: T, call: Caller): Async<T> {
  const out: Record<string, unknown> = {};
  for (let proto = Object.getPrototypeOf(repo) as object | null; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name === 'constructor' || name in out) continue;
      const method = (repo as Record<string, unknown>)[name];
      if (typeof method !== 'function') continue;
      out[name] = (...args: unknown[]) => call(() => (method as (...a: unknown[]) => unknown).apply(repo, args));
    }
  }
  return out as Async<T>;
}

/**
 * A first-come, first-served lock for one connection. `idle` is true when nothing holds it or
 * waits for it, so a call can go straight through without a queue (the usual case).
 */
export class Serial {
  private tail: Promise<void> = Promise.resolve();
  private held = 0;

  get idle(): boolean {
    return this.held === 0;
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    this.held++;
    const result = this.tail.then(work).finally(() => {
      this.held--;
    });
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
