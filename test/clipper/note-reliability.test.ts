import { describe, expect, it, vi } from "vitest";
import {
  AuthError,
  HttpError,
  NetworkError,
  TimeoutError,
} from "../../src/crm/errors.ts";
import { memoryStorage } from "../../src/crm/storage.ts";
import type { NoteRequest } from "../../src/crm/types.ts";
import {
  createNoteModel,
  type NoteModelOptions,
} from "../../src/models/note.ts";
import { createDraftStore } from "../../src/store/drafts.ts";
import { createOutbox } from "../../src/store/outbox.ts";
import { contact, type FakeClient, fakeClient } from "./fake-client.ts";

const down = () => new NetworkError("http://crm.test/rest/v1", "down");

/** A client whose saves fail with `failures`, in order, then succeed. */
function failing(...failures: Error[]): FakeClient {
  const client = fakeClient({ signedIn: true });
  const save = client.saveNote.bind(client);
  client.saveNote = async (note) => {
    const failure = failures.shift();
    if (failure) {
      client.saved.push({ ...note, text: "(failed)" });
      throw failure;
    }
    return save(note);
  };
  return client;
}

function setup(client: FakeClient, options: NoteModelOptions = {}) {
  const storage = memoryStorage();
  const waits: number[] = [];
  const hooks = {
    onError: vi.fn(),
    onSaved: vi.fn(),
    onRetry: vi.fn(),
    onQueued: vi.fn(),
  };
  const deps = {
    drafts: createDraftStore(storage),
    outbox: createOutbox(storage),
    retry: {
      attempts: 3,
      delay: (n: number) => 1000 * 2 ** (n - 1),
      wait: async (ms: number) => {
        waits.push(ms);
      },
    },
    ...options,
  };
  const note = createNoteModel(() => client, hooks, deps);
  return { note, hooks, waits, deps, storage };
}

const sentNotes = (client: FakeClient): NoteRequest[] =>
  client.saved.filter((n) => n.text !== "(failed)");

describe("saving a note through failures", () => {
  it("retries a network failure and a timeout, then saves once", async () => {
    const client = failing(
      down(),
      new TimeoutError("http://crm.test/rest/v1", 15_000),
    );
    const { note, hooks, waits } = setup(client);
    note.prefill("Hello", "m1");

    const saved = await note.save(contact());

    expect(saved).toEqual(note.saved.value);
    expect(waits).toEqual([1000, 2000]);
    expect(hooks.onRetry.mock.calls).toEqual([[2], [3]]);
    expect(sentNotes(client)).toHaveLength(1);
  });

  it("asks the CRM for the note before sending it again, with the same date", async () => {
    const client = failing(new HttpError(503, { message: "busy" }));
    const { note } = setup(client);
    note.prefill("Hello", "m1");

    await note.save(contact());

    const [first, second] = client.saved;
    expect(first?.mayExist).toBeUndefined();
    expect(second?.mayExist).toBe(true);
    expect(second?.date).toBe(first?.date);
  });

  it("stops after three attempts and keeps the note to try again", async () => {
    const client = failing(down(), down(), down());
    const { note, hooks } = setup(client);
    note.prefill("Keep me", "m1");

    await note.save(contact());

    expect(client.saved).toHaveLength(3);
    expect(note.error.value?.name).toBe("NetworkError");
    expect(note.draft.value).toBe("Keep me");
    expect(hooks.onError).toHaveBeenCalledTimes(1);

    await note.save(contact());

    expect(client.saved.at(-1)?.date).toBe(client.saved[0]?.date);
    expect(sentNotes(client)).toHaveLength(1);
  });

  it("does not retry a refusal", async () => {
    const refusal = new HttpError(409, { code: "23503", message: "gone" });
    const client = failing(refusal);
    const { note, waits, deps } = setup(client);
    note.prefill("For a deleted contact", "m1");

    await note.save(contact());

    expect(client.saved).toHaveLength(1);
    expect(waits).toEqual([]);
    expect(note.error.value).toBe(refusal);
    expect(note.draft.value).toBe("For a deleted contact");
    expect(deps.outbox.list()).toEqual([]);
  });
});

