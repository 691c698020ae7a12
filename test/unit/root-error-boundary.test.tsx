// @vitest-environment happy-dom
import { act } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RootErrorBoundary } from '../../components/options/RootErrorBoundary';

/** React's act() environment flag, so state updates settle before the assertions. */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A Dexie-like failure: DatabaseClosedError wrapping the error that really closed the database. */
function Broken(): never {
  const inner = Object.assign(new Error('Data provided to an operation does not meet requirements.'), { name: 'DataError' });
  throw Object.assign(new Error('DataError Data provided to an operation does not meet requirements.'), { name: 'DatabaseClosedError', inner });
}

let container: HTMLElement;
afterEach(() => container?.remove());

function render(node: ReactNode) {
  container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(node));
  return root;
}

describe('RootErrorBoundary', () => {
  it('shows its children while nothing fails', () => {
    render(
      <RootErrorBoundary lang="en">
        <p>fine</p>
      </RootErrorBoundary>,
    );
    expect(container.textContent).toBe('fine');
  });

  for (const [lang, title, reload] of [
    ['en', 'Something broke in TrustOps', 'Reload the page'],
    ['ru', 'В TrustOps что-то сломалось', 'Перезагрузить страницу'],
  ] as const) {
    it(`replaces a page that fails to render with a message naming the underlying error (${lang})`, () => {
      const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <RootErrorBoundary lang={lang}>
          <Broken />
        </RootErrorBoundary>,
      );
      quiet.mockRestore();
      const alert = container.querySelector('[role="alert"]');
      expect(alert?.textContent).toContain(title);
      expect(alert?.textContent).toContain('DataError: Data provided to an operation does not meet requirements. (DatabaseClosedError)');
      const buttons = [...container.querySelectorAll('button')].map((b) => b.textContent);
      expect(buttons).toEqual([reload, lang === 'en' ? 'Download raw data (JSON)' : 'Скачать сырые данные (JSON)']);
    });
  }
});
