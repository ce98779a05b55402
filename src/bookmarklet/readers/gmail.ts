import type { MailView } from "./mail-view.ts";

/**
 * Gmail's conversation view: the subject in `h2.hP`, each open message in a
 * `div.adn` with its sender in `span.gD` (`email` and `name` attributes) and
 * its body in `div.a3s`.
 */
export const gmail: MailView = {
  body: "div.a3s",
  message: "div.adn",
  sender: "span.gD",
  subject: "h2.hP",
};
