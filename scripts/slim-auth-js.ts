/**
 * A Vite plugin that leaves auth-js's admin, passkey and Web3 sign-in APIs
 * out of the bundle. `GoTrueClient` is one class that imports them all and
 * creates the admin and passkey APIs in its constructor, so they cannot be
 * tree-shaken; the Clipper signs in with a password only. Calling one of
 * them throws. Resolved when auth-js ships these APIs as separate entry
 * points.
 */

import type { Plugin } from "vite";

const unused: Record<string, string> = {
  "./GoTrueAdminApi": `export default class GoTrueAdminApi {}`,
  "./lib/webauthn": `${throwing([
    "createCredential",
    "deserializeCredentialCreationOptions",
    "deserializeCredentialRequestOptions",
    "getCredential",
    "serializeCredentialCreationResponse",
    "serializeCredentialRequestResponse",
  ])}
export const browserSupportsWebAuthn = () => false;
export const webAuthnAbortService = { createNewAbortSignal() {}, cancelCeremony() {} };
export class WebAuthnApi {}`,
  "./lib/web3/ethereum": throwing([
    "createSiweMessage",
    "fromHex",
    "getAddress",
    "toHex",
  ]),
};

function throwing(names: string[]): string {
  return names
    .map(
      (name) =>
        `export function ${name}() { throw new Error("${name} is not part of the CRM Clipper build"); }`,
    )
    .join("\n");
}

export function slimAuthJs(): Plugin {
  const prefix = "\0slim-auth-js:";
  return {
    name: "slim-auth-js",
    apply: "build",
    enforce: "pre",
    resolveId(source: string, importer: string | undefined) {
      const isAuthJs = importer?.includes("/@supabase/auth-js/");
      return isAuthJs && source in unused ? prefix + source : null;
    },
    load(id: string) {
      return id.startsWith(prefix) ? unused[id.slice(prefix.length)] : null;
    },
    // Debug logging is off in the Clipper: marking its calls pure lets the
    // minifier drop them and the messages they build.
    transform(code: string, id: string) {
      if (!id.endsWith("/@supabase/auth-js/dist/module/GoTrueClient.js")) {
        return null;
      }
      return code.replaceAll("this._debug(", "/* @__PURE__ */ this._debug(");
    },
  };
}
