/**
 * The GoTrue-compatible endpoints under `/auth/v1`, enough of them for
 * `@supabase/auth-js` to sign up, sign in, refresh, read the user and sign
 * out unchanged. The server has already checked the `apikey`; endpoints
 * that need a user verify the bearer token themselves.
 */
import type { StackContext, StackRequest, StackResponse } from "../context.ts";
import { handleAdmin } from "./admin.ts";
import { type AuthEnv, type AuthHandlerOptions, createAuthEnv } from "./env.ts";
import {
  API_VERSION,
  API_VERSION_HEADER,
  AuthError,
  badRequest,
  OAuthError,
  renderError,
} from "./errors.ts";
import { endAllSessions, logout } from "./logout.ts";
import { passwordGrant } from "./password-grant.ts";
import { refreshGrant } from "./refresh-grant.ts";
import { SETTINGS } from "./settings.ts";
import { signup } from "./signup.ts";
import { getUser, updateUser } from "./user-endpoint.ts";

export type { AuthHandlerOptions } from "./env.ts";

export interface AuthHandler {
  handle(req: StackRequest): Promise<StackResponse>;
  /** Ends every session of the user; their refresh tokens stop working. */
  revokeUserSessions(userId: string): Promise<void>;
}

type Endpoint = (env: AuthEnv, req: StackRequest) => Promise<StackResponse>;

const ROUTES: Record<string, Partial<Record<string, Endpoint>>> = {
  "/signup": { POST: signup },
  "/token": { POST: token },
  "/user": { GET: getUser, PUT: updateUser },
  "/logout": { POST: logout },
  "/settings": { GET: async () => ({ status: 200, body: SETTINGS }) },
  "/health": {
    GET: async () => ({
      status: 200,
      body: {
        version: "v2.170.0",
        name: "GoTrue",
        description: "GoTrue is a user registration and authentication API",
      },
    }),
  },
};

/**
 * @example
 * const auth = createAuthHandler(ctx, { reuseIntervalSeconds: 10 });
 * const response = await auth.handle(request); // request.path "/token"
 */
export function createAuthHandler(
  ctx: StackContext,
  options: AuthHandlerOptions = {},
): AuthHandler {
  const env = createAuthEnv(ctx, options);
  return {
    handle: async (req) => {
      const response = await answer(env, req);
      return {
        ...response,
        headers: { ...response.headers, [API_VERSION_HEADER]: API_VERSION },
      };
    },
    revokeUserSessions: (userId) => endAllSessions(ctx.db, userId),
  };
}

async function answer(env: AuthEnv, req: StackRequest): Promise<StackResponse> {
  try {
    const admin = await handleAdmin(env, req);
    if (admin !== undefined) return admin;
    const methods = ROUTES[req.path.replace(/\/$/, "")];
    if (methods === undefined) return notFound();
    const endpoint = methods[req.method];
    if (endpoint === undefined) return { status: 405 };
    return await endpoint(env, req);
  } catch (error) {
    if (error instanceof AuthError || error instanceof OAuthError) {
      return renderError(req, error);
    }
    throw error;
  }
}

async function token(env: AuthEnv, req: StackRequest): Promise<StackResponse> {
  switch (req.query.get("grant_type")) {
    case "password":
      return passwordGrant(env, req);
    case "refresh_token":
      return refreshGrant(env, req);
    default:
      // GoTrue's own choice of error code for this answer.
      throw badRequest("invalid_credentials", "unsupported_grant_type");
  }
}

/** What GoTrue's router says about a path it does not know. */
function notFound(): StackResponse {
  return {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
    body: "404 page not found\n",
  };
}
