/**
 * A reader over one query parameter, for PostgREST's URL grammar. Its
 * failures are PGRST100 errors worded like PostgREST's parser errors.
 */
import { parseError, type RestError } from "./errors.ts";

const NAME_CHAR = /[\p{L}\p{N}_ $]/u;

export class Cursor {
  pos = 0;

  constructor(
    readonly text: string,
    /** What is parsed, e.g. "select parameter" or "filter". */
    readonly what: string,
  ) {}

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  peek(offset = 0): string {
    return this.text[this.pos + offset] ?? "";
  }

  startsWith(token: string): boolean {
    return this.text.startsWith(token, this.pos);
  }

  /** Consumes `token` if it comes next. */
  take(token: string): boolean {
    if (!this.startsWith(token)) return false;
    this.pos += token.length;
    return true;
  }

  expect(token: string): void {
    if (!this.take(token)) throw this.fail(`"${token}"`);
  }

  rest(): string {
    const rest = this.text.slice(this.pos);
    this.pos = this.text.length;
    return rest;
  }

  skipSpaces(): void {
    while (this.peek() === " ") this.pos++;
  }

  fail(expected: string): RestError {
    const found = this.done ? "end of input" : JSON.stringify(this.peek());
    return parseError(
      `"failed to parse ${this.what} (${this.text})" (line 1, column ${this.pos + 1})`,
      `unexpected ${found} expecting ${expected}`,
    );
  }

  /**
   * An identifier: a double-quoted one, or letters, digits, `_`, `$`,
   * spaces and dashes that do not start an arrow. Surrounding spaces are
   * not part of it.
   */
  name(): string {
    this.skipSpaces();
    if (this.peek() === '"') return this.quoted();
    const start = this.pos;
    while (!this.done) {
      const char = this.peek();
      if (NAME_CHAR.test(char)) this.pos++;
      else if (char === "-" && this.peek(1) !== ">") this.pos++;
      else break;
    }
    const name = this.text.slice(start, this.pos).trim();
    if (name === "") throw this.fail("letter, digit or quoted name");
    return name;
  }

  /** A double-quoted string; a backslash escapes the next character. */
  quoted(): string {
    this.expect('"');
    let value = "";
    while (!this.done && this.peek() !== '"') {
      if (this.peek() === "\\" && this.pos + 1 < this.text.length) this.pos++;
      value += this.peek();
      this.pos++;
    }
    this.expect('"');
    return value;
  }

  /** Characters up to (not including) any of `stops`. */
  until(stops: string): string {
    const start = this.pos;
    while (!this.done && !stops.includes(this.peek())) this.pos++;
    return this.text.slice(start, this.pos);
  }
}
