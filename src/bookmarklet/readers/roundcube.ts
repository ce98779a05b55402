import type { MailView } from "./mail-view.ts";

/**
 * Roundcube's message view (Elastic and Larry skins): the subject in
 * `h2.subject`, the sender in `a.rcmContactAddress` (its `title` is the
 * address), the body in `#messagebody`. In the mailbox view the message is
 * in the same-origin frame `#messagecontframe`, read when it is accessible.
 * Roundcube is self-hosted, so it is known by its structure only.
 */
export const roundcube: MailView = {
  source: "roundcube",
  hosts: /^$/,
  marker: "#messagecontframe, #messagebody, a.rcmContactAddress",
  frame: "iframe#messagecontframe",
  body: "#messagebody",
  sender: ".from a.rcmContactAddress, a.rcmContactAddress",
  subject: "h2.subject",
};
