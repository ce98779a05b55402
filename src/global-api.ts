import type { ClipperInstance } from "./mount-clipper.tsx";
import type { ClipperMessage } from "./options.ts";

/** A call a page queued before the script loaded: `[method, ...args]`. */
export type QueuedCall = [string, ...unknown[]];

/**
 * `window.CrmClipper`, the script tag's API.
 *
 * @example
 * ```js
 * window.CrmClipper = window.CrmClipper || [];
 * CrmClipper.push(["on", "saved", (detail) => console.log(detail.noteId)]);
 * CrmClipper.push(["open", { email: "ada@acme.com", subject: "Invoice" }]);
 * ```
 */
export interface ClipperGlobal {
  /** Opens the panel for `message`, or for the page's message. */
  open(message?: ClipperMessage): Promise<void>;
  close(): void;
  signOut(): Promise<void>;
  /** Listens to `ready`, `saved` or `error`. */
  on: ClipperInstance["on"];
  off: ClipperInstance["off"];
  /** Runs `[method, ...args]`, as queued calls do. */
  push(...calls: QueuedCall[]): number;
  /** Marks the API, so that loading the script again mounts nothing. */
  readonly isClipper: true;
}

/** Whether `value` is the API a previous copy of the script installed. */
export function isClipperGlobal(value: unknown): value is ClipperGlobal {
  return (value as Partial<ClipperGlobal> | null)?.isClipper === true;
}

/** The API over the Clipper that `clipper()` mounts on first use. */
export function createClipperGlobal(
  clipper: () => ClipperInstance,
): ClipperGlobal {
  const api: ClipperGlobal = {
    open: (message) => clipper().open(message),
    close: () => clipper().close(),
    signOut: () => clipper().signOut(),
    on: (name, handler) => clipper().on(name, handler),
    off: (name, handler) => clipper().off(name, handler),
    push(...calls) {
      for (const call of calls) run(call);
      return calls.length;
    },
    isClipper: true,
  };

  function run([method, ...args]: QueuedCall) {
    const action = (api as unknown as Record<string, unknown>)[method];
    if (method === "push" || typeof action !== "function") return;
    (action as (...values: unknown[]) => unknown).apply(api, args);
  }

  return api;
}

/** Runs the calls a page queued in `window.CrmClipper`, in order. */
export function drainQueue(api: ClipperGlobal, queued: unknown): void {
  if (!Array.isArray(queued)) return;
  for (const call of queued) {
    if (Array.isArray(call) && typeof call[0] === "string") {
      api.push(call as QueuedCall);
    }
  }
}
