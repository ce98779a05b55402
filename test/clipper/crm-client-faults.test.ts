import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Stack, startStack } from "../../e2e/stack/server.ts";
import { type CrmClient, createCrmClient } from "../../src/crm/client.ts";
import { HttpError, NetworkError } from "../../src/crm/errors.ts";
import { memoryStorage } from "../../src/crm/storage.ts";
import type { NoteRequest } from "../../src/crm/types.ts";

// Saving notes against the local stack while its fault controls drop
// connections and fail requests.

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

async function signedIn(on = stack): Promise<CrmClient> {
  const client = createCrmClient({
    supabaseUrl: on.url,
    supabaseKey: on.keys.publishable,
    storage: memoryStorage(),
  });
  clients.push(client);
  await client.signIn(on.demoUser.email, on.demoUser.password);
  return client;
}

async function admin(path: string, on = stack): Promise<unknown[]> {
  const response = await fetch(`${on.url}/rest/v1/${path}`, {
    headers: { apikey: on.keys.secret },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as unknown[];
}

async function noteFor(client: CrmClient, text: string): Promise<NoteRequest> {
  const [contact] = await client.findContactsByEmail("milton@initech.test");
  return {
    contactId: contact!.id,
    text,
    status: null,
    date: new Date().toISOString(),
  };
}

describe("saving a note through faults", () => {
  it("keeps the first note when the CRM got the same note twice", async () => {
    const client = await signedIn();
    const note = await noteFor(client, `Sent twice ${Date.now()}`);
    const [sales] = (await admin(
      `sales?email=eq.${encodeURIComponent(stack.demoUser.email)}&select=id`,
    )) as { id: number }[];
    const copy = await fetch(`${stack.url}/rest/v1/contact_notes`, {
      method: "POST",
      headers: {
        apikey: stack.keys.secret,
        "Content-Type": "application/json",
        Prefer: "return=representation",
      },
      body: JSON.stringify({
        contact_id: note.contactId,
        text: note.text,
        date: note.date,
        sales_id: sales!.id,
      }),
    });
    const [first] = (await copy.json()) as { id: number }[];

    const saved = await client.saveNote(note);

    const rows = await admin(
      `contact_notes?contact_id=eq.${note.contactId}&select=id&text=eq.${encodeURIComponent(note.text)}`,
    );
    expect(rows).toEqual([{ id: first!.id }]);
    expect(saved.noteId).toBe(first!.id);
  });

  it("finds the note a dropped answer left and does not insert it again", async () => {
    const client = await signedIn();
    const note = await noteFor(client, `Dropped answer ${Date.now()}`);
    stack.faults.add({
      path: "/rest/v1/contact_notes",
      method: "POST",
      count: 1,
      action: { kind: "drop-after" },
    });

    const failure = await client.saveNote(note).catch((e: unknown) => e);
    const saved = await client.saveNote({ ...note, mayExist: true });

    expect(failure).toBeInstanceOf(NetworkError);
    const rows = await admin(
      `contact_notes?text=eq.${encodeURIComponent(note.text)}&select=id`,
    );
    expect(rows).toEqual([{ id: saved.noteId }]);
  });

  it("inserts the note when the earlier send never reached the CRM", async () => {
    const client = await signedIn();
    const note = await noteFor(client, `Never arrived ${Date.now()}`);

    await client.saveNote({ ...note, mayExist: true });

    const rows = await admin(
      `contact_notes?text=eq.${encodeURIComponent(note.text)}&select=id`,
    );
    expect(rows).toHaveLength(1);
  });

  it("says the contact is gone when it was deleted before the save", async () => {
    const client = await signedIn();
    const note = await noteFor(client, "Too late");
    await stack.db.exec(`delete from contacts where id = ${note.contactId}`);

    const failure = await client.saveNote(note).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(HttpError);
    expect((failure as HttpError).code).toBe("23503");
  });

  it("saves into contactNotes on an instance older than contact_notes", async () => {
    const older = await startStack({ port: 0, testMode: true });
    try {
      await older.db.exec('alter table contact_notes rename to "contactNotes"');
      await older.reloadSchema();
      const client = await signedIn(older);
      const note = await noteFor(client, "Older instance");

      const first = await client.saveNote(note);
      const requestsBefore = client.requests;
      await client.saveNote({ ...note, date: new Date().toISOString() });

      const rows = await admin(`contactNotes?id=eq.${first.noteId}`, older);
      expect(rows).toHaveLength(1);
      // Insert, look for copies, update the contact: no new try at
      // contact_notes first.
      expect(client.requests - requestsBefore).toBe(3);
    } finally {
      await older.close();
    }
  });
});
