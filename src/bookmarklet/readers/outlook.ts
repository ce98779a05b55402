import type { MailView } from "./mail-view.ts";

/**
 * Outlook on the web's reading pane, in the page's main region: each
 * message of the conversation in an "Email message" element, its sender in
 * a "From: …" element (the address in its label, a `title` or the text, as
 * in `Ada Lovelace<ada@acme.com>`) and its body in a document element
 * labelled "Message body"; the subject in a level-2 heading. Labels are in
 * the user's language, so the body and subject are also found by role.
 */
export const outlook: MailView = {
  body: '[aria-label="Message body"], [role=main] [role=document]',
  message: '[aria-label="Email message"]',
  sender: '[aria-label^="From"], [title*="@"]',
  subject: '[role=main] [role=heading][aria-level="2"]',
};
