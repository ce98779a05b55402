import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type ClosingWindow,
  closeUnlessUsed,
} from "../../src/clip-page/auto-close.ts";

interface FakeWindow extends ClosingWindow {
  target: EventTarget;
  isClosed: boolean;
}

function fakeWindow(): FakeWindow {
  const target = new EventTarget();
  const win: FakeWindow = {
    target,
    isClosed: false,
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    setTimeout: globalThis.setTimeout as unknown as Window["setTimeout"],
    clearTimeout: globalThis.clearTimeout,
    close: () => {
      win.isClosed = true;
    },
  };
  return win;
}

describe("closing the window after a save", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("closes the window once the delay is over", () => {
    const win = fakeWindow();
    const onStay = vi.fn();

    closeUnlessUsed(win, 4000, onStay);
    vi.advanceTimersByTime(3999);
    const isClosedEarly = win.isClosed;
    vi.advanceTimersByTime(1);

    expect(isClosedEarly).toBe(false);
    expect(win.isClosed).toBe(true);
    expect(onStay).not.toHaveBeenCalled();
  });

  it.each(["pointerdown", "keydown"])(
    "keeps the window open when the user presses (%s) before",
    (type) => {
      const win = fakeWindow();
      const onStay = vi.fn();

      closeUnlessUsed(win, 4000, onStay);
      vi.advanceTimersByTime(2000);
      win.target.dispatchEvent(new Event(type));
      win.target.dispatchEvent(new Event(type));
      vi.advanceTimersByTime(10_000);

      expect(win.isClosed).toBe(false);
      expect(onStay).toHaveBeenCalledOnce();
    },
  );

  it("stops when told to, without calling back", () => {
    const win = fakeWindow();
    const onStay = vi.fn();

    const stop = closeUnlessUsed(win, 4000, onStay);
    stop();
    win.target.dispatchEvent(new Event("keydown"));
    vi.advanceTimersByTime(10_000);

    expect(win.isClosed).toBe(false);
    expect(onStay).not.toHaveBeenCalled();
  });
});
