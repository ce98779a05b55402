import type { MailView } from "./mail-view.ts";

/**
 * Gmail's conversation view: the subject in `h2.hP`, each open message in a
 * `div.adn` with its sender in `span.gD` (`email` and `name` attributes) and
 * its body in `div.a3s`.
 */
export const gmail: MailView = {
  source: "gmail",
  hosts: /^mail\.google\.com$/,
  marker: "h2.hP, span.gD[email]",
  message: "div.adn",
  body: "div.a3s",
  sender: "span.gD[email]",
  subject: "h2.hP",
};
