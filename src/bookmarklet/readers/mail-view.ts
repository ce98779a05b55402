import { findAddress } from "../address.ts";
import { type ClipSource, type PageClip, pageClip } from "../clip.ts";
import { selectedText, textOf } from "../text.ts";

/** Where a webmail's message view keeps each part of a message. */
export interface MailView {
  source: ClipSource;
  /** The webmail's host names, when it has fixed ones. */
  hosts: RegExp;
  /** Elements only this webmail's pages have. */
  marker: string;
  /** A same-origin frame that holds the message, read instead of the page. */
  frame?: string;
  /** Each open message of a conversation; without it, one message a page. */
  message?: string;
  body: string;
  /** The sender: an address in `email`, `title` or the text. */
  sender: string;
  subject: string;
}

/** Whether `doc` is the webmail of `view`, by host name or structure. */
export function isMailView(view: MailView, doc: Document): boolean {
  return (
    view.hosts.test(doc.location?.hostname ?? "") ||
    doc.querySelector(view.marker) !== null
  );
}

/** The open message in `doc` as `view` finds it, or `null` if none is. */
export function readMailView(
  view: MailView,
  doc: Document,
  selection: Selection | null,
): PageClip | null {
  try {
    const frame = view.frame
      ? doc.querySelector<HTMLIFrameElement>(view.frame)
      : null;
    const inner = frame?.contentDocument;
    if (inner?.querySelector(view.body)) {
      const innerSelection = frame!.contentWindow!.getSelection();
      return readMessage(
        view,
        inner,
        innerSelection?.isCollapsed === false ? innerSelection : selection,
      );
    }
  } catch {
    // A frame from another origin cannot be read: read the page itself.
  }
  return readMessage(view, doc, selection);
}

function readMessage(
  view: MailView,
  doc: Document,
  selection: Selection | null,
): PageClip | null {
  const messages = view.message ? doc.querySelectorAll(view.message) : [];
  const scope =
    openMessage(
      [...messages].filter((message) => message.querySelector(view.body)),
      selection,
    ) ?? doc;
  const body = openMessage(scope.querySelectorAll(view.body), selection);
  if (!body) return null;

  return pageClip(view.source, {
    ...senderOf(scope.querySelector(view.sender)),
    subject: labelledText(doc.querySelector(view.subject)),
    message: selectedText(selection) || textOf(body),
  });
}

/**
 * The element the user is reading: the one holding the selection, else the
 * last one (in a conversation, the newest open message).
 */
function openMessage(
  elements: Iterable<Element>,
  selection: Selection | null,
): Element | undefined {
  const list = [...elements];
  const selected = selection?.rangeCount
    ? selection.getRangeAt(0).commonAncestorContainer
    : null;
  return (
    list.find((element) => selected && element.contains(selected)) ??
    list[list.length - 1]
  );
}

/** The address and name an element shows, as in `Ada <ada@acme.com>`. */
export function senderOf(element: Element | null | undefined): {
  email?: string | undefined;
  name?: string | undefined;
} {
  if (!element) return {};
  const attribute = (name: string, from: Element | null = element) =>
    from?.getAttribute(name) ?? "";
  const text = textOf(element);
  const email = findAddress(
    [
      attribute("email"),
      attribute("title"),
      attribute("title", element.querySelector("[title]")),
      attribute("href"),
      text,
    ].join(" "),
  );
  const name =
    attribute("name") ||
    (email ? text.replace(email, "") : text).replace(/[<>()"]/g, "");
  return { email, name };
}

// Skins label values for screen readers ("Subject: "), and some headings
// hold buttons: neither is part of the value.
function labelledText(element: Element | null): string {
  let text = "";
  for (const child of element?.childNodes ?? []) {
    if (!(child as Element).matches?.(".voice, button")) {
      text += child.textContent;
    }
  }
  return text;
}
