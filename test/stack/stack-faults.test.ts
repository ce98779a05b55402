import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Stack, startStack } from "../../e2e/stack/server.ts";

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ port: 0, testMode: true });
});

afterAll(async () => {
  await stack?.close();
});

beforeEach(() => {
  stack.faults.reset();
});

async function signIn(): Promise<{
  access_token: string;
  user: { id: string };
}> {
  const response = await fetch(
    `${stack.url}/auth/v1/token?grant_type=password`,
    {
      method: "POST",
      headers: { apikey: stack.keys.publishable },
      body: JSON.stringify(stack.demoUser),
    },
  );
  return (await response.json()) as {
    access_token: string;
    user: { id: string };
  };
}

function control(path: string, body: object): Promise<Response> {
  return fetch(`${stack.url}/__stack/${path}`, {
    method: "POST",
    body: JSON.stringify(body),
  });
}

function contacts(token: string): Promise<Response> {
  return fetch(`${stack.url}/rest/v1/contacts?select=id&limit=1`, {
    headers: {
      apikey: stack.keys.publishable,
      Authorization: `Bearer ${token}`,
    },
  });
}

describe("fault controls in test mode", () => {
  it("fails the next requests to a path with a status, then recovers", async () => {
    const session = await signIn();
    await control("faults", {
      path: "/rest/v1/contacts",
      status: 503,
      count: 2,
    });

    const statuses = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await contacts(session.access_token)).status);
    }

    expect(statuses).toEqual([503, 503, 200]);
  });

  it("drops the connection after the write has committed", async () => {
    const session = await signIn();
    await control("faults", {
      path: "/rest/v1/tags",
      method: "POST",
      drop: "after",
    });

    const attempt = fetch(`${stack.url}/rest/v1/tags`, {
      method: "POST",
      headers: {
        apikey: stack.keys.publishable,
        Authorization: `Bearer ${session.access_token}`,
      },
      body: JSON.stringify({ name: "dropped-but-saved", color: "#fff" }),
    });

    await expect(attempt).rejects.toThrow();
    const { rows } = await stack.db.query(
      "select count(*)::int as n from public.tags where name = $1",
      ["dropped-but-saved"],
    );
    expect(rows[0]?.n).toBe(1);
  });

  it("expires a user's access tokens on demand", async () => {
    const session = await signIn();
    expect((await contacts(session.access_token)).status).toBe(200);

    await control("tokens/expire", { email: stack.demoUser.email });

    const response = await contacts(session.access_token);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { code: string }).code).toBe("PGRST303");
    const fresh = await signIn();
    expect((await contacts(fresh.access_token)).status).toBe(200);
  });

  it("adds latency to a path", async () => {
    const session = await signIn();
    await control("latency", { ms: 300, path: "/rest/v1/contacts" });

    const started = Date.now();
    await contacts(session.access_token);

    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("is absent when the stack is not in test mode", async () => {
    const plain = await startStack({ port: 0 });
    try {
      const response = await fetch(`${plain.url}/__stack/requests`);
      expect(response.status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
