// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { readPage } from "../../src/bookmarklet/readers/index.ts";
import { select, showFixture } from "./show-fixture.ts";

describe("reading a page that is not a known webmail", () => {
  beforeEach(() => showFixture("page.html"));

  it("reads the main content, its first mailto: link and the page's title", () => {
    const clip = readPage(document);

    expect(clip.subject).toBe("Re: Refund for order 7781 – Acme support forum");
    expect(clip.email).toBe("richard@piedpiper.test");
    expect(clip.name).toBe("Richard Hendricks");
    expect(clip.message).toMatch(
      /^Refund for order 7781\n\nFrom: Gavin Belson <gavin@hooli.test>\n\nThe blender arrived broken\./,
    );
    expect(clip.message).not.toContain("privacy@acme.test");
  });

  it("saves the selection, with the address written near it and the name before it", () => {
    select("#question .post-body");

    const clip = readPage(document);

    expect(clip).toEqual({
      email: "gavin@hooli.test",
      name: "Gavin Belson",
      subject: "Re: Refund for order 7781 – Acme support forum",
      message: "The blender arrived broken.\n\nI would like a refund, please.",
    });
  });

  it("takes the sender from a mailto: link near the selection", () => {
    select("#answer .post-body");

    const clip = readPage(document);

    expect(clip).toMatchObject({
      email: "richard@piedpiper.test",
      name: "Richard Hendricks",
      message: "Sorry about that. The refund is on its way.",
    });
  });

  it("prefers an address inside the selection", () => {
    select("#question");

    const clip = readPage(document);

    expect(clip.email).toBe("gavin@hooli.test");
    expect(clip.message).toMatch(/^From: Gavin Belson/);
  });
});
