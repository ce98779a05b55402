// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createClipperApp } from "../../src/app.ts";
import { App } from "../../src/components/App.tsx";
import { parseConfig, type UncheckedOptions } from "../../src/config.ts";
import type { CrmClient } from "../../src/crm/client.ts";
import { HttpError } from "../../src/crm/errors.ts";
import { createEvents } from "../../src/events.ts";
import type { ClipperMessage } from "../../src/options.ts";
import { contact, type FakeClient, fakeClient } from "./fake-client.ts";

const options = {
  supabaseUrl: "https://abcd.supabase.co",
  supabaseKey: "sb_publishable_abc",
  crmUrl: "https://crm.example.test",
};
const message: ClipperMessage = {
  email: "ada@acme.test",
  name: "Ada Lovelace",
  subject: "Invoice",
  message: "Where is it?",
};

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const instantRetry = { attempts: 3, delay: () => 0, wait: async () => {} };

async function showPanel(
  client: FakeClient,
  given: UncheckedOptions = options,
) {
  const connect = vi.fn((): CrmClient => client);
  const events = createEvents(() => []);
  const saved = vi.fn();
  events.on("saved", saved);
  const app = createClipperApp({
    parsed: parseConfig(given, "property"),
    events,
    readPage: () => null,
    connect,
    noteOptions: { retry: instantRetry },
  });
  render(<App app={app} inline={true} />);
  await app.open(message);
  return { app, connect, saved };
}

describe("the panel", () => {
  it("says what to change in a bad configuration and connects to nothing", async () => {
    const { connect } = await showPanel(fakeClient(), {
      supabaseKey: "sb_secret_nope",
    });

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Supabase URL/);
    expect(alert.textContent).toMatch(/secret key/);
    expect(connect).not.toHaveBeenCalled();
  });

  it("signs in, offers the sender's contact and the prefilled note", async () => {
    await showPanel(fakeClient());

    fireEvent.input(screen.getByLabelText("Email"), {
      target: { value: "jane@crm.test" },
    });
    fireEvent.input(screen.getByLabelText("Password"), {
      target: { value: "secret" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));

    const group = await screen.findByRole("radiogroup", { name: "Contact" });
    expect(group.textContent).toMatch(/Ada Lovelace/);
    expect(screen.getByRole("radio")).toHaveProperty("checked", true);
    expect(screen.getByRole("textbox", { name: "Note" })).toHaveProperty(
      "value",
      "Invoice\n\nWhere is it?",
    );
    expect(screen.getByRole("button", { name: "Sign out" })).toBeTruthy();
  });

  it("says why a sign-in was refused", async () => {
    await showPanel(fakeClient());

    fireEvent.input(screen.getByLabelText("Email"), {
      target: { value: "jane@crm.test" },
    });
    fireEvent.input(screen.getByLabelText("Password"), {
      target: { value: "wrong" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/password/i);
  });

  it("lets the user choose between contacts sharing the address", async () => {
    const client = fakeClient({
      signedIn: true,
      contacts: [contact(), contact({ id: 8, lastName: "Byron" })],
    });
    await showPanel(client);

    const second = await screen.findByRole("radio", { name: /Byron/ });
    fireEvent.click(second);
    fireEvent.click(screen.getByRole("button", { name: "Save note" }));

    await screen.findByRole("link", { name: "Open in CRM" });
    expect(client.saved[0]?.contactId).toBe(8);
  });

  it("saves the note and links to the contact in the CRM", async () => {
    const client = fakeClient({ signedIn: true });
    const { saved } = await showPanel(client);
    await screen.findByRole("radiogroup", { name: "Contact" });

    fireEvent.keyDown(screen.getByRole("textbox", { name: "Note" }), {
      key: "Enter",
      ctrlKey: true,
    });

    const link = await screen.findByRole("link", { name: "Open in CRM" });
    expect(screen.getByRole("status").textContent).toBe("Note saved");
    expect(link.getAttribute("href")).toBe(
      "https://crm.example.test/#/contacts/7/show",
    );
    expect(saved).toHaveBeenCalledWith({
      noteId: 101,
      contactId: 7,
      contactUrl: "https://crm.example.test/#/contacts/7/show",
    });
  });

  it("keeps the note and offers to retry when every attempt fails", async () => {
    let attempts = 0;
    const client = fakeClient({ signedIn: true });
    const save = client.saveNote.bind(client);
    client.saveNote = async (note) => {
      attempts += 1;
      if (attempts <= 3) throw new HttpError(503, { message: "down" });
      return save(note);
    };
    await showPanel(client);
    const note = await screen.findByRole("textbox", { name: "Note" });
    fireEvent.input(note, { target: { value: "Do not lose me" } });

    fireEvent.click(screen.getByRole("button", { name: "Save note" }));
    const retry = await screen.findByRole("button", { name: /try again/i });

    expect(screen.getByRole("textbox", { name: "Note" })).toHaveProperty(
      "value",
      "Do not lose me",
    );
    fireEvent.click(retry);
    await screen.findByRole("link", { name: "Open in CRM" });
    expect(client.saved.map((n) => n.text)).toEqual(["Do not lose me"]);
  });
});
