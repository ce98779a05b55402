/**
 * The Clipper's styles. Sizes are in px, never rem, so that the host page's
 * root font size changes nothing; `:host` stops inherited properties.
 */
export const clipperCss = `
:host { all: initial; }
.clipper {
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0;
  --accent: #1f6feb; --accent-fg: #ffffff; --soft: #f6f8fa;
  --error-bg: #ffebe9; --error-fg: #a40e26; --ok-bg: #dafbe1; --ok-fg: #116329;
  font: 400 14px/20px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg); letter-spacing: normal; text-align: left;
  -webkit-font-smoothing: antialiased;
}
.clipper[data-theme="dark"] {
  --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d;
  --accent: #4493f8; --accent-fg: #0d1117; --soft: #151b23;
  --error-bg: #3c1618; --error-fg: #ff9492; --ok-bg: #12261e; --ok-fg: #6fdd8b;
}
@media (prefers-color-scheme: dark) {
  .clipper[data-theme="auto"] {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d;
    --accent: #4493f8; --accent-fg: #0d1117; --soft: #151b23;
    --error-bg: #3c1618; --error-fg: #ff9492; --ok-bg: #12261e; --ok-fg: #6fdd8b;
  }
}
*, *::before, *::after { box-sizing: border-box; }
h2, h3, p, ul { margin: 0; }
button, input, select, textarea { font: inherit; color: inherit; margin: 0; }
.launcher, .clipper-floating .panel { position: fixed; z-index: 2147483647; }
.launcher {
  display: inline-flex; align-items: center; gap: 8px; height: 40px;
  padding: 0 16px; border: 0; border-radius: 20px; cursor: pointer;
  background: var(--accent); color: var(--accent-fg); font-weight: 600;
  box-shadow: 0 4px 12px rgba(0, 0, 0, 0.2);
}
.clipper-floating .panel {
  width: 380px; max-width: calc(100vw - 32px);
  max-height: calc(100vh - 96px); overflow: auto;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.28);
}
.at-bottom-right .launcher { right: 16px; bottom: 16px; }
.at-bottom-right .panel { right: 16px; bottom: 64px; }
.at-bottom-left .launcher { left: 16px; bottom: 16px; }
.at-bottom-left .panel { left: 16px; bottom: 64px; }
.at-top-right .launcher { right: 16px; top: 16px; }
.at-top-right .panel { right: 16px; top: 64px; }
.at-top-left .launcher { left: 16px; top: 16px; }
.at-top-left .panel { left: 16px; top: 64px; }
.panel {
  display: block; background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 12px; outline: none;
}
.clipper-inline .panel { width: 100%; max-width: 560px; }
.panel:focus-visible, :focus-visible {
  outline: 2px solid var(--accent); outline-offset: 2px;
}
.panel-header {
  display: flex; align-items: center; justify-content: space-between;
  padding: 12px 16px; border-bottom: 1px solid var(--line);
}
.panel-title { font-size: 16px; line-height: 24px; font-weight: 600; }
.panel-body { padding: 16px; }
.stack { display: flex; flex-direction: column; gap: 16px; }
.stack-tight { display: flex; flex-direction: column; gap: 8px; }
.lead { font-weight: 600; }
.muted { color: var(--muted); font-size: 13px; }
.section-title { font-size: 13px; font-weight: 600; text-transform: uppercase;
  letter-spacing: 0.04em; color: var(--muted); }
.field { display: flex; flex-direction: column; gap: 4px; font-weight: 500; }
.field-inline { flex-direction: row; align-items: center; gap: 8px; }
input, select, textarea {
  width: 100%; min-height: 36px; padding: 7px 10px; font-weight: 400;
  background: var(--bg); border: 1px solid var(--line); border-radius: 6px;
}
.field-inline select { width: auto; }
textarea { resize: vertical; line-height: 20px; white-space: pre-wrap; }
button { cursor: pointer; }
.primary, .search button, .primary-link {
  min-height: 36px; padding: 7px 14px; border-radius: 6px;
  border: 1px solid var(--accent); background: var(--accent);
  color: var(--accent-fg); font-weight: 600; text-decoration: none;
  text-align: center;
}
.search { display: flex; gap: 8px; }
.search button { background: var(--soft); color: var(--fg);
  border-color: var(--line); }
.primary[aria-disabled="true"] { opacity: 0.6; cursor: progress; }
.icon-button { width: 32px; height: 32px; border: 0; border-radius: 6px;
  background: transparent; font-size: 20px; line-height: 20px; }
.icon-button:hover { background: var(--soft); }
.link-button { border: 0; padding: 0; background: none; color: var(--accent);
  text-decoration: underline; }
.actions { display: flex; align-items: center; justify-content: space-between;
  gap: 8px; }
.user-bar { display: flex; align-items: center; gap: 8px;
  padding-bottom: 12px; border-bottom: 1px solid var(--line); }
.user-name { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis;
  white-space: nowrap; }
.cards { display: flex; flex-direction: column; gap: 8px; }
.card { display: flex; align-items: flex-start; gap: 10px; padding: 10px;
  border: 1px solid var(--line); border-radius: 8px; cursor: pointer; }
.card:has(input:checked) { border-color: var(--accent);
  box-shadow: 0 0 0 1px var(--accent); }
.card input { width: 16px; min-height: 16px; height: 16px; margin-top: 12px;
  flex: none; accent-color: var(--accent); }
.card-content { display: flex; gap: 10px; min-width: 0; }
.card-text { display: flex; flex-direction: column; gap: 2px; min-width: 0; }
.card-name { font-weight: 600; }
.card-line { overflow-wrap: anywhere; }
.card-tags { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
.tag { display: inline-flex; align-items: center; gap: 4px; padding: 0 8px;
  border-radius: 10px; background: var(--soft); font-size: 12px;
  line-height: 20px; }
.dot { width: 8px; height: 8px; border-radius: 4px; }
.avatar { flex: none; display: inline-flex; align-items: center;
  justify-content: center; border-radius: 50%; background: var(--soft);
  color: var(--muted); font-weight: 600; object-fit: cover; }
.avatar-large { width: 40px; height: 40px; font-size: 15px; }
.avatar-small { width: 24px; height: 24px; font-size: 11px; }
.notice { padding: 8px 12px; border-radius: 6px; }
.notice ul { padding-left: 18px; margin-top: 4px; }
.notice p { margin-top: 4px; }
.notice-error { background: var(--error-bg); color: var(--error-fg); }
.notice-error .link-button { color: inherit; margin-left: 8px; }
.notice-success { background: var(--ok-bg); color: var(--ok-fg);
  font-weight: 600; outline: none; }
.visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0;
  margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
  border: 0; }
`;
