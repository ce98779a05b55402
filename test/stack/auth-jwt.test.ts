import { describe, expect, it } from "vitest";
import {
  JwtError,
  signAccessToken,
  signApiKeyJwt,
  verifyAccessToken,
} from "../../e2e/stack/auth/jwt.ts";
import type { StackContext } from "../../e2e/stack/context.ts";
import type { Database } from "../../e2e/stack/db/database.ts";

function context(nowMs = Date.now()): StackContext {
  return {
    db: {} as Database,
    keys: { publishable: "sb_publishable_x", secret: "sb_secret_x" },
    jwtSecret: "jwt-test-secret-with-at-least-32-characters",
    accessTokenTtl: 3600,
    now: () => nowMs,
  };
}

async function rejection(promise: Promise<unknown>): Promise<JwtError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(JwtError);
  return error as JwtError;
}

describe("access tokens", () => {
  it("verifies what it signed and returns the claims", async () => {
    const ctx = context();
    const iat = Math.floor(ctx.now() / 1000);

    const token = await signAccessToken(ctx, {
      role: "authenticated",
      sub: "00000000-0000-4000-a000-000000000001",
      iat,
      exp: iat + 60,
    });
    const claims = await verifyAccessToken(ctx, token);

    expect(token.split(".")).toHaveLength(3);
    expect(claims.role).toBe("authenticated");
    expect(claims.sub).toBe("00000000-0000-4000-a000-000000000001");
  });

  it("says a token past its exp is expired, by the stack's clock", async () => {
    const issuedAt = Date.now();
    const iat = Math.floor(issuedAt / 1000);
    const token = await signAccessToken(context(issuedAt), {
      role: "authenticated",
      iat,
      exp: iat + 60,
    });

    const error = await rejection(
      verifyAccessToken(context(issuedAt + 61_000), token),
    );

    expect(error.reason).toBe("expired");
    expect(error.message).toBe("JWT expired");
    expect(error.authMessage).toBe(
      "token has invalid claims: token is expired",
    );
  });

  it("rejects a token whose payload was changed", async () => {
    const ctx = context();
    const token = await signAccessToken(ctx, { role: "authenticated" });
    const [header, , signature] = token.split(".");
    const forged = Buffer.from('{"role":"service_role"}').toString("base64url");

    const error = await rejection(
      verifyAccessToken(ctx, `${header}.${forged}.${signature}`),
    );

    expect(error.reason).toBe("invalid");
    expect(error.message).toBe("JWSError JWSInvalidSignature");
  });

  it("rejects a token signed with another secret", async () => {
    const token = await signAccessToken(
      { ...context(), jwtSecret: "another-secret-with-at-least-32-characters" },
      { role: "authenticated" },
    );

    const error = await rejection(verifyAccessToken(context(), token));

    expect(error.message).toBe("JWSError JWSInvalidSignature");
  });

  it("names the number of parts of something that is not a JWT", async () => {
    const error = await rejection(verifyAccessToken(context(), "not-a-jwt"));

    expect(error.reason).toBe("invalid");
    expect(error.message).toBe(
      "JWSError (CompactDecodeError Invalid number of parts: Expected 3 parts; got 1)",
    );
  });

  it("signs legacy API keys that carry their role", async () => {
    const ctx = context();

    const anon = await verifyAccessToken(ctx, await signApiKeyJwt(ctx, "anon"));
    const service = await verifyAccessToken(
      ctx,
      await signApiKeyJwt(ctx, "service_role"),
    );

    expect(anon.role).toBe("anon");
    expect(service.role).toBe("service_role");
    expect(anon.iss).toBe("supabase-demo");
  });
});
