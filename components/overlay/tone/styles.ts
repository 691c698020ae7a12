/** The tone part of the overlay's CSS (status pill, findings, held send, strip); appended to OVERLAY_CSS. */
export const TONE_CSS = /* css */ `
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }

.tone-status {
  flex: none;
  display: inline-flex;
  align-items: center;
  gap: 3px;
  height: 20px;
  padding: 0 6px 0 5px;
  border-radius: 999px;
  font-size: 11px;
  font-weight: 600;
  white-space: nowrap;
}
.tone-status.clean { background: var(--ok-soft); color: var(--ok); }
.tone-status.warn { background: var(--warn-soft); color: var(--warn); }
.tone-status.blocked { background: var(--danger-soft); color: var(--danger); }
.tone-status svg { width: 12px; height: 12px; flex: none; }
.chip .tone-status { height: 18px; }

.tone { padding: 6px 8px 2px; border-bottom: 1px solid var(--line); }
.tone-tools { display: flex; align-items: center; justify-content: flex-end; gap: 8px; margin-bottom: 4px; }
.fix-all-done { flex: 1; min-width: 0; display: inline-flex; flex-wrap: wrap; align-items: baseline; gap: 2px 8px; font-size: 12px; color: var(--ok); font-weight: 600; }
/* Capped with its own scroll: eight findings must not push the suggestions and the timer out of view. */
.finding-scroll { max-height: min(184px, 30vh); overflow-y: auto; overscroll-behavior: contain; margin: 0 -4px; padding: 0 4px; }
/* In the strip the strip itself is the (capped) scroll box: one scroll, not two nested. */
.strip .finding-scroll { max-height: none; overflow: visible; }
.finding-groups { list-style: none; margin: 0; padding: 0; }
.finding-group { margin-bottom: 6px; }
.finding-group:last-child { margin-bottom: 2px; }
.group-head { display: flex; align-items: center; gap: 6px; padding: 0 2px 2px; font-size: 11px; font-weight: 700; color: var(--muted); }
.group-name { min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.group-count { flex: none; min-width: 18px; height: 16px; padding: 0 5px; border-radius: 999px; background: var(--accent-soft); color: var(--accent); text-align: center; line-height: 16px; }
.finding-group.block .group-count { background: var(--danger-soft); color: var(--danger); }
.finding-group.warn .group-count { background: var(--warn-soft); color: var(--warn); }
.findings { list-style: none; margin: 0; padding: 0; }
.finding {
  position: relative;
  padding: 0 4px 0 8px;
  border-radius: 6px;
  background: #f7f8fa;
  margin-bottom: 2px;
}
.finding::before { content: ""; position: absolute; left: 0; top: 4px; bottom: 4px; width: 3px; border-radius: 3px; background: var(--accent); }
.finding.block { background: var(--danger-soft); }
.finding.block::before { background: var(--danger); }
.finding.warn { background: var(--warn-soft); }
.finding.warn::before { background: #dc6803; }
.finding-line { display: flex; align-items: center; gap: 6px; min-height: 28px; }
.finding-toggle {
  flex: 1; min-width: 0; display: flex; align-items: center; gap: 6px;
  padding: 4px 0; border: 0; background: none; font: inherit; color: inherit; text-align: left; cursor: pointer;
}
.finding-toggle:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; border-radius: 4px; }
.severity { flex: none; display: inline-grid; place-items: center; width: 16px; height: 16px; color: var(--accent); }
.severity svg { width: 14px; height: 14px; }
.severity.block { color: var(--danger); }
.severity.warn { color: var(--warn); }
.finding-words { flex: none; max-width: 42%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-size: 12px; font-weight: 700; background: none; color: var(--text); }
.finding-message { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-size: 12px; color: var(--muted); }
.finding.open .finding-message { visibility: hidden; }
.finding-chevron { flex: none; display: inline-grid; place-items: center; width: 14px; height: 14px; color: var(--muted); transition: transform 0.12s; }
.finding-chevron svg { width: 12px; height: 12px; }
.finding.open .finding-chevron { transform: rotate(90deg); }
.finding-toggle:hover .finding-message, .finding-toggle:hover .finding-chevron { color: var(--text); }
.fix {
  flex: none; display: grid; place-items: center; width: 26px; height: 22px; padding: 0;
  border: 1px solid #b9cdf6; border-radius: 6px; background: #fff; color: var(--accent); cursor: pointer;
}
.fix svg { width: 14px; height: 14px; }
.fix:hover { background: var(--accent-soft); border-color: var(--accent); }
.button.small.fix-named { display: block; margin-top: 6px; height: auto; min-height: 24px; padding: 3px 8px; white-space: normal; text-align: left; overflow-wrap: anywhere; }
.finding-details { padding: 0 0 6px 22px; }
.finding-full { margin: 0; font-size: 12px; overflow-wrap: anywhere; }
.finding-excerpt { margin: 4px 0 0; font-size: 12px; color: var(--muted); overflow-wrap: anywhere; }
.excerpt-match { background: rgba(240, 68, 56, 0.14); color: var(--text); border-radius: 3px; padding: 0 2px; text-decoration: underline wavy var(--danger); text-underline-offset: 2px; }
.finding.warn .excerpt-match { background: rgba(247, 144, 9, 0.16); text-decoration-color: #dc6803; }
.finding.info .excerpt-match { background: var(--accent-soft); text-decoration-color: var(--accent); }
.finding-details .ignore { margin-top: 6px; }
/* Stuck to the bottom of whatever scrolls (the strip, a short panel), so the cue itself is never cut off. */
.findings-more {
  position: sticky; bottom: 0; z-index: 1;
  display: flex; align-items: center; gap: 4px; width: 100%; margin: 2px 0 6px; padding: 3px 6px;
  border: 1px solid #d6e2fc; border-radius: 6px; background: var(--accent-soft); color: var(--accent);
  font: inherit; font-size: 12px; font-weight: 600; text-align: left; cursor: pointer;
  box-shadow: 0 -6px 8px -4px rgba(16, 24, 40, 0.12);
}
.findings-more:hover { background: #e1eafd; }
.findings-more-arrow { margin-left: auto; }
.ignore { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 2px 8px; font-size: 12px; color: var(--faint); }
.button.small { height: 24px; padding: 0 8px; font-size: 12px; font-weight: 600; max-width: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.button.danger { border-color: var(--danger); color: var(--danger); }
.button.danger:hover { background: var(--danger-soft); }

.held { margin-bottom: 8px; padding: 8px; border-radius: 8px; border: 1px solid #fecdca; background: #fff; }
.held-title { font-weight: 700; color: var(--danger); }
.held-reason { margin-top: 2px; font-size: 12px; color: var(--text); }
.held-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.held-actions .button { height: 26px; padding: 0 8px; font-size: 12px; }
.held-hint { margin-top: 6px; font-size: 11px; color: var(--faint); }
.held-error { margin-top: 6px; font-size: 12px; font-weight: 600; color: var(--danger); }
.tone .notice { margin: 0 0 8px; }

.strip {
  background: #fff;
  border: 1px solid var(--line);
  border-radius: 10px;
  box-shadow: 0 8px 24px rgba(16, 24, 40, 0.14);
  overflow-y: auto;
  overscroll-behavior: contain;
}
.strip-head { display: flex; align-items: center; gap: 8px; padding: 6px 8px 0 10px; }
.strip-title { flex: 1; font-weight: 600; font-size: 12px; color: var(--muted); }
.strip .tone { border-bottom: 0; }
`;
