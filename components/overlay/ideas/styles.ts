/** The panel's ideas parts: "save as idea" under the quoted message, and the "we did it" replies. */
export const IDEAS_CSS = /* css */ `
.idea-save { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; padding: 4px 12px 0; font-size: 12px; }
.idea-save-result { color: var(--ok); font-size: 12px; }
.idea-save-result.failed { color: var(--danger); }
.idea-drafts { margin: 10px 12px 0; display: grid; gap: 8px; }
.idea-draft { padding: 8px 10px; border-radius: 8px; background: var(--ok-soft); border: 1px solid #abefc6; }
.idea-draft-text { margin: 4px 0 6px; white-space: pre-wrap; overflow-wrap: anywhere; }
.idea-draft-actions { display: flex; gap: 6px; align-items: center; }
`;
