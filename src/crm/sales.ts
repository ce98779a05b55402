import type { PostgrestClient } from "@supabase/postgrest-js";
import { AuthError } from "./errors.ts";
import type { Salesperson } from "./types.ts";
import { httpUrl } from "./urls.ts";

interface SalesRow {
  id: number;
  first_name: string | null;
  last_name: string | null;
  avatar: { src?: unknown } | null;
}

/** The salesperson whose auth user is `userId`, as the CRM finds it. */
export async function findSalesperson(
  db: PostgrestClient,
  userId: string,
): Promise<Salesperson> {
  const { data } = await db
    .from("sales")
    .select("id,first_name,last_name,avatar")
    .eq("user_id", userId)
    .throwOnError();
  const row = (data as SalesRow[])[0];
  if (!row) {
    throw new AuthError(
      "not_a_salesperson",
      "This account is not a salesperson of the CRM",
    );
  }

  return {
    id: row.id,
    firstName: row.first_name ?? "",
    lastName: row.last_name ?? "",
    avatarUrl: httpUrl(row.avatar?.src),
  };
}
