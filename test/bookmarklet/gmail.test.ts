// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { readPage } from "../../src/bookmarklet/readers/index.ts";
import { select, showFixture } from "./show-fixture.ts";

describe("reading Gmail's conversation view", () => {
  beforeEach(() => showFixture("gmail.html"));

  it("reads the newest open message, its sender and the thread's subject", () => {
    const clip = readPage(document);

    expect(clip).toEqual({
      email: "pepper@stark.test",
      name: "Pepper Potts",
      subject: "Suit fitting next week",
      message:
        "Hello,\n\nTony asked me to confirm Thursday at 3 pm.\n\nBest,\nPepper",
    });
  });

  it("reads the message holding the selection, with its sender", () => {
    select('[data-message-id="#msg-f:1826001"] div.a3s');

    const clip = readPage(document);

    expect(clip).toMatchObject({
      email: "tony@stark.test",
      name: "Tony Stark",
      subject: "Suit fitting next week",
    });
  });

  it("saves the selected text rather than the whole message", () => {
    select('[data-message-id="#msg-f:1826003"] p b');

    const clip = readPage(document);

    expect(clip.message).toBe("Thursday at 3 pm");
    expect(clip.email).toBe("pepper@stark.test");
  });
});
