/**
 * The functions of `text.ts` for a page the browser has laid out, which the
 * bookmarklet is built with: there the layout itself gives the line breaks
 * and leaves out what is hidden, in much less code.
 */

/** The text of `root` as rendered (`innerText`), or its `textContent`. */
export function textOf(root: Node): string {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point.
  return ((root as HTMLElement).innerText ?? root.textContent ?? "").trim();
}

/** The selected text, as rendered, or "". */
export function selectedText(selection: Selection | null): string {
  return selection?.toString().trim() ?? "";
}
