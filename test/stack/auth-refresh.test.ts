import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AuthHarness,
  refresh,
  type Session,
  signUp,
  startAuthHarness,
} from "./auth-harness.ts";

let harness: AuthHarness;

beforeAll(async () => {
  harness = await startAuthHarness({ reuseIntervalSeconds: 10 });
});

afterAll(async () => {
  await harness?.close();
});

async function refreshed(token: string): Promise<Session> {
  const response = await refresh(harness, token);
  expect(response.status).toBe(200);
  return (await response.json()) as Session;
}

async function errorOf(response: Response): Promise<unknown> {
  return { status: response.status, body: await response.json() };
}

async function tokensOfSession(accessToken: string) {
  const { rows } = await harness.db.query(
    `select token, parent, revoked from auth.refresh_tokens
      where session_id = $1 order by id`,
    [decodeJwt(accessToken).session_id],
  );
  return rows;
}

describe("POST /token?grant_type=refresh_token", () => {
  it("swaps the refresh token for a new one each time", async () => {
    const session = await signUp(harness);
    const client = harness.client();

    const { data, error } = await client.refreshSession({
      refresh_token: session.refresh_token,
    });

    expect(error).toBeNull();
    const next = data.session?.refresh_token ?? "";
    expect(next).not.toBe(session.refresh_token);
    expect(data.user?.id).toBe(session.user.id);
    expect(decodeJwt(data.session?.access_token ?? "").session_id).toBe(
      decodeJwt(session.access_token).session_id,
    );
    expect(await tokensOfSession(session.access_token)).toEqual([
      { token: session.refresh_token, parent: null, revoked: true },
      { token: next, parent: session.refresh_token, revoked: false },
    ]);
  });

  it("hands the active token back when its parent is used again", async () => {
    const session = await signUp(harness);
    const child = await refreshed(session.refresh_token);
    harness.advanceClock(60);

    const again = await refreshed(session.refresh_token);

    expect(again.refresh_token).toBe(child.refresh_token);
    expect(await tokensOfSession(session.access_token)).toHaveLength(2);
  });

  it("lets an older token be used again within the reuse interval", async () => {
    const session = await signUp(harness);
    const child = await refreshed(session.refresh_token);
    await refreshed(child.refresh_token);
    harness.advanceClock(5);

    const reused = await refreshed(session.refresh_token);

    const tokens = await tokensOfSession(session.access_token);
    expect(tokens.at(-1)).toEqual({
      token: reused.refresh_token,
      parent: session.refresh_token,
      revoked: false,
    });
  });

  it("revokes the whole session when an older token comes back later", async () => {
    const session = await signUp(harness);
    const child = await refreshed(session.refresh_token);
    const grandchild = await refreshed(child.refresh_token);
    harness.advanceClock(11);

    const { error } = await harness
      .client()
      .refreshSession({ refresh_token: session.refresh_token });
    const latest = await refresh(harness, grandchild.refresh_token);

    expect(error?.status).toBe(400);
    expect(error?.code).toBe("refresh_token_already_used");
    expect(error?.message).toBe("Invalid Refresh Token: Already Used");
    expect(await errorOf(latest)).toEqual({
      status: 400,
      body: {
        code: 400,
        error_code: "refresh_token_already_used",
        msg: "Invalid Refresh Token: Already Used",
      },
    });
    const tokens = await tokensOfSession(session.access_token);
    expect(tokens.every((token) => token.revoked === true)).toBe(true);
  });

  it("refuses a token it never issued", async () => {
    const { error } = await harness
      .client()
      .refreshSession({ refresh_token: "notatoken123" });

    expect(error?.status).toBe(400);
    expect(error?.code).toBe("refresh_token_not_found");
    expect(error?.message).toBe(
      "Invalid Refresh Token: Refresh Token Not Found",
    );
  });

  it("asks for the token when the body has none", async () => {
    const response = await harness.call("/token?grant_type=refresh_token", {
      method: "POST",
      body: "{}",
    });

    expect(await errorOf(response)).toEqual({
      status: 400,
      body: {
        error: "invalid_request",
        error_description: "refresh_token required",
      },
    });
  });

  it("rotates a token once when two refreshes of it race", async () => {
    const session = await signUp(harness);

    const [first, second] = await Promise.all([
      refreshed(session.refresh_token),
      refreshed(session.refresh_token),
    ]);

    expect(first.refresh_token).toBe(second.refresh_token);
    const tokens = await tokensOfSession(session.access_token);
    expect(tokens.filter((token) => token.revoked === false)).toEqual([
      {
        token: first.refresh_token,
        parent: session.refresh_token,
        revoked: false,
      },
    ]);
  });

  it("refuses the refresh token of a banned user", async () => {
    const session = await signUp(harness);
    await harness.db.query(
      "update auth.users set banned_until = $2 where id = $1",
      [session.user.id, new Date(harness.ctx.now() + 3_600_000)],
    );

    const response = await refresh(harness, session.refresh_token);

    expect(await errorOf(response)).toMatchObject({
      status: 400,
      body: {
        error_code: "user_banned",
        msg: "Invalid Refresh Token: User Banned",
      },
    });
  });
});
