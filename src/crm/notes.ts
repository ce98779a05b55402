import type { PostgrestClient } from "@supabase/postgrest-js";
import { HttpError } from "./errors.ts";
import type { NoteRequest, NoteStatus } from "./types.ts";

/** Atomic CRM's note statuses until its settings say otherwise. */
export const defaultNoteStatuses: readonly NoteStatus[] = [
  { value: "cold", label: "Cold", color: "#7dbde8" },
  { value: "warm", label: "Warm", color: "#e8cb7d" },
  { value: "hot", label: "Hot", color: "#e88b7d" },
  { value: "in-contract", label: "In Contract", color: "#a4e87d" },
];

/** The note statuses from the CRM's `configuration`, or the defaults. */
export async function fetchNoteStatuses(
  db: PostgrestClient,
): Promise<NoteStatus[]> {
  try {
    const { data } = await db
      .from("configuration")
      .select("config")
      .eq("id", 1)
      .throwOnError();
    const rows = data as { config?: { noteStatuses?: unknown } }[];
    const statuses = validStatuses(rows[0]?.config?.noteStatuses);
    return statuses.length > 0 ? statuses : [...defaultNoteStatuses];
  } catch (error) {
    if (error instanceof HttpError) return [...defaultNoteStatuses];
    throw error;
  }
}

function validStatuses(value: unknown): NoteStatus[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const { value: slug, label, color } = (item ?? {}) as Partial<NoteStatus>;
    if (typeof slug !== "string" || !slug) return [];
    return [
      {
        value: slug,
        label: typeof label === "string" && label ? label : slug,
        color: typeof color === "string" ? color : "#999999",
      },
    ];
  });
}

/** Where notes live: `contactNotes` on instances older than 2026. */
export type NotesTable = "contact_notes" | "contactNotes";

/** The Postgres code of a foreign key violation: the contact is gone. */
export const contactGoneCode = "23503";

/**
 * The ids, oldest first, of the notes sends of `note` left in the CRM:
 * same contact, author and date (the request keeps its date), same text.
 */
async function sentNoteIds(
  db: PostgrestClient,
  table: NotesTable,
  note: NoteRequest,
  salesId: number,
): Promise<number[]> {
  const { data } = await db
    .from(table)
    .select("id,text")
    .eq("contact_id", note.contactId)
    .eq("sales_id", salesId)
    .eq("date", note.date)
    .order("id")
    .throwOnError();
  const rows = data as { id: number; text: string | null }[];
  return rows.filter((row) => row.text === note.text).map((row) => row.id);
}

/**
 * Saves the note as the CRM's own UI does: inserts it, unless an earlier
 * send may have and did, then moves the contact's `last_seen` and status.
 * Resolves with the note's id.
 *
 * A browser sends a POST again by itself when a reused connection closes
 * before the answer, and the page only sees the second answer: after an
 * insert the Clipper looks for copies and keeps the first note only.
 */
export async function insertNote(
  db: PostgrestClient,
  table: NotesTable,
  note: NoteRequest,
  salesId: number,
): Promise<number> {
  const sent = note.mayExist ? await sentNoteIds(db, table, note, salesId) : [];
  let id = sent[0];
  if (id === undefined) {
    const inserted = await insertRow(db, table, note, salesId);
    const [first = inserted, ...copies] = await sentNoteIds(
      db,
      table,
      note,
      salesId,
    );
    if (copies.length > 0) {
      await db.from(table).delete().in("id", copies).throwOnError();
    }
    id = first;
  }

  const contactUpdate = {
    last_seen: new Date().toISOString(),
    ...(note.status ? { status: note.status } : {}),
  };
  const { data } = await db
    .from("contacts")
    .update(contactUpdate)
    .eq("id", note.contactId)
    .select("id")
    .throwOnError();
  if ((data as unknown[]).length === 0) {
    throw new HttpError(404, {
      code: contactGoneCode,
      message: "The contact no longer exists",
    });
  }
  return id;
}

async function insertRow(
  db: PostgrestClient,
  table: NotesTable,
  note: NoteRequest,
  salesId: number,
): Promise<number> {
  const { data } = await db
    .from(table)
    .insert({
      contact_id: note.contactId,
      text: note.text,
      date: note.date,
      status: note.status,
      sales_id: salesId,
      attachments: [],
    })
    .select("id")
    .throwOnError();
  const id = (data as { id: number }[])[0]?.id;
  if (typeof id !== "number") {
    throw new HttpError(500, { message: "The CRM did not return the note" });
  }
  return id;
}
