import type { ClipperMessage } from "../options.ts";
import { htmlToText, looksLikeHtml } from "./html-to-text.ts";

/** The note a message makes: the subject, a blank line, then the body. */
export function composeNote(message: ClipperMessage): string {
  const subject = (message.subject ?? "").trim();
  const raw = message.message ?? "";
  const body = looksLikeHtml(raw) ? htmlToText(raw) : raw.trim();
  return [subject, body].filter(Boolean).join("\n\n");
}
