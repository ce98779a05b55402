/** `GET /user` and `PUT /user`: the signed-in user reads and edits itself. */
import type { Claims, StackRequest, StackResponse } from "../context.ts";
import { type Authenticated, authenticate } from "./bearer.ts";
import type { AuthEnv } from "./env.ts";
import { AuthError, badRequest, unprocessable } from "./errors.ts";
import { objectParam, readParams } from "./params.ts";
import {
  checkPasswordStrength,
  hashPassword,
  verifyPassword,
} from "./passwords.ts";
import { AUDIENCE, findUserById, type JsonObject, userJson } from "./users.ts";

export async function getUser(
  env: AuthEnv,
  req: StackRequest,
): Promise<StackResponse> {
  const { user } = await signedIn(env, req);
  return { status: 200, body: await userJson(env.ctx.db.query, user) };
}

/** Changes the password and merges `data` into the user metadata. */
export async function updateUser(
  env: AuthEnv,
  req: StackRequest,
): Promise<StackResponse> {
  const { user, sessionId } = await signedIn(env, req);
  const params = readParams(req);
  const data = objectParam(params, "data");
  const password = params.password;
  if (password !== undefined && password !== null) {
    if (typeof password !== "string") {
      throw badRequest("bad_json", "Could not parse request body as JSON");
    }
    checkPasswordStrength(password);
  }
  for (const field of ["email", "phone"] as const) {
    const value = params[field];
    if (typeof value === "string" && value !== "" && value !== user[field]) {
      throw badRequest(
        "validation_failed",
        `Changing the ${field} is not supported by the local stack`,
      );
    }
  }
  if (
    typeof password === "string" &&
    (await verifyPassword(password, user.encryptedPassword))
  ) {
    throw unprocessable(
      "same_password",
      "New password should be different from the old password.",
    );
  }
  const hash =
    typeof password === "string" ? await hashPassword(password) : undefined;

  const body = await env.ctx.db.transaction(async (query) => {
    const now = new Date(env.ctx.now());
    if (data !== undefined) {
      await query(
        `update auth.users set raw_user_meta_data = $2, updated_at = $3
          where id = $1`,
        [user.id, JSON.stringify(merged(user.userMetadata, data)), now],
      );
    }
    if (hash !== undefined) {
      await query(
        `update auth.users set encrypted_password = $2, updated_at = $3
          where id = $1`,
        [user.id, hash, now],
      );
      // As GoTrue: a new password signs every other session out.
      await query(
        `delete from auth.sessions
          where user_id = $1 and id is distinct from $2`,
        [user.id, sessionId ?? null],
      );
    }
    const updated = await findUserById(query, user.id);
    if (updated === undefined) throw new Error(`user ${user.id} vanished`);
    return userJson(query, updated);
  });
  return { status: 200, body };
}

/** GoTrue's metadata merge: keys are replaced, a null value removes one. */
function merged(current: JsonObject, changes: JsonObject): JsonObject {
  const result = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete result[key];
    else result[key] = value;
  }
  return result;
}

async function signedIn(
  env: AuthEnv,
  req: StackRequest,
): Promise<Authenticated> {
  const authenticated = await authenticate(env, req);
  if (!audiences(authenticated.claims).includes(AUDIENCE)) {
    throw new AuthError(
      400,
      "unexpected_audience",
      "Token audience doesn't match request audience",
    );
  }
  return authenticated;
}

function audiences(claims: Claims): unknown[] {
  return Array.isArray(claims.aud) ? claims.aud : [claims.aud];
}
