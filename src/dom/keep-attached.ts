/** How often the Clipper comes back before it lets a page win. */
const maxReattachments = 100;

/**
 * Puts `element` back when the page removes it, as a single-page app does
 * when it replaces `document.body` or its content. The element keeps its
 * shadow root and everything rendered in it, so the panel comes back as
 * the user left it. A page that removes it again every time wins after a
 * while, rather than fighting forever. Returns a function that stops.
 */
export function keepAttached(
  element: Element,
  parent: () => Element,
): () => void {
  let count = 0;
  const observer = new MutationObserver(() => {
    if (element.isConnected) return;
    count += 1;
    if (count > maxReattachments) observer.disconnect();
    else reattach(element, parent);
  });
  observer.observe(element.ownerDocument, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/** Appends `element` to `parent()` unless it is in the document. */
export function reattach(element: Element, parent: () => Element): void {
  if (!element.isConnected) parent().append(element);
}
