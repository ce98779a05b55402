import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_USER, DEMO_USER_ID } from "../../e2e/stack/db/demo.ts";
import {
  type AuthHarness,
  signUp,
  startAuthHarness,
  uniqueEmail,
} from "./auth-harness.ts";

let harness: AuthHarness;

beforeAll(async () => {
  harness = await startAuthHarness({ issuer: "http://stack.test/auth/v1" });
});

afterAll(async () => {
  await harness?.close();
});

function passwordGrant(body: unknown): Promise<Response> {
  return harness.call("/token?grant_type=password", {
    method: "POST",
    body: JSON.stringify(body),
  });
}

describe("POST /token?grant_type=password", () => {
  it("signs in the seeded user whose hash pgcrypto made", async () => {
    const { data, error } = await harness
      .client()
      .signInWithPassword(DEMO_USER);

    expect(error).toBeNull();
    expect(data.user?.id).toBe(DEMO_USER_ID);
    const inAnHour = Math.floor(harness.ctx.now() / 1000) + 3600;
    expect(data.session?.expires_at).toBeGreaterThanOrEqual(inAnHour - 2);
    expect(data.session?.expires_at).toBeLessThanOrEqual(inAnHour);
  });

  it("issues an access token with GoTrue's claims", async () => {
    const { data } = await harness.client().signInWithPassword(DEMO_USER);

    const claims = decodeJwt(data.session?.access_token ?? "");

    expect(claims).toMatchObject({
      iss: "http://stack.test/auth/v1",
      sub: DEMO_USER_ID,
      aud: "authenticated",
      email: DEMO_USER.email,
      phone: "",
      role: "authenticated",
      aal: "aal1",
      is_anonymous: false,
      app_metadata: { provider: "email", providers: ["email"] },
    });
    expect(claims.exp).toBe((claims.iat ?? 0) + 3600);
    expect(claims.amr).toEqual([
      { method: "password", timestamp: expect.any(Number) },
    ]);
    expect(claims.session_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("records the session, its refresh token and the sign-in time", async () => {
    const before = harness.ctx.now();

    const { data } = await harness.client().signInWithPassword(DEMO_USER);
    const sessionId = decodeJwt(data.session?.access_token ?? "").session_id;
    const sessions = await harness.db.query(
      "select user_id from auth.sessions where id = $1",
      [sessionId],
    );
    const tokens = await harness.db.query(
      `select user_id, revoked, parent from auth.refresh_tokens
        where token = $1 and session_id = $2`,
      [data.session?.refresh_token, sessionId],
    );
    const users = await harness.db.query(
      "select last_sign_in_at from auth.users where id = $1",
      [DEMO_USER_ID],
    );

    expect(sessions.rows).toEqual([{ user_id: DEMO_USER_ID }]);
    expect(tokens.rows).toEqual([
      { user_id: DEMO_USER_ID, revoked: false, parent: null },
    ]);
    const lastSignIn = users.rows[0]?.last_sign_in_at as Date;
    expect(lastSignIn.getTime()).toBeGreaterThanOrEqual(before - 1);
    expect(data.user?.last_sign_in_at).toBe(lastSignIn.toISOString());
  });

  it("says the same for a wrong password and an unknown address", async () => {
    const wrong = await harness.client().signInWithPassword({
      email: DEMO_USER.email,
      password: "not-the-password",
    });
    const unknown = await harness.client().signInWithPassword({
      email: uniqueEmail(),
      password: "whatever-1",
    });

    for (const { error } of [wrong, unknown]) {
      expect(error?.status).toBe(400);
      expect(error?.code).toBe("invalid_credentials");
      expect(error?.message).toBe("Invalid login credentials");
    }
  });

  it("refuses a banned user", async () => {
    const email = uniqueEmail();
    await signUp(harness, email, "banned-user-1");
    await harness.db.query(
      `update auth.users set banned_until = now() + interval '1 day'
        where email = $1`,
      [email],
    );

    const { error } = await harness
      .client()
      .signInWithPassword({ email, password: "banned-user-1" });

    expect(error?.status).toBe(400);
    expect(error?.code).toBe("user_banned");
    expect(error?.message).toBe("User is banned");
  });

  it("asks for an email address when none is given", async () => {
    const response = await passwordGrant({ password: "whatever-1" });

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 400,
      error_code: "validation_failed",
      msg: "missing email or phone",
    });
  });

  it("refuses a grant type it does not know", async () => {
    const response = await harness.call("/token?grant_type=magic", {
      method: "POST",
      body: "{}",
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      msg: "unsupported_grant_type",
    });
  });
});
