import { useApp } from "./context.ts";

/** The "Save to CRM" button that opens and closes the panel. */
export function Launcher() {
  const app = useApp();
  const isOpen = app.panel.isOpen.value;

  return (
    <button
      type="button"
      class="launcher"
      data-launcher=""
      aria-expanded={isOpen}
      onClick={() => (isOpen ? app.close() : void app.open())}
    >
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
        <path
          fill="currentColor"
          d="M5 3h11l3 3v15H5zm2 2v4h8V5zm0 8v6h10v-6z"
        />
      </svg>
      <span>{app.strings.launcher}</span>
    </button>
  );
}
