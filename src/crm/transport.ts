import { NetworkError, TimeoutError } from "./errors.ts";
import { nativeFetch } from "./native-fetch.ts";

/** How the CRM client sends HTTP requests. */
export interface Transport {
  /** A `fetch` that throws `NetworkError` or `TimeoutError` on failure. */
  send(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Requests sent so far. */
  readonly requests: number;
  /** The last request failure, for errors that auth-js wraps. */
  readonly lastFailure: NetworkError | TimeoutError | undefined;
}

/**
 * Sends requests with the browser's own `fetch` (see `nativeFetch`),
 * giving each one `timeoutMs` to answer.
 */
export function createTransport(timeoutMs: number): Transport {
  let requests = 0;
  let lastFailure: NetworkError | TimeoutError | undefined;

  async function send(
    input: RequestInfo | URL,
    init: RequestInit = {},
  ): Promise<Response> {
    const url = urlOf(input);
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = init.signal
      ? anySignal([init.signal, timeout.signal])
      : timeout.signal;
    requests += 1;

    try {
      return await nativeFetch()(input, { ...init, signal });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      lastFailure = timeout.signal.aborted
        ? new TimeoutError(url, timeoutMs)
        : new NetworkError(url, error);
      throw lastFailure;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    send,
    get requests() {
      return requests;
    },
    get lastFailure() {
      return lastFailure;
    },
  };
}

function urlOf(input: RequestInfo | URL): string {
  const url =
    typeof input === "string" ? input : "url" in input ? input.url : input.href;
  return url.split("?")[0] ?? url;
}

function anySignal(signals: AbortSignal[]): AbortSignal {
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) controller.abort(signal.reason);
    signal.addEventListener("abort", () => controller.abort(signal.reason), {
      once: true,
    });
  }
  return controller.signal;
}
