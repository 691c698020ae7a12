import type { KeyboardEvent } from 'react';
import type { SuggestedReply } from '../../../lib/schema/messages';

interface Props {
  reply: SuggestedReply;
  index: number;
  active: boolean;
  onChoose: (reply: SuggestedReply) => void;
  onFocus: (index: number) => void;
}

/** One suggested reply: title, a two-line preview of the body, tags. Imported text is rendered as text only. */
export function SuggestionOption({ reply, index, active, onChoose, onFocus }: Props) {
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if ((event.key === 'Enter' || event.key === ' ') && !event.nativeEvent.isComposing) {
      event.preventDefault();
      onChoose(reply);
    }
  };
  return (
    <li
      id={`trustops-option-${index}`}
      role="option"
      aria-selected={active}
      tabIndex={active ? 0 : -1}
      className="option"
      data-testid="trustops-suggestion"
      data-reply-id={reply.id}
      onClick={() => onChoose(reply)}
      onKeyDown={onKeyDown}
      onFocus={() => onFocus(index)}
    >
      <div className="option-title">{reply.title}</div>
      {reply.packName && <div className="option-pack" data-testid="trustops-suggestion-pack">{reply.packName}</div>}
      <div className="option-body">{reply.body}</div>
      {reply.tags.length > 0 && (
        <div className="tags">
          {reply.tags.slice(0, 4).map((tag, i) => (
            <span className="tag" key={`${i}:${tag}`}>{tag}</span>
          ))}
        </div>
      )}
    </li>
  );
}
