import type { ServerConfig } from '../src/config';
import type { ConversationRef, Messenger, SendResult } from '../src/reminders/outbox';
import { AppCredentials, AuthenticationConstants, ConfigurationServiceClientCredentialFactory } from './teams-sdk';

/**
 * Sends one proactive message to a stored Teams conversation: POST
 * {serviceUrl}/v3/conversations/{id}/activities, signed with the bot's credentials in production.
 * We call the Bot Connector ourselves rather than through botbuilder's client because that client
 * retries on its own; the outbox must see every 429, 5xx and 403 to keep its count and its limits.
 */
export class TeamsMessenger implements Messenger {
  private readonly credentials: ConfigurationServiceClientCredentialFactory | null;

  private readonly now: () => number;
  private readonly timeoutMs: number;

  /** `now` is the library's clock (Retry-After may be an HTTP date, read against it). */
  constructor(
    private readonly config: ServerConfig,
    opts: { now: () => number; timeoutMs?: number },
  ) {
    this.now = opts.now;
    this.timeoutMs = opts.timeoutMs ?? 15_000;
    this.credentials = config.appId
      ? new ConfigurationServiceClientCredentialFactory({
          MicrosoftAppId: config.appId,
          MicrosoftAppPassword: config.appPassword ?? undefined,
          MicrosoftAppType: config.appType ?? undefined,
          MicrosoftAppTenantId: config.appTenantId ?? undefined,
        })
      : null;
  }

  async send(ref: ConversationRef, activity: Record<string, unknown>): Promise<SendResult> {
    const serviceUrl = typeof ref.serviceUrl === 'string' ? ref.serviceUrl.replace(/\/+$/, '') : '';
    const conversation = ref.conversation?.id;
    if (!/^https?:\/\//.test(serviceUrl) || !conversation)
      return { ok: false, status: 400, retryAfterMs: null, error: 'the stored conversation has no service address or id' };
    try {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      const auth = await this.authorization();
      if (auth) headers['Authorization'] = auth;
      const body = {
        ...activity,
        type: 'message',
        channelId: ref['channelId'],
        serviceUrl,
        conversation: ref.conversation,
        from: ref['bot'],
        recipient: ref['user'],
      };
      const res = await fetch(`${serviceUrl}/v3/conversations/${encodeURIComponent(conversation)}/activities`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const text = await res.text();
      if (res.ok) {
        const id = (() => {
          try {
            return (JSON.parse(text) as { id?: string }).id ?? null;
          } catch {
            return null;
          }
        })();
        return { ok: true, id };
      }
      return {
        ok: false,
        status: res.status,
        retryAfterMs: retryAfter(res.headers.get('retry-after'), this.now()),
        error: text.slice(0, 200) || res.statusText,
      };
    } catch (err) {
      return {
        ok: false,
        status: 0,
        retryAfterMs: null,
        error: (err as Error).name === 'TimeoutError' ? `no answer within ${this.timeoutMs / 1000} s` : (err as Error).message,
      };
    }
  }

  private async authorization(): Promise<string | null> {
    if (!this.credentials || !this.config.appId) return null;
    const tenant =
      this.config.appType === 'MultiTenant'
        ? AuthenticationConstants.DefaultChannelAuthTenant
        : (this.config.appTenantId ?? AuthenticationConstants.DefaultChannelAuthTenant);
    const creds = await this.credentials.createCredentials(
      this.config.appId,
      AuthenticationConstants.ToChannelFromBotOAuthScope,
      `${AuthenticationConstants.ToChannelFromBotLoginUrlPrefix}${tenant}`,
      true,
    );
    // Every credential the factory makes (app password, certificate, managed identity) is an
    // AppCredentials, whose public getToken() caches and refreshes the token for us.
    if (!(creds instanceof AppCredentials)) return null;
    return `Bearer ${await creds.getToken()}`;
  }
}

/** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
export function retryAfter(header: string | null, now: number): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
