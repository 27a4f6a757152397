/**
 * A Teams personal-chat message as it arrives over HTTP, asking for its replies in the response
 * body (expectReplies), so tests and the benchmark need no Bot Connector to receive them.
 */
export function messageActivity(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: `m-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:1/never-called',
    deliveryMode: 'expectReplies',
    from: { id: '29:priya', name: 'Priya Sandhu' },
    recipient: { id: '28:bot', name: 'Board assistant' },
    conversation: { id: 'a:priya', conversationType: 'personal' },
    text,
    ...extra,
  };
}
