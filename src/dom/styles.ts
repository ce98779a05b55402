/**
 * Applies `css` to a shadow root: a constructable stylesheet where
 * supported, a `<style>` element otherwise.
 */
export function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const style = root.ownerDocument.createElement("style");
    style.textContent = css;
    root.append(style);
  }
}
