/**
 * The popover's stylesheet, adopted into its shadow root as a constructable stylesheet so that no
 * page Content-Security-Policy can block it. Sizes are in px: the page's root font size never leaks in.
 * The host element itself is styled inline (see the content script's popover host).
 */
export const POPOVER_CSS = `
.card {
  --bg: #ffffff;
  --fg: #1b1f24;
  --muted: #4d5560;
  --line: #d4d9df;
  --accent: #0b57d0;
  --quote-bg: #f3f5f8;
  --button-bg: #eef2f7;
  box-sizing: border-box;
  width: max-content;
  max-width: min(400px, calc(100vw - 16px));
  max-height: var(--nk-lens-max-height, 70vh);
  overflow: auto;
  padding: 12px 14px;
  border: 1px solid var(--line);
  border-radius: 8px;
  background: var(--bg);
  color: var(--fg);
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.22);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans KR', sans-serif;
  text-align: left;
  direction: ltr;
}
.card[data-theme='dark'] {
  --bg: #1e2227;
  --fg: #eceff3;
  --muted: #b5bcc6;
  --line: #3a414a;
  --accent: #8ab4f8;
  --quote-bg: #272c33;
  --button-bg: #2c323a;
}
.card:focus {
  outline: none;
}
.card:focus-visible,
button:focus-visible {
  outline: 2px solid var(--accent);
  outline-offset: 2px;
}
p,
h2,
figure,
blockquote {
  margin: 0;
}
.head {
  display: flex;
  align-items: flex-start;
  gap: 8px;
}
.names {
  flex: 1;
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: 2px 8px;
}
.name {
  font-size: 17px;
  font-weight: 700;
  line-height: 1.3;
}
.hangul {
  font-size: 15px;
  color: var(--muted);
}
.close {
  flex: none;
  width: 26px;
  height: 26px;
  padding: 0;
  border: 0;
  border-radius: 4px;
  background: transparent;
  color: var(--muted);
  font: 20px/26px system-ui, sans-serif;
  cursor: pointer;
}
.close:hover {
  background: var(--button-bg);
  color: var(--fg);
}
.kind {
  display: flex;
  align-items: center;
  gap: 8px;
  margin-top: 2px;
  font-size: 12px;
  color: var(--muted);
}
.badge {
  display: inline-flex;
  align-items: center;
  gap: 5px;
  font-weight: 600;
  color: var(--fg);
}
.flag {
  display: block;
  border-radius: 2px;
  box-shadow: 0 0 0 1px var(--line);
}
.role {
  margin-top: 8px;
}
.note {
  display: block;
  font-size: 12px;
  color: var(--muted);
}
.summary {
  margin-top: 8px;
}
.excerpt {
  margin-top: 10px;
  padding: 8px 10px;
  border-left: 3px solid var(--accent);
  border-radius: 0 4px 4px 0;
  background: var(--quote-bg);
}
blockquote {
  font-style: italic;
}
figcaption {
  margin-top: 4px;
  font-size: 12px;
  color: var(--muted);
}
.actions {
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
  margin-top: 10px;
}
.actions button {
  padding: 4px 8px;
  border: 1px solid var(--line);
  border-radius: 5px;
  background: var(--button-bg);
  color: var(--fg);
  font: 600 12px/1.3 system-ui, sans-serif;
  cursor: pointer;
}
.actions button:hover {
  border-color: var(--accent);
}
.status {
  margin-top: 6px;
  font-size: 12px;
  color: var(--muted);
}
.status:empty {
  display: none;
}
`;
