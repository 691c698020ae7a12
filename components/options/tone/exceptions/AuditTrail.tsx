import { useState } from 'react';
import type { AuditRecord } from '../../../../lib/schema/storage';
import { lang, t } from '../../i18n';
import { categoryText } from '../labels';
import { useTone } from '../store';

const PAGE = 100;

/** Only web addresses become links; anything else recorded as a URL stays text. */
function SiteLink({ url }: { url: string }) {
  let safe = false;
  try {
    safe = ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    safe = false;
  }
  return safe ? (
    <a href={url} target="_blank" rel="noreferrer noopener" className="audit-url">
      {url}
    </a>
  ) : (
    <span className="audit-url">{url}</span>
  );
}

const categoriesOf = (record: AuditRecord) => [...new Set(record.findings.map((f) => f.category))];

/** Every "send anyway" past a blocking finding: when, in which thread and page, over what. */
export function AuditTrail() {
  const audit = useTone((s) => s.audit);
  const [limit, setLimit] = useState(PAGE);
  const shown = audit.slice(0, limit);
  return (
    <section className="card" aria-labelledby="audit-title">
      <header className="card-header">
        <div>
          <h2 id="audit-title">{t('auditTitle')}</h2>
          <p className="card-meta">{t('auditLead')}</p>
        </div>
      </header>
      {audit.length === 0 ? (
        <p className="empty">{t('auditEmpty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="rule-table audit-table">
            <thead>
              <tr>
                <th scope="col">{t('auditTime')}</th>
                <th scope="col">{t('auditThread')}</th>
                <th scope="col">{t('auditSite')}</th>
                <th scope="col">{t('auditCategories')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((record) => (
                <tr key={record.id ?? record.at} data-testid="audit-item">
                  <td className="nowrap">{new Date(record.at).toLocaleString(lang, { dateStyle: 'short', timeStyle: 'short' })}</td>
                  <td>
                    <code>{record.threadId || '—'}</code>
                  </td>
                  <td>
                    <SiteLink url={record.url} />
                  </td>
                  <td>
                    {categoriesOf(record).map((category) => (
                      <span key={category} className="audit-category" data-category={category} title={category}>
                        {categoryText(category)}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {audit.length > shown.length && (
        <button type="button" className="button show-more" onClick={() => setLimit((n) => n + PAGE)}>
          {t('showMore', { n: Math.min(PAGE, audit.length - shown.length).toLocaleString(lang) })}
        </button>
      )}
    </section>
  );
}
