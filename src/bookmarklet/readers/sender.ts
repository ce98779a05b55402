import { findAddress } from "../address.ts";
import { textOf } from "../text.ts";

/** Who sent a message, as far as the page tells. */
export interface Sender {
  email?: string | undefined;
  name?: string | undefined;
}

/**
 * The address and name an element shows: the address from one of its
 * attributes (`email`, `title`, `href`, an `aria-label` such as
 * `From: ada@acme.com`), a child's `title` or its text, as in
 * `Ada Lovelace <ada@acme.com>`; the name from the
 * rest of the text.
 */
export function senderOf(element: Element | null): Sender {
  if (!element) return {};
  const text = textOf(element);
  const email = findAddress(
    [
      ...[...element.attributes].map((attribute) => attribute.value),
      element.querySelector<HTMLElement>("[title]")?.title,
      text,
    ].join(" "),
  );
  const name = text
    .replace(email, "")
    .replace(/[<>()"]/g, "")
    .trim();
  return { email, name };
}
