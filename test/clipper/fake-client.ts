import type { CrmClient } from "../../src/crm/client.ts";
import { AuthError } from "../../src/crm/errors.ts";
import type {
  Contact,
  NoteRequest,
  Salesperson,
  SavedNote,
} from "../../src/crm/types.ts";

/** A contact card's data, with `overrides`. */
export function contact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 7,
    firstName: "Ada",
    lastName: "Lovelace",
    title: "CTO",
    companyName: "Acme",
    status: "warm",
    openTasks: 2,
    avatarUrl: null,
    emails: ["ada@acme.test"],
    ...overrides,
  };
}

export const salesperson: Salesperson = {
  id: 1,
  firstName: "Jane",
  lastName: "Demo",
  avatarUrl: null,
};

/** A CRM client whose answers are given, recording the notes it saves. */
export interface FakeClient extends CrmClient {
  saved: NoteRequest[];
}

/**
 * A stand-in for the CRM client, for models and components: signed out,
 * the demo password signs in, `contacts` answer every lookup. Methods in
 * `overrides` replace the defaults.
 */
export function fakeClient(
  options: {
    contacts?: Contact[];
    signedIn?: boolean;
    overrides?: Partial<CrmClient>;
  } = {},
): FakeClient {
  const contacts = options.contacts ?? [contact()];
  let isSignedIn = options.signedIn ?? false;
  let requests = 0;
  const saved: NoteRequest[] = [];
  const answer = async <T>(value: T): Promise<T> => {
    requests += 1;
    await Promise.resolve();
    return value;
  };

  const client: FakeClient = {
    saved,
    restore: () => answer(isSignedIn ? salesperson : null),
    async signIn(_email, password) {
      if (password !== "secret") {
        throw new AuthError("invalid_credentials", "Invalid login");
      }
      isSignedIn = true;
      return answer(salesperson);
    },
    async signOut() {
      isSignedIn = false;
    },
    findContactsByEmail: (email) =>
      answer(contacts.filter((c) => c.emails.includes(email.toLowerCase()))),
    searchContacts: (text) =>
      answer(
        contacts.filter((c) =>
          `${c.firstName} ${c.lastName}`
            .toLowerCase()
            .includes(text.toLowerCase()),
        ),
      ),
    noteStatuses: () =>
      answer([
        { value: "cold", label: "Cold", color: "#7dbde8" },
        { value: "warm", label: "Warm", color: "#e8cb7d" },
        { value: "hot", label: "Hot", color: "#e88b7d" },
      ]),
    async saveNote(note): Promise<SavedNote> {
      saved.push(note);
      return answer({
        noteId: 100 + saved.length,
        contactId: note.contactId,
        requests: 2,
      });
    },
    get requests() {
      return requests;
    },
    dispose() {},
    ...options.overrides,
  };
  return client;
}
