import type { PostgrestClient } from "@supabase/postgrest-js";
import { HttpError } from "./errors.ts";
import { containsPattern, quoteValue } from "./postgrest-values.ts";
import type { Contact } from "./types.ts";
import { httpUrl } from "./urls.ts";

const summaryColumns =
  "id,first_name,last_name,title,status,avatar,email_jsonb,company_name,nb_tasks";
const contactColumns =
  "id,first_name,last_name,title,status,avatar,email_jsonb";
const searchLimit = 20;

interface ContactRow {
  id: number;
  first_name: string | null;
  last_name: string | null;
  title: string | null;
  status: string | null;
  avatar: { src?: unknown } | null;
  email_jsonb: { email?: unknown }[] | null;
  company_name?: string | null;
  nb_tasks?: number | null;
}

/**
 * The contacts holding exactly `email`. The view is searched for the
 * address as a substring, then only exact holders are kept; instances
 * whose view has no `email_fts` are asked for an exact `email_jsonb` match.
 */
export async function findContactsByEmail(
  db: PostgrestClient,
  email: string,
): Promise<Contact[]> {
  const address = email.trim().toLowerCase();

  let rows: ContactRow[];
  try {
    const { data } = await db
      .from("contacts_summary")
      .select(summaryColumns)
      .ilike("email_fts", containsPattern(address))
      .order("id")
      .throwOnError();
    rows = data as ContactRow[];
  } catch (error) {
    if (!isMissingColumn(error)) throw error;
    const { data } = await db
      .from("contacts")
      .select(contactColumns)
      .filter("email_jsonb", "cs", JSON.stringify([{ email: address }]))
      .order("id")
      .throwOnError();
    rows = data as ContactRow[];
  }

  return rows.map(toContact).filter((c) => c.emails.includes(address));
}

/** Contacts whose name or email contains every word of `text`. */
export async function searchContacts(
  db: PostgrestClient,
  text: string,
): Promise<Contact[]> {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];

  try {
    return await searchSummary(db, words, true);
  } catch (error) {
    if (!isMissingColumn(error)) throw error;
    return searchSummary(db, words, false);
  }
}

async function searchSummary(
  db: PostgrestClient,
  words: string[],
  withEmail: boolean,
): Promise<Contact[]> {
  const columns = withEmail
    ? ["first_name", "last_name", "email_fts"]
    : ["first_name", "last_name"];
  const wordFilters = words.map((word) => {
    const pattern = quoteValue(containsPattern(word));
    return `or(${columns.map((c) => `${c}.ilike.${pattern}`).join(",")})`;
  });

  const { data } = await db
    .from("contacts_summary")
    .select(summaryColumns)
    .or(`and(${wordFilters.join(",")})`)
    .order("id")
    .limit(searchLimit)
    .throwOnError();
  return (data as ContactRow[]).map(toContact);
}

function isMissingColumn(error: unknown): boolean {
  return (
    error instanceof HttpError && error.status === 400 && error.code === "42703"
  );
}

function toContact(row: ContactRow): Contact {
  const emails = (row.email_jsonb ?? [])
    .map((entry) => entry.email)
    .filter((email): email is string => typeof email === "string")
    .map((email) => email.toLowerCase());

  return {
    id: row.id,
    firstName: row.first_name ?? "",
    lastName: row.last_name ?? "",
    title: row.title || null,
    companyName: row.company_name || null,
    status: row.status || null,
    openTasks: row.nb_tasks ?? null,
    avatarUrl: httpUrl(row.avatar?.src),
    emails,
  };
}
