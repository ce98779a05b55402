// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { keepAttached } from "../../src/dom/keep-attached.ts";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("keepAttached", () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    document.body.replaceChildren();
  });

  it("puts the element back when the page empties the body", async () => {
    const element = document.createElement("crm-clipper-root");
    document.body.append(element);
    stop = keepAttached(element, () => document.body);

    document.body.innerHTML = "<main>Next view</main>";
    await settle();

    expect(element.parentNode).toBe(document.body);
    expect(document.body.querySelector("main")).not.toBeNull();
  });

  it("keeps what was rendered inside the element", async () => {
    const element = document.createElement("crm-clipper-root");
    const root = element.attachShadow({ mode: "open" });
    root.append(document.createElement("textarea"));
    document.body.append(element);
    stop = keepAttached(element, () => document.body);

    element.remove();
    await settle();

    expect(element.isConnected).toBe(true);
    expect(element.shadowRoot?.querySelector("textarea")).not.toBeNull();
  });

  it("lets the element go once stopped", async () => {
    const element = document.createElement("crm-clipper-root");
    document.body.append(element);
    stop = keepAttached(element, () => document.body);

    stop();
    element.remove();
    await settle();

    expect(element.isConnected).toBe(false);
  });
});
