/**
 * The PostgREST-compatible gateway under `/rest/v1`: every table, view
 * and function of `public`, read from the catalog, served with
 * PostgREST's query grammar, headers, status codes and error bodies.
 * Each request runs in one transaction as the caller's role, so grants
 * and row level security decide what it may see and change.
 */
import type { StackContext, StackRequest, StackResponse } from "../context.ts";
import { type Catalog, loadCatalog } from "./catalog.ts";
import { embedResolver } from "./embed.ts";
import { errorResponse, jsonHeaders, RestError } from "./errors.ts";
import { targetOf } from "./fields.ts";
import { openApi } from "./openapi.ts";
import { parsePrefer, parseRange, wantsObject } from "./prefer.ts";
import { parseQuery } from "./query.ts";
import { readResponse, runRead, windowOf, withCount } from "./read.ts";
import { resolveRpc, runRpc } from "./rpc.ts";
import { asCaller } from "./session.ts";
import { ident, Params, publicName } from "./sql.ts";
import { suggestion } from "./suggest.ts";
import {
  deleteStatement,
  insertStatement,
  runWrite,
  type Statement,
  updateStatement,
  type WriteRequest,
} from "./write.ts";

export interface RestHandler {
  handle(request: StackRequest): Promise<StackResponse>;
  /** Reads the catalog again, e.g. after a migration. */
  reload(): Promise<void>;
}

export function createRestHandler(ctx: StackContext): RestHandler {
  let catalog: Promise<Catalog> | undefined;
  const load = (): Promise<Catalog> => {
    const loading = loadCatalog(ctx.db);
    catalog = loading;
    loading.catch(() => {
      if (catalog === loading) catalog = undefined;
    });
    return loading;
  };

  return {
    handle: async (req) => {
      try {
        return await route(ctx, await (catalog ?? load()), req);
      } catch (error) {
        const response = errorResponse(error, req.caller.role);
        if (response === undefined) throw error;
        return response;
      }
    },
    reload: async () => {
      await load();
    },
  };
}

async function route(
  ctx: StackContext,
  catalog: Catalog,
  req: StackRequest,
): Promise<StackResponse> {
  const segments = req.path
    .split("/")
    .filter((s) => s !== "")
    .map(decode);
  const [first, second, ...more] = segments;
  if (first === undefined) {
    if (req.method !== "GET" && req.method !== "HEAD") throw badMethod(req);
    const host = req.headers.host ?? "localhost";
    return {
      status: 200,
      headers: openApiHeaders(),
      body: openApi(catalog, host),
    };
  }
  if (more.length > 0 || (second !== undefined && first !== "rpc")) {
    throw new RestError(
      404,
      "PGRST125",
      "Invalid path specified in request URL",
    );
  }
  checkProfile(req);
  const prefs = parsePrefer(req.headers.prefer);
  const singular = wantsObject(req.headers.accept);
  const options = {
    readOnly: req.method === "GET" || req.method === "HEAD",
    rollback: prefs.tx === "rollback",
  };

  if (second !== undefined) {
    if (!["GET", "HEAD", "POST"].includes(req.method)) throw badMethod(req);
    const call = resolveRpc(catalog, second, req);
    const range = parseRange(req.headers.range);
    return asCaller(ctx.db, req, options, (query) =>
      runRpc(query, call, prefs, range, singular),
    );
  }

  const relation = catalog.relations.get(first);
  if (relation === undefined) throw noTable(catalog, first);
  const plan = parseQuery(req.query);
  if (options.readOnly) {
    const window = windowOf(plan, parseRange(req.headers.range));
    const source = {
      from: `${publicName(relation.name)} as ${ident(relation.name)}`,
      target: targetOf(relation.name, relation.columns),
      embed: embedResolver(catalog),
    };
    return asCaller(ctx.db, req, options, async (query) => {
      const counted = withCount(prefs);
      const params = new Params();
      const result = await runRead(
        query,
        source,
        plan,
        window,
        counted,
        params,
      );
      return readResponse(result, window, prefs, singular);
    });
  }
  const embed = embedResolver(catalog);
  const write: WriteRequest = { req, relation, plan, prefs, singular, embed };
  const [statement, status] = writeOf(write);
  return asCaller(ctx.db, req, options, (query) =>
    runWrite(query, write, statement, status),
  );
}

function writeOf(write: WriteRequest): [Statement, number] {
  switch (write.req.method) {
    case "POST":
      return [insertStatement(write), 201];
    case "PATCH":
      return [updateStatement(write), 200];
    case "DELETE":
      return [deleteStatement(write), 200];
    default:
      throw badMethod(write.req);
  }
}

/** Only `public` is exposed, as on Supabase by default. */
function checkProfile(req: StackRequest): void {
  const asked = req.headers["accept-profile"] ?? req.headers["content-profile"];
  if (asked !== undefined && asked !== "public") {
    throw new RestError(
      406,
      "PGRST106",
      "The schema must be one of the following: public",
    );
  }
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function badMethod(req: StackRequest): RestError {
  return new RestError(
    405,
    "PGRST117",
    `Unsupported HTTP method: ${req.method}`,
  );
}

function noTable(catalog: Catalog, name: string): RestError {
  const near = suggestion(name, [...catalog.relations.keys()]);
  return new RestError(
    404,
    "PGRST205",
    `Could not find the table 'public.${name}' in the schema cache`,
    null,
    near === null ? null : `Perhaps you meant the table 'public.${near}'`,
  );
}

function openApiHeaders(): Record<string, string> {
  return {
    ...jsonHeaders(),
    "Content-Type": "application/openapi+json; charset=utf-8",
  };
}
