/**
 * GoTrue's error answers. GoTrue picks the body shape from the request's
 * `X-Supabase-Api-Version` header: from 2024-01-01 on it is
 * `{code: "<error code>", message}`, before that (or without the header,
 * as plain fetch sends) `{code: <status>, error_code, msg}`.
 */
import type { StackRequest, StackResponse } from "../context.ts";

export const API_VERSION_HEADER = "X-Supabase-Api-Version";
export const API_VERSION = "2024-01-01";

/** An answer GoTrue gives with an error code, e.g. `invalid_credentials`. */
export class AuthError extends Error {
  override readonly name = "AuthError";
  readonly status: number;
  readonly code: string;
  /** Extra fields GoTrue adds, e.g. `weak_password: {reasons}`. */
  readonly extra: Record<string, unknown>;

  constructor(
    status: number,
    code: string,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.extra = extra;
  }
}

/**
 * An OAuth-style answer (`{error, error_description}`), which GoTrue still
 * gives for a few token requests, e.g. a missing refresh token.
 */
export class OAuthError extends Error {
  override readonly name = "OAuthError";
  readonly error: string;

  constructor(error: string, description: string) {
    super(description);
    this.error = error;
  }
}

export const badRequest = (code: string, message: string): AuthError =>
  new AuthError(400, code, message);

export const unprocessable = (code: string, message: string): AuthError =>
  new AuthError(422, code, message);

export const forbidden = (code: string, message: string): AuthError =>
  new AuthError(403, code, message);

/** Whether the request asked for the 2024-01-01 answers or later. */
export function wantsDatedErrors(req: StackRequest): boolean {
  const asked = req.headers[API_VERSION_HEADER.toLowerCase()] ?? "";
  return /^\d{4}-\d{2}-\d{2}$/.test(asked) && asked >= API_VERSION;
}

/** The response GoTrue sends for `error`, in the shape `req` asked for. */
export function renderError(
  req: StackRequest,
  error: AuthError | OAuthError,
): StackResponse {
  if (error instanceof OAuthError) {
    return {
      status: 400,
      body: { error: error.error, error_description: error.message },
    };
  }
  const body = wantsDatedErrors(req)
    ? { code: error.code, message: error.message, ...error.extra }
    : {
        code: error.status,
        error_code: error.code,
        msg: error.message,
        ...error.extra,
      };
  return { status: error.status, body };
}
