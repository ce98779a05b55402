/**
 * `/admin/users`: the service role lists, creates, bans and deletes users,
 * as GoTrue's admin API does for `supabase.auth.admin`.
 */
import type { StackRequest, StackResponse } from "../context.ts";
import { updateUserAsAdmin } from "./admin-update.ts";
import { bearerClaims } from "./bearer.ts";
import type { AuthEnv } from "./env.ts";
import { AuthError, forbidden, unprocessable } from "./errors.ts";
import {
  booleanParam,
  isUuid,
  objectParam,
  readParams,
  stringParam,
} from "./params.ts";
import {
  checkPasswordStrength,
  hashPassword,
  validateEmail,
} from "./passwords.ts";
import {
  findUserByEmail,
  findUserById,
  insertUser,
  userJson,
} from "./users.ts";

/** Routes `/admin/users` and `/admin/users/<id>`; undefined for others. */
export async function handleAdmin(
  env: AuthEnv,
  req: StackRequest,
): Promise<StackResponse | undefined> {
  const match = /^\/admin\/users(?:\/([^/]+))?\/?$/.exec(req.path);
  if (match === null) return undefined;
  await requireServiceRole(env, req);
  const id = match[1];

  if (id === undefined) {
    if (req.method === "GET") return listUsers(env, req);
    if (req.method === "POST") return createUser(env, req);
    return undefined;
  }
  if (!isUuid(id)) {
    throw new AuthError(404, "validation_failed", "user_id must be an UUID");
  }
  const user = await findUserById(env.ctx.db.query, id);
  if (user === undefined) {
    throw new AuthError(404, "user_not_found", "User not found");
  }
  switch (req.method) {
    case "GET":
      return { status: 200, body: await userJson(env.ctx.db.query, user) };
    case "PUT":
      return updateUserAsAdmin(env, req, user);
    case "DELETE":
      await env.ctx.db.query("delete from auth.users where id = $1", [id]);
      return { status: 200, body: {} };
    default:
      return undefined;
  }
}

/**
 * The secret key (as `apikey` or bearer) or a JWT whose role is
 * `service_role`; GoTrue answers a user's token with 403 `not_admin`.
 */
async function requireServiceRole(
  env: AuthEnv,
  req: StackRequest,
): Promise<void> {
  const authorization = req.headers.authorization;
  if (authorization === undefined) {
    if (req.caller.role === "service_role") return;
  } else if (authorization === `Bearer ${env.ctx.keys.secret}`) {
    return;
  }
  const claims = await bearerClaims(env, req);
  if (claims.role !== "service_role") {
    throw forbidden("not_admin", "User not allowed");
  }
}

async function listUsers(
  env: AuthEnv,
  req: StackRequest,
): Promise<StackResponse> {
  const page = Math.max(1, Number(req.query.get("page") ?? 1) || 1);
  const perPage = Math.max(1, Number(req.query.get("per_page") ?? 50) || 50);
  const { db } = env.ctx;

  const total = await db.query(
    "select count(*)::int as n from auth.users where deleted_at is null",
  );
  const { rows } = await db.query(
    `select id from auth.users where deleted_at is null
      order by created_at desc, id limit $1 offset $2`,
    [perPage, (page - 1) * perPage],
  );
  const users = [];
  for (const row of rows) {
    const user = await findUserById(db.query, String(row.id));
    if (user !== undefined) users.push(await userJson(db.query, user));
  }
  return {
    status: 200,
    headers: { "X-Total-Count": String(total.rows[0]?.n ?? 0) },
    body: { users, aud: "authenticated" },
  };
}

async function createUser(
  env: AuthEnv,
  req: StackRequest,
): Promise<StackResponse> {
  const params = readParams(req);
  const email = validateEmail(stringParam(params, "email"));
  const password = stringParam(params, "password");
  if (password !== "") checkPasswordStrength(password);
  if ((await findUserByEmail(env.ctx.db.query, email)) !== undefined) {
    throw unprocessable(
      "email_exists",
      "A user with this email address has already been registered",
    );
  }

  const now = new Date(env.ctx.now());
  const user = await env.ctx.db.transaction(async (query) =>
    insertUser(query, {
      id: crypto.randomUUID(),
      email,
      passwordHash: password === "" ? "" : await hashPassword(password),
      userMetadata: objectParam(params, "user_metadata") ?? {},
      appMetadata: {
        provider: "email",
        providers: ["email"],
        ...objectParam(params, "app_metadata"),
      },
      emailConfirmedAt: booleanParam(params, "email_confirm") ? now : null,
      now,
    }),
  );
  return { status: 200, body: await userJson(env.ctx.db.query, user) };
}
