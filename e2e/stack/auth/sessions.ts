/**
 * Sessions, refresh tokens and the token response GoTrue sends after a
 * sign-in, a sign-up or a refresh.
 */
import type { StackRequest } from "../context.ts";
import type { Query } from "../db/database.ts";
import type { AuthEnv } from "./env.ts";
import { signAccessToken } from "./jwt.ts";
import {
  findUserById,
  type JsonObject,
  type UserRecord,
  userJson,
} from "./users.ts";

const TOKEN_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** A refresh token like GoTrue's: twelve random lowercase letters/digits. */
export function newRefreshToken(): string {
  let token = "";
  while (token.length < 12) {
    const [byte] = crypto.getRandomValues(new Uint8Array(1));
    // 252 is the largest multiple of 36 below 256: no letter is favoured.
    if (byte !== undefined && byte < 252) {
      token += TOKEN_ALPHABET[byte % TOKEN_ALPHABET.length];
    }
  }
  return token;
}

export interface SessionRef {
  id: string;
  createdAt: Date;
}

/** Opens a session with its first refresh token and stamps the sign-in. */
export async function startSession(
  env: AuthEnv,
  query: Query,
  user: UserRecord,
  req: StackRequest,
): Promise<{ session: SessionRef; refreshToken: string }> {
  const now = new Date(env.ctx.now());
  const session: SessionRef = { id: crypto.randomUUID(), createdAt: now };

  await query(
    `insert into auth.sessions (id, user_id, created_at, updated_at, aal,
       user_agent)
     values ($1, $2, $3, $3, 'aal1', $4)`,
    [session.id, user.id, now, req.headers["user-agent"] ?? null],
  );
  const refreshToken = await insertRefreshToken(query, {
    userId: user.id,
    sessionId: session.id,
    parent: null,
    now,
  });
  await query("update auth.users set last_sign_in_at = $2 where id = $1", [
    user.id,
    now,
  ]);
  return { session, refreshToken };
}

export async function insertRefreshToken(
  query: Query,
  token: {
    userId: string;
    sessionId: string;
    parent: string | null;
    now: Date;
  },
): Promise<string> {
  const value = newRefreshToken();
  await query(
    `insert into auth.refresh_tokens (instance_id, token, user_id, revoked,
       created_at, updated_at, parent, session_id)
     values ('00000000-0000-0000-0000-000000000000', $1, $2, false,
       $3, $3, $4, $5)`,
    [value, token.userId, token.now, token.parent, token.sessionId],
  );
  return value;
}

/**
 * `{access_token, token_type, expires_in, expires_at, refresh_token,
 * user}`, the user read again so it shows the sign-in just made.
 */
export async function tokenResponse(
  env: AuthEnv,
  req: StackRequest,
  query: Query,
  userId: string,
  session: SessionRef,
  refreshToken: string,
): Promise<JsonObject> {
  const user = await findUserById(query, userId);
  if (user === undefined) throw new Error(`user ${userId} vanished`);

  const iat = Math.floor(env.ctx.now() / 1000);
  const exp = iat + env.ctx.accessTokenTtl;
  const accessToken = await signAccessToken(env.ctx, {
    iss: env.issuerFor(req),
    sub: user.id,
    aud: user.aud,
    exp,
    iat,
    email: user.email,
    phone: user.phone,
    app_metadata: user.appMetadata,
    user_metadata: user.userMetadata,
    role: user.role,
    aal: "aal1",
    amr: [
      {
        method: "password",
        timestamp: Math.floor(session.createdAt.getTime() / 1000),
      },
    ],
    session_id: session.id,
    is_anonymous: user.isAnonymous,
  });

  return {
    access_token: accessToken,
    token_type: "bearer",
    expires_in: env.ctx.accessTokenTtl,
    expires_at: exp,
    refresh_token: refreshToken,
    user: await userJson(query, user),
  };
}
