import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Stack, startStack } from "../../e2e/stack/server.ts";
import { type CrmClient, createCrmClient } from "../../src/crm/client.ts";
import { AuthError, NetworkError } from "../../src/crm/errors.ts";
import { memoryStorage } from "../../src/crm/storage.ts";

// The CRM client against the local stack over HTTP: real auth, real
// PostgREST grammar, real row level security.

let stack: Stack;
const clients: CrmClient[] = [];

beforeAll(async () => {
  stack = await startStack({ port: 0, testMode: true });
});

afterEach(() => {
  for (const client of clients.splice(0)) client.dispose();
  stack.faults.reset();
});

afterAll(async () => {
  await stack?.close();
});

function newClient(storage = memoryStorage()): CrmClient {
  const client = createCrmClient({
    supabaseUrl: stack.url,
    supabaseKey: stack.keys.publishable,
    storage,
  });
  clients.push(client);
  return client;
}

async function signedIn(): Promise<CrmClient> {
  const client = newClient();
  await client.signIn(stack.demoUser.email, stack.demoUser.password);
  return client;
}

async function admin(path: string): Promise<Record<string, unknown>[]> {
  const response = await fetch(`${stack.url}/rest/v1/${path}`, {
    headers: { apikey: stack.keys.secret },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>[];
}

async function setConfig(config: unknown): Promise<void> {
  const response = await fetch(`${stack.url}/rest/v1/configuration?id=eq.1`, {
    method: "PATCH",
    headers: {
      apikey: stack.keys.secret,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ config }),
  });
  expect(response.status).toBe(204);
}

describe("the CRM client", () => {
  it("sends nothing until a method is called", () => {
    const client = newClient();

    expect(client.requests).toBe(0);
  });

  it("signs in and names the salesperson", async () => {
    const client = newClient();

    const person = await client.signIn(
      stack.demoUser.email,
      stack.demoUser.password,
    );

    const [row] = await admin(
      `sales?email=eq.${encodeURIComponent(stack.demoUser.email)}&select=id,first_name`,
    );
    expect(person.id).toBe(row?.id);
    expect(person.firstName).toBe(row?.first_name);
  });

  it("refuses a wrong password with invalid_credentials", async () => {
    const client = newClient();

    const failure = await client
      .signIn(stack.demoUser.email, "not-the-password")
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(AuthError);
    expect((failure as AuthError).code).toBe("invalid_credentials");
  });

  it("restores the session kept in its storage", async () => {
    const storage = memoryStorage();
    const first = newClient(storage);
    await first.signIn(stack.demoUser.email, stack.demoUser.password);

    const restored = await newClient(storage).restore();

    expect(restored?.id).toBeTypeOf("number");
  });

  it("finds a contact whose address was entered in capitals", async () => {
    const client = await signedIn();

    const found = await client.findContactsByEmail("ADA.LOVELACE@acme.test");

    expect(found.map((c) => c.lastName)).toEqual(["Lovelace"]);
    expect(found[0]?.companyName).toBeTruthy();
  });

  it("offers only exact holders, not contacts whose address contains it", async () => {
    const client = await signedIn();

    const found = await client.findContactsByEmail("bob@acme.test");

    expect(found.flatMap((c) => c.emails)).toContain("bob@acme.test");
    expect(found.flatMap((c) => c.emails)).not.toContain("jimbob@acme.test");
  });

  it("matches _ literally in an address", async () => {
    const client = await signedIn();

    const underscore = await client.findContactsByEmail("jane_doe@globex.test");
    const other = await client.findContactsByEmail("janexdoe@globex.test");

    expect(underscore).toHaveLength(1);
    expect(other).toHaveLength(1);
    expect(underscore[0]?.id).not.toBe(other[0]?.id);
  });

  it("returns every contact sharing an address", async () => {
    const client = await signedIn();

    const found = await client.findContactsByEmail("support@initech.test");

    expect(found).toHaveLength(2);
  });

  it("treats PostgREST's grammar in an address as text", async () => {
    const client = await signedIn();

    const found = await client.findContactsByEmail('a,b(c)"d*%@x.test');

    expect(found).toEqual([]);
  });

  it("searches contacts by every word of a name", async () => {
    const client = await signedIn();

    const found = await client.searchContacts("peter gibbons");

    expect(found.map((c) => `${c.firstName} ${c.lastName}`)).toEqual([
      "Peter Gibbons",
    ]);
  });

  it("reads the note statuses of the CRM's configuration", async () => {
    const client = await signedIn();
    const [row] = await admin("configuration?id=eq.1&select=config");
    const config = row?.config as Record<string, unknown>;
    const custom = [{ value: "vip", label: "VIP", color: "#000000" }];
    await setConfig({ ...config, noteStatuses: custom });

    const statuses = await client
      .noteStatuses()
      .finally(() => setConfig(config));

    expect(statuses).toEqual(custom);
  });

  it("falls back to Atomic CRM's statuses on an empty configuration", async () => {
    const client = await signedIn();
    const [row] = await admin("configuration?id=eq.1&select=config");
    await setConfig({});

    const statuses = await client
      .noteStatuses()
      .finally(() => setConfig(row?.config));

    expect(statuses.map((s) => s.value)).toEqual([
      "cold",
      "warm",
      "hot",
      "in-contract",
    ]);
  });

  it("saves a note as the CRM does and moves the contact forward", async () => {
    const client = await signedIn();
    const [contact] = await client.findContactsByEmail("milton@initech.test");
    const date = new Date().toISOString();

    const saved = await client.saveNote({
      contactId: contact!.id,
      text: "Stapler\n\nWants it back.",
      status: "hot",
      date,
    });

    const [note] = await admin(
      `contact_notes?id=eq.${saved.noteId}&select=contact_id,text,status,sales_id`,
    );
    const [updated] = await admin(
      `contacts?id=eq.${contact!.id}&select=status,last_seen`,
    );
    expect(note).toMatchObject({
      contact_id: contact!.id,
      text: "Stapler\n\nWants it back.",
      status: "hot",
    });
    expect(note?.sales_id).toBeTypeOf("number");
    expect(updated?.status).toBe("hot");
    expect(Date.parse(String(updated?.last_seen))).toBeGreaterThan(
      Date.now() - 60_000,
    );
    expect(saved.requests).toBeGreaterThanOrEqual(2);
  });

  it("refreshes an expired access token and completes the call", async () => {
    const client = await signedIn();
    await fetch(`${stack.url}/__stack/tokens/expire`, {
      method: "POST",
      body: JSON.stringify({ email: stack.demoUser.email }),
    });

    const found = await client.findContactsByEmail("tony@stark.test");

    expect(found).toHaveLength(1);
  });

  it("says the session ended when it was revoked", async () => {
    const client = await signedIn();
    await fetch(`${stack.url}/__stack/tokens/revoke`, {
      method: "POST",
      body: JSON.stringify({ email: stack.demoUser.email }),
    });
    await fetch(`${stack.url}/__stack/tokens/expire`, {
      method: "POST",
      body: JSON.stringify({ email: stack.demoUser.email }),
    });

    const failure = await client
      .findContactsByEmail("tony@stark.test")
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(AuthError);
    expect((failure as AuthError).code).toBe("session_expired");
  });

  it("reports an unreachable CRM as a network error", async () => {
    const client = createCrmClient({
      supabaseUrl: "http://127.0.0.1:9",
      supabaseKey: stack.keys.publishable,
      storage: memoryStorage(),
    });
    clients.push(client);

    const failure = await client
      .signIn(stack.demoUser.email, stack.demoUser.password)
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(NetworkError);
  });
});
