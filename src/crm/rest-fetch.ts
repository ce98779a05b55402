import {
  type HttpError,
  httpErrorFrom,
  type PostgrestErrorBody,
} from "./errors.ts";
import type { Transport } from "./transport.ts";

/** Where the REST fetch gets its bearer token. */
export interface TokenSource {
  /** The current access token, refreshed first when it is about to expire. */
  accessToken(): Promise<string>;
  /** A new access token, for when the server says the old one expired. */
  refresh(): Promise<string>;
}

/**
 * A `fetch` for PostgREST: adds the user's bearer token, refreshes it once
 * when the server answers that it expired, and throws `HttpError` for any
 * error status so queries never return half-failed results.
 */
export function createRestFetch(
  transport: Transport,
  tokens: TokenSource,
): typeof fetch {
  return async (input, init = {}) => {
    const first = await sendWith(await tokens.accessToken());
    if (first.ok) return first;

    const error = await httpErrorFrom(first);
    if (!isExpiredToken(error)) throw error;

    const second = await sendWith(await tokens.refresh());
    if (second.ok) return second;
    throw await httpErrorFrom(second);

    function sendWith(token: string): Promise<Response> {
      const headers = new Headers(init.headers);
      headers.set("Authorization", `Bearer ${token}`);
      return transport.send(input, { ...init, headers });
    }
  };
}

function isExpiredToken(error: HttpError): boolean {
  const body: PostgrestErrorBody = error.body ?? {};
  return (
    error.status === 401 &&
    (body.code === "PGRST303" || /jwt expired/i.test(body.message ?? ""))
  );
}
