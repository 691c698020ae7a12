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
.tone-tools { display: flex; justify-content: flex-end; margin-bottom: 4px; }
.finding-groups { list-style: none; margin: 0; padding: 0; }
.finding-group { margin-bottom: 6px; }
.group-head { display: flex; align-items: center; gap: 6px; padding: 0 2px 2px; font-size: 11px; font-weight: 700; color: var(--muted); }
.group-name { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.group-count { flex: none; min-width: 18px; height: 16px; padding: 0 5px; border-radius: 999px; background: var(--accent-soft); color: var(--accent); text-align: center; line-height: 16px; }
.finding-group.block .group-count { background: var(--danger-soft); color: var(--danger); }
.finding-group.warn .group-count { background: var(--warn-soft); color: var(--warn); }
.findings { list-style: none; margin: 0; padding: 0; }
.finding {
  position: relative;
  padding: 2px 4px 2px 10px;
  border-radius: 6px;
  background: #f7f8fa;
  margin-bottom: 2px;
}
.finding::before { content: ""; position: absolute; left: 0; top: 4px; bottom: 4px; width: 3px; border-radius: 3px; background: var(--accent); }
.finding.block { background: var(--danger-soft); }
.finding.block::before { background: var(--danger); }
.finding.warn { background: var(--warn-soft); }
.finding.warn::before { background: #dc6803; }
.finding-line { display: flex; align-items: center; gap: 6px; min-height: 26px; }
.finding-toggle {
  flex: 1; min-width: 0; display: flex; align-items: baseline; gap: 6px;
  padding: 3px 0; border: 0; background: none; font: inherit; color: inherit; text-align: left; cursor: pointer;
}
.finding-toggle:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; border-radius: 4px; }
.severity { flex: none; font-size: 10px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; color: var(--accent); }
.finding.block .severity { color: var(--danger); }
.finding.warn .severity { color: var(--warn); }
.finding-words { flex: none; max-width: 45%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-size: 12px; font-weight: 600; background: none; color: var(--text); }
.finding-message { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-size: 12px; color: var(--muted); }
.finding.open .finding-message { display: none; }
.button.small.fix { flex: none; height: 22px; }
.finding-details { padding: 2px 0 6px; }
.finding-full { margin: 0; font-size: 12px; overflow-wrap: anywhere; }
.finding-excerpt { margin: 4px 0 0; font-size: 12px; color: var(--muted); overflow-wrap: anywhere; }
.excerpt-match { background: rgba(240, 68, 56, 0.14); color: var(--text); border-radius: 3px; padding: 0 2px; text-decoration: underline wavy var(--danger); text-underline-offset: 2px; }
.finding.warn .excerpt-match { background: rgba(247, 144, 9, 0.16); text-decoration-color: #dc6803; }
.finding.info .excerpt-match { background: var(--accent-soft); text-decoration-color: var(--accent); }
.finding-fix-preview { margin: 4px 0 0; font-size: 12px; color: var(--text); overflow-wrap: anywhere; }
.finding-details .ignore { margin-top: 4px; }
.findings-more { display: block; margin: 0 0 6px 2px; font-size: 12px; }
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
