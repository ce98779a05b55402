import { once } from "node:events";
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { createAuthHandler } from "./auth/handler.ts";
import { resolveCaller } from "./caller.ts";
import type {
  Keys,
  StackContext,
  StackRequest,
  StackResponse,
} from "./context.ts";
import { handleControl } from "./control.ts";
import { openDatabase, prepareDatabase } from "./db/bootstrap.ts";
import type { Database } from "./db/database.ts";
import { DEMO_USER } from "./db/demo.ts";
import { Faults } from "./faults.ts";
import { lowercaseHeaders, preflightHeaders, readBody, send } from "./http.ts";
import { createRestHandler } from "./rest/handler.ts";

export interface StackOptions {
  /** TCP port on 127.0.0.1; 0 picks a free one. Default 54321. */
  port?: number;
  host?: string;
  /** Folder for PGlite's files; in memory when absent. */
  dataDir?: string;
  /** A PostgreSQL connection URL; PGlite is used when absent. */
  databaseUrl?: string;
  /** Another CRM schema file instead of the bundled one. */
  schemaFile?: string;
  /** A data file for the schema; `null` loads no data. */
  seedFile?: string | null;
  /** Enables the fault controls under `/__stack/`. */
  testMode?: boolean;
  /** Access token lifetime in seconds. */
  accessTokenTtl?: number;
  /** Seconds a rotated refresh token may still be used. */
  refreshReuseSeconds?: number;
  keys?: Keys;
  jwtSecret?: string;
}

export interface Stack {
  /** Base URL, e.g. http://127.0.0.1:54321 */
  url: string;
  keys: Keys;
  jwtSecret: string;
  db: Database;
  faults: Faults;
  demoUser: { email: string; password: string };
  /** Ends every session of a user, as if an administrator revoked them. */
  revokeUserSessions(userId: string): Promise<void>;
  /** Reads the database catalog again after a schema change. */
  reloadSchema(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The keys of the local stack. Like the Supabase CLI's, they are fixed and
 * public: they protect nothing but this machine's demo data.
 */
export const LOCAL_KEYS: Keys = {
  publishable: "sb_publishable_local-clipper-stack-0000000000",
  secret: "sb_secret_local-clipper-stack-0000000000000000",
};
export const LOCAL_JWT_SECRET =
  "local-clipper-stack-jwt-secret-with-at-least-32-characters";

/** Starts the local Supabase-compatible stack and resolves once it listens. */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const db = await openDatabase(
    options.databaseUrl === undefined
      ? options.dataDir === undefined
        ? {}
        : { dataDir: options.dataDir }
      : { databaseUrl: options.databaseUrl },
  );
  await prepareDatabase(db, {
    ...(options.schemaFile === undefined
      ? {}
      : { schemaFile: options.schemaFile }),
    ...(options.seedFile === undefined ? {} : { seedFile: options.seedFile }),
  });

  const ctx: StackContext = {
    db,
    keys: options.keys ?? LOCAL_KEYS,
    jwtSecret: options.jwtSecret ?? LOCAL_JWT_SECRET,
    accessTokenTtl: options.accessTokenTtl ?? 3600,
    now: () => Date.now(),
  };
  const faults = new Faults();
  const auth = createAuthHandler(
    ctx,
    options.refreshReuseSeconds === undefined
      ? {}
      : { reuseIntervalSeconds: options.refreshReuseSeconds },
  );
  const rest = createRestHandler(ctx);
  const testMode = options.testMode === true;

  const route = async (
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://stack.local");
    if (testMode) faults.record(req.method ?? "GET", url.pathname + url.search);

    if (req.method === "OPTIONS") {
      res.writeHead(200, preflightHeaders(req)).end();
      return;
    }
    if (testMode && url.pathname.startsWith("/__stack/")) {
      const body = await readBody(req);
      send(req, res, await handleControl(stack, url, req.method ?? "", body));
      return;
    }

    const latency = testMode ? faults.latencyFor(url.pathname) : 0;
    const rule = testMode
      ? faults.take(req.method ?? "GET", url.pathname)
      : undefined;
    const delay = latency + (rule?.delayMs ?? 0);
    if (delay > 0) await sleep(delay);
    if (rule?.action?.kind === "drop-before") {
      req.socket.destroy();
      return;
    }
    if (rule?.action?.kind === "status") {
      send(req, res, faultResponse(rule.action.status, rule.action.body));
      return;
    }

    const response = await dispatch(req, url);
    if (rule?.action?.kind === "drop-after") {
      req.socket.destroy();
      return;
    }
    send(req, res, response);
  };

  const dispatch = async (
    req: IncomingMessage,
    url: URL,
  ): Promise<StackResponse> => {
    const service = /^\/(rest|auth)\/v1(\/.*)?$/.exec(url.pathname);
    if (service === null) {
      return {
        status: 404,
        body: { message: "no Route matched with those values" },
      };
    }
    const headers = lowercaseHeaders(req);
    const body = await readBody(req);
    const kind = service[1] === "rest" ? "rest" : "auth";
    const resolved = await resolveCaller(ctx, kind, headers, url, faults);
    if ("status" in resolved) return resolved;

    const request: StackRequest = {
      method: req.method ?? "GET",
      path: service[2] ?? "/",
      query: url.searchParams,
      headers,
      body,
      caller: resolved,
    };
    return kind === "rest" ? rest.handle(request) : auth.handle(request);
  };

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      process.stderr.write(`stack: ${String(error)}\n`);
      if (!res.headersSent) {
        send(req, res, {
          status: 500,
          body: { code: "XX000", details: null, hint: null, message: "" },
        });
      } else res.destroy();
    });
  });
  server.listen(options.port ?? 54321, options.host ?? "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;

  const stack: Stack = {
    url: `http://${options.host ?? "127.0.0.1"}:${port}`,
    keys: ctx.keys,
    jwtSecret: ctx.jwtSecret,
    db,
    faults,
    demoUser: DEMO_USER,
    revokeUserSessions: (userId) => auth.revokeUserSessions(userId),
    reloadSchema: () => rest.reload(),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
  return stack;
}

/** What a failing upstream looks like through Supabase's gateway. */
function faultResponse(status: number, body: unknown): StackResponse {
  return {
    status,
    body: body ?? {
      code: String(status),
      details: null,
      hint: null,
      message: "Injected fault",
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
