/**
 * The browser's own `fetch`, out of the host page's reach.
 *
 * A page may wrap `fetch` (to log, to add headers, to mock) or break it.
 * The Clipper takes `fetch` when its script loads, so a page that wraps it
 * later never sees the Clipper's requests or tokens. When the page had
 * already replaced it, the Clipper takes the one of a blank frame of its
 * own, which the page never touched. A page that binds its replacement or
 * patches `Function.prototype.toString` can still pass it off as native:
 * such a page runs in the same origin and can read the session anyway.
 */
const loadedFetch: typeof fetch | undefined = globalThis.fetch;
let frame: HTMLIFrameElement | undefined;

/** Whether `fn` is built into the browser rather than written in script. */
export function isNativeFunction(fn: unknown): boolean {
  if (typeof fn !== "function") return false;
  try {
    return /\{\s*\[native code\]\s*\}\s*$/.test(
      Function.prototype.toString.call(fn),
    );
  } catch {
    return false;
  }
}

/** The `fetch` to send with: native, else a blank frame's, else the page's. */
export function nativeFetch(): typeof fetch {
  if (loadedFetch && isNativeFunction(loadedFetch)) return loadedFetch;
  const fromFrame = frameFetch();
  if (fromFrame) return fromFrame;
  return (input, init) => (loadedFetch ?? globalThis.fetch)(input, init);
}

/** A blank frame's `fetch`; the frame stays, as removing it kills it. */
function frameFetch(): typeof fetch | undefined {
  if (typeof document === "undefined") return undefined;
  try {
    if (!frame?.isConnected) {
      frame = document.createElement("iframe");
      frame.setAttribute("aria-hidden", "true");
      frame.tabIndex = -1;
      frame.hidden = true;
      frame.style.setProperty("display", "none", "important");
      document.documentElement.append(frame);
    }
    const own = frame.contentWindow?.fetch;
    return isNativeFunction(own) ? own?.bind(frame.contentWindow) : undefined;
  } catch {
    return undefined;
  }
}
