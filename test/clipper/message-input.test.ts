import { describe, expect, it } from "vitest";
import { readMessageInput } from "../../src/text/message-input.ts";

describe("readMessageInput", () => {
  it("keeps text fields as they are", () => {
    const input = readMessageInput({
      email: " ada@acme.test ",
      name: "Ada",
      subject: "Invoice",
      message: "<p>Hi</p>",
    });

    expect(input.problems).toEqual([]);
    expect(input.message).toEqual({
      email: " ada@acme.test ",
      name: "Ada",
      subject: "Invoice",
      message: "<p>Hi</p>",
    });
  });

  it("reads no message when the page passes none", () => {
    expect(readMessageInput(undefined)).toEqual({
      message: undefined,
      problems: [],
    });
    expect(readMessageInput(null).message).toBeUndefined();
  });

  it("turns a number into text", () => {
    const input = readMessageInput({ subject: 20261114, message: 0 });

    expect(input.message).toEqual({ subject: "20261114", message: "0" });
    expect(input.problems).toEqual([]);
  });

  it("sets aside fields that are not text, saying which", () => {
    const input = readMessageInput({
      email: { address: "ada@acme.test" },
      name: ["Ada"],
      subject: true,
      message: Number.NaN,
    });

    expect(input.message).toEqual({});
    expect(input.problems).toEqual([
      "open(): email is not text; ignoring it.",
      "open(): name is not text; ignoring it.",
      "open(): subject is not text; ignoring it.",
      "open(): message is not text; ignoring it.",
    ]);
  });

  it("sets aside a message that is not an object", () => {
    for (const value of ["Hello", 42, ["Hello"]]) {
      const input = readMessageInput(value);

      expect(input.message).toBeUndefined();
      expect(input.problems).toHaveLength(1);
    }
  });

  it("ignores inherited fields and survives a throwing getter", () => {
    const inherited = Object.create({ email: "proto@acme.test" }) as object;
    const throwing = {
      get email(): string {
        throw new Error("no");
      },
      subject: "Still here",
    };

    expect(readMessageInput(inherited).message).toEqual({});
    expect(readMessageInput(throwing).message).toEqual({
      subject: "Still here",
    });
  });
});
