import { describe, expect, it, vi } from "vitest";
import {
  clearFragment,
  decodeClip,
  encodeClip,
  fragmentLimit,
  readFragment,
} from "../../src/bookmarklet/payload.ts";

const clip = {
  email: "ada@acme.test",
  name: "Ada Lovelace",
  subject: "Invoice 2026-114 & 115",
  message: "Hello,\nwhere is my invoice? 100% sure it's late ☕",
};

describe("passing a clip in the URL fragment", () => {
  it("gets the clip back as it was", () => {
    const fragment = encodeClip(clip);

    expect(decodeClip(`#${fragment}`)).toEqual({ ok: true, clip });
  });

  it("keeps the fragment to characters that need no escaping", () => {
    const fragment = encodeClip(clip);

    expect(fragment).toMatch(/^clip=[A-Za-z0-9%\-_.!~*'()]*$/);
  });

  it("passes a 200 KB message whole", () => {
    const message = "Line of a long message, with accents: é, ü, ☕.\n".repeat(
      4400,
    );

    const fragment = encodeClip({ ...clip, message });
    const result = decodeClip(fragment);

    expect(message.length).toBeGreaterThan(200_000);
    expect(fragment.length).toBeLessThanOrEqual(fragmentLimit);
    expect(result).toEqual({ ok: true, clip: { ...clip, message } });
  });

  it("cuts a message too long for the limit and says how much it kept", () => {
    const message = "ü".repeat(50_000);

    const fragment = encodeClip({ ...clip, message }, 100_000);
    const result = decodeClip(fragment);

    expect(fragment.length).toBeLessThanOrEqual(100_000);
    if (!result.ok) throw new Error(result.error);
    const { cut } = result.clip;
    expect(cut?.total).toBe(50_000);
    expect(cut?.kept).toBe(result.clip.message.length);
    expect(cut!.kept).toBeGreaterThan(0);
    expect(message.startsWith(result.clip.message)).toBe(true);
  });

  it("never keeps half of a character made of two code units", () => {
    const message = "😀".repeat(30_000);

    const result = decodeClip(encodeClip({ ...clip, message }, 50_001));

    if (!result.ok) throw new Error(result.error);
    expect(result.clip.message.length % 2).toBe(0);
    expect(message.startsWith(result.clip.message)).toBe(true);
  });

  it("says when no clip was passed", () => {
    expect(decodeClip("")).toMatchObject({ ok: false, reason: "missing" });
    expect(decodeClip("#other=1")).toMatchObject({
      ok: false,
      reason: "missing",
    });
  });

  it("says when the clip cannot be read", () => {
    for (const fragment of ["#clip=%7Bnot-json", "#clip=%E0%A4%A"]) {
      expect(decodeClip(fragment)).toMatchObject({
        ok: false,
        reason: "invalid",
        error: expect.stringContaining("open it again from the bookmarklet"),
      });
    }
  });

  it("says when the clip is damaged", () => {
    const fragment = `clip=${encodeURIComponent('{"message":42}')}`;

    expect(decodeClip(fragment)).toMatchObject({
      ok: false,
      reason: "invalid",
      error: expect.stringContaining("the message is not text"),
    });
  });

  it("reads the clip from the page's location", () => {
    const hash = `#${encodeClip(clip)}`;

    expect(readFragment({ hash })).toEqual({ ok: true, clip });
  });
});

describe("clearing the fragment", () => {
  it("replaces the address by the same one without the fragment", () => {
    const history = { state: { kept: true }, replaceState: vi.fn() };

    clearFragment(
      { hash: "#clip=x", pathname: "/dist/clip.html", search: "?crm-url=y" },
      history,
    );

    expect(history.replaceState).toHaveBeenCalledWith(
      { kept: true },
      "",
      "/dist/clip.html?crm-url=y",
    );
  });

  it("leaves an address without a fragment alone", () => {
    const history = { state: null, replaceState: vi.fn() };

    clearFragment({ hash: "", pathname: "/clip.html", search: "" }, history);

    expect(history.replaceState).not.toHaveBeenCalled();
  });
});
