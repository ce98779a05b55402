import type { ClipperMessage, MessageField } from "../options.ts";
import { nodeToText } from "./html-to-text.ts";

const emailPattern = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[^\s<>()"',;:]+/;

/** Reads a message from the page's elements that `selectors` point at. */
export function readPageMessage(
  selectors: Partial<Record<MessageField, string>>,
  root: ParentNode = document,
): ClipperMessage {
  const message: ClipperMessage = {};
  const find = (field: MessageField) => {
    const selector = selectors[field];
    return selector ? root.querySelector(selector) : null;
  };

  const emailElement = find("email");
  if (emailElement) {
    const address = extractEmail(emailSource(emailElement));
    if (address) message.email = address;
  }
  const nameElement = find("name");
  if (nameElement) message.name = fieldText(nameElement);
  const subjectElement = find("subject");
  if (subjectElement) message.subject = fieldText(subjectElement);
  const messageElement = find("message");
  if (messageElement) {
    message.message = isField(messageElement)
      ? messageElement.value
      : nodeToText(messageElement);
  }
  return message;
}

/** The first email address in `text`, lowercased. */
export function extractEmail(text: string): string | null {
  return emailPattern.exec(text)?.[0].toLowerCase() ?? null;
}

function emailSource(element: Element): string {
  const href = element.getAttribute("href") ?? "";
  if (/^mailto:/i.test(href)) return decodeURIComponent(href.slice(7));
  return fieldText(element);
}

function fieldText(element: Element): string {
  const text = isField(element) ? element.value : element.textContent;
  return (text ?? "").replace(/\s+/g, " ").trim();
}

function isField(
  element: Element,
): element is HTMLInputElement | HTMLTextAreaElement {
  return element.localName === "input" || element.localName === "textarea";
}
