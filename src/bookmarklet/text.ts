// Elements that start a new line, as the browser's layout would.
const block =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIELDSET|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TR|UL)$/;
const paragraph = /^(BLOCKQUOTE|H[1-6]|P|PRE)$/;
const skipped = /^(HEAD|NOSCRIPT|SCRIPT|STYLE|TEMPLATE|TITLE)$/;

/**
 * The text of `root` as a reader sees it, like `innerText` but without
 * layout: block elements start new lines, paragraphs leave a blank line,
 * `<br>` breaks a line, runs of spaces become one space (except inside
 * `<pre>`), scripts, styles and `hidden` elements give nothing. Reads the
 * tree only.
 */
export function textOf(root: Node): string {
  const parts: string[] = [];
  // Line breaks owed before the next text; the larger request wins.
  let owed = 0;
  // Line breaks at the end of the text so far.
  let trailing = 0;
  let endsWithSpace = false;
  const write = (text: string, isRaw: boolean): void => {
    if (owed > trailing) {
      if (endsWithSpace) parts.push(parts.pop()!.slice(0, -1));
      parts.push("\n".repeat(owed - trailing));
      trailing = owed;
      endsWithSpace = false;
    }
    owed = 0;
    const part =
      isRaw || (parts.length > 0 && !endsWithSpace && trailing === 0)
        ? text
        : text.replace(/^ /, "");
    if (!part) return;
    parts.push(part);
    const breaks = /\n*$/.exec(part)![0].length;
    trailing = breaks === part.length ? trailing + breaks : breaks;
    endsWithSpace = part.endsWith(" ");
  };
  const walk = (node: Node, isPre: boolean): void => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      write(isPre ? data : data.replace(/[ \t\n\r\f]+/g, " "), isPre);
      return;
    }
    const element = node as Element;
    const tag = element.tagName ?? "";
    if (skipped.test(tag) || element.hasAttribute?.("hidden")) return;
    if (tag === "BR") write("\n", true);
    const breaks = paragraph.test(tag) ? 2 : block.test(tag) ? 1 : 0;
    if (parts.length) owed = Math.max(owed, breaks);
    for (let child = node.firstChild; child; child = child.nextSibling) {
      walk(child, isPre || tag === "PRE");
    }
    if (parts.length) owed = Math.max(owed, breaks);
  };
  walk(root, false);
  return parts.join("").trim();
}

/** The selected text, read the same way as {@link textOf}, or "". */
export function selectedText(selection: Selection | null): string {
  if (!selection || selection.isCollapsed) return "";
  let text = "";
  for (let index = 0; index < selection.rangeCount; index++) {
    text += `${textOf(selection.getRangeAt(index).cloneContents())}\n`;
  }
  return text.trim();
}
