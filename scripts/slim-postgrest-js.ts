/**
 * A Vite plugin that replaces the Babel object-spread helpers bundled in
 * postgrest-js (`_typeof`, `toPrimitive`, `toPropertyKey`,
 * `_defineProperty`, `ownKeys`, `_objectSpread2`, about 1.2 KB minified)
 * with `Object.assign`. postgrest-js spreads only plain request options
 * with them, where both copy the same own enumerable properties. Resolved
 * when postgrest-js ships without these helpers.
 */

import type { Plugin } from "vite";

const helpers =
  /function _typeof\(o\) \{[\s\S]*?\nfunction _objectSpread2\(e\) \{[\s\S]*?\n\treturn e;\n\}\n/;
const assign = `function _objectSpread2(e, ...sources) {
\treturn Object.assign(e, ...sources);
}
`;

export function slimPostgrestJs(): Plugin {
  return {
    name: "slim-postgrest-js",
    apply: "build",
    enforce: "pre",
    transform(code: string, id: string) {
      if (!id.includes("/@supabase/postgrest-js/dist/index.mjs")) return null;
      if (!helpers.test(code)) {
        this.warn("postgrest-js changed: its spread helpers are kept");
        return null;
      }
      return { code: code.replace(helpers, assign), map: null };
    },
  };
}
