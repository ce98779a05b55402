import type { PageClip } from "../clip.ts";
import { selectedText, textOf } from "../text.ts";
import { senderOf } from "./sender.ts";

/** Where a webmail's message view keeps each part of a message. */
export interface MailView {
  /** A message's body; only this webmail's pages have such elements. */
  body: string;
  /** What holds one message of a conversation, sender and body. */
  message: string;
  /** The sender: an address in an attribute, a child's `title` or the text. */
  sender: string;
  subject: string;
}

/**
 * The open message of `view` in `doc`, or `null` when `doc` shows none:
 * the message holding the selection, else the last one (in a
 * conversation, the newest open message). The selected text, when there is
 * some, is the message.
 */
export function readMailView(view: MailView, doc: Document): PageClip | null {
  const selection = doc.getSelection();
  const messageOf = (body: Element) => body.closest(view.message) ?? doc;
  const bodies = [...doc.querySelectorAll(view.body)];
  const body =
    bodies.find((each) =>
      messageOf(each).contains(selection?.anchorNode ?? null),
    ) ?? bodies.at(-1);
  if (!body) return null;

  return {
    ...senderOf(messageOf(body).querySelector(view.sender)),
    subject: ownText(doc.querySelector(view.subject)),
    message: selectedText(selection) || textOf(body),
  };
}

// Skins put labels for screen readers ("Subject: ") and buttons in the
// subject's heading, as child elements: its own text is the subject.
function ownText(element: Element | null): string | undefined {
  if (!element) return undefined;
  let text = "";
  for (const child of element.childNodes) {
    if (child.nodeType === 3) text += child.textContent;
  }
  return text.trim() || textOf(element);
}
