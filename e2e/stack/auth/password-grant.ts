/** `POST /token?grant_type=password`: email and password sign-in. */
import type { StackRequest, StackResponse } from "../context.ts";
import type { AuthEnv } from "./env.ts";
import { AuthError, badRequest, unprocessable } from "./errors.ts";
import { readParams, stringParam } from "./params.ts";
import { checkPasswordStrength, verifyPassword } from "./passwords.ts";
import { startSession, tokenResponse } from "./sessions.ts";
import { findUserByEmail, isBanned } from "./users.ts";

const INVALID_LOGIN = () =>
  badRequest("invalid_credentials", "Invalid login credentials");

export async function passwordGrant(
  env: AuthEnv,
  req: StackRequest,
): Promise<StackResponse> {
  const params = readParams(req);
  const email = stringParam(params, "email");
  const phone = stringParam(params, "phone");
  const password = stringParam(params, "password");
  if (email !== "" && phone !== "") {
    throw badRequest(
      "validation_failed",
      "Only an email address or phone number should be provided on login.",
    );
  }
  if (email === "" && phone !== "") {
    throw unprocessable("phone_provider_disabled", "Phone logins are disabled");
  }
  if (email === "") {
    throw badRequest("validation_failed", "missing email or phone");
  }

  const user = await findUserByEmail(env.ctx.db.query, email);
  if (user === undefined || user.encryptedPassword === "") {
    throw INVALID_LOGIN();
  }
  if (isBanned(user, env.ctx.now())) {
    throw badRequest("user_banned", "User is banned");
  }
  if (!(await verifyPassword(password, user.encryptedPassword))) {
    throw INVALID_LOGIN();
  }
  if (user.emailConfirmedAt === null) {
    throw badRequest("email_not_confirmed", "Email not confirmed");
  }

  const body = await env.ctx.db.transaction(async (query) => {
    const { session, refreshToken } = await startSession(env, query, user, req);
    return tokenResponse(env, req, query, user.id, session, refreshToken);
  });
  const weakPassword = weaknessOf(password);
  return {
    status: 200,
    body:
      weakPassword === undefined
        ? body
        : { ...body, weak_password: weakPassword },
  };
}

/** GoTrue signs in with a too-weak old password but says so. */
function weaknessOf(password: string): object | undefined {
  try {
    checkPasswordStrength(password);
    return undefined;
  } catch (error) {
    if (!(error instanceof AuthError) || error.code !== "weak_password") {
      return undefined;
    }
    return { message: error.message, reasons: ["length"] };
  }
}
