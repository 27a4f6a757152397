import type { Logger } from 'pino';

import type { ServerConfig } from '../src/config';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } from './teams-sdk';

/**
 * The Bot Framework adapter. With an app id every request must carry a valid Bot Framework token
 * (botbuilder checks it); without one — development only — requests are not authenticated, which
 * is why development mode listens on loopback alone.
 */
export function createAdapter(config: ServerConfig, log: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.appId ?? '',
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppType: config.appType ?? 'MultiTenant',
    MicrosoftAppTenantId: config.appTenantId ?? '',
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (ctx: TurnContext, error: Error) => {
    // Never the message text: it may be about a child.
    log.error(
      { err: error.message, stack: error.stack, activity: ctx.activity?.type, conversation: ctx.activity?.conversation?.conversationType },
      'turn failed',
    );
    try {
      await ctx.sendActivity('Sorry — something went wrong on my side and I could not finish that. Nothing was changed; please try again.');
    } catch {
      log.warn('could not tell the user about the failure');
    }
  };
  return adapter;
}
