/**
 * The errors the CRM client throws. Supabase's `{data, error}` results and
 * failed requests become one of these here and nowhere else.
 */

/** Why a sign-in or an authenticated call was refused. */
export type AuthErrorCode =
  | "invalid_credentials"
  | "user_banned"
  | "email_not_confirmed"
  | "session_expired"
  | "not_a_salesperson"
  | "rate_limited"
  | "unknown";

/** Authentication failed, or the session ended. */
export class AuthError extends Error {
  override readonly name = "AuthError";
  readonly code: AuthErrorCode;
  readonly status: number | undefined;

  constructor(
    code: AuthErrorCode,
    message: string,
    options: { status?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.status = options.status;
  }
}

/** The error body PostgREST answers with. */
export interface PostgrestErrorBody {
  code?: string;
  message?: string;
  details?: string | null;
  hint?: string | null;
}

/** The REST API answered with an error status. */
export class HttpError extends Error {
  override readonly name = "HttpError";
  readonly status: number;
  /** PostgREST's or Postgres's error code, e.g. `PGRST303` or `42703`. */
  readonly code: string | undefined;
  readonly body: PostgrestErrorBody | undefined;

  constructor(status: number, body: PostgrestErrorBody | undefined) {
    super(body?.message || `The CRM answered with status ${status}`);
    this.status = status;
    this.code = body?.code;
    this.body = body;
  }
}

/** The request never got an answer: offline, DNS, CORS, refused. */
export class NetworkError extends Error {
  override readonly name = "NetworkError";

  constructor(url: string, cause: unknown) {
    super(`Could not reach ${url}`, { cause });
  }
}

/** The request got no answer in time. */
export class TimeoutError extends Error {
  override readonly name = "TimeoutError";
  readonly timeoutMs: number;

  constructor(url: string, timeoutMs: number) {
    super(`No answer from ${url} within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/** The options cannot work; each problem says what to change. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`CRM Clipper is not configured: ${problems.join(" ")}`);
    this.problems = problems;
  }
}

/** Any error the CRM client throws. */
export type CrmError =
  | AuthError
  | HttpError
  | NetworkError
  | TimeoutError
  | ConfigError;

/** Whether `error` is one of the CRM client's errors. */
export function isCrmError(error: unknown): error is CrmError {
  return (
    error instanceof AuthError ||
    error instanceof HttpError ||
    error instanceof NetworkError ||
    error instanceof TimeoutError ||
    error instanceof ConfigError
  );
}

/** Reads a failed response into an `HttpError`. */
export async function httpErrorFrom(response: Response): Promise<HttpError> {
  const text = await response.text().catch(() => "");
  return new HttpError(response.status, parseErrorBody(text));
}

function parseErrorBody(text: string): PostgrestErrorBody | undefined {
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === "object" && body !== null
      ? (body as PostgrestErrorBody)
      : undefined;
  } catch {
    return text ? { message: text } : undefined;
  }
}

const authCodes: Record<string, AuthErrorCode> = {
  invalid_credentials: "invalid_credentials",
  invalid_grant: "invalid_credentials",
  user_banned: "user_banned",
  email_not_confirmed: "email_not_confirmed",
  over_request_rate_limit: "rate_limited",
  refresh_token_not_found: "session_expired",
  refresh_token_already_used: "session_expired",
  session_not_found: "session_expired",
  session_expired: "session_expired",
  user_not_found: "session_expired",
};

/** The shape of auth-js's errors, read without importing its classes. */
interface AuthJsError {
  name?: string;
  message?: string;
  status?: number;
  code?: string;
}

/**
 * Turns an error from auth-js into a CRM error. auth-js wraps failed
 * requests in its own error and keeps only their message, so the transport
 * hands over the failure it saw.
 */
export function fromAuthError(
  error: unknown,
  transportFailure: NetworkError | TimeoutError | undefined,
): CrmError {
  if (isCrmError(error)) return error;
  const authError = (error ?? {}) as AuthJsError;

  if (authError.name === "AuthRetryableFetchError") {
    if (authError.status === 0 && transportFailure) return transportFailure;
    return new HttpError(authError.status ?? 500, {
      message: authError.message ?? "The sign-in service failed",
    });
  }
  if (authError.name === "AuthSessionMissingError") {
    return new AuthError("session_expired", "The session has ended", {
      cause: error,
    });
  }

  const code = authCodes[authError.code ?? ""] ?? "unknown";
  return new AuthError(code, authError.message ?? "Sign-in failed", {
    ...(authError.status === undefined ? {} : { status: authError.status }),
    cause: error,
  });
}
