import { useEffect, useRef, type CSSProperties, type KeyboardEvent, type Ref } from 'react';
import { useT } from './i18n';
import { CrisisBanner } from './crisis/CrisisBanner';
import { DoneDrafts } from './ideas/DoneDrafts';
import { SaveIdea } from './ideas/SaveIdea';
import { MessageContext } from './suggest/MessageContext';
import { Notice } from './suggest/Notice';
import { closePanel } from './panel-actions';
import { PanelHeader } from './PanelHeader';
import { PlaceholderForm } from './suggest/PlaceholderForm';
import { SearchBox } from './suggest/SearchBox';
import { setOverlay } from './store';
import { setSuggest, useSuggest } from './suggest/store';
import { SuggestionList } from './suggest/SuggestionList';
import { MarkupNotice } from './thread/MarkupNotice';
import { useThread } from './thread/store';
import { ThreadLine } from './thread/ThreadLine';
import { ThreadSla } from './thread/ThreadSla';
import { ToneSection } from './tone/ToneSection';
import { useOverlay } from './useOverlay';

interface Props {
  style: CSSProperties;
  measureRef: Ref<HTMLDivElement>;
}

export function Panel({ style, measureRef }: Props) {
  const t = useT();
  const filling = useSuggest((s) => s.filling);
  const focusRequested = useOverlay((s) => s.focusRequested);
  const threadId = useThread((s) => s.threadId);
  const sectionRef = useRef<HTMLElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const options = () => Array.from(listRef.current?.querySelectorAll<HTMLElement>('[role="option"]') ?? []);
  const focusOption = (index: number) => {
    setSuggest({ activeIndex: index });
    options()[index]?.focus();
  };
  /** A held send's safe choice first; else the active suggestion if there is one, else the search box. */
  const focusInside = () => {
    const held = sectionRef.current?.querySelector<HTMLElement>('[data-autofocus]');
    if (held) return held.focus();
    const active = options().find((o) => o.getAttribute('aria-selected') === 'true') ?? options()[0];
    (active ?? searchRef.current)?.focus();
  };

  // The shortcut asks for focus: the active suggestion, or the search box while there is none.
  // Deferred a frame: a panel that just opened is still hidden (unmeasured), and hidden elements
  // cannot take focus.
  useEffect(() => {
    if (!focusRequested) return;
    const frame = requestAnimationFrame(() => {
      setOverlay({ focusRequested: false });
      focusInside();
    });
    return () => cancelAnimationFrame(frame);
  }, [focusRequested]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    closePanel({ returnFocus: true });
  };

  return (
    <section
      ref={sectionRef}
      className="surface panel"
      style={style}
      data-testid="trustops-panel"
      data-thread-id={threadId}
      role="dialog"
      aria-labelledby="trustops-panel-title"
      onKeyDown={onKeyDown}
    >
      <div ref={measureRef} data-measure="panel">
        <PanelHeader />
        <MarkupNotice />
        <CrisisBanner />
        {/* The draft's findings (and a held send) first: they need acting on now. Then the thread. */}
        <ToneSection />
        <ThreadLine />
        <ThreadSla />
        <DoneDrafts />
        <MessageContext />
        <SaveIdea />
        <SearchBox inputRef={searchRef} onEnterList={() => (options().length ? focusOption(0) : undefined)} />
        {filling ? (
          <PlaceholderForm filling={filling} onCancel={() => requestAnimationFrame(focusInside)} />
        ) : (
          <SuggestionList listRef={listRef} focusOption={focusOption} onLeaveUp={() => searchRef.current?.focus()} />
        )}
        <Notice />
        <div className="footer" aria-hidden="true">{t('keyboardHint')}</div>
      </div>
    </section>
  );
}
