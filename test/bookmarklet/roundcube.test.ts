// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { readPage } from "../../src/bookmarklet/readers/index.ts";
import { selectText, showFixture } from "./show-fixture.ts";

const willysMessage = {
  email: "willy@wonka.test",
  name: "Willy Wonka",
  subject: "Delivery of the chocolate order",
  message:
    "Hello,\n\nThe order of 200 bars left the factory today.\nIt should reach you on Friday.\n\nWilly",
};

describe("reading Roundcube's message view", () => {
  it("reads the sender's linked address, the subject without its labels, and the body", () => {
    showFixture("roundcube.html");

    const clip = readPage(document);

    expect(clip).toEqual(willysMessage);
  });

  it("saves the selected text rather than the whole message", () => {
    showFixture("roundcube.html");
    selectText("It should reach you on Friday.");

    const clip = readPage(document);

    expect(clip.message).toBe("It should reach you on Friday.");
    expect(clip.email).toBe("willy@wonka.test");
  });

  it("reads the message in the mailbox's preview frame", () => {
    showFixture("roundcube-mailbox.html");
    const preview = document.implementation.createHTMLDocument("");
    showFixture("roundcube.html", preview);
    // The test browser loads no frame: the frame shows the message page.
    Object.defineProperty(
      document.querySelector("#messagecontframe"),
      "contentDocument",
      { value: preview },
    );

    const clip = readPage(document);

    expect(clip).toEqual(willysMessage);
  });
});
