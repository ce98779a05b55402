import type { RefObject } from "preact";
import { useEffect, useId, useLayoutEffect, useRef } from "preact/hooks";
import type { ClipperApp } from "../app.ts";
import { ClipView } from "./ClipView.tsx";
import { ConfigErrorView } from "./ConfigErrorView.tsx";
import { useApp } from "./context.ts";
import { SavedView } from "./SavedView.tsx";
import { SignInForm } from "./SignInForm.tsx";

type View = "config" | "loading" | "sign-in" | "clip" | "saved";

export interface PanelProps {
  /** In the page's flow: no dialog, no closing. */
  inline: boolean;
}

/**
 * The panel. Floating, it is a dialog that takes the focus when it opens,
 * gives it back when it closes, and closes on Escape.
 */
export function Panel({ inline }: PanelProps) {
  const app = useApp();
  const ref = useRef<HTMLElement>(null);
  const titleId = useId();
  const view = viewOf(app);
  const isFirstView = useRef(true);

  useLayoutEffect(() => {
    if (inline) return;
    const opener = deepActiveElement();
    focusView(ref.current);
    return () => {
      const root = ref.current?.getRootNode() as ParentNode | undefined;
      const launcher = root?.querySelector<HTMLElement>("[data-launcher]");
      const target = opener?.isConnected ? opener : launcher;
      target?.focus();
    };
  }, [inline]);

  useEffect(() => {
    if (isFirstView.current) {
      isFirstView.current = false;
      return;
    }
    const panel = ref.current;
    const active = deepActiveElement();
    const isFocusLost = !active || active === document.body;
    if (panel && (isFocusLost || panel.contains(active))) focusView(panel);
  }, [view]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && !inline) {
      event.preventDefault();
      app.close();
    }
  };

  const content = (
    <>
      <header class="panel-header">
        <h2 id={titleId} class="panel-title">
          {app.strings.title}
        </h2>
        {!inline && (
          <button
            type="button"
            class="icon-button"
            aria-label={app.strings.close}
            onClick={() => app.close()}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </header>
      <div class="panel-body">{renderView(view, app)}</div>
    </>
  );

  return inline ? (
    <section ref={ref} class="panel" tabIndex={-1} aria-labelledby={titleId}>
      {content}
    </section>
  ) : (
    <div
      ref={ref as RefObject<HTMLDivElement>}
      class="panel"
      role="dialog"
      tabIndex={-1}
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
    >
      {content}
    </div>
  );
}

function viewOf(app: ClipperApp): View {
  if (app.parsed.error) return "config";
  const state = app.session.state.value;
  if (state === "unknown" || state === "restoring") return "loading";
  if (state !== "signed-in") return "sign-in";
  return app.note.saved.value ? "saved" : "clip";
}

function renderView(view: View, app: ClipperApp) {
  switch (view) {
    case "config":
      return <ConfigErrorView />;
    case "loading":
      return <p class="muted">{app.strings.loading}</p>;
    case "sign-in":
      return <SignInForm />;
    case "saved":
      return <SavedView />;
    case "clip":
      return <ClipView />;
  }
}

function focusView(panel: HTMLElement | null) {
  const target = panel?.querySelector<HTMLElement>("[data-autofocus]");
  (target ?? panel)?.focus();
}

/** The focused element, looking inside open shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) {
    active = active.shadowRoot.activeElement;
  }
  return active instanceof HTMLElement ? active : null;
}
