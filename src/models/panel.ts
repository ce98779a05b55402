import { type ReadonlySignal, signal } from "@preact/signals";
import type { ClipperMessage } from "../options.ts";

/** Whether the panel shows, the message it is about, what it announces. */
export interface PanelModel {
  isOpen: ReadonlySignal<boolean>;
  message: ReadonlySignal<ClipperMessage>;
  /** The latest status change, read out by the live region. */
  announcement: ReadonlySignal<string>;
  open(): void;
  close(): void;
  /** Replaces the message; returns whether it changed. */
  setMessage(message: ClipperMessage): boolean;
  announce(text: string): void;
}

export function createPanelModel(): PanelModel {
  const isOpen = signal(false);
  const message = signal<ClipperMessage>({});
  const announcement = signal("");

  return {
    isOpen,
    message,
    announcement,
    open() {
      isOpen.value = true;
    },
    close() {
      isOpen.value = false;
    },
    setMessage(next) {
      const current = message.value;
      const isSame =
        (current.email ?? "") === (next.email ?? "") &&
        (current.name ?? "") === (next.name ?? "") &&
        (current.subject ?? "") === (next.subject ?? "") &&
        (current.message ?? "") === (next.message ?? "");
      if (isSame) return false;
      message.value = { ...next };
      return true;
    },
    announce(text) {
      // A repeated announcement must still change the region's text.
      announcement.value = announcement.value === text ? `${text}\u00a0` : text;
    },
  };
}
