import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECOND_USER } from "../../e2e/stack/db/demo.ts";
import { type Stack, startStack } from "../../e2e/stack/server.ts";

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ port: 0, refreshReuseSeconds: 0 });
});

afterAll(async () => {
  await stack?.close();
});

interface Session {
  access_token: string;
  refresh_token: string;
  user: { id: string };
}

async function token(
  grant: "password" | "refresh_token",
  body: object,
): Promise<Response> {
  return fetch(`${stack.url}/auth/v1/token?grant_type=${grant}`, {
    method: "POST",
    headers: {
      apikey: stack.keys.publishable,
      "Content-Type": "application/json",
    },
    body: JSON.stringify(body),
  });
}

async function signIn(user = stack.demoUser): Promise<Session> {
  const response = await token("password", user);
  expect(response.status).toBe(200);
  return (await response.json()) as Session;
}

function rest(path: string, bearer?: string, init: RequestInit = {}) {
  return fetch(`${stack.url}/rest/v1/${path}`, {
    ...init,
    headers: {
      apikey: stack.keys.publishable,
      "Content-Type": "application/json",
      ...(bearer === undefined ? {} : { Authorization: `Bearer ${bearer}` }),
      ...init.headers,
    },
  });
}

async function rowsOf(response: Response): Promise<unknown[]> {
  expect(response.status).toBe(200);
  return (await response.json()) as unknown[];
}

describe("row level security and tokens", () => {
  it("shows the anon role no CRM rows", async () => {
    for (const table of [
      "contacts",
      "contacts_summary",
      "companies",
      "sales",
    ]) {
      expect(await rowsOf(await rest(`${table}?select=id`))).toEqual([]);
    }
  });

  it("lets a signed-in user read sales but not write it", async () => {
    const session = await signIn();
    expect(
      (await rowsOf(await rest("sales?select=id", session.access_token)))
        .length,
    ).toBeGreaterThan(0);

    const insert = await rest("sales", session.access_token, {
      method: "POST",
      body: JSON.stringify({ first_name: "Eve", last_name: "Mallory" }),
    });
    expect(insert.status).toBe(403);
    expect(((await insert.json()) as { code: string }).code).toBe("42501");

    const update = await rest("sales?id=gt.0", session.access_token, {
      method: "PATCH",
      headers: { Prefer: "return=representation" },
      body: JSON.stringify({ first_name: "Eve" }),
    });
    const changed = update.status === 200 ? await update.json() : [];
    expect(changed).toEqual([]);
  });

  it("keeps a non-administrator from changing the configuration", async () => {
    const session = await signIn(SECOND_USER);
    const before = await rowsOf(
      await rest("configuration?select=config", session.access_token),
    );

    const response = await rest("configuration?id=eq.1", session.access_token, {
      method: "PATCH",
      headers: { Prefer: "return=representation" },
      body: JSON.stringify({ config: { title: "Hijacked" } }),
    });

    expect([200, 403]).toContain(response.status);
    if (response.status === 200) expect(await response.json()).toEqual([]);
    const after = await rowsOf(
      await rest("configuration?select=config", session.access_token),
    );
    expect(after).toEqual(before);
  });

  it("lets the secret key bypass row level security", async () => {
    const response = await fetch(`${stack.url}/rest/v1/contacts?select=id`, {
      headers: { apikey: stack.keys.secret },
    });

    expect((await rowsOf(response)).length).toBeGreaterThan(10);
  });

  it("rejects an expired JWT with 401", async () => {
    const session = await signIn();
    const expired = await new SignJWT({
      role: "authenticated",
      aud: "authenticated",
    })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setSubject(session.user.id)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(stack.jwtSecret));

    const response = await rest("contacts?select=id", expired);

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      code: "PGRST303",
      message: "JWT expired",
    });
  });

  it("rejects a tampered JWT with 401", async () => {
    const session = await signIn();
    const [header, payload, signature] = session.access_token.split(".");
    const claims = JSON.parse(
      Buffer.from(payload!, "base64url").toString("utf8"),
    ) as Record<string, unknown>;
    claims.role = "service_role";
    const forged = [
      header,
      Buffer.from(JSON.stringify(claims)).toString("base64url"),
      signature,
    ].join(".");

    const response = await rest("contacts?select=id", forged);

    expect(response.status).toBe(401);
    expect(((await response.json()) as { code: string }).code).toBe("PGRST301");
  });

  it("revokes the session when a used refresh token comes back", async () => {
    // Reusing the direct parent of the current token is allowed, as on
    // GoTrue; a token two rotations old is a replay.
    const session = await signIn();
    const first = await token("refresh_token", {
      refresh_token: session.refresh_token,
    });
    expect(first.status).toBe(200);
    const second = await token("refresh_token", {
      refresh_token: ((await first.json()) as Session).refresh_token,
    });
    expect(second.status).toBe(200);
    const current = (await second.json()) as Session;

    const reuse = await token("refresh_token", {
      refresh_token: session.refresh_token,
    });
    expect(reuse.status).toBe(400);
    expect(((await reuse.json()) as { error_code: string }).error_code).toBe(
      "refresh_token_already_used",
    );

    const next = await token("refresh_token", {
      refresh_token: current.refresh_token,
    });
    expect(next.status).toBe(400);
  });

  it("treats quotes, semicolons, commas and parentheses in filters as values", async () => {
    const session = await signIn();
    const hostile = `x'); drop table contacts; --`;

    const quoted = await rest(
      `contacts?select=id&last_name=eq.${encodeURIComponent(hostile)}`,
      session.access_token,
    );
    expect(await rowsOf(quoted)).toEqual([]);

    const inList = await rest(
      `contacts?select=id&last_name=in.(${encodeURIComponent(`"a,b","c)d","e\\"f"`)})`,
      session.access_token,
    );
    expect(await rowsOf(inList)).toEqual([]);

    const orTree = await rest(
      `contacts?select=id&or=(${encodeURIComponent(`last_name.eq."O'Brien; (x), y"`)},first_name.eq.nobody)`,
      session.access_token,
    );
    expect(await rowsOf(orTree)).toEqual([]);

    const still = await rest("contacts?select=id", session.access_token);
    expect((await rowsOf(still)).length).toBeGreaterThan(10);
  });

  it("answers malformed requests with PostgREST's codes, not 500", async () => {
    const session = await signIn();
    const cases: [string, number, string][] = [
      ["contacts?id=zz.1", 400, "PGRST100"],
      ["contacts?select=id,(", 400, "PGRST100"],
      ["contacts?select=no_such_column", 400, "42703"],
      ["no_such_table", 404, "PGRST205"],
      ["contacts?id=eq.not-a-number", 400, "22P02"],
    ];

    for (const [path, status, code] of cases) {
      const response = await rest(path, session.access_token);
      expect({ path, status: response.status }).toEqual({ path, status });
      const body = (await response.json()) as Record<string, unknown>;
      expect(body.code).toBe(code);
      expect(Object.keys(body).sort()).toEqual([
        "code",
        "details",
        "hint",
        "message",
      ]);
    }
  });
});
