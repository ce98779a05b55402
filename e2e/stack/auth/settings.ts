/**
 * `GET /settings` of the local stack: email sign-in only, sign-ups open and
 * confirmed at once, like the Supabase CLI's defaults.
 */
const OAUTH_PROVIDERS = [
  "apple",
  "azure",
  "bitbucket",
  "discord",
  "facebook",
  "figma",
  "fly",
  "github",
  "gitlab",
  "google",
  "keycloak",
  "kakao",
  "linkedin",
  "linkedin_oidc",
  "notion",
  "spotify",
  "slack",
  "slack_oidc",
  "workos",
  "twitch",
  "twitter",
  "zoom",
] as const;

export const SETTINGS = {
  external: {
    anonymous_users: false,
    ...Object.fromEntries(OAUTH_PROVIDERS.map((name) => [name, false])),
    email: true,
    phone: false,
  },
  disable_signup: false,
  mailer_autoconfirm: true,
  phone_autoconfirm: false,
  sms_provider: "twilio",
  saml_enabled: false,
};
