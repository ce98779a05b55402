/**
 * `POST /token?grant_type=refresh_token`, with GoTrue's rotation: each
 * refresh token is used once, then revoked and replaced by a child whose
 * `parent` is the old token.
 *
 * A revoked token still works in two cases, as in GoTrue: it is the parent
 * of the session's active token (the client lost the answer of its last
 * refresh; it gets that active token back, nothing new is issued), or it
 * was revoked less than the reuse interval ago (it gets a new child). Any
 * other reuse revokes every token of the session and fails.
 */
import type { StackRequest, StackResponse } from "../context.ts";
import type { Query, Row } from "../db/database.ts";
import type { AuthEnv } from "./env.ts";
import { type AuthError, badRequest, OAuthError } from "./errors.ts";
import { readParams, stringParam } from "./params.ts";
import { asDate, asString } from "./rows.ts";
import {
  insertRefreshToken,
  type SessionRef,
  tokenResponse,
} from "./sessions.ts";
import { findUserById, isBanned, type JsonObject } from "./users.ts";

type Outcome = { body: JsonObject } | { error: AuthError };

export async function refreshGrant(
  env: AuthEnv,
  req: StackRequest,
): Promise<StackResponse> {
  const token = stringParam(readParams(req), "refresh_token");
  if (token === "") {
    throw new OAuthError("invalid_request", "refresh_token required");
  }

  // The revocation after a detected reuse must be committed although the
  // request fails, so failures come out of the transaction as values.
  const outcome = await env.ctx.db.transaction((query) =>
    rotate(env, req, query, token),
  );
  if ("error" in outcome) throw outcome.error;
  return { status: 200, body: outcome.body };
}

async function rotate(
  env: AuthEnv,
  req: StackRequest,
  query: Query,
  token: string,
): Promise<Outcome> {
  // Row locks serialise concurrent refreshes of one token: the second
  // waits here, then sees the token revoked with an active child.
  const { rows } = await query(
    "select * from auth.refresh_tokens where token = $1 for update",
    [token],
  );
  const row = rows[0];
  const user =
    row === undefined
      ? undefined
      : await findUserById(query, asString(row.user_id));
  if (row === undefined || user === undefined) {
    return failure(
      "refresh_token_not_found",
      "Invalid Refresh Token: Refresh Token Not Found",
    );
  }
  if (isBanned(user, env.ctx.now())) {
    return failure("user_banned", "Invalid Refresh Token: User Banned");
  }
  const session = await lockSession(query, row);
  if (session === undefined) {
    await query("delete from auth.refresh_tokens where id = $1", [row.id]);
    return failure(
      "session_not_found",
      "Invalid Refresh Token: No Valid Session Found",
    );
  }
  if (session.notAfter !== null && session.notAfter.getTime() < env.ctx.now()) {
    return failure("session_expired", "Invalid Refresh Token: Session Expired");
  }

  const now = new Date(env.ctx.now());
  let issued: string;
  if (row.revoked === true) {
    const active = await activeToken(query, session.id);
    if (active !== undefined && active.parent === token) {
      issued = active.token;
    } else {
      const revokedAt = asDate(row.updated_at)?.getTime() ?? 0;
      if (now.getTime() > revokedAt + env.reuseIntervalSeconds * 1000) {
        await query(
          `update auth.refresh_tokens set revoked = true
            where session_id = $1 and revoked = false`,
          [session.id],
        );
        return failure(
          "refresh_token_already_used",
          "Invalid Refresh Token: Already Used",
        );
      }
      issued = await swap(query, row, session.id, now);
    }
  } else {
    issued = await swap(query, row, session.id, now);
  }

  await query(
    `update auth.sessions
        set refreshed_at = $2::timestamptz at time zone 'UTC',
            updated_at = $2, user_agent = $3
      where id = $1`,
    [session.id, now, req.headers["user-agent"] ?? null],
  );
  return {
    body: await tokenResponse(env, req, query, user.id, session, issued),
  };
}

function failure(code: string, message: string): Outcome {
  return { error: badRequest(code, message) };
}

async function lockSession(
  query: Query,
  token: Row,
): Promise<(SessionRef & { notAfter: Date | null }) | undefined> {
  if (token.session_id === null || token.session_id === undefined) {
    return undefined;
  }
  const { rows } = await query(
    "select * from auth.sessions where id = $1 for update",
    [token.session_id],
  );
  const row = rows[0];
  if (row === undefined) return undefined;
  return {
    id: asString(row.id),
    createdAt: asDate(row.created_at) ?? new Date(0),
    notAfter: asDate(row.not_after),
  };
}

/** The session's newest token that is not revoked, as GoTrue finds it. */
async function activeToken(
  query: Query,
  sessionId: string,
): Promise<{ token: string; parent: string } | undefined> {
  const { rows } = await query(
    `select token, parent from auth.refresh_tokens
      where session_id = $1 and revoked = false
      order by id desc limit 1`,
    [sessionId],
  );
  const row = rows[0];
  return row === undefined
    ? undefined
    : { token: asString(row.token), parent: asString(row.parent) };
}

/** Revokes `old` and issues its child. */
async function swap(
  query: Query,
  old: Row,
  sessionId: string,
  now: Date,
): Promise<string> {
  await query(
    // The reuse interval runs from the first revocation; a reuse inside
    // it must not extend it.
    `update auth.refresh_tokens
        set revoked = true,
            updated_at = case when revoked then updated_at else $2 end
      where id = $1`,
    [old.id, now],
  );
  return insertRefreshToken(query, {
    userId: asString(old.user_id),
    sessionId,
    parent: asString(old.token),
    now,
  });
}
