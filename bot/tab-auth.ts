import { createPublicKey, verify, type JsonWebKey, type KeyObject } from 'node:crypto';

/**
 * Checks the token the "My board" tab gets from Teams (`authentication.getAuthToken()`): an Entra
 * access token for our app, signed RS256 with one of the tenant's published keys. Nothing in it is
 * believed before the signature is; the tenant must be one we serve before its keys are fetched.
 */
export interface TokenRules {
  /** Our Entra application (client) id. */
  appId: string;
  /** The public host, for the `api://host/appId` audience Teams SSO uses; null if not set. */
  publicHost: string | null;
  /** Tenant ids whose users may use the assistant (lower case). */
  tenants: string[];
  /** Seconds of clock difference tolerated on exp and nbf. */
  skewSeconds?: number;
}

export interface VerifiedUser {
  oid: string;
  tid: string;
  name: string | null;
}

export type TokenCheck = { ok: true; user: VerifiedUser } | { ok: false; reason: string };

/** Where the signing keys come from: Entra in production, a local key set in tests. */
export interface KeySource {
  key(tenant: string, kid: string): Promise<KeyObject | null>;
}

const SCOPE = 'access_as_user';

export class TokenValidator {
  constructor(
    private readonly rules: TokenRules,
    private readonly keys: KeySource,
    private readonly now: () => Date,
  ) {}

  async check(token: string): Promise<TokenCheck> {
    const parts = token.split('.');
    if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) return fail('not a JSON Web Token');
    const header = decode(parts[0]!);
    const claims = decode(parts[1]!);
    if (!header || !claims) return fail('not a JSON Web Token');
    if (header['alg'] !== 'RS256') return fail(`signing algorithm ${String(header['alg'])} is not accepted`);
    const tid = typeof claims['tid'] === 'string' ? claims['tid'].toLowerCase() : '';
    if (!this.rules.tenants.includes(tid)) return fail('the token is from a tenant this assistant does not serve');
    if (typeof header['kid'] !== 'string') return fail('the token names no signing key');
    const key = await this.keys.key(tid, header['kid']);
    if (!key) return fail('the token is signed with a key the tenant does not publish');
    const signed = Buffer.from(`${parts[0]}.${parts[1]}`);
    if (!verify('RSA-SHA256', signed, key, Buffer.from(parts[2]!, 'base64url'))) return fail('the signature does not match');

    const issuers = [`https://login.microsoftonline.com/${tid}/v2.0`, `https://sts.windows.net/${tid}/`];
    if (!issuers.includes(String(claims['iss']))) return fail('the token was not issued by the tenant');
    const audiences = [this.rules.appId, `api://${this.rules.appId}`, ...(this.rules.publicHost ? [`api://${this.rules.publicHost}/${this.rules.appId}`] : [])];
    if (!audiences.includes(String(claims['aud']).toLowerCase())) return fail('the token is for another application');
    const nowS = Math.floor(this.now().getTime() / 1000);
    const skew = this.rules.skewSeconds ?? 300;
    if (typeof claims['exp'] !== 'number' || claims['exp'] + skew < nowS) return fail('the token has expired');
    if (typeof claims['nbf'] === 'number' && claims['nbf'] - skew > nowS) return fail('the token is not valid yet');
    const scopes = typeof claims['scp'] === 'string' ? claims['scp'].split(' ') : [];
    if (!scopes.includes(SCOPE)) return fail(`the token lacks the ${SCOPE} scope`);
    if (typeof claims['oid'] !== 'string' || !claims['oid']) return fail('the token names no user');
    return { ok: true, user: { oid: claims['oid'].toLowerCase(), tid, name: typeof claims['name'] === 'string' ? claims['name'] : null } };
  }
}

function fail(reason: string): TokenCheck {
  return { ok: false, reason };
}

function decode(part: string): Record<string, unknown> | null {
  try {
    const v = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

interface CachedKeys {
  keys: Map<string, KeyObject>;
  fetchedAt: number;
}

/**
 * A tenant's signing keys from its published key set, kept for a day. A key id we have not seen
 * triggers one refetch (Entra rotates keys), at most every five minutes per tenant, so a flood of
 * forged tokens cannot turn into a flood of requests to Entra.
 */
export class PublishedKeys implements KeySource {
  private readonly cache = new Map<string, CachedKeys>();
  private readonly inflight = new Map<string, Promise<CachedKeys | null>>();

  constructor(
    private readonly urlFor: (tenant: string) => string = (tenant) => `https://login.microsoftonline.com/${tenant}/discovery/v2.0/keys`,
    private readonly now: () => number,
  ) {}

  async key(tenant: string, kid: string): Promise<KeyObject | null> {
    let cached = this.cache.get(tenant);
    const age = cached ? this.now() - cached.fetchedAt : Infinity;
    if (!cached || age > DAY_MS || (!cached.keys.has(kid) && age > REFETCH_MS)) {
      cached = (await this.fetch(tenant)) ?? cached;
    }
    return cached?.keys.get(kid) ?? null;
  }

  private fetch(tenant: string): Promise<CachedKeys | null> {
    let pending = this.inflight.get(tenant);
    if (!pending) {
      pending = this.load(tenant).finally(() => this.inflight.delete(tenant));
      this.inflight.set(tenant, pending);
    }
    return pending;
  }

  private async load(tenant: string): Promise<CachedKeys | null> {
    try {
      const res = await fetch(this.urlFor(tenant), { signal: AbortSignal.timeout(5000) });
      if (!res.ok) return null;
      const body = (await res.json()) as { keys?: (JsonWebKey & { kid?: string; use?: string })[] };
      const keys = new Map<string, KeyObject>();
      for (const jwk of body.keys ?? []) {
        if (jwk.kty !== 'RSA' || !jwk.kid || (jwk.use && jwk.use !== 'sig')) continue;
        try {
          keys.set(jwk.kid, createPublicKey({ key: jwk, format: 'jwk' }));
        } catch {
          // A key we cannot read is a key we do not trust.
        }
      }
      const entry = { keys, fetchedAt: this.now() };
      this.cache.set(tenant, entry);
      return entry;
    } catch {
      return null;
    }
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;
const REFETCH_MS = 5 * 60 * 1000;
