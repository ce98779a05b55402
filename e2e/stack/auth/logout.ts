/**
 * `POST /logout?scope=global|local|others`. Ending a session deletes it,
 * and its refresh tokens with it (the foreign key cascades), so they then
 * fail as "Refresh Token Not Found", as on Supabase.
 */
import type { StackRequest, StackResponse } from "../context.ts";
import type { Database } from "../db/database.ts";
import { authenticate } from "./bearer.ts";
import type { AuthEnv } from "./env.ts";
import { badRequest } from "./errors.ts";

export async function logout(
  env: AuthEnv,
  req: StackRequest,
): Promise<StackResponse> {
  const scope = req.query.get("scope") ?? "";
  if (!["", "global", "local", "others"].includes(scope)) {
    throw badRequest(
      "validation_failed",
      `Unsupported logout scope "${scope}"`,
    );
  }
  const { user, sessionId } = await authenticate(env, req);
  const { db } = env.ctx;

  if (sessionId !== undefined && scope === "local") {
    await db.query("delete from auth.sessions where id = $1", [sessionId]);
  } else if (sessionId !== undefined && scope === "others") {
    await db.query(
      "delete from auth.sessions where user_id = $1 and id <> $2",
      [user.id, sessionId],
    );
  } else {
    await endAllSessions(db, user.id);
  }
  return { status: 204 };
}

/** Deletes every session and refresh token of the user. */
export async function endAllSessions(
  db: Database,
  userId: string,
): Promise<void> {
  await db.transaction(async (query) => {
    await query("delete from auth.refresh_tokens where user_id = $1", [userId]);
    await query("delete from auth.sessions where user_id = $1", [userId]);
  });
}
