import { computed, type ReadonlySignal, signal } from "@preact/signals";
import type { CrmClient } from "../crm/client.ts";
import { AuthError, type CrmError, NetworkError } from "../crm/errors.ts";
import { defaultNoteStatuses } from "../crm/notes.ts";
import { memoryStorage } from "../crm/storage.ts";
import type {
  Contact,
  NoteRequest,
  NoteStatus,
  SavedNote,
} from "../crm/types.ts";
import { createDraftStore, type DraftStore } from "../store/drafts.ts";
import { createOutbox, type Outbox } from "../store/outbox.ts";
import { asCrmError } from "./as-crm-error.ts";
import {
  defaultRetryPolicy,
  isTransient,
  type RetryPolicy,
} from "./retry-policy.ts";

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
  /** The attempt being waited for after a failure, 0 when none. */
  retry: ReadonlySignal<number>;
  /** Offline: the note waits in the outbox for the connection. */
  isQueued: ReadonlySignal<boolean>;
  /**
   * Shows the draft kept for the message `key`, or else its `text`.
   */
  prefill(text: string, key?: string): void;
  setDraft(text: string): void;
  /** The user picked a status: contacts chosen later keep it. */
  chooseStatus(value: string | null): void;
  /** Presets the status from a contact unless the user picked one. */
  presetStatus(value: string | null): void;
  loadStatuses(): Promise<void>;
  save(contact: Contact | null): Promise<SavedNote | null>;
  /** Sends the pending note again, when the session ended on its way. */
  resume(): Promise<SavedNote | null>;
  /** Sends the notes left in the outbox by offline saves and reloads. */
  flush(): Promise<void>;
  reset(): void;
}

export interface NoteModelHooks {
  onError(error: CrmError): void;
  onSaved(saved: SavedNote): void;
  /** A failed attempt will be followed by attempt `n`. */
  onRetry?(n: number): void;
  /** The note waits for the connection to come back. */
  onQueued?(): void;
}

/** Where drafts and unsent notes are kept, and how saves are retried. */
export interface NoteModelOptions {
  drafts?: DraftStore;
  outbox?: Outbox;
  retry?: RetryPolicy;
  isOnline?: () => boolean;
}

export function createNoteModel(
  client: () => CrmClient,
  hooks: NoteModelHooks,
  options: NoteModelOptions = {},
): NoteModel {
  const drafts = options.drafts ?? createDraftStore(memoryStorage());
  const outbox = options.outbox ?? createOutbox(memoryStorage());
  const policy = options.retry ?? defaultRetryPolicy;
  const isOnline =
    options.isOnline ?? (() => globalThis.navigator?.onLine !== false);
  const draft = signal("");
  const status = signal<string | null>(null);
  const statuses = signal<NoteStatus[]>([...defaultNoteStatuses]);
  const isSaving = signal(false);
  const error = signal<CrmError | null>(null);
  const problem = signal<NoteProblem | null>(null);
  const saved = signal<SavedNote | null>(null);
  const pending = signal<NoteRequest | null>(null);
  const retry = signal(0);
  const isQueued = signal(false);
  let key = "";
  let isStatusChosen = false;

  function keep() {
    if (key) drafts.put(key, { text: draft.value, status: status.value });
  }

  function confirmed(entryKey: string, result: SavedNote) {
    outbox.remove(entryKey);
    drafts.remove(entryKey);
    if (entryKey !== key) return;
    pending.value = null;
    isQueued.value = false;
    error.value = null;
    saved.value = result;
    hooks.onSaved(result);
  }

  function queue(request: NoteRequest) {
    pending.value = request;
    outbox.put({ key, request });
    isQueued.value = true;
    hooks.onQueued?.();
  }

  async function attempt(request: NoteRequest): Promise<SavedNote | null> {
    for (let n = 1; ; n++) {
      try {
        const result = await client().saveNote(request);
        confirmed(key, result);
        return result;
      } catch (caught) {
        const failure = asCrmError(caught);
        const mayRetry = isTransient(failure);
        if (mayRetry && !request.mayExist) {
          request = { ...request, mayExist: true };
          pending.value = request;
          outbox.put({ key, request });
        }
        if (failure instanceof NetworkError && !isOnline()) {
          queue(request);
          return null;
        }
        if (!mayRetry || n >= policy.attempts) {
          if (!mayRetry && !isSessionEnd(failure)) outbox.remove(key);
          error.value = failure;
          hooks.onError(failure);
          return null;
        }
        retry.value = n + 1;
        hooks.onRetry?.(n + 1);
        await policy.wait(policy.delay(n));
      }
    }
  }

  async function send(request: NoteRequest): Promise<SavedNote | null> {
    pending.value = request;
    error.value = null;
    isQueued.value = false;
    keep();
    if (!isOnline()) {
      queue(request);
      return null;
    }
    isSaving.value = true;
    outbox.put({ key, request });
    try {
      return await outbox.exclusive(() => attempt(request));
    } finally {
      isSaving.value = false;
      retry.value = 0;
    }
  }

  async function flush() {
    if (isSaving.value || !isOnline()) return;
    isSaving.value = true;
    try {
      await outbox.exclusive(async () => {
        for (const entry of outbox.list()) {
          const request = { ...entry.request, mayExist: true };
          try {
            confirmed(entry.key, await client().saveNote(request));
          } catch (caught) {
            const failure = asCrmError(caught);
            if (isTransient(failure) || isSessionEnd(failure)) return;
            outbox.remove(entry.key);
            if (entry.key === key) {
              isQueued.value = false;
              error.value = failure;
              hooks.onError(failure);
            }
          }
        }
      });
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
    retry,
    isQueued,
    hasDraft: computed(() => draft.value.trim() !== ""),

    prefill(text, messageKey = "") {
      key = messageKey;
      const kept = key ? drafts.get(key) : null;
      const held = outbox.list().find((entry) => entry.key === key);
      draft.value = kept?.text ?? text;
      if (kept) {
        status.value = kept.status;
        isStatusChosen = true;
      }
      saved.value = null;
      error.value = null;
      problem.value = null;
      pending.value = held?.request ?? null;
      isQueued.value = held !== undefined;
    },
    setDraft(text) {
      draft.value = text;
      if (problem.value === "empty") problem.value = null;
      keep();
    },
    chooseStatus(value) {
      isStatusChosen = true;
      status.value = value;
      keep();
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

      const text = draft.value.trim();
      const held = pending.value;
      // Sent again unchanged, the note keeps its date, so the CRM can be
      // asked whether an earlier attempt reached it.
      const isSame =
        held?.contactId === contact.id &&
        held.text === text &&
        held.status === status.value;
      return send(
        held && isSame
          ? held
          : {
              contactId: contact.id,
              text,
              status: status.value,
              date: new Date().toISOString(),
            },
      );
    },

    resume() {
      const request = pending.value;
      const failure = error.value;
      if (!request || !isSessionEnd(failure) || isSaving.value) {
        return Promise.resolve(null);
      }
      return send(request);
    },

    flush,

    reset() {
      draft.value = "";
      status.value = null;
      isStatusChosen = false;
      saved.value = null;
      error.value = null;
      problem.value = null;
      pending.value = null;
      isQueued.value = false;
    },
  };
}

function isSessionEnd(error: CrmError | null): boolean {
  return error instanceof AuthError && error.code === "session_expired";
}
