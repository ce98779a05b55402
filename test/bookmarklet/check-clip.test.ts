import { describe, expect, it } from "vitest";
import { checkClip } from "../../src/bookmarklet/check-clip.ts";

describe("checking what arrived as a clip", () => {
  it("accepts a message with its sender, subject and cut", () => {
    const value = {
      email: "ada@acme.test",
      name: "Ada",
      subject: "Hi",
      message: "Hello",
      cut: { kept: 5, total: 9 },
    };

    expect(checkClip(value)).toEqual({ ok: true, clip: value });
  });

  it("accepts a message alone", () => {
    expect(checkClip({ message: "" })).toEqual({
      ok: true,
      clip: { message: "" },
    });
  });

  it("drops the fields it does not know", () => {
    const checked = checkClip({ message: "Hello", source: "gmail", x: 1 });

    expect(checked).toEqual({ ok: true, clip: { message: "Hello" } });
  });

  it.each([
    ["not an object", "hello", "it is not an object"],
    ["an array", [], "it is not an object"],
    ["null", null, "it is not an object"],
    ["without a message", { email: "a@b.test" }, "the message is not text"],
    [
      "with a number as email",
      { message: "", email: 3 },
      "the email is not text",
    ],
    [
      "with a list as name",
      { message: "", name: ["A"] },
      "the name is not text",
    ],
    [
      "with an object as subject",
      { message: "", subject: {} },
      "the subject is not text",
    ],
  ])("refuses a clip %s", (_case, value, reason) => {
    expect(checkClip(value)).toEqual({
      ok: false,
      error: expect.stringContaining(`(${reason})`),
    });
  });

  it.each([
    ["more kept than total", { kept: 10, total: 9 }],
    ["a negative count", { kept: -1, total: 9 }],
    ["a fraction", { kept: 1.5, total: 9 }],
    ["counts as text", { kept: "1", total: "9" }],
    ["a number", 4],
  ])("refuses a cut with %s", (_case, cut) => {
    expect(checkClip({ message: "", cut })).toEqual({
      ok: false,
      error: expect.stringContaining("(the cut is not two counts)"),
    });
  });
});
