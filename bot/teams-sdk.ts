/**
 * The Teams SDK seam: the only module that imports botbuilder and botframework-connector (eslint
 * enforces it). Everything else in bot/ takes the SDK's types and helpers from here, so moving to
 * the Microsoft 365 Agents SDK (@microsoft/agents-hosting, which keeps these names) is a change of
 * this file plus the few that build the adapter, dispatch turns and sign proactive requests
 * (adapter.ts, board-bot.ts, proactive.ts).
 */
export type {
  Activity,
  ActivityHandler,
  AdaptiveCardInvokeResponse,
  AdaptiveCardInvokeValue,
  ConversationReference,
  FileConsentCardResponse,
  MessagingExtensionQuery,
  MessagingExtensionResponse,
} from 'botbuilder';
export {
  ActivityTypes,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  MessageFactory,
  TeamsActivityHandler,
  TeamsInfo,
  TurnContext,
} from 'botbuilder';
export { AppCredentials, AuthenticationConstants } from 'botframework-connector';
