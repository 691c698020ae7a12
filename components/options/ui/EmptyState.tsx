import type { ReactNode } from 'react';

interface EmptyStateProps {
  /** One sentence: what is missing and what to do next. */
  text: string;
  /** The next step, when the page has one: a button or a link. */
  action?: ReactNode;
  testId?: string;
}

/** An empty list that says what to do next, with the action beside the sentence. */
export function EmptyState({ text, action, testId }: EmptyStateProps) {
  return (
    <div className="empty empty-state" data-testid={testId}>
      <p>{text}</p>
      {action}
    </div>
  );
}
