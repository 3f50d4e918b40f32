/** One server-sent event of a GraphQL subscription: `next` with a payload, `complete`, or `closed` when the stream ended. */
export interface SseMessage {
  readonly event: string;
  readonly data: { data?: Record<string, Record<string, unknown>>; errors?: unknown[] } | null;
}

/** A GraphQL subscription opened over SSE with fetch, read one message at a time (keep-alive comments skipped). */
export async function openSubscription(
  base: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
) {
  const abort = new AbortController();
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  /** The next message; `closed` once the server has ended the stream. Rejects if the connection was reset. */
  async function next(): Promise<SseMessage> {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const lines = block.split('\n').filter((line) => !line.startsWith(':'));
        if (lines.length === 0) continue;
        const field = (name: string) =>
          lines
            .filter((line) => line.startsWith(`${name}:`))
            .map((line) => line.slice(name.length + 1).trim())
            .join('\n');
        const data = field('data');
        return {
          event: field('event'),
          data: data ? (JSON.parse(data) as SseMessage['data']) : null,
        };
      }
      const chunk = await reader.read();
      if (chunk.done) return { event: 'closed', data: null };
      buffer += chunk.value;
    }
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    next,
    close: () => abort.abort(),
  };
}
