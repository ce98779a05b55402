import { describe, expect, it } from "vitest";
import { clipMessage } from "../../src/clip-page/clip-message.ts";
import { cutNotice } from "../../src/clip-page/notices.ts";

describe("the message the Clipper page opens with", () => {
  it("keeps the fields that hold text, trimmed, and leaves out the blank ones", () => {
    const message = clipMessage({
      email: " ada@acme.test ",
      name: "",
      subject: "  ",
      message: "Hello\n",
      cut: { kept: 5, total: 9 },
    });

    expect(message).toEqual({ email: "ada@acme.test", message: "Hello" });
  });
});

describe("the notice for a message that was cut", () => {
  it("says how many characters arrived of how many", () => {
    expect(cutNotice({ kept: 1_499_000, total: 2_000_000 })).toContain(
      "the first 1,499,000 of 2,000,000 characters arrived",
    );
  });
});
