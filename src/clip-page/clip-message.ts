import type { Clip } from "../bookmarklet/clip.ts";
import type { ClipperMessage } from "../options.ts";

const fields = ["email", "name", "subject", "message"] as const;

/** The message the Clipper opens with: the clip's fields that hold text. */
export function clipMessage(clip: Clip): ClipperMessage {
  const message: ClipperMessage = {};
  for (const field of fields) {
    const value = clip[field]?.trim();
    if (value) message[field] = value;
  }
  return message;
}
