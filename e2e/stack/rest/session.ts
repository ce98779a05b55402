/**
 * One request, one transaction, run as the caller's role with the JWT
 * claims where `auth.uid()`, `auth.role()` and `auth.jwt()` read them, as
 * PostgREST sets them up for every request.
 */
import type { StackRequest, StackResponse } from "../context.ts";
import type { Database, Query } from "../db/database.ts";

const SETUP = `select
  set_config('search_path', 'public, extensions', true),
  set_config('role', $1::text, true),
  set_config('request.jwt.claims', $2::text, true),
  set_config('request.jwt.claim.sub', $3::text, true),
  set_config('request.jwt.claim.role', $1::text, true),
  set_config('request.method', $4::text, true),
  set_config('request.path', $5::text, true),
  set_config('request.headers', $6::text, true)`;

/** Thrown to end a transaction with `Prefer: tx=rollback`. */
class Rollback extends Error {
  constructor(readonly response: StackResponse) {
    super("rollback");
  }
}

export interface SessionOptions {
  readOnly: boolean;
  rollback: boolean;
}

export async function asCaller(
  db: Database,
  req: StackRequest,
  options: SessionOptions,
  work: (query: Query) => Promise<StackResponse>,
): Promise<StackResponse> {
  const { claims, role } = req.caller;
  const sub = typeof claims.sub === "string" ? claims.sub : "";
  try {
    return await db.transaction(async (query) => {
      if (options.readOnly) await query("set transaction read only");
      await query(SETUP, [
        role,
        JSON.stringify(claims),
        sub,
        req.method,
        `/rest/v1${req.path}`,
        JSON.stringify(req.headers),
      ]);
      const response = await work(query);
      if (options.rollback) throw new Rollback(response);
      return response;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.response;
    throw error;
  }
}
