/**
 * The signed-in user behind `Authorization: Bearer <access token>`, with
 * GoTrue's answers when there is none: 401 without a token, 403 for a bad
 * one or one whose user or session is gone.
 */
import type { Claims, StackRequest } from "../context.ts";
import type { AuthEnv } from "./env.ts";
import { AuthError, forbidden } from "./errors.ts";
import { JwtError, verifyAccessToken } from "./jwt.ts";
import { isUuid } from "./params.ts";
import { findUserById, type UserRecord } from "./users.ts";

export interface Authenticated {
  user: UserRecord;
  claims: Claims;
  /** The session the token belongs to; tokens without one have none. */
  sessionId: string | undefined;
}

/** The bearer token of the request, or GoTrue's 401. */
export function bearerToken(req: StackRequest): string {
  const match = /^[Bb]earer (\S+)$/.exec(req.headers.authorization ?? "");
  if (match?.[1] === undefined) {
    throw new AuthError(
      401,
      "no_authorization",
      "This endpoint requires a valid Bearer token",
    );
  }
  return match[1];
}

/** The verified claims of the bearer token, or GoTrue's 403 `bad_jwt`. */
export async function bearerClaims(
  env: AuthEnv,
  req: StackRequest,
): Promise<Claims> {
  const token = bearerToken(req);
  try {
    return await verifyAccessToken(env.ctx, token);
  } catch (error) {
    if (!(error instanceof JwtError)) throw error;
    throw forbidden(
      "bad_jwt",
      `invalid JWT: unable to parse or verify signature, ${error.authMessage}`,
    );
  }
}

export async function authenticate(
  env: AuthEnv,
  req: StackRequest,
): Promise<Authenticated> {
  const claims = await bearerClaims(env, req);
  const { db } = env.ctx;

  const sub = typeof claims.sub === "string" ? claims.sub : "";
  if (sub === "")
    throw forbidden("bad_jwt", "invalid claim: missing sub claim");
  if (!isUuid(sub)) {
    throw new AuthError(
      400,
      "bad_jwt",
      "invalid claim: sub claim must be a UUID",
    );
  }
  const user = await findUserById(db.query, sub);
  if (user === undefined) {
    throw forbidden(
      "user_not_found",
      "User from sub claim in JWT does not exist",
    );
  }

  const sessionId =
    typeof claims.session_id === "string" && claims.session_id !== ""
      ? claims.session_id
      : undefined;
  if (sessionId !== undefined) {
    if (!isUuid(sessionId)) {
      throw forbidden(
        "bad_jwt",
        "invalid claim: session_id claim must be a UUID",
      );
    }
    const { rows } = await db.query(
      "select id from auth.sessions where id = $1",
      [sessionId],
    );
    if (rows.length === 0) {
      throw forbidden(
        "session_not_found",
        "Session from session_id claim in JWT does not exist",
      );
    }
  }
  return { user, claims, sessionId };
}
