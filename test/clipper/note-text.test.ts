// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { htmlToText, looksLikeHtml } from "../../src/text/html-to-text.ts";
import { composeNote } from "../../src/text/note-text.ts";

describe("composeNote", () => {
  it("puts the subject, a blank line, then the message", () => {
    expect(
      composeNote({ subject: " Invoice ", message: "Hello,\nwhere is it?" }),
    ).toBe("Invoice\n\nHello,\nwhere is it?");
  });

  it("keeps control characters, right-to-left text, emoji and marks", () => {
    const text = "a\u0007b\u001b[0m\tc \u202eשלום\u202c 👩‍👩‍👧 e\u0301 Z̤͔ͧ̑";

    expect(composeNote({ message: text })).toBe(text);
  });

  it("drops NUL characters, which the CRM cannot store", () => {
    expect(composeNote({ subject: "A\u0000B", message: "c\u0000d" })).toBe(
      "AB\n\ncd",
    );
  });

  it("keeps the message alone when there is no subject", () => {
    expect(composeNote({ message: "Only a body" })).toBe("Only a body");
  });

  it("turns an HTML message into readable text", () => {
    const note = composeNote({
      subject: "Refund",
      message:
        "<p>Hello,</p><p>charged <strong>twice</strong>.</p><p>Thanks,<br>Ada</p>",
    });

    expect(note).toBe("Refund\n\nHello,\n\ncharged twice.\n\nThanks,\nAda");
  });

  it("keeps markup written as text in a plain message", () => {
    expect(composeNote({ message: "if a < b and c > d" })).toBe(
      "if a < b and c > d",
    );
  });

  it("keeps emoji, right-to-left text and combining marks", () => {
    const text = "Merci 🙏 — שלום — e\u0301";

    expect(composeNote({ message: text })).toBe(text);
  });
});

describe("htmlToText", () => {
  it("drops scripts and styles and decodes entities", () => {
    expect(
      htmlToText(
        "<style>p{color:red}</style><p>a &amp; b &lt;c&gt;</p><script>alert(1)</script>",
      ),
    ).toBe("a & b <c>");
  });

  it("lists items on their own lines", () => {
    expect(
      htmlToText("<p>Items:</p>\n<ul>\n  <li>one</li>\n  <li>two</li>\n</ul>"),
    ).toBe("Items:\n\n- one\n- two");
  });

  it("keeps the address of a link", () => {
    expect(
      htmlToText('<p>See <a href="https://x.test/a">the doc</a></p>'),
    ).toBe("See the doc (https://x.test/a)");
  });

  it("recognises HTML only when it has tags", () => {
    expect(looksLikeHtml("<div>hi</div>")).toBe(true);
    expect(looksLikeHtml("2 < 3")).toBe(false);
  });
});
