import type { StackContext, StackRequest } from "../context.ts";

export interface AuthHandlerOptions {
  /**
   * Seconds during which a rotated refresh token may still be used (as
   * GoTrue's `GOTRUE_SECURITY_REFRESH_TOKEN_REUSE_INTERVAL`). Default 10.
   */
  reuseIntervalSeconds?: number;
  /**
   * The `iss` claim of access tokens, e.g. `http://127.0.0.1:54321/auth/v1`.
   * Taken from the request's Host header when absent.
   */
  issuer?: string;
}

/** What every auth endpoint shares. */
export interface AuthEnv {
  ctx: StackContext;
  reuseIntervalSeconds: number;
  issuerFor(req: StackRequest): string;
}

export function createAuthEnv(
  ctx: StackContext,
  options: AuthHandlerOptions,
): AuthEnv {
  const { issuer } = options;
  return {
    ctx,
    reuseIntervalSeconds: options.reuseIntervalSeconds ?? 10,
    issuerFor: (req) => {
      if (issuer !== undefined) return issuer;
      const protocol = req.headers["x-forwarded-proto"] ?? "http";
      const host = req.headers.host ?? "127.0.0.1:54321";
      return `${protocol}://${host}/auth/v1`;
    },
  };
}
