/**
 * CSS of the SLA timer, for the overlay's shadow root (add it next to OVERLAY_CSS). Every class is
 * prefixed `sla-` so it cannot collide with the panel's own classes; colours follow the panel's.
 */
export const SLA_TIMER_CSS = /* css */ `
.sla-timer {
  --sla-accent: #2f6fed;
  --sla-text: #1b1f24;
  --sla-muted: #5b6472;
  --sla-line: #e3e6ea;
  --sla-ok: #067647;
  --sla-ok-soft: #ecfdf3;
  --sla-warn: #93370d;
  --sla-warn-soft: #fffaeb;
  --sla-bad: #b42318;
  --sla-bad-soft: #fef3f2;
  display: grid;
  gap: 6px;
  padding: 8px 12px;
  border-bottom: 1px solid var(--sla-line);
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--sla-text);
}
.sla-timer *, .sla-timer *::before, .sla-timer *::after { box-sizing: border-box; }
.sla-timer :focus-visible { outline: 2px solid var(--sla-accent); outline-offset: 1px; }

.sla-status { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.sla-left {
  display: inline-flex;
  align-items: center;
  gap: 6px;
  padding: 2px 9px;
  border-radius: 999px;
  font-weight: 600;
  background: var(--sla-ok-soft);
  color: var(--sla-ok);
}
.sla-left::before { content: ""; width: 7px; height: 7px; border-radius: 50%; background: currentColor; }
.sla-warning .sla-left { background: var(--sla-warn-soft); color: var(--sla-warn); }
.sla-breached .sla-left { background: var(--sla-bad-soft); color: var(--sla-bad); }
.sla-snoozed .sla-left, .sla-idle .sla-left { background: #f2f4f7; color: var(--sla-muted); }
.sla-snoozed .sla-left::before, .sla-idle .sla-left::before { background: #98a2b3; }
.sla-note { color: var(--sla-muted); }
.sla-route { color: var(--sla-accent); }

.sla-info {
  margin-left: auto;
  width: 20px;
  height: 20px;
  display: grid;
  place-items: center;
  padding: 0;
  border: 1px solid var(--sla-line);
  border-radius: 50%;
  background: #fff;
  color: var(--sla-muted);
  font: 600 11px/1 Georgia, serif;
  cursor: pointer;
}
.sla-info[aria-expanded="true"] { border-color: var(--sla-accent); color: var(--sla-accent); }
.sla-terms { margin: 0; padding: 6px 8px; list-style: none; border-radius: 6px; background: #f7f8fa; color: var(--sla-muted); }
.sla-terms li + li { margin-top: 2px; }

.sla-actions, .sla-choices { display: flex; flex-wrap: wrap; gap: 4px; }
.sla-choices { padding: 4px 6px; border-radius: 6px; background: #eef3fe; }
.sla-button {
  padding: 2px 8px;
  border: 1px solid #d0d5dd;
  border-radius: 6px;
  background: #fff;
  color: var(--sla-text);
  font: inherit;
  cursor: pointer;
  white-space: nowrap;
}
.sla-button:hover { background: #f7f8fa; }
.sla-button[aria-expanded="true"], .sla-button[aria-pressed="true"] { border-color: var(--sla-accent); color: var(--sla-accent); background: #eef3fe; }
.sla-quiet { border-color: transparent; background: transparent; color: #3a4352; padding: 2px 5px; }
.sla-primary { border-color: var(--sla-accent); background: var(--sla-accent); color: #fff; }
.sla-primary:hover { background: #245ad0; }
.sla-snoozed .sla-status { opacity: 0.7; }

.sla-sr {
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  overflow: hidden !important;
  clip: rect(0 0 0 0) !important;
  white-space: nowrap !important;
}
`;
