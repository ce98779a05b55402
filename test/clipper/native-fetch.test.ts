import { describe, expect, it } from "vitest";
import { isNativeFunction } from "../../src/crm/native-fetch.ts";

describe("isNativeFunction", () => {
  it("tells built-in functions from functions written in script", () => {
    expect(isNativeFunction(Math.max)).toBe(true);
    expect(isNativeFunction(Array.prototype.map)).toBe(true);
    expect(isNativeFunction(() => "[native code]")).toBe(false);
    expect(isNativeFunction(function fetch() {})).toBe(false);
  });

  it("answers no for what is not a function", () => {
    expect(isNativeFunction(undefined)).toBe(false);
    expect(isNativeFunction("function () { [native code] }")).toBe(false);
  });

  it("takes any bound function for native, as the engine prints it so", () => {
    expect(isNativeFunction((() => 1).bind(null))).toBe(true);
  });
});
