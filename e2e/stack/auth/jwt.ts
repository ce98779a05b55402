/**
 * Access tokens of the local stack: HS256 JWTs signed with the stack's
 * secret, as GoTrue issues them and PostgREST checks them.
 */
import { errors, jwtVerify, SignJWT } from "jose";
import type { Claims, RequestRole, StackContext } from "../context.ts";

export type JwtErrorReason = "expired" | "invalid";

/**
 * A token that cannot be trusted. `message` is what PostgREST says about
 * it; `authMessage` is what GoTrue says, after its "invalid JWT: unable to
 * parse or verify signature, " prefix.
 */
export class JwtError extends Error {
  override readonly name = "JwtError";
  readonly reason: JwtErrorReason;
  readonly authMessage: string;

  constructor(reason: JwtErrorReason, message: string, authMessage: string) {
    super(message);
    this.reason = reason;
    this.authMessage = authMessage;
  }
}

function keyOf(ctx: StackContext): Uint8Array {
  return new TextEncoder().encode(ctx.jwtSecret);
}

/**
 * Signs `claims` as they are; the caller sets `iat`, `exp` and the rest.
 *
 * @example
 * const token = await signAccessToken(ctx, { role: "authenticated", sub });
 */
export async function signAccessToken(
  ctx: StackContext,
  claims: Record<string, unknown>,
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .sign(keyOf(ctx));
}

/**
 * Verifies signature and expiry against the stack's clock and returns the
 * claims. `role` is whatever the token says; callers decide whether it is
 * one they accept.
 */
export async function verifyAccessToken(
  ctx: StackContext,
  token: string,
): Promise<Claims> {
  const parts = token.split(".").length;
  if (parts !== 3) {
    throw new JwtError(
      "invalid",
      `JWSError (CompactDecodeError Invalid number of parts: Expected 3 parts; got ${parts})`,
      "token is malformed: token contains an invalid number of segments",
    );
  }
  try {
    const { payload } = await jwtVerify(token, keyOf(ctx), {
      algorithms: ["HS256"],
      currentDate: new Date(ctx.now()),
    });
    return payload as Claims;
  } catch (error) {
    throw toJwtError(error);
  }
}

function toJwtError(error: unknown): JwtError {
  if (error instanceof errors.JWTExpired) {
    return new JwtError(
      "expired",
      "JWT expired",
      "token has invalid claims: token is expired",
    );
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new JwtError(
      "invalid",
      `JWTClaimsError ${error.message}`,
      `token has invalid claims: ${error.message}`,
    );
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new JwtError(
      "invalid",
      "JWSError JWSInvalidSignature",
      "token signature is invalid: signature is invalid",
    );
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return new JwtError(
      "invalid",
      "JWSError (JWSInvalidAlgorithm)",
      "token is unverifiable: signing method is invalid",
    );
  }
  if (error instanceof errors.JOSEError) {
    return new JwtError(
      "invalid",
      "JWSError (CompactDecodeError Invalid JWS)",
      "token is malformed: could not base64 decode or JSON decode the token",
    );
  }
  throw error;
}

/** Ten years: the lifetime of the Supabase CLI's demo keys. */
const API_KEY_LIFETIME_SECONDS = 10 * 365 * 24 * 3600;

/**
 * A legacy JWT-style API key (`anon` or `service_role`) like the ones the
 * Supabase CLI prints, signed with the stack's secret.
 */
export async function signApiKeyJwt(
  ctx: StackContext,
  role: Extract<RequestRole, "anon" | "service_role">,
): Promise<string> {
  const iat = Math.floor(ctx.now() / 1000);
  return signAccessToken(ctx, {
    iss: "supabase-demo",
    role,
    iat,
    exp: iat + API_KEY_LIFETIME_SECONDS,
  });
}
