import { useEffect, useState } from 'react';
import { lang, t } from './i18n';
// The shared base first: each section's own CSS (imported by ./sections) must come after it.
import './options.css';
import { SECTIONS, sectionById } from './sections';
import { RootErrorBoundary } from './RootErrorBoundary';
import { StorageProblemsBanner } from './StorageProblemsBanner';
import { ManagedPolicyProblem } from './ui/ManagedLock';
import { Toasts } from './ui/Toasts';

const sectionFromHash = () => sectionById(location.hash.replace(/^#\/?/, ''));

/** The dashboard shell: navigation on the left, the chosen section on the right. */
export function App() {
  const [section, setSection] = useState(sectionFromHash);

  useEffect(() => {
    document.documentElement.lang = lang;
    const onHash = () => setSection(sectionFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.title = `${t(section.label)} · TrustOps`;
  }, [section]);

  const { Component } = section;
  return (
    <div className="app">
      <div className="nav-column">
        <nav className="nav" aria-label={t('navLabel')}>
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              T
            </span>
            <span>
              <span className="brand-name">{t('appTitle')}</span>
              <span className="brand-tagline">{t('appTagline')}</span>
            </span>
          </div>
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                {/* Links keep the section in the address, so reload and back/forward work. */}
                <a href={`#${s.id}`} className="nav-link" aria-current={s.id === section.id ? 'page' : undefined}>
                  <span className="nav-icon" aria-hidden="true">
                    {s.icon}
                  </span>
                  {t(s.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <main className="main">
        <StorageProblemsBanner />
        <ManagedPolicyProblem />
        {/* A section that fails to render leaves the navigation and the banner working. */}
        <RootErrorBoundary key={section.id} lang={lang}>
          <Component />
        </RootErrorBoundary>
      </main>
      <Toasts />
    </div>
  );
}
