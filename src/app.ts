import { effect } from "@preact/signals";
import type { ParsedConfig } from "./config.ts";
import {
  type CrmClient,
  type CrmConnection,
  createCrmClient,
} from "./crm/client.ts";
import { AuthError, type CrmError } from "./crm/errors.ts";
import { safeStorage } from "./crm/storage.ts";
import type { ClipperEvents } from "./events.ts";
import { describeError, type Strings, stringsFor } from "./i18n/index.ts";
import { type ContactsModel, createContactsModel } from "./models/contacts.ts";
import {
  createNoteModel,
  type NoteModel,
  type NoteModelOptions,
} from "./models/note.ts";
import { createPanelModel, type PanelModel } from "./models/panel.ts";
import { createSessionModel, type SessionModel } from "./models/session.ts";
import type { ClipperMessage } from "./options.ts";
import { createDraftStore } from "./store/drafts.ts";
import { digest } from "./store/json.ts";
import { createOutbox } from "./store/outbox.ts";
import { composeNote } from "./text/note-text.ts";

/** What the components read and call. */
export interface ClipperApp {
  parsed: ParsedConfig;
  strings: Strings;
  panel: PanelModel;
  session: SessionModel;
  contacts: ContactsModel;
  note: NoteModel;
  /** Opens the panel; reads the page when no message is given. */
  open(message?: ClipperMessage): Promise<void>;
  close(): void;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** Runs the last contact lookup again. */
  retryLookup(): Promise<void>;
  /** Searches contacts by name or email. */
  search(text: string): Promise<void>;
  save(): Promise<void>;
  /** The contact's page in the CRM, or `null` without a CRM URL. */
  contactUrl(contactId: number): string | null;
  dispose(): void;
}

export interface AppContext {
  parsed: ParsedConfig;
  events: ClipperEvents;
  /** The message on the page, when selectors say where it is. */
  readPage(): ClipperMessage | null;
  /** Makes the CRM client; `createCrmClient` unless a test swaps it. */
  connect?: (connection: CrmConnection) => CrmClient;
  /** Where notes are kept and how saves are retried; tests swap them. */
  noteOptions?: NoteModelOptions;
}

/** Wires the models to the CRM client and to each other. */
export function createClipperApp(context: AppContext): ClipperApp {
  const { parsed, events } = context;
  const { config } = parsed;
  const strings = stringsFor(config.locale);
  const connect = context.connect ?? createCrmClient;
  let client: CrmClient | undefined;
  const crm = () => {
    client ??= connect({
      supabaseUrl: config.supabaseUrl,
      supabaseKey: config.supabaseKey,
    });
    return client;
  };

  const panel = createPanelModel();
  const session = createSessionModel(crm, reportError);
  const contacts = createContactsModel(crm, reportError);
  const storage = safeStorage();
  const note = createNoteModel(
    crm,
    {
      onError: reportError,
      onRetry: () => panel.announce(strings.retrying),
      onQueued: () => panel.announce(strings.queued),
      onSaved(saved) {
        panel.announce(strings.noteSaved);
        events.emit("saved", {
          noteId: saved.noteId,
          contactId: saved.contactId,
          contactUrl: contactUrl(saved.contactId),
        });
      },
    },
    {
      drafts: createDraftStore(storage),
      outbox: createOutbox(storage, hostOf(config.supabaseUrl)),
      ...context.noteOptions,
    },
  );
  const onOnline = () => {
    if (session.isSignedIn.value) void note.flush();
  };
  globalThis.addEventListener?.("online", onOnline);

  function reportError(error: CrmError) {
    if (error instanceof AuthError && error.code === "session_expired") {
      session.end(error);
    }
    panel.announce(describeError(error, strings));
    events.emit("error", { name: error.name, message: error.message });
  }

  function contactUrl(contactId: number): string | null {
    return config.crmUrl
      ? `${config.crmUrl}/#/contacts/${contactId}/show`
      : null;
  }

  const stopPreset = effect(() => {
    note.presetStatus(contacts.selected.value?.status ?? null);
  });

  // Once signed in: the statuses, the sender's contact, a note held back.
  async function start() {
    void note.loadStatuses();
    const { email, name } = panel.message.value;
    if (contacts.error.value) await retryLookup();
    else if (!contacts.lookup.value && email) await findSender(email);
    if (contacts.matches.value.length === 0 && !contacts.query.value) {
      contacts.setQuery(name ?? "");
    }
    await note.resume();
    await note.flush();
  }

  async function findSender(email: string) {
    await contacts.findByEmail(email);
    if (contacts.error.value) return;
    const count = contacts.matches.value.length;
    panel.announce(count ? strings.found(count) : strings.noMatch(email));
  }

  async function retryLookup() {
    const lookup = contacts.lookup.value;
    if (lookup?.kind === "search") await contacts.search(lookup.text);
    else if (lookup) await contacts.findByEmail(lookup.email);
  }

  async function open(message?: ClipperMessage) {
    const next = message ?? context.readPage();
    if (next && panel.setMessage(next)) {
      contacts.reset();
      note.prefill(composeNote(next), messageKey(next));
    } else if (note.saved.value) {
      const same = panel.message.value;
      note.prefill(composeNote(same), messageKey(same));
    }
    panel.open();
    if (parsed.error) return;

    await session.restore();
    if (session.isSignedIn.value) await start();
  }

  return {
    parsed,
    strings,
    panel,
    session,
    contacts,
    note,
    open,
    close: () => panel.close(),
    async signIn(email, password) {
      if (!(await session.signIn(email, password))) return;
      const person = session.salesperson.value;
      if (person) {
        panel.announce(
          strings.signedIn(`${person.firstName} ${person.lastName}`),
        );
      }
      await start();
    },
    async signOut() {
      await session.signOut();
      contacts.reset();
      panel.announce(strings.signedOut);
    },
    retryLookup,
    async search(text) {
      await contacts.search(text);
      if (contacts.error.value) return;
      const count = contacts.matches.value.length;
      panel.announce(count ? strings.found(count) : strings.noResults);
    },
    async save() {
      await note.save(contacts.selected.value);
    },
    contactUrl,
    dispose() {
      stopPreset();
      globalThis.removeEventListener?.("online", onOnline);
      client?.dispose();
    },
  };
}

/** Which draft belongs to a message: its sender, subject and text. */
function messageKey(message: ClipperMessage): string {
  const { email = "", subject = "", message: text = "" } = message;
  return digest(`${email.toLowerCase()}\n${subject}\n${text}`);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "";
  }
}
