import type { MailView } from "./mail-view.ts";

/**
 * Outlook on the web's reading pane: the conversation's subject in a
 * heading, each message in an "Email message" region with its sender in a
 * "From" element (the address in a `title` or in the text, as in
 * `Ada Lovelace<ada@acme.com>`) and its body in the "Message body" document.
 */
export const outlook: MailView = {
  source: "outlook",
  // outlook.office.com, outlook.live.com, outlook.office365.com, …
  hosts: /^outlook\./,
  marker: '[aria-label="Message body"]',
  message: '[aria-label="Email message"]',
  body: '[aria-label="Message body"], [role="document"]',
  sender: '[aria-label^="From"], [title*="@"]',
  subject:
    '[data-app-section="ConversationTopic"], [role="heading"][aria-level="2"]',
};
