import { findAddress } from "../address.ts";
import type { PageClip } from "../clip.ts";
import { selectedText, textOf } from "../text.ts";
import { type Sender, senderOf } from "./sender.ts";

/**
 * Any page: the selection (else the main content), the sender from a
 * `mailto:` link or an address in the selection or around it (else the
 * first in the main content), the document title as subject.
 */
export function readAnyPage(doc: Document): PageClip {
  const selection = doc.getSelection();
  const selected = selectedText(selection);
  const content = doc.querySelector("main, article, [role=main]") ?? doc.body;
  const range = selected ? selection!.getRangeAt(0) : undefined;

  // Nearest first: the selection, four of the elements that hold it, then
  // the content.
  let sender = range ? senderIn(range.cloneContents()) : {};
  let node: Node | null | undefined = range?.commonAncestorContainer;
  for (let level = 0; !sender.email && level < 5; level++) {
    sender = senderIn(node && level < 4 ? node : content);
    node = node?.parentNode;
  }
  return {
    ...sender,
    subject: doc.title,
    message: selected || textOf(content),
  };
}

function senderIn(node: Node): Sender {
  const link = (node as ParentNode).querySelector?.('a[href^="mailto:"]');
  if (link) return senderOf(link);
  const text = textOf(node);
  const email = findAddress(text);
  // A name written before the address, as in `Ada Lovelace <ada@acme.com>`.
  const name = /([^\s<>"(:,][^\n<>"(:,]*?)[\s"]*[<(]$/.exec(
    text.slice(0, text.indexOf(email)),
  )?.[1];
  return { email, name };
}
