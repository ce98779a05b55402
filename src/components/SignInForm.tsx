import { useId, useState } from "preact/hooks";
import { useApp } from "./context.ts";
import { ErrorNotice } from "./ErrorNotice.tsx";

/** Email and password sign-in to the CRM. */
export function SignInForm() {
  const app = useApp();
  const { strings, session } = app;
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const id = useId();
  const isSigningIn = session.state.value === "signing-in";
  const error = session.error.value;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (!isSigningIn) void app.signIn(email, password);
  };

  return (
    <form class="stack" onSubmit={onSubmit} aria-label={strings.signInTitle}>
      <p class="lead">{strings.signInTitle}</p>
      {error && <ErrorNotice error={error} />}
      <label class="field" for={`${id}-email`}>
        <span>{strings.email}</span>
        <input
          id={`${id}-email`}
          type="email"
          autoComplete="username"
          required
          data-autofocus
          value={email}
          onInput={(event) => setEmail(event.currentTarget.value)}
        />
      </label>
      <label class="field" for={`${id}-password`}>
        <span>{strings.password}</span>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onInput={(event) => setPassword(event.currentTarget.value)}
        />
      </label>
      <button type="submit" class="primary" aria-disabled={isSigningIn}>
        {isSigningIn ? strings.signingIn : strings.signIn}
      </button>
    </form>
  );
}
