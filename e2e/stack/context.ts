import type { Database } from "./db/database.ts";

/** The Postgres roles a request can run as, as on Supabase. */
export type RequestRole = "anon" | "authenticated" | "service_role";

/** JWT claims of the caller, exposed to SQL as `request.jwt.claims`. */
export type Claims = Record<string, unknown> & {
  role: RequestRole;
  sub?: string;
};

/** Who is calling, decided by the server from `apikey` and the bearer. */
export interface Caller {
  role: RequestRole;
  claims: Claims;
}

/** A request as the server hands it to the auth and REST handlers. */
export interface StackRequest {
  method: string;
  /** Path below the service prefix, e.g. "/contacts" or "/token". */
  path: string;
  query: URLSearchParams;
  /** Header names lowercased. */
  headers: Record<string, string>;
  /** Raw body text ("" when none). */
  body: string;
  caller: Caller;
}

export interface StackResponse {
  status: number;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else is sent as JSON. */
  body?: unknown;
}

export interface Keys {
  publishable: string;
  secret: string;
}

/** What every handler shares. */
export interface StackContext {
  db: Database;
  keys: Keys;
  /** HS256 secret that signs and verifies access tokens. */
  jwtSecret: string;
  /** Access token lifetime in seconds (3600 by default). */
  accessTokenTtl: number;
  /** Clock in milliseconds since the epoch (like Date.now), replaceable in tests. */
  now(): number;
}
