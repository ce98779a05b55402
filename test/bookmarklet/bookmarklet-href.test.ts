import { describe, expect, it } from "vitest";
import { clipPagePlaceholder } from "../../src/bookmarklet/placeholder.ts";
import {
  bookmarkletHref,
  clipPageUrl,
} from "../../src/install/bookmarklet-href.ts";

/** What the browser runs for a `javascript:` link. */
function scriptOf(href: string): string {
  expect(href.startsWith("javascript:")).toBe(true);
  return decodeURIComponent(href.slice("javascript:".length));
}

/** Runs a script that returns the address it opens. */
function run(script: string): unknown {
  return new Function(script)();
}

describe("the bookmarklet's link", () => {
  // An address with every character a literal could trip on.
  const awkward =
    // biome-ignore lint/suspicious/noTemplateCurlyInString: on purpose
    "https://clip.example/a b/clip.html?key=100%25&q=\"'`${x}\\#frag";

  it("puts the Clipper page's address where each kind of literal had the placeholder", () => {
    const code = [
      `const a = "${clipPagePlaceholder}";`,
      `const b = '${clipPagePlaceholder}';`,
      `const c = \`${clipPagePlaceholder}#\${1 + 1}\`;`,
      "return [a, b, c];",
    ].join("\n");

    const href = bookmarkletHref(code, awkward);

    expect(run(scriptOf(href))).toEqual([awkward, awkward, `${awkward}#2`]);
  });

  it("is one line with no raw percent sign or space", () => {
    const href = bookmarkletHref(
      `return "${clipPagePlaceholder}" + "\\t 50%";`,
      "https://clip.example/clip.html?a=%20",
    );

    expect(href).not.toMatch(/[\s]/);
    expect(href.slice("javascript:".length)).not.toMatch(/%(?![0-9A-F]{2})/);
    expect(run(scriptOf(href))).toBe(
      "https://clip.example/clip.html?a=%20\t 50%",
    );
  });
});

describe("the Clipper page's address", () => {
  it("is clip.html next to the install page, with the configuration in its query", () => {
    const url = clipPageUrl(
      "https://clipper.example/tools/install.html?x=1#y",
      {
        supabaseUrl: "https://abcd.supabase.co",
        supabaseKey: "sb_publishable_abc",
        crmUrl: "https://crm.example/?a=b&c",
      },
    );

    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe(
      "https://clipper.example/tools/clip.html",
    );
    expect(Object.fromEntries(parsed.searchParams)).toEqual({
      "supabase-url": "https://abcd.supabase.co",
      "supabase-key": "sb_publishable_abc",
      "crm-url": "https://crm.example/?a=b&c",
    });
    expect(parsed.hash).toBe("");
  });
});
