import { findAddress } from "../address.ts";
import { type PageClip, pageClip } from "../clip.ts";
import { selectedText, textOf } from "../text.ts";
import { senderOf } from "./mail-view.ts";

type Sender = ReturnType<typeof senderOf>;

/**
 * Any page: the selection (else the main content), the sender from a
 * `mailto:` link or an address in the selection or around it (else the
 * first on the page), the document title as subject.
 */
export function readAnyPage(
  doc: Document,
  selection: Selection | null,
): PageClip {
  const content = doc.querySelector("main, article, [role=main]") ?? doc.body;
  const selected = selectedText(selection);

  return pageClip("page", {
    ...((selected && senderAround(selection!)) || senderIn(content)),
    subject: doc.title,
    message: selected || textOf(content),
  });
}

// The sender in the selection, else in the elements that hold it.
function senderAround(selection: Selection): Sender | undefined {
  const range = selection.getRangeAt(0);
  let node: Node | null = range.cloneContents();
  let sender = senderIn(node);
  node = range.commonAncestorContainer;
  for (let level = 0; !sender.email && node && level < 4; level++) {
    sender = senderIn(node);
    node = node.parentNode;
  }
  return sender.email ? sender : undefined;
}

function senderIn(node: Node): Sender {
  const link = (node as ParentNode).querySelector?.('a[href^="mailto:"]');
  if (link) return senderOf(link);
  const text = textOf(node);
  const email = findAddress(text);
  // A name written before the address, as in `Ada Lovelace <ada@acme.com>`.
  const name = email
    ? /([^\s<>"(:,][^\n<>"(:,]*?)[\s"]*[<(]$/.exec(
        text.slice(0, text.indexOf(email)),
      )?.[1]
    : undefined;
  return { email, name };
}
