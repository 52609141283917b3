import "server-only";

// An import answered as a stream of NDJSON events (one JSON object per line), so the page can show
// how far it has got. Shared by the score import and the Excel onboarding.

export const NDJSON_HEADERS = {
  "Content-Type": "application/x-ndjson; charset=utf-8",
  // no-transform: the server's compression would hold the events back until the end.
  "Cache-Control": "private, no-store, no-transform",
  "X-Content-Type-Options": "nosniff",
};

export const eventLine = <E extends object>(event: E) => `${JSON.stringify(event)}\n`;

/** An import refused for going too fast (lib/limits/throttle.ts): 429 with Retry-After, and the event the page words. */
export const tooFastEvents = (seconds: number) =>
  new Response(eventLine({ type: "failed", reason: "tooFast", seconds }), { status: 429, headers: { ...NDJSON_HEADERS, "Retry-After": String(seconds) } });

/**
 * Runs `work` while the caller reads the events it sends; a throw becomes `failed(error)`, the
 * last event. The work goes on if the reader leaves: an apply half-seen is still finished.
 */
export function eventStream<E extends object>(
  work: (send: (event: E) => Promise<void>) => Promise<void>,
  failed: (error: unknown) => E,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = async (event: E) => {
        if (open) {
          try {
            controller.enqueue(encoder.encode(eventLine(event)));
          } catch {
            open = false; // the reader went away
          }
        }
        // Let the response write the line before the next batch of work.
        await new Promise((resolve) => setImmediate(resolve));
      };
      const run = async () => {
        try {
          await work(send);
        } catch (error) {
          await send(failed(error));
        } finally {
          if (open) controller.close();
        }
      };
      void run();
    },
  });
}
