import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { ClipperApp } from "../app.ts";

/** The Clipper whose state the components show. */
export const AppContext = createContext<ClipperApp | null>(null);

export function useApp(): ClipperApp {
  const app = useContext(AppContext);
  if (!app) throw new Error("Clipper components need an AppContext");
  return app;
}
