// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { readPage } from "../../src/bookmarklet/readers/index.ts";
import { select, showFixture } from "./show-fixture.ts";

describe("reading Outlook on the web's reading pane", () => {
  beforeEach(() => showFixture("outlook.html"));

  it("reads the open message's body, its sender and the subject", () => {
    const clip = readPage(document);

    expect(clip).toEqual({
      email: "bruce@wayne.test",
      name: "Bruce Wayne",
      subject: "Renewal of the support contract",
      message:
        "Good morning,\n\nWe would like to renew for two more years.\nCan you send the new terms?\n\nBruce",
    });
  });

  it("takes the sender from the message, not the user's own mailbox", () => {
    const clip = readPage(document);

    expect(clip.email).not.toBe("demo@atomic-crm.test");
  });

  it("saves the selected text rather than the whole message", () => {
    select("#UniqueMessageBody_2 p:nth-child(2)");

    const clip = readPage(document);

    expect(clip.message).toBe(
      "We would like to renew for two more years.\nCan you send the new terms?",
    );
    expect(clip.email).toBe("bruce@wayne.test");
  });

  it("still finds the body by its role when the labels are in another language", () => {
    for (const element of document.querySelectorAll("[aria-label]")) {
      element.setAttribute(
        "aria-label",
        element
          .getAttribute("aria-label")!
          .replace("Message body", "Corps du message"),
      );
    }

    const clip = readPage(document);

    expect(clip.message).toMatch(/^Good morning,/);
    expect(clip.subject).toBe("Renewal of the support contract");
  });
});
