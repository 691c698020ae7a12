import type { Texts } from '../../translate';
import type { ideaPanel as ru } from '../ru/ideaPanel';

/** Texts of the panel's ideas parts: "save as idea" and the "we did it" reply (also its text, in the thread's language). */
export const ideaPanel: Texts<typeof ru> = {
  saveIdea: 'Save as idea',
  saveIdeaHint: "Save this customer's request to the ideas list",
  ideaSaving: 'Saving…',
  ideaCreated: 'Saved to ideas',
  ideaMerged: 'Merged with an existing idea — {n} askers',
  ideaAlready: 'This thread is already in that idea — {n} askers',
  ideaFailed: 'The idea was not saved: {error}',
  doneDraftTitle: 'You asked, we did it',
  doneDraftLead: "The customer's idea is done; a reply is ready:",
  doneDraftInsert: 'Insert',
  doneDraftDismiss: 'Dismiss',
  doneDraftInserted: 'Inserted into the reply',
  doneDraftText: 'You asked, we did it: {what}. Thank you for the idea!',
};
