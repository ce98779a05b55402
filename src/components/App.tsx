import type { ClipperApp } from "../app.ts";
import { AppContext } from "./context.ts";
import { Launcher } from "./Launcher.tsx";
import { LiveRegion } from "./LiveRegion.tsx";
import { Panel } from "./Panel.tsx";

export interface AppProps {
  app: ClipperApp;
  /** Rendered in the page's flow, always open, without a launcher. */
  inline: boolean;
}

/** The Clipper's whole UI. */
export function App({ app, inline }: AppProps) {
  const { config } = app.parsed;
  const showsLauncher = !inline && config.launcher;

  return (
    <AppContext.Provider value={app}>
      <div
        class={`clipper clipper-${inline ? "inline" : "floating"} at-${config.position}`}
        data-theme={config.theme}
      >
        {showsLauncher && <Launcher />}
        {(inline || app.panel.isOpen.value) && <Panel inline={inline} />}
        <LiveRegion />
      </div>
    </AppContext.Provider>
  );
}
