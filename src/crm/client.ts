import type { SupportedStorage } from "@supabase/auth-js";
import { PostgrestClient } from "@supabase/postgrest-js";
import { createAuthSession } from "./auth.ts";
import { findContactsByEmail, searchContacts } from "./contacts.ts";
import { AuthError, HttpError } from "./errors.ts";
import { fetchNoteStatuses, insertNote, type NotesTable } from "./notes.ts";
import { createRestFetch } from "./rest-fetch.ts";
import { findSalesperson } from "./sales.ts";
import { safeStorage } from "./storage.ts";
import { createTransport } from "./transport.ts";
import type {
  Contact,
  NoteRequest,
  NoteStatus,
  Salesperson,
  SavedNote,
} from "./types.ts";

/** Where the CRM lives and how to reach it. */
export interface CrmConnection {
  /** The Supabase project URL, without a trailing slash. */
  supabaseUrl: string;
  /** The publishable (or anon) key. */
  supabaseKey: string;
  /** How long a request may take; 15 s by default. */
  timeoutMs?: number;
  /** Where the session is kept; `localStorage` by default. */
  storage?: SupportedStorage;
}

/** Everything the Clipper asks of the CRM. Every failure is a `CrmError`. */
export interface CrmClient {
  /** The signed-in salesperson from the stored session, if any. */
  restore(): Promise<Salesperson | null>;
  signIn(email: string, password: string): Promise<Salesperson>;
  signOut(): Promise<void>;
  findContactsByEmail(email: string): Promise<Contact[]>;
  searchContacts(text: string): Promise<Contact[]>;
  noteStatuses(): Promise<NoteStatus[]>;
  saveNote(note: NoteRequest): Promise<SavedNote>;
  /** Requests sent so far. */
  readonly requests: number;
  /** Stops refreshing the session in the background. */
  dispose(): void;
}

/** Connects to the CRM. Sends nothing until a method is called. */
export function createCrmClient(connection: CrmConnection): CrmClient {
  const transport = createTransport(connection.timeoutMs ?? 15_000);
  let session: ReturnType<typeof createAuthSession> | undefined;
  let db: PostgrestClient | undefined;
  let salesperson: Salesperson | null = null;
  let notesTable: NotesTable = "contact_notes";

  // auth-js reads the stored session as soon as it exists, so both
  // clients are made on first use.
  function open() {
    session ??= createAuthSession({
      supabaseUrl: connection.supabaseUrl,
      supabaseKey: connection.supabaseKey,
      transport,
      storage: connection.storage ?? safeStorage(),
    });
    db ??= new PostgrestClient(`${connection.supabaseUrl}/rest/v1`, {
      headers: { apikey: connection.supabaseKey },
      fetch: createRestFetch(transport, session),
      retry: false,
    });
    return { session, db };
  }

  async function currentSalesperson(): Promise<Salesperson> {
    if (salesperson) return salesperson;
    const { session, db } = open();
    const userId = await session.restore();
    if (userId === null) {
      throw new AuthError("session_expired", "The session has ended");
    }
    salesperson = await findSalesperson(db, userId);
    return salesperson;
  }

  return {
    async restore() {
      const { session, db } = open();
      const userId = await session.restore();
      salesperson = userId === null ? null : await findSalesperson(db, userId);
      return salesperson;
    },
    async signIn(email, password) {
      const { session, db } = open();
      const userId = await session.signIn(email, password);
      salesperson = await findSalesperson(db, userId);
      return salesperson;
    },
    async signOut() {
      salesperson = null;
      await open().session.signOut();
    },
    findContactsByEmail: (email) => findContactsByEmail(open().db, email),
    searchContacts: (text) => searchContacts(open().db, text),
    noteStatuses: () => fetchNoteStatuses(open().db),
    async saveNote(note) {
      const before = transport.requests;
      const sales = await currentSalesperson();
      const insert = () => insertNote(open().db, notesTable, note, sales.id);
      const noteId = await insert().catch((error: unknown) => {
        if (notesTable === "contactNotes" || !isMissingTable(error)) {
          throw error;
        }
        notesTable = "contactNotes";
        return insert();
      });
      return {
        noteId,
        contactId: note.contactId,
        requests: transport.requests - before,
      };
    },
    get requests() {
      return transport.requests;
    },
    dispose() {
      session?.dispose();
    },
  };
}

/** PostgREST's answer for a table the schema does not have. */
function isMissingTable(error: unknown): boolean {
  return error instanceof HttpError && error.code === "PGRST205";
}
