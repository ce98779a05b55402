/**
 * The script-tag build: reads the `data-` attributes of its script
 * element, mounts the launcher, installs `window.CrmClipper`, runs the
 * calls the page queued, and defines `<crm-clipper>`.
 */
import type { UncheckedOptions } from "./config.ts";
import { defineClipperElement } from "./element.ts";
import {
  createClipperGlobal,
  drainQueue,
  isClipperGlobal,
} from "./global-api.ts";
import { type ClipperInstance, mountClipper } from "./mount-clipper.tsx";

declare global {
  interface Window {
    CrmClipper?: unknown;
  }
}

const configAttributes = [
  "data-supabase-url",
  "data-supabase-key",
  "data-crm-url",
];

function scriptOptions(
  script: HTMLOrSVGScriptElement | null,
): UncheckedOptions {
  const data = (name: string) =>
    script?.getAttribute(`data-${name}`) ?? undefined;
  return {
    supabaseUrl: data("supabase-url"),
    supabaseKey: data("supabase-key"),
    crmUrl: data("crm-url"),
    locale: data("locale"),
    theme: data("theme"),
    position: data("position"),
    launcher: data("launcher"),
    selectors: {
      email: data("email-selector"),
      name: data("name-selector"),
      subject: data("subject-selector"),
      message: data("message-selector"),
    },
  };
}

function start() {
  if (isClipperGlobal(window.CrmClipper)) return;

  const script =
    document.currentScript ??
    document.querySelector(
      "script[data-supabase-url], script[data-supabase-key]",
    );
  const options = scriptOptions(script);
  let clipper: ClipperInstance | undefined;
  const mount = () => {
    clipper ??= mountClipper(
      document.body ?? document.documentElement,
      options,
      {
        spelling: "data-attribute",
        inline: false,
      },
    );
    return clipper;
  };

  const queued = window.CrmClipper;
  const api = createClipperGlobal(mount);
  window.CrmClipper = api;
  // A script tag without options only loads the API and `<crm-clipper>`.
  if (configAttributes.some((name) => script?.hasAttribute(name))) mount();
  drainQueue(api, queued);
  defineClipperElement();
}

start();
