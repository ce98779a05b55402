import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Stack, startStack } from "../../e2e/stack/server.ts";

// Atomic CRM's REST API as its documentation shows it, with plain fetch.

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ port: 0 });
});

afterAll(async () => {
  await stack?.close();
});

interface Session {
  access_token: string;
  refresh_token: string;
  user: { id: string };
}

async function signIn(): Promise<Session> {
  const response = await fetch(
    `${stack.url}/auth/v1/token?grant_type=password`,
    {
      method: "POST",
      headers: {
        apikey: stack.keys.publishable,
        "Content-Type": "application/json",
      },
      body: JSON.stringify(stack.demoUser),
    },
  );
  expect(response.status).toBe(200);
  return (await response.json()) as Session;
}

function rest(path: string, token: string, init: RequestInit = {}) {
  return fetch(`${stack.url}/rest/v1/${path}`, {
    ...init,
    headers: {
      apikey: stack.keys.publishable,
      Authorization: `Bearer ${token}`,
      "Content-Type": "application/json",
      ...init.headers,
    },
  });
}

describe("Atomic CRM's REST API with plain fetch", () => {
  it("finds a contact by email and adds a note that the triggers complete", async () => {
    const session = await signIn();
    const seeded = await rest(
      "contacts?select=id,email_jsonb,last_seen&last_seen=not.is.null&limit=1",
      session.access_token,
    );
    const [contact] = (await seeded.json()) as {
      id: number;
      email_jsonb: { email: string }[];
      last_seen: string;
    }[];
    expect(contact).toBeDefined();
    const email = contact!.email_jsonb[0]!.email;

    const found = await rest(
      `contacts_summary?email_fts=ilike.*${encodeURIComponent(email)}*&select=id,first_name,last_name,email_fts`,
      session.access_token,
    );
    expect(found.status).toBe(200);
    const matches = (await found.json()) as { id: number }[];
    expect(matches.map((row) => row.id)).toContain(contact!.id);

    const date = new Date(Date.now() + 60_000).toISOString();
    const posted = await rest("contact_notes", session.access_token, {
      method: "POST",
      headers: { Prefer: "return=representation" },
      body: JSON.stringify({
        contact_id: contact!.id,
        text: "Called about the renewal.",
        date,
        status: "warm",
      }),
    });
    expect(posted.status).toBe(201);
    const [note] = (await posted.json()) as { id: number }[];

    const readBack = await rest(
      `contact_notes?id=eq.${note!.id}&select=text,sales_id,contact_id`,
      session.access_token,
      { headers: { Accept: "application/vnd.pgrst.object+json" } },
    );
    const row = (await readBack.json()) as { sales_id: number; text: string };
    const sales = await rest(
      `sales?user_id=eq.${session.user.id}&select=id,first_name,last_name,avatar`,
      session.access_token,
    );
    const [me] = (await sales.json()) as { id: number }[];
    expect(row.text).toBe("Called about the renewal.");
    expect(row.sales_id).toBe(me!.id);

    const after = await rest(
      `contacts?id=eq.${contact!.id}&select=last_seen`,
      session.access_token,
    );
    const [updated] = (await after.json()) as { last_seen: string }[];
    expect(Date.parse(updated!.last_seen)).toBe(Date.parse(date));
  });

  it("answers a browser's preflight like Supabase", async () => {
    const response = await fetch(`${stack.url}/rest/v1/contacts`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://helpdesk.example",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "apikey, authorization, prefer",
      },
    });

    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-headers")).toContain(
      "prefer",
    );
  });

  it("exposes Content-Range to other origins", async () => {
    const session = await signIn();

    const response = await rest("contacts?select=id", session.access_token, {
      headers: { Prefer: "count=exact", Range: "0-1" },
    });

    expect(response.headers.get("access-control-expose-headers")).toContain(
      "Content-Range",
    );
    expect(response.headers.get("content-range")).toMatch(/^0-1\/\d+$/);
  });

  it("refuses a request without an API key", async () => {
    const response = await fetch(`${stack.url}/rest/v1/contacts`);

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      message: "No API key found in request",
      hint: "No `apikey` request header or url param was found.",
    });
  });

  it("refuses an unknown API key", async () => {
    const response = await fetch(`${stack.url}/auth/v1/settings`, {
      headers: { apikey: "sb_publishable_not-this-one" },
    });

    expect(response.status).toBe(401);
    expect(((await response.json()) as { message: string }).message).toBe(
      "Invalid API key",
    );
  });
});
