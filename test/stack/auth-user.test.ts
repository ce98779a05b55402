import { AuthSessionMissingError } from "@supabase/auth-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signAccessToken } from "../../e2e/stack/auth/jwt.ts";
import {
  type AuthHarness,
  refresh,
  signUp,
  startAuthHarness,
} from "./auth-harness.ts";

let harness: AuthHarness;

beforeAll(async () => {
  harness = await startAuthHarness();
});

afterAll(async () => {
  await harness?.close();
});

function getUser(authorization?: string): Promise<Response> {
  return harness.call(
    "/user",
    authorization === undefined ? {} : { headers: { authorization } },
  );
}

async function bodyOf(response: Response): Promise<unknown> {
  return { status: response.status, body: await response.json() };
}

describe("GET /user", () => {
  it("returns the user of the access token", async () => {
    const session = await signUp(harness);

    const { data, error } = await harness
      .client()
      .getUser(session.access_token);

    expect(error).toBeNull();
    expect(data.user).toMatchObject({
      id: session.user.id,
      aud: "authenticated",
      role: "authenticated",
      email: session.user.email,
      phone: "",
      is_anonymous: false,
      app_metadata: { provider: "email", providers: ["email"] },
    });
    expect(data.user?.confirmed_at).toBe(data.user?.email_confirmed_at);
    expect(data.user?.identities).toHaveLength(1);
  });

  it("asks for a bearer token when there is none", async () => {
    expect(await bodyOf(await getUser())).toEqual({
      status: 401,
      body: {
        code: 401,
        error_code: "no_authorization",
        msg: "This endpoint requires a valid Bearer token",
      },
    });
  });

  it("refuses an expired access token", async () => {
    const session = await signUp(harness);
    harness.advanceClock(3601);

    const response = await getUser(`Bearer ${session.access_token}`);

    expect(await bodyOf(response)).toEqual({
      status: 403,
      body: {
        code: 403,
        error_code: "bad_jwt",
        msg: "invalid JWT: unable to parse or verify signature, token has invalid claims: token is expired",
      },
    });
  });

  it("refuses an access token whose claims were changed", async () => {
    const session = await signUp(harness);
    const [header, payload, signature] = session.access_token.split(".");
    const claims = JSON.parse(
      Buffer.from(payload ?? "", "base64url").toString("utf8"),
    ) as Record<string, unknown>;
    const forged = Buffer.from(
      JSON.stringify({ ...claims, role: "service_role" }),
    ).toString("base64url");

    const { error } = await harness
      .client()
      .getUser(`${header}.${forged}.${signature}`);

    expect(error?.status).toBe(403);
    expect(error?.code).toBe("bad_jwt");
    expect(error?.message).toBe(
      "invalid JWT: unable to parse or verify signature, token signature is invalid: signature is invalid",
    );
  });

  it("refuses a signed token without a subject", async () => {
    const token = await signAccessToken(harness.ctx, {
      role: "anon",
      exp: Math.floor(harness.ctx.now() / 1000) + 60,
    });

    expect(await bodyOf(await getUser(`Bearer ${token}`))).toMatchObject({
      status: 403,
      body: { error_code: "bad_jwt", msg: "invalid claim: missing sub claim" },
    });
  });

  it("says the session is gone once it was revoked", async () => {
    const session = await signUp(harness);
    await harness.auth.revokeUserSessions(session.user.id);

    const raw = await getUser(`Bearer ${session.access_token}`);
    const { error } = await harness.client().getUser(session.access_token);
    const refreshAfter = await refresh(harness, session.refresh_token);

    expect(await bodyOf(raw)).toEqual({
      status: 403,
      body: {
        code: 403,
        error_code: "session_not_found",
        msg: "Session from session_id claim in JWT does not exist",
      },
    });
    expect(error).toBeInstanceOf(AuthSessionMissingError);
    expect(await bodyOf(refreshAfter)).toMatchObject({
      status: 400,
      body: { error_code: "refresh_token_not_found" },
    });
  });
});

describe("PUT /user", () => {
  it("merges data into the user metadata", async () => {
    const client = harness.client();
    const session = await signUp(harness);
    await client.setSession(session);

    const { data, error } = await client.updateUser({
      data: { first_name: "Grace", email_verified: null },
    });

    expect(error).toBeNull();
    expect(data.user?.user_metadata.first_name).toBe("Grace");
    expect(data.user?.user_metadata).not.toHaveProperty("email_verified");
  });

  it("changes the password and signs the other sessions out", async () => {
    const session = await signUp(harness, undefined, "old-password-1");
    const other = await signUp(harness);
    const client = harness.client();
    const { data: signedIn } = await client.signInWithPassword({
      email: session.user.email,
      password: "old-password-1",
    });

    const same = await client.updateUser({ password: "old-password-1" });
    const { error } = await client.updateUser({ password: "new-password-1" });
    const first = await refresh(harness, session.refresh_token);
    const current = await refresh(
      harness,
      signedIn.session?.refresh_token ?? "",
    );
    const unrelated = await refresh(harness, other.refresh_token);
    const relogin = await harness.client().signInWithPassword({
      email: session.user.email,
      password: "new-password-1",
    });

    expect(same.error?.code).toBe("same_password");
    expect(error).toBeNull();
    expect(first.status).toBe(400);
    expect(current.status).toBe(200);
    expect(unrelated.status).toBe(200);
    expect(relogin.error).toBeNull();
  });
});

describe("POST /logout", () => {
  it("ends every session of the user by default", async () => {
    const session = await signUp(harness);
    const client = harness.client();
    const { data: second } = await client.signInWithPassword({
      email: session.user.email,
      password: "correct-horse-1",
    });

    const { error } = await client.signOut();
    const first = await refresh(harness, session.refresh_token);
    const latest = await refresh(harness, second.session?.refresh_token ?? "");

    expect(error).toBeNull();
    expect(first.status).toBe(400);
    expect(await bodyOf(latest)).toMatchObject({
      status: 400,
      body: { error_code: "refresh_token_not_found" },
    });
  });

  it("ends only the current session with scope local", async () => {
    const session = await signUp(harness);
    const client = harness.client();
    const { data: second } = await client.signInWithPassword({
      email: session.user.email,
      password: "correct-horse-1",
    });

    const response = await harness.call("/logout?scope=local", {
      method: "POST",
      headers: { authorization: `Bearer ${second.session?.access_token}` },
    });

    expect(response.status).toBe(204);
    expect(
      (await refresh(harness, second.session?.refresh_token ?? "")).status,
    ).toBe(400);
    expect((await refresh(harness, session.refresh_token)).status).toBe(200);
  });

  it("refuses a scope it does not know", async () => {
    const session = await signUp(harness);

    const response = await harness.call("/logout?scope=everywhere", {
      method: "POST",
      headers: { authorization: `Bearer ${session.access_token}` },
    });

    expect(await bodyOf(response)).toMatchObject({
      status: 400,
      body: { error_code: "validation_failed" },
    });
  });
});
