import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type LocalPostgres,
  startLocalPostgres,
} from "../../e2e/stack/db/local-postgres.ts";
import {
  type AuthHarness,
  refresh,
  type Session,
  signUp,
  startAuthHarness,
  uniqueEmail,
} from "./auth-harness.ts";

let postgres: LocalPostgres;
let harness: AuthHarness;

beforeAll(async () => {
  postgres = await startLocalPostgres();
  harness = await startAuthHarness({}, { databaseUrl: postgres.url });
}, 120_000);

afterAll(async () => {
  await harness?.close();
  await postgres?.stop();
});

describe("the auth endpoints on a PostgreSQL server", () => {
  it("rotates a token once when many refreshes of it race", async () => {
    const session = await signUp(harness);

    const responses = await Promise.all(
      Array.from({ length: 6 }, () => refresh(harness, session.refresh_token)),
    );
    const sessions = (await Promise.all(
      responses.map((response) => response.json()),
    )) as Session[];

    expect(responses.map((response) => response.status)).toEqual(
      Array(6).fill(200),
    );
    const issued = new Set(sessions.map((next) => next.refresh_token));
    expect(issued.size).toBe(1);
    const { rows } = await harness.db.query(
      "select count(*)::int as n from auth.refresh_tokens where session_id = $1",
      [decodeJwt(session.access_token).session_id],
    );
    expect(rows[0]?.n).toBe(2);
  });

  it("registers an address once when two sign-ups of it race", async () => {
    const email = uniqueEmail();
    const attempt = () =>
      harness.call("/signup", {
        method: "POST",
        body: JSON.stringify({ email, password: "correct-horse-1" }),
      });

    const statuses = (await Promise.all([attempt(), attempt()])).map(
      (response) => response.status,
    );

    expect(statuses.sort()).toEqual([200, 422]);
  });
});
