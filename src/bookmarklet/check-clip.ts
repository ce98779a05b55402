import type { Clip, Cut } from "./clip.ts";

/** A clip checked field by field, or what is wrong with it. */
export type CheckedClip =
  | { ok: true; clip: Clip }
  | { ok: false; error: string };

const textFields = ["email", "name", "subject"] as const;

/**
 * Checks what arrived as a clip: every field is text, the cut two counts.
 * Fields it does not know are dropped.
 */
export function checkClip(value: unknown): CheckedClip {
  if (!isRecord(value)) return damaged("it is not an object");
  const { message, cut } = value;
  if (typeof message !== "string") return damaged("the message is not text");
  const clip: Clip = { message };

  for (const field of textFields) {
    const text = value[field];
    if (text === undefined) continue;
    if (typeof text !== "string") return damaged(`the ${field} is not text`);
    clip[field] = text;
  }
  if (cut !== undefined) {
    if (!isCut(cut)) return damaged("the cut is not two counts");
    clip.cut = { kept: cut.kept, total: cut.total };
  }
  return { ok: true, clip };
}

function isCut(value: unknown): value is Cut {
  if (!isRecord(value)) return false;
  const { kept, total } = value;
  return (
    Number.isSafeInteger(kept) &&
    Number.isSafeInteger(total) &&
    (kept as number) >= 0 &&
    (kept as number) <= (total as number)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function damaged(reason: string): CheckedClip {
  return {
    ok: false,
    error: `The message passed to this page is damaged (${reason}): open it again from the bookmarklet.`,
  };
}
