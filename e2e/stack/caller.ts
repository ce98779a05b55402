import { JwtError, verifyAccessToken } from "./auth/jwt.ts";
import type {
  Caller,
  Claims,
  RequestRole,
  StackContext,
  StackResponse,
} from "./context.ts";
import type { Faults } from "./faults.ts";

const ROLES: readonly RequestRole[] = ["anon", "authenticated", "service_role"];

/**
 * Decides who is calling, as Supabase's gateway and PostgREST do: the
 * `apikey` picks the base role, a user's bearer token then takes over.
 * Answers with Supabase's error bodies when either is missing or bad.
 */
export async function resolveCaller(
  ctx: StackContext,
  service: "rest" | "auth",
  headers: Record<string, string>,
  url: URL,
  faults: Faults,
): Promise<Caller | StackResponse> {
  const apikey = headers.apikey ?? url.searchParams.get("apikey") ?? "";
  if (apikey === "") {
    return {
      status: 401,
      body: {
        message: "No API key found in request",
        hint: "No `apikey` request header or url param was found.",
      },
    };
  }
  const keyRole = await roleOfKey(ctx, apikey);
  if (keyRole === undefined) {
    return {
      status: 401,
      body: {
        message: "Invalid API key",
        hint: "Double check your Supabase `anon` or `service_role` API key.",
      },
    };
  }
  const base: Caller = { role: keyRole, claims: { role: keyRole } };

  const bearer = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? "")?.[1];
  if (bearer === undefined) return base;
  if (service === "auth") {
    // The auth endpoints verify the user's token themselves; only the
    // forced expiry of the fault controls has to be applied here.
    return forcedExpiry(bearer, faults) ?? base;
  }

  const bearerKeyRole = await roleOfKey(ctx, bearer);
  if (bearerKeyRole !== undefined) {
    return { role: bearerKeyRole, claims: { role: bearerKeyRole } };
  }
  try {
    const claims = await verifyAccessToken(ctx, bearer);
    if (faults.isExpired(claims.sub, claims.iat)) {
      return restJwtError("PGRST303", "JWT expired");
    }
    if (!ROLES.includes(claims.role)) {
      return restJwtError("PGRST301", "JWT role is not allowed");
    }
    return { role: claims.role, claims };
  } catch (error) {
    if (error instanceof JwtError) {
      return restJwtError(
        error.reason === "expired" ? "PGRST303" : "PGRST301",
        error.message,
      );
    }
    throw error;
  }
}

async function roleOfKey(
  ctx: StackContext,
  key: string,
): Promise<RequestRole | undefined> {
  if (key === ctx.keys.publishable) return "anon";
  if (key === ctx.keys.secret) return "service_role";
  if (key.split(".").length !== 3) return undefined;
  try {
    const claims: Claims = await verifyAccessToken(ctx, key);
    return claims.role === "anon" || claims.role === "service_role"
      ? claims.role
      : undefined;
  } catch {
    return undefined;
  }
}

function forcedExpiry(
  token: string,
  faults: Faults,
): StackResponse | undefined {
  const payload = decodePayload(token);
  if (payload === undefined) return undefined;
  if (!faults.isExpired(stringOrUndefined(payload.sub), payload.iat)) {
    return undefined;
  }
  return {
    status: 403,
    headers: { "X-Supabase-Api-Version": "2024-01-01" },
    body: {
      code: 403,
      error_code: "bad_jwt",
      msg: "invalid JWT: unable to parse or verify signature, token has invalid claims: token is expired",
    },
  };
}

function decodePayload(token: string): Record<string, unknown> | undefined {
  const part = token.split(".")[1];
  if (part === undefined) return undefined;
  try {
    const json: unknown = JSON.parse(
      Buffer.from(part, "base64url").toString("utf8"),
    );
    return typeof json === "object" && json !== null
      ? (json as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function restJwtError(code: string, message: string): StackResponse {
  return {
    status: 401,
    headers: {
      "WWW-Authenticate": `Bearer error="invalid_token", error_description="${message}"`,
    },
    body: { code, details: null, hint: null, message },
  };
}
