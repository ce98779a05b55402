const addressPattern = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;

/** The first email address in `text`, or "". */
export function findAddress(text: string): string {
  return addressPattern.exec(text)?.[0] ?? "";
}
