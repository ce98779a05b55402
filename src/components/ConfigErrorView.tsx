import { useApp } from "./context.ts";

/** Says what the page's author has to change in the options. */
export function ConfigErrorView() {
  const app = useApp();
  const problems = app.parsed.error?.problems ?? [];

  return (
    <div class="notice notice-error" role="alert" data-autofocus tabIndex={-1}>
      <strong>{app.strings.configTitle}</strong>
      <p>{app.strings.configHelp}</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
