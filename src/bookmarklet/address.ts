const addressPattern = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;

/** The first email address in `text`, or `undefined`. */
export function findAddress(
  text: string | null | undefined,
): string | undefined {
  return text ? addressPattern.exec(text)?.[0] : undefined;
}
