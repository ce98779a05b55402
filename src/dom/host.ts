import { clipperCss } from "../styles/clipper-css.ts";
import { adoptStyles } from "./styles.ts";

/** An element of the Clipper's own, with a styled shadow root. */
export interface Host {
  element: HTMLElement;
  root: ShadowRoot;
}

/** The attribute that marks the Clipper's host elements. */
export const hostAttribute = "data-crm-clipper";

/**
 * Makes a host in `parent`. Its inline `!important` styles win over any
 * page rule, so page CSS can neither hide it nor reach inside.
 */
export function createHost(parent: Element, inline: boolean): Host {
  const element = parent.ownerDocument.createElement(freeTagName());
  element.setAttribute(hostAttribute, "");
  const style = element.style;
  style.setProperty("all", "initial", "important");
  // `all` leaves the writing direction alone, and it inherits.
  style.setProperty("direction", "ltr", "important");
  if (inline) {
    style.setProperty("display", "block", "important");
  } else {
    // A zero-size box at the top of the stacking order; the launcher and
    // the panel inside are fixed to the window.
    for (const [name, value] of Object.entries(floatingStyles)) {
      style.setProperty(name, value, "important");
    }
  }
  parent.append(element);

  const root = element.attachShadow({ mode: "open" });
  adoptStyles(root, clipperCss);
  return { element, root };
}

/**
 * `crm-clipper-root`, or a variant of it when the page defined an element
 * of that name: the page's class would run inside the Clipper's host.
 */
function freeTagName(): string {
  const registry = globalThis.customElements;
  let name = "crm-clipper-root";
  for (let suffix = 2; registry?.get(name); suffix += 1) {
    name = `crm-clipper-root-${suffix}`;
  }
  return name;
}

/** Styles a host the page made, such as `<crm-clipper>`. */
export function styleOwnHost(element: HTMLElement): ShadowRoot {
  const root = element.shadowRoot ?? element.attachShadow({ mode: "open" });
  adoptStyles(root, `${clipperCss}\n:host { display: block; }`);
  return root;
}

const floatingStyles: Record<string, string> = {
  display: "block",
  position: "fixed",
  top: "0",
  left: "0",
  width: "0",
  height: "0",
  overflow: "visible",
  "z-index": "2147483647",
};
