/** What {@link closeUnlessUsed} needs of the window. */
export type ClosingWindow = Pick<
  Window,
  | "addEventListener"
  | "removeEventListener"
  | "setTimeout"
  | "clearTimeout"
  | "close"
>;

const interactions = ["pointerdown", "keydown"] as const;

/**
 * Closes `win` after `delayMs` unless the user presses a pointer or a key
 * in it first, in which case `onStay` is called and the window stays.
 * Returns a function that cancels both.
 *
 * @example
 * clipper.on("saved", () => closeUnlessUsed(window, 4000, showStaying));
 */
export function closeUnlessUsed(
  win: ClosingWindow,
  delayMs: number,
  onStay: () => void,
): () => void {
  const stop = (): void => {
    win.clearTimeout(timer);
    for (const type of interactions) {
      win.removeEventListener(type, stay, { capture: true });
    }
  };
  const stay = (): void => {
    stop();
    onStay();
  };
  const timer = win.setTimeout(() => {
    stop();
    win.close();
  }, delayMs);
  // Capturing on the window hears the events from inside the Clipper's
  // shadow root too.
  for (const type of interactions) {
    win.addEventListener(type, stay, { capture: true });
  }
  return stop;
}
