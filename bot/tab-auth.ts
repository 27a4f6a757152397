import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';

/**
 * Checks the token the "My board" tab gets from Teams (`authentication.getAuthToken()`): an Entra
 * access token for our app, signed RS256 with one of the tenant's published keys. Signature and
 * claims are jose's (a library made for exactly this); the rules that are ours stay here: the
 * tenant must be one we serve before its keys are fetched, the audience forms Teams SSO uses,
 * and the access_as_user scope.
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

/** Where a tenant's signing keys come from: Entra in production, a local key server in tests. */
export interface KeySource {
  forTenant(tenant: string): JWTVerifyGetKey;
}

const SCOPE = 'access_as_user';

export class TokenValidator {
  constructor(
    private readonly rules: TokenRules,
    private readonly keys: KeySource,
    private readonly now: () => Date,
  ) {}

  async check(token: string): Promise<TokenCheck> {
    let tid: string;
    try {
      const claims = decodeJwt(token);
      tid = typeof claims['tid'] === 'string' ? claims['tid'].toLowerCase() : '';
    } catch {
      return fail('not a JSON Web Token');
    }
    // Nothing unverified is believed except the tenant, and only to refuse before fetching keys.
    if (!this.rules.tenants.includes(tid)) return fail('the token is from a tenant this assistant does not serve');
    const { appId, publicHost } = this.rules;
    try {
      const { payload } = await jwtVerify(token, this.keys.forTenant(tid), {
        algorithms: ['RS256'],
        issuer: [`https://login.microsoftonline.com/${tid}/v2.0`, `https://sts.windows.net/${tid}/`],
        audience: [appId, `api://${appId}`, ...(publicHost ? [`api://${publicHost}/${appId}`] : [])],
        currentDate: this.now(),
        clockTolerance: this.rules.skewSeconds ?? 300,
        requiredClaims: ['exp'],
      });
      const scopes = typeof payload['scp'] === 'string' ? payload['scp'].split(' ') : [];
      if (!scopes.includes(SCOPE)) return fail(`the token lacks the ${SCOPE} scope`);
      const oid = payload['oid'];
      if (typeof oid !== 'string' || !oid) return fail('the token names no user');
      return { ok: true, user: { oid: oid.toLowerCase(), tid, name: typeof payload['name'] === 'string' ? payload['name'] : null } };
    } catch (err) {
      return fail(reasonFor(err));
    }
  }
}

/** jose's failure, in the words the tab's 401 gives (and the log records). */
function reasonFor(err: unknown): string {
  if (err instanceof errors.JWTExpired) return 'the token has expired';
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === 'nbf') return 'the token is not valid yet';
    if (err.claim === 'aud') return 'the token is for another application';
    if (err.claim === 'iss') return 'the token was not issued by the tenant';
    return `the token's ${err.claim} claim is not acceptable`;
  }
  if (err instanceof errors.JOSEAlgNotAllowed) return 'the signing algorithm is not accepted';
  if (err instanceof errors.JWSSignatureVerificationFailed) return 'the signature does not match';
  if (err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JWKSMultipleMatchingKeys)
    return 'the token is signed with a key the tenant does not publish';
  if (err instanceof errors.JWKSTimeout || err instanceof errors.JWKSInvalid) return "the tenant's signing keys could not be read";
  if (err instanceof errors.JOSEError) return 'not a JSON Web Token';
  return "the tenant's signing keys could not be read";
}

function fail(reason: string): TokenCheck {
  return { ok: false, reason };
}

/**
 * A tenant's published key set (jose's remote set, one per tenant): kept for a day; a key id we
 * have not seen triggers one refetch (Entra rotates keys), at most every five minutes per tenant,
 * so a flood of forged tokens cannot turn into a flood of requests to Entra. jose times that
 * cache by the machine's clock; it only ever decides when to refetch, never whether a token is valid.
 */
export class PublishedKeys implements KeySource {
  private readonly sets = new Map<string, JWTVerifyGetKey>();

  constructor(private readonly urlFor: (tenant: string) => string = (tenant) => `https://login.microsoftonline.com/${tenant}/discovery/v2.0/keys`) {}

  forTenant(tenant: string): JWTVerifyGetKey {
    let set = this.sets.get(tenant);
    if (!set) {
      set = createRemoteJWKSet(new URL(this.urlFor(tenant)), { cacheMaxAge: DAY_MS, cooldownDuration: REFETCH_MS, timeoutDuration: 5000 });
      this.sets.set(tenant, set);
    }
    return set;
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;
const REFETCH_MS = 5 * 60 * 1000;