describe("drafts", () => {
  it("gives back the draft and status of the same message", () => {
    const client = fakeClient({ signedIn: true });
    const { note, deps } = setup(client);
    note.prefill("Prefilled", "m1");
    note.setDraft("Edited by hand");
    note.chooseStatus("hot");

    const reopened = createNoteModel(() => client, setup(client).hooks, deps);
    reopened.prefill("Prefilled", "m1");

    expect(reopened.draft.value).toBe("Edited by hand");
    expect(reopened.status.value).toBe("hot");
  });

  it("forgets the draft once the save is confirmed", async () => {
    const client = fakeClient({ signedIn: true });
    const { note, deps } = setup(client);
    note.prefill("Prefilled", "m1");
    note.setDraft("Edited");

    await note.save(contact());

    expect(deps.drafts.get("m1")).toBeNull();
  });

  it("forgets drafts older than a week when opened", () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
      key: (index: number) => [...items.keys()][index] ?? null,
      get length() {
        return items.size;
      },
    };
    const day = 24 * 60 * 60 * 1000;
    createDraftStore(storage, () => 0).put("old", { text: "a", status: null });
    createDraftStore(storage, () => 6 * day).put("new", {
      text: "b",
      status: null,
    });

    const drafts = createDraftStore(storage, () => 8 * day);

    expect(drafts.get("old")).toBeNull();
    expect(drafts.get("new")?.text).toBe("b");
  });
});

describe("offline", () => {
  it("queues the note when offline and sends it once back online", async () => {
    let isOnline = false;
    const client = fakeClient({ signedIn: true });
    const { note, hooks, deps } = setup(client, { isOnline: () => isOnline });
    note.prefill("Written on a train", "m1");

    await note.save(contact());

    expect(client.saved).toEqual([]);
    expect(note.isQueued.value).toBe(true);
    expect(hooks.onQueued).toHaveBeenCalled();
    expect(deps.outbox.list()).toHaveLength(1);

    isOnline = true;
    await Promise.all([note.flush(), note.flush()]);

    expect(client.saved).toHaveLength(1);
    expect(client.saved[0]?.mayExist).toBe(true);
    expect(note.isQueued.value).toBe(false);
    expect(note.saved.value?.noteId).toBe(101);
    expect(deps.outbox.list()).toEqual([]);
  });

  it("queues a note whose connection dropped while offline", async () => {
    let isOnline = true;
    const client = fakeClient({ signedIn: true });
    client.saveNote = async () => {
      isOnline = false;
      throw down();
    };
    const { note, deps } = setup(client, { isOnline: () => isOnline });
    note.prefill("Hello", "m1");

    await note.save(contact());

    expect(note.isQueued.value).toBe(true);
    expect(deps.outbox.list()[0]?.request.mayExist).toBe(true);
  });

  it("sends, after a reload, the note a closed page left on its way", async () => {
    const client = fakeClient({ signedIn: true });
    const { deps } = setup(client);
    deps.outbox.put({
      key: "m1",
      request: { contactId: 7, text: "Hi", status: null, date: "2026-01-01" },
    });
    const reloaded = createNoteModel(() => client, setup(client).hooks, deps);
    reloaded.prefill("Hi", "m1");

    await reloaded.flush();

    expect(client.saved).toEqual([
      expect.objectContaining({ text: "Hi", mayExist: true }),
    ]);
    expect(reloaded.saved.value?.contactId).toBe(7);
  });

  it("keeps the queued note when the session ended", async () => {
    const client = fakeClient({ signedIn: true });
    client.saveNote = () =>
      Promise.reject(new AuthError("session_expired", "ended"));
    const { note, deps } = setup(client);
    deps.outbox.put({
      key: "m1",
      request: { contactId: 7, text: "Hi", status: null, date: "2026-01-01" },
    });

    await note.flush();

    expect(deps.outbox.list()).toHaveLength(1);
  });
});
