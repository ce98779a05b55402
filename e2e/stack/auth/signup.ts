/**
 * `POST /signup` with email confirmation off (`mailer_autoconfirm`), as
 * the Supabase CLI runs it: the user is confirmed at once and signed in.
 */
import type { StackRequest, StackResponse } from "../context.ts";
import { isPostgresError } from "../db/database.ts";
import type { AuthEnv } from "./env.ts";
import { AuthError, badRequest, unprocessable } from "./errors.ts";
import { objectParam, readParams, stringParam } from "./params.ts";
import {
  checkPasswordStrength,
  hashPassword,
  validateEmail,
} from "./passwords.ts";
import { startSession, tokenResponse } from "./sessions.ts";
import { findUserByEmail, insertUser } from "./users.ts";

const USER_EXISTS = () =>
  unprocessable("user_already_exists", "User already registered");

export async function signup(
  env: AuthEnv,
  req: StackRequest,
): Promise<StackResponse> {
  const params = readParams(req);
  const password = stringParam(params, "password");
  const phone = stringParam(params, "phone");
  const data = objectParam(params, "data") ?? {};
  if (password === "") {
    throw unprocessable(
      "validation_failed",
      "Signup requires a valid password",
    );
  }
  checkPasswordStrength(password);
  const rawEmail = stringParam(params, "email");
  if (rawEmail !== "" && phone !== "") {
    throw badRequest(
      "validation_failed",
      "Only an email address or phone number should be provided on signup.",
    );
  }
  if (rawEmail === "" && phone !== "") {
    throw badRequest("phone_provider_disabled", "Phone signups are disabled");
  }
  if (rawEmail === "") {
    throw badRequest(
      "validation_failed",
      "Sign up only available with email provider",
    );
  }
  const email = validateEmail(rawEmail);
  if ((await findUserByEmail(env.ctx.db.query, email)) !== undefined) {
    throw USER_EXISTS();
  }
  const passwordHash = await hashPassword(password);

  try {
    const body = await env.ctx.db.transaction(async (query) => {
      const now = new Date(env.ctx.now());
      const id = crypto.randomUUID();
      const user = await insertUser(query, {
        id,
        email,
        passwordHash,
        userMetadata: {
          ...data,
          sub: id,
          email,
          email_verified: true,
          phone_verified: false,
        },
        appMetadata: { provider: "email", providers: ["email"] },
        emailConfirmedAt: now,
        now,
      });
      const { session, refreshToken } = await startSession(
        env,
        query,
        user,
        req,
      );
      return tokenResponse(env, req, query, user.id, session, refreshToken);
    });
    return { status: 200, body };
  } catch (error) {
    // Two sign-ups of one address at once: the unique index decides.
    if (isPostgresError(error) && error.code === "23505") throw USER_EXISTS();
    // A failing trigger on auth.users (the CRM has one) surfaces like this.
    if (isPostgresError(error)) {
      throw new AuthError(
        500,
        "unexpected_failure",
        "Database error saving new user",
      );
    }
    throw error;
  }
}
