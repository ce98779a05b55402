/** `PUT /admin/users/<id>`: password, metadata, confirmation and bans. */
import type { StackRequest, StackResponse } from "../context.ts";
import type { Query } from "../db/database.ts";
import type { AuthEnv } from "./env.ts";
import { badRequest } from "./errors.ts";
import {
  booleanParam,
  objectParam,
  readParams,
  stringParam,
} from "./params.ts";
import { checkPasswordStrength, hashPassword } from "./passwords.ts";
import { findUserById, type UserRecord, userJson } from "./users.ts";

const UNIT_MS: Record<string, number> = {
  h: 3_600_000,
  m: 60_000,
  s: 1000,
  ms: 1,
};

/** A Go duration such as "24h" or "1h30m", in milliseconds. */
function parseDuration(text: string): number {
  if (!/^(?:\d+(?:\.\d+)?(?:h|ms|m|s))+$/.test(text)) {
    throw badRequest(
      "validation_failed",
      `invalid format for ban duration: time: invalid duration "${text}"`,
    );
  }
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s)/g)) {
    total += Number(amount) * (UNIT_MS[unit ?? "s"] ?? 0);
  }
  return total;
}

export async function updateUserAsAdmin(
  env: AuthEnv,
  req: StackRequest,
  user: UserRecord,
): Promise<StackResponse> {
  const params = readParams(req);
  const now = new Date(env.ctx.now());
  const password = stringParam(params, "password");
  if (password !== "") checkPasswordStrength(password);
  const banDuration = stringParam(params, "ban_duration");
  const bannedUntil =
    banDuration === "" || banDuration === "none"
      ? null
      : new Date(now.getTime() + parseDuration(banDuration));
  const hash = password === "" ? undefined : await hashPassword(password);

  const body = await env.ctx.db.transaction(async (query) => {
    const set = (column: string, value: unknown) =>
      setColumn(query, user.id, column, value, now);
    const userMetadata = objectParam(params, "user_metadata");
    const appMetadata = objectParam(params, "app_metadata");
    if (userMetadata !== undefined) {
      await set("raw_user_meta_data", {
        ...user.userMetadata,
        ...userMetadata,
      });
    }
    if (appMetadata !== undefined) {
      await set("raw_app_meta_data", { ...user.appMetadata, ...appMetadata });
    }
    if (hash !== undefined) await set("encrypted_password", hash);
    if (booleanParam(params, "email_confirm") && !user.emailConfirmedAt) {
      await set("email_confirmed_at", now);
    }
    if (banDuration !== "") await set("banned_until", bannedUntil);
    const updated = await findUserById(query, user.id);
    return updated === undefined ? {} : userJson(query, updated);
  });
  return { status: 200, body };
}

const COLUMNS = new Set([
  "raw_user_meta_data",
  "raw_app_meta_data",
  "encrypted_password",
  "email_confirmed_at",
  "banned_until",
]);

async function setColumn(
  query: Query,
  id: string,
  column: string,
  value: unknown,
  now: Date,
): Promise<void> {
  if (!COLUMNS.has(column)) throw new Error(`unknown column ${column}`);
  const stored =
    typeof value === "object" && value !== null && !(value instanceof Date)
      ? JSON.stringify(value)
      : value;
  await query(
    `update auth.users set ${column} = $2, updated_at = $3 where id = $1`,
    [id, stored, now],
  );
}
