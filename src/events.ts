import type { ClipperEventMap } from "./options.ts";

/** An event name, with or without its `crm-clipper:` prefix. */
export type ClipperEventName =
  | keyof ClipperEventMap
  | `crm-clipper:${keyof ClipperEventMap}`;

export type ClipperEventHandler<K extends keyof ClipperEventMap> = (
  detail: ClipperEventMap[K],
) => void;

/** Handlers registered with `on()`, and DOM events for everyone else. */
export interface ClipperEvents {
  on(name: ClipperEventName, handler: (detail: never) => void): void;
  off(name: ClipperEventName, handler: (detail: never) => void): void;
  emit<K extends keyof ClipperEventMap>(
    name: K,
    detail: ClipperEventMap[K],
  ): void;
}

/**
 * Emits each event to the `on()` handlers, then as a `crm-clipper:<name>`
 * DOM event on each target (the document and the Clipper's element).
 */
export function createEvents(targets: () => EventTarget[]): ClipperEvents {
  const handlers = new Map<string, Set<(detail: never) => void>>();
  const key = (name: string) => name.replace(/^crm-clipper:/, "");

  return {
    on(name, handler) {
      const set = handlers.get(key(name)) ?? new Set();
      set.add(handler);
      handlers.set(key(name), set);
    },
    off(name, handler) {
      handlers.get(key(name))?.delete(handler);
    },
    emit(name, detail) {
      for (const handler of handlers.get(name) ?? []) {
        try {
          (handler as ClipperEventHandler<typeof name>)(detail);
        } catch (error) {
          // A page's handler failing must not stop the Clipper.
          globalThis.reportError?.(error);
        }
      }
      for (const target of targets()) {
        target.dispatchEvent(
          new CustomEvent(`crm-clipper:${name}`, { detail, bubbles: false }),
        );
      }
    },
  };
}
