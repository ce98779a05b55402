import { computed, type ReadonlySignal, signal } from "@preact/signals";
import type { CrmClient } from "../crm/client.ts";
import { AuthError, type CrmError } from "../crm/errors.ts";
import { defaultNoteStatuses } from "../crm/notes.ts";
import type {
  Contact,
  NoteRequest,
  NoteStatus,
  SavedNote,
} from "../crm/types.ts";
import { asCrmError } from "./as-crm-error.ts";

/** Why the note cannot be sent yet. */
export type NoteProblem = "no-contact" | "empty";

/** The note being written and its way to the CRM. */
export interface NoteModel {
  draft: ReadonlySignal<string>;
  status: ReadonlySignal<string | null>;
  statuses: ReadonlySignal<NoteStatus[]>;
  isSaving: ReadonlySignal<boolean>;
  error: ReadonlySignal<CrmError | null>;
  problem: ReadonlySignal<NoteProblem | null>;
  saved: ReadonlySignal<SavedNote | null>;
  /** The note sent last and not saved yet, kept to be sent again. */
  pending: ReadonlySignal<NoteRequest | null>;
  hasDraft: ReadonlySignal<boolean>;
  /** Replaces the draft with a message's text. */
  prefill(text: string): void;
  setDraft(text: string): void;
  /** The user picked a status: contacts chosen later keep it. */
  chooseStatus(value: string | null): void;
  /** Presets the status from a contact unless the user picked one. */
  presetStatus(value: string | null): void;
  loadStatuses(): Promise<void>;
  save(contact: Contact | null): Promise<SavedNote | null>;
  /** Sends the pending note again, when the session ended on its way. */
  resume(): Promise<SavedNote | null>;
  reset(): void;
}

export interface NoteModelHooks {
  onError(error: CrmError): void;
  onSaved(saved: SavedNote): void;
}

export function createNoteModel(
  client: () => CrmClient,
  hooks: NoteModelHooks,
): NoteModel {
  const draft = signal("");
  const status = signal<string | null>(null);
  const statuses = signal<NoteStatus[]>([...defaultNoteStatuses]);
  const isSaving = signal(false);
  const error = signal<CrmError | null>(null);
  const problem = signal<NoteProblem | null>(null);
  const saved = signal<SavedNote | null>(null);
  const pending = signal<NoteRequest | null>(null);
  let isStatusChosen = false;

  async function send(request: NoteRequest): Promise<SavedNote | null> {
    pending.value = request;
    isSaving.value = true;
    error.value = null;
    try {
      const result = await client().saveNote(request);
      pending.value = null;
      saved.value = result;
      hooks.onSaved(result);
      return result;
    } catch (caught) {
      error.value = asCrmError(caught);
      hooks.onError(error.value);
      return null;
    } finally {
      isSaving.value = false;
    }
  }

  return {
    draft,
    status,
    statuses,
    isSaving,
    error,
    problem,
    saved,
    pending,
    hasDraft: computed(() => draft.value.trim() !== ""),

    prefill(text) {
      draft.value = text;
      saved.value = null;
      error.value = null;
      problem.value = null;
      pending.value = null;
    },
    setDraft(text) {
      draft.value = text;
      if (problem.value === "empty") problem.value = null;
    },
    chooseStatus(value) {
      isStatusChosen = true;
      status.value = value;
    },
    presetStatus(value) {
      if (!isStatusChosen) status.value = value;
    },

    async loadStatuses() {
      try {
        statuses.value = await client().noteStatuses();
      } catch {
        // The defaults stay: a note can be saved without the settings.
      }
    },

    save(contact) {
      if (isSaving.value) return Promise.resolve(null);
      problem.value = !contact
        ? "no-contact"
        : draft.value.trim()
          ? null
          : "empty";
      if (!contact || problem.value) return Promise.resolve(null);

      return send({
        contactId: contact.id,
        text: draft.value.trim(),
        status: status.value,
        date: new Date().toISOString(),
      });
    },

    resume() {
      const request = pending.value;
      const failure = error.value;
      const endedSession =
        failure instanceof AuthError && failure.code === "session_expired";
      if (!request || !endedSession || isSaving.value) {
        return Promise.resolve(null);
      }
      return send(request);
    },

    reset() {
      draft.value = "";
      status.value = null;
      isStatusChosen = false;
      saved.value = null;
      error.value = null;
      problem.value = null;
      pending.value = null;
    },
  };
}
