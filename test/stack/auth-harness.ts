/**
 * A real HTTP server around the auth handler alone, on the bundled schema
 * and demo data, with a clock the tests can move forward.
 */
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { GoTrueClient } from "@supabase/auth-js";
import {
  type AuthHandler,
  type AuthHandlerOptions,
  createAuthHandler,
} from "../../e2e/stack/auth/handler.ts";
import type {
  Caller,
  StackContext,
  StackRequest,
} from "../../e2e/stack/context.ts";
import {
  type DatabaseLocation,
  openDatabase,
  prepareDatabase,
} from "../../e2e/stack/db/bootstrap.ts";
import type { Database } from "../../e2e/stack/db/database.ts";

export const KEYS = {
  publishable: "sb_publishable_auth-harness",
  secret: "sb_secret_auth-harness",
};

export interface AuthHarness {
  /** `http://127.0.0.1:<port>/auth/v1` */
  authUrl: string;
  db: Database;
  ctx: StackContext;
  auth: AuthHandler;
  /** Moves the stack's clock (not the test's) forward. */
  advanceClock(seconds: number): void;
  /** The official client, as an app configures it for tests. */
  client(): GoTrueClient;
  /** Plain fetch below `/auth/v1` with the publishable key. */
  call(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export async function startAuthHarness(
  options: AuthHandlerOptions = {},
  location: DatabaseLocation = {},
): Promise<AuthHarness> {
  const db = await openDatabase(location);
  await prepareDatabase(db);
  let offsetMs = 0;
  const ctx: StackContext = {
    db,
    keys: KEYS,
    jwtSecret: "auth-harness-secret-with-at-least-32-characters",
    accessTokenTtl: 3600,
    now: () => Date.now() + offsetMs,
  };
  const auth = createAuthHandler(ctx, options);

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://harness");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === "string") headers[name] = value;
    }
    const caller = callerOf(headers.apikey);
    if (caller === undefined) {
      res.writeHead(401).end('{"message":"Invalid API key"}');
      return;
    }
    const request: StackRequest = {
      method: req.method ?? "GET",
      path: url.pathname.replace(/^\/auth\/v1/, "") || "/",
      query: url.searchParams,
      headers,
      body: Buffer.concat(chunks).toString("utf8"),
      caller,
    };
    const response = await auth.handle(request).catch((error: unknown) => ({
      status: 500,
      headers: {},
      body: { unexpected: String(error) },
    }));
    const body =
      response.body === undefined
        ? ""
        : typeof response.body === "string"
          ? response.body
          : JSON.stringify(response.body);
    res.writeHead(response.status, {
      "Content-Type": "application/json",
      ...response.headers,
    });
    res.end(body);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const authUrl = `http://127.0.0.1:${port}/auth/v1`;

  return {
    authUrl,
    db,
    ctx,
    auth,
    advanceClock: (seconds) => {
      offsetMs += seconds * 1000;
    },
    client: () =>
      new GoTrueClient({
        url: authUrl,
        headers: { apikey: KEYS.publishable },
        persistSession: false,
        autoRefreshToken: false,
      }),
    call: (path, init = {}) =>
      fetch(`${authUrl}${path}`, {
        ...init,
        headers: {
          apikey: KEYS.publishable,
          "Content-Type": "application/json",
          ...init.headers,
        },
      }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

function callerOf(apikey: string | undefined): Caller | undefined {
  if (apikey === KEYS.publishable) {
    return { role: "anon", claims: { role: "anon" } };
  }
  if (apikey === KEYS.secret) {
    return { role: "service_role", claims: { role: "service_role" } };
  }
  return undefined;
}

let emails = 0;

/** An address no other test uses. */
export function uniqueEmail(): string {
  emails += 1;
  return `user-${process.pid}-${emails}-${Date.now()}@example.test`;
}

/** Signs a fresh user up with plain fetch and returns the session. */
export async function signUp(
  harness: AuthHarness,
  email = uniqueEmail(),
  password = "correct-horse-1",
): Promise<Session> {
  const response = await harness.call("/signup", {
    method: "POST",
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) {
    throw new Error(`signup failed: ${await response.text()}`);
  }
  return (await response.json()) as Session;
}

export interface Session {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  expires_at: number;
  token_type: string;
  user: { id: string; email: string } & Record<string, unknown>;
}

/** Plain fetch of the refresh grant. */
export function refresh(
  harness: AuthHarness,
  refreshToken: string,
): Promise<Response> {
  return harness.call("/token?grant_type=refresh_token", {
    method: "POST",
    body: JSON.stringify({ refresh_token: refreshToken }),
  });
}
