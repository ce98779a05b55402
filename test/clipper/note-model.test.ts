import { describe, expect, it, vi } from "vitest";
import { AuthError, NetworkError } from "../../src/crm/errors.ts";
import { createNoteModel } from "../../src/models/note.ts";
import { contact, fakeClient } from "./fake-client.ts";

function noteModel(client = fakeClient()) {
  const hooks = { onError: vi.fn(), onSaved: vi.fn() };
  return { note: createNoteModel(() => client, hooks), client, hooks };
}

describe("the note model", () => {
  it("saves the trimmed draft with the chosen status", async () => {
    const { note, client, hooks } = noteModel();
    note.setDraft("  Call back on Monday  ");
    note.chooseStatus("hot");

    const saved = await note.save(contact());

    expect(client.saved).toEqual([
      expect.objectContaining({
        contactId: 7,
        text: "Call back on Monday",
        status: "hot",
      }),
    ]);
    expect(saved?.noteId).toBe(101);
    expect(hooks.onSaved).toHaveBeenCalledWith(saved);
  });

  it("asks for a contact before saving", async () => {
    const { note, client } = noteModel();
    note.setDraft("Text");

    await note.save(null);

    expect(note.problem.value).toBe("no-contact");
    expect(client.saved).toEqual([]);
  });

  it("asks for text before saving an empty note", async () => {
    const { note } = noteModel();
    note.setDraft("   ");

    await note.save(contact());

    expect(note.problem.value).toBe("empty");
  });

  it("keeps the draft when the save fails", async () => {
    const failure = new NetworkError("http://crm.test/rest/v1", "offline");
    const client = fakeClient({
      overrides: { saveNote: () => Promise.reject(failure) },
    });
    const { note, hooks } = noteModel(client);
    note.setDraft("Precious words");

    await note.save(contact());

    expect(note.draft.value).toBe("Precious words");
    expect(note.error.value).toBe(failure);
    expect(note.pending.value?.text).toBe("Precious words");
    expect(hooks.onError).toHaveBeenCalledWith(failure);
  });

  it("sends one request for a double click", async () => {
    const { note, client } = noteModel();
    note.setDraft("Once");

    await Promise.all([note.save(contact()), note.save(contact())]);

    expect(client.saved).toHaveLength(1);
  });

  it("presets the status from the contact until the user picks one", () => {
    const { note } = noteModel();

    note.presetStatus("warm");
    note.chooseStatus("cold");
    note.presetStatus("hot");

    expect(note.status.value).toBe("cold");
  });

  it("sends the held note again once the user signed in after the session ended", async () => {
    let calls = 0;
    const client = fakeClient({
      overrides: {
        saveNote: async (request) => {
          calls += 1;
          if (calls === 1) {
            throw new AuthError("session_expired", "The session has ended");
          }
          return { noteId: 9, contactId: request.contactId, requests: 2 };
        },
      },
    });
    const { note } = noteModel(client);
    note.setDraft("Held back");
    await note.save(contact());

    const saved = await note.resume();

    expect(saved?.noteId).toBe(9);
    expect(note.pending.value).toBeNull();
  });

  it("falls back to the default statuses when the CRM cannot say", async () => {
    const client = fakeClient({
      overrides: { noteStatuses: () => Promise.reject(new Error("down")) },
    });
    const { note } = noteModel(client);

    await note.loadStatuses();

    expect(note.statuses.value.map((s) => s.value)).toEqual([
      "cold",
      "warm",
      "hot",
      "in-contract",
    ]);
  });
});
