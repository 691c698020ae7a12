import { CRISIS_CSS } from './crisis/styles';
import { IDEAS_CSS } from './ideas/styles';
import { SLA_TIMER_CSS } from './thread/sla/sla-timer-styles';
import { THREAD_CSS } from './thread/styles';
import { TONE_CSS } from './tone/styles';

/**
 * All of the panel's CSS, injected into its shadow root. `:host { all: initial }` cuts every
 * inherited page style; the host itself is a fixed 0×0 box at the top of the stacking order, so
 * it never takes part in the page's layout, and only the panel and chip receive pointer events.
 */
export const OVERLAY_CSS = /* css */ `
:host {
  all: initial !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  display: block !important;
  pointer-events: none !important;
}
html, body { margin: 0; padding: 0; }
*, *::before, *::after { box-sizing: border-box; }

.surface {
  --accent: #2259d1;
  --accent-soft: #eef3fe;
  --text: #1b1f24;
  --muted: #5b6472;
  --faint: #5f6877;
  --line: #e3e6ea;
  --danger: #b42318;
  --danger-soft: #fef3f2;
  --ok: #067647;
  --ok-soft: #ecfdf3;
  --warn: #93370d;
  --warn-soft: #fffaeb;
  position: fixed;
  pointer-events: auto;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--text);
  -webkit-font-smoothing: antialiased;
}
.surface :focus { outline: none; }
.surface :focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }

.panel {
  background: #fff;
  border: 1px solid var(--line);
  border-radius: 10px;
  box-shadow: 0 10px 30px rgba(16, 24, 40, 0.14), 0 2px 6px rgba(16, 24, 40, 0.06);
  overflow-y: auto;
  overscroll-behavior: contain;
}

.header {
  display: flex;
  align-items: center;
  gap: 8px;
  padding: 8px 8px 8px 12px;
  border-bottom: 1px solid var(--line);
  cursor: grab;
  user-select: none;
  touch-action: none;
}
.header.dragging { cursor: grabbing; }
.logo {
  flex: none;
  width: 18px;
  height: 18px;
  border-radius: 5px;
  background: var(--accent);
  color: #fff;
  font-weight: 700;
  font-size: 11px;
  display: grid;
  place-items: center;
}
.title { flex: 1; font-weight: 600; font-size: 13px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.icon-button {
  flex: none;
  width: 26px;
  height: 26px;
  display: grid;
  place-items: center;
  border: 0;
  border-radius: 6px;
  background: transparent;
  color: var(--muted);
  cursor: pointer;
  padding: 0;
}
.icon-button:hover { background: #f2f4f7; color: var(--text); }
.icon-button svg { width: 14px; height: 14px; }

.context { padding: 10px 12px 0; }
.context-label { font-size: 12px; color: var(--muted); }
.quote {
  margin: 4px 0 0;
  padding: 6px 8px;
  border-left: 3px solid var(--accent);
  background: #f7f8fa;
  border-radius: 0 6px 6px 0;
  color: var(--text);
}
/* Clamped on an inner box: clamping the padded one lets a third line show through its padding. */
.quote-text {
  display: -webkit-box;
  -webkit-line-clamp: 2;
  -webkit-box-orient: vertical;
  overflow: hidden;
  overflow-wrap: anywhere;
}
.context-empty { margin: 4px 0 0; color: var(--muted); }

.search { padding: 10px 12px 8px; }
.search input {
  width: 100%;
  height: 30px;
  padding: 0 10px;
  border: 1px solid #d0d5dd;
  border-radius: 7px;
  font: inherit;
  color: inherit;
  background: #fff;
}
.search input::placeholder { color: var(--faint); }
.search input:focus-visible { outline: 2px solid var(--accent); outline-offset: -1px; border-color: transparent; }

.list { list-style: none; margin: 0; padding: 0 6px 6px; }
.list.stale { opacity: 0.55; }
.option {
  padding: 8px 8px 8px 10px;
  border-radius: 8px;
  cursor: pointer;
  border: 1px solid transparent;
}
.option + .option { margin-top: 2px; }
.option:hover { background: #f7f8fa; }
.option[aria-selected="true"] { background: var(--accent-soft); border-color: #d6e2fc; }
.option[aria-selected="true"] .tag { background: #fff; }
.option:focus-visible { outline: 2px solid var(--accent); outline-offset: -1px; }
.option-title { font-weight: 600; overflow-wrap: anywhere; }
.option-pack { font-size: 11px; opacity: 0.75; overflow-wrap: anywhere; }
.option-body {
  margin-top: 2px;
  color: var(--muted);
  font-size: 12px;
  display: -webkit-box;
  -webkit-line-clamp: 2;
  -webkit-box-orient: vertical;
  overflow: hidden;
  overflow-wrap: anywhere;
  white-space: pre-line;
}
.tags { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 5px; }
.tag {
  font-size: 11px;
  line-height: 16px;
  padding: 0 6px;
  border-radius: 999px;
  background: #f2f4f7;
  color: var(--muted);
}

.state { margin: 0 12px 10px; padding: 10px; border-radius: 8px; color: var(--muted); background: #f7f8fa; }
.state.error { color: var(--danger); background: var(--danger-soft); }
.panel > .state:first-child { margin-top: 12px; }
.state-row { display: flex; align-items: center; gap: 8px; }
.spinner {
  flex: none;
  width: 14px;
  height: 14px;
  border-radius: 50%;
  border: 2px solid #d0d5dd;
  border-top-color: var(--accent);
  animation: spin 0.8s linear infinite;
}
@keyframes spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .spinner { animation-duration: 2.4s; } }

.button {
  font: inherit;
  font-weight: 600;
  height: 28px;
  padding: 0 12px;
  border-radius: 7px;
  border: 1px solid #d0d5dd;
  background: #fff;
  color: var(--text);
  cursor: pointer;
}
.button:hover { background: #f7f8fa; }
.button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
.button.primary:hover { background: #2559c9; }
.button:disabled { opacity: 0.45; cursor: not-allowed; }
.link-button {
  font: inherit;
  font-size: 12px;
  border: 0;
  background: none;
  color: var(--accent);
  padding: 2px 0;
  cursor: pointer;
  text-align: left;
}
.link-button:hover { text-decoration: underline; }

.fill { margin: 0 12px 10px; padding: 10px; border: 1px solid var(--line); border-radius: 8px; }
.fill-title { font-weight: 600; }
.fill-reply { color: var(--muted); font-size: 12px; margin-bottom: 8px; }
.field { display: block; margin-top: 8px; }
.field-label { display: flex; justify-content: space-between; gap: 8px; font-size: 12px; color: var(--muted); margin-bottom: 3px; }
.field-code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 11px; color: var(--faint); }
.field input {
  width: 100%;
  height: 28px;
  padding: 0 8px;
  border: 1px solid #d0d5dd;
  border-radius: 6px;
  font: inherit;
  color: inherit;
}
.field input:focus-visible { outline: 2px solid var(--accent); outline-offset: -1px; border-color: transparent; }
.preview-label { margin-top: 10px; font-size: 11px; color: var(--faint); text-transform: uppercase; letter-spacing: 0.04em; }
.preview { margin: 3px 0 0; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 12px; max-height: 7.5em; overflow-y: auto; }
.preview mark { background: var(--warn-soft); color: var(--warn); border-radius: 3px; padding: 0 2px; }
.fill-actions { display: flex; align-items: center; gap: 8px; margin-top: 10px; flex-wrap: wrap; }
.fill-hint { font-size: 11px; color: var(--faint); margin-top: 6px; }

.notice { margin: 0 12px 10px; padding: 8px 10px; border-radius: 8px; font-weight: 500; }
.notice.inserted { background: var(--ok-soft); color: var(--ok); }
.notice.copied { background: var(--warn-soft); color: var(--warn); }
.notice.failed { background: var(--danger-soft); color: var(--danger); }
.notice textarea { display: block; width: 100%; margin-top: 6px; font: 12px/1.4 inherit; min-height: 60px; resize: vertical; }

.footer { padding: 6px 12px 8px; border-top: 1px solid var(--line); font-size: 11px; color: var(--faint); position: sticky; bottom: 0; background: #fff; }

.chip {
  display: inline-flex;
  align-items: center;
  gap: 6px;
  height: 32px;
  padding: 0 12px 0 8px;
  border-radius: 999px;
  border: 1px solid var(--line);
  background: #fff;
  box-shadow: 0 4px 14px rgba(16, 24, 40, 0.14);
  font: inherit;
  font-weight: 600;
  color: var(--text);
  cursor: pointer;
  white-space: nowrap;
}
.chip:hover { border-color: #c7d7fb; }
.chip-count { min-width: 18px; height: 18px; padding: 0 5px; border-radius: 999px; background: var(--accent-soft); color: var(--accent); font-size: 11px; display: grid; place-items: center; }
.chip-findings, .chip-timer { display: inline-flex; align-items: center; gap: 3px; height: 18px; padding: 0 6px; border-radius: 999px; font-size: 11px; }
.chip-findings svg { width: 11px; height: 11px; }
.chip-findings.warn, .chip-timer.warning { background: var(--warn-soft); color: var(--warn); }
.chip-findings.blocked, .chip-timer.breached { background: var(--danger-soft); color: var(--danger); }
.chip-timer.ok { background: var(--ok-soft); color: var(--ok); }
` + TONE_CSS + THREAD_CSS + SLA_TIMER_CSS + IDEAS_CSS + CRISIS_CSS;
