import type { MailView } from "./mail-view.ts";

/**
 * Roundcube's message view (Elastic and Larry skins), on its own or in the
 * mailbox's preview frame: the subject in `h2.subject`, the sender the
 * first `.rcmContactAddress` (its `title` or `href` is the address, its
 * text the name), the body in `#messagebody`. Roundcube is self-hosted, so
 * it is known by this structure only.
 */
export const roundcube: MailView = {
  body: "#messagebody",
  // One message a page.
  message: "body",
  sender: ".rcmContactAddress",
  subject: "h2.subject",
};
