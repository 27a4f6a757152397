import { identify } from '../src/app/services';
import type { ServerConfig } from '../src/config';
import type { Library } from '../src/library/library';
import type { Member } from '../src/library/roster';
import { TeamsInfo, TurnContext } from './teams-sdk';

const EMAIL_TTL_MS = 60 * 60 * 1000;

/**
 * Who a Teams user is. With authentication on, `from.aadObjectId` is trustworthy and the roster
 * decides; failing that, their email or UPN from Teams (looked up once an hour). In development
 * (no app id, loopback only) a display name found in the papers is enough, so a local client or a
 * test can act as any member.
 */
export class Identities {
  private readonly emails = new Map<string, { email: string | null; at: number }>();

  constructor(
    private readonly library: Library,
    private readonly config: ServerConfig,
  ) {}

  async member(ctx: TurnContext): Promise<Member | null> {
    const from = ctx.activity.from ?? { id: '', name: '' };
    const dev = this.config.mode === 'development';
    // Asked on every turn; await identify() keeps the answer until the roster or the papers change.
    const direct = await identify(this.library, { aadObjectId: from.aadObjectId ?? null, displayName: from.name ?? null, allowDisplayName: dev });
    if (direct || dev) return direct;
    const email = await this.emailOf(ctx, from.id);
    return email ? await identify(this.library, { email, allowDisplayName: false }) : null;
  }

  private async emailOf(ctx: TurnContext, userId: string): Promise<string | null> {
    const cached = this.emails.get(userId);
    if (cached && this.library.clock.now().getTime() - cached.at < EMAIL_TTL_MS) return cached.email;
    let email: string | null = null;
    try {
      const m = await TeamsInfo.getMember(ctx, userId);
      email = m.email ?? m.userPrincipalName ?? null;
    } catch {
      email = null; // not in a Teams conversation we can ask about: treated as unknown
    }
    this.emails.set(userId, { email, at: this.library.clock.now().getTime() });
    return email;
  }
}

/** The tenant an activity comes from (Teams puts it in channelData). */
export function tenantOf(ctx: TurnContext): string | null {
  const cd = ctx.activity.channelData as { tenant?: { id?: string } } | undefined;
  return (cd?.tenant?.id ?? (ctx.activity.conversation as { tenantId?: string } | undefined)?.tenantId ?? null)?.toLowerCase() ?? null;
}
