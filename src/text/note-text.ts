import type { ClipperMessage } from "../options.ts";
import { htmlToText, looksLikeHtml } from "./html-to-text.ts";

/**
 * The note a message makes: the subject, a blank line, then the body.
 * NUL characters are dropped, as the CRM's database cannot store them;
 * every other character, control characters included, is kept.
 */
export function composeNote(message: ClipperMessage): string {
  const subject = withoutNul(message.subject ?? "").trim();
  const raw = withoutNul(message.message ?? "");
  const body = looksLikeHtml(raw) ? htmlToText(raw) : raw.trim();
  return [subject, body].filter(Boolean).join("\n\n");
}

function withoutNul(text: string): string {
  return text.replaceAll("\0", "");
}
