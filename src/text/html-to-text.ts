const blockTags = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tr",
  "ul",
]);
const paragraphTags = new Set([
  "blockquote",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ol",
  "p",
  "pre",
  "table",
  "ul",
]);
const droppedTags = new Set([
  "head",
  "iframe",
  "noscript",
  "object",
  "script",
  "style",
  "svg",
  "template",
  "title",
]);

let policy: { createHTML(html: string): string } | null | undefined;

/**
 * Readable plain text from an HTML message: blocks become lines,
 * paragraphs are separated by a blank line, list items start with "- ",
 * links keep their URL, scripts and styles are dropped.
 *
 * The HTML is parsed into an inert document, never into the page.
 */
export function htmlToText(html: string): string {
  try {
    const parsed = new DOMParser().parseFromString(
      trustedHtml(html) as string,
      "text/html",
    );
    return nodeToText(parsed.body);
  } catch {
    return html
      .replace(/<[^>]*>/g, " ")
      .replace(/[ \t]+/g, " ")
      .trim();
  }
}

/** Readable plain text from a node of the page, as `htmlToText` does. */
export function nodeToText(node: Node): string {
  const out: string[] = [];
  walk(node, out, false);
  return out
    .join("")
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Whether `text` looks like HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/i.test(text);
}

function walk(node: Node, out: string[], inPre: boolean): void {
  if (node.nodeType === 3) {
    const value = node.nodeValue ?? "";
    out.push(inPre ? value : value.replace(/\s+/g, " "));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) {
    return;
  }

  const tag = node.nodeType === 1 ? (node as Element).localName : "";
  if (droppedTags.has(tag)) return;
  if (tag === "br") {
    out.push("\n");
    return;
  }

  const isBlock = blockTags.has(tag);
  const gap = paragraphTags.has(tag) ? "\n\n" : "\n";
  if (isBlock) pushGap(out, gap);
  if (tag === "li") out.push("- ");
  if (tag === "td" || tag === "th") out.push(" ");

  const pre = inPre || tag === "pre";
  for (const child of Array.from(node.childNodes)) walk(child, out, pre);

  if (tag === "a") out.push(linkSuffix(node as Element));
  if (isBlock) pushGap(out, gap);
}

function linkSuffix(link: Element): string {
  const href = link.getAttribute("href")?.trim() ?? "";
  if (!/^(https?:|mailto:)/i.test(href)) return "";
  const label = (link.textContent ?? "").trim();
  const shown = href.replace(/^mailto:/i, "");
  return label === shown || label === href ? "" : ` (${shown})`;
}

// Adjacent blocks share the gap between them, the wider one winning;
// spaces beside a block's edge are not text.
function pushGap(out: string[], gap: string): void {
  while (/^[ \t]+$/.test(out.at(-1) ?? "")) out.pop();
  const last = out.at(-1) ?? "";
  if (/^\n+$/.test(last)) {
    if (gap.length > last.length) out[out.length - 1] = gap;
    return;
  }
  out.push(gap);
}

// Pages enforcing Trusted Types refuse plain strings in DOMParser; the
// policy passes the HTML through, as it is only parsed into a document
// that never runs scripts nor joins the page.
function trustedHtml(html: string): unknown {
  if (policy === undefined) {
    const factory = (
      globalThis as {
        trustedTypes?: {
          createPolicy(
            name: string,
            rules: { createHTML(html: string): string },
          ): { createHTML(html: string): string };
        };
      }
    ).trustedTypes;
    try {
      policy =
        factory?.createPolicy("crm-clipper", { createHTML: (s) => s }) ?? null;
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createHTML(html) : html;
}
