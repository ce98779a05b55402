import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Makes the test's document the fixture page `name` (in `fixtures/`),
 * parsed as the browser parses it, and clears the selection.
 */
export function showFixture(name: string, doc: Document = document): void {
  const html = readFileSync(
    join(import.meta.dirname, "fixtures", name),
    "utf8",
  );
  const parsed = new DOMParser().parseFromString(html, "text/html");
  doc.head.replaceChildren(
    ...[...parsed.head.childNodes].map((node) => doc.importNode(node, true)),
  );
  doc.body.replaceWith(doc.importNode(parsed.body, true));
  doc.getSelection()?.removeAllRanges();
}

/** Selects the contents of the element matching `selector`. */
export function select(selector: string, doc: Document = document): void {
  const range = doc.createRange();
  range.selectNodeContents(doc.querySelector(selector)!);
  const selection = doc.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Selects `text` where it first occurs in one text node of the page. */
export function selectText(text: string, doc: Document = document): void {
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const start = node.textContent!.indexOf(text);
    if (start < 0) continue;
    const range = doc.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + text.length);
    const selection = doc.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return;
  }
  throw new Error(`"${text}" is not on the page`);
}
