import { useMemo, useState } from 'react';
import { ideasToCsv } from '../../../lib/engine/ideas/csv';
import { IDEA_STATUSES } from '../../../lib/schema/idea';
import { downloadText } from '../library/download';
import { ImpactCostChart } from './ImpactCostChart';
import { IdeaRow, STATUS_LABEL } from './IdeaRow';
import { t } from './i18n';
import { visibleIdeas, type IdeaSort, type StatusFilter } from './sort';
import { useIdeas } from './useIdeas';
import './ideas.css';

/**
 * Customer ideas saved from the panel: one row per idea (merged near-duplicates count their askers),
 * editable tags, impact, cost and status; an impact/cost view; CSV export of what is shown.
 */
export function IdeasSection() {
  const { state, reload } = useIdeas();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [sort, setSort] = useState<IdeaSort>('askers');
  const ideas = useMemo(() => (state.status === 'ready' ? visibleIdeas(state.ideas, status, sort) : []), [state, status, sort]);

  const exportCsv = () => {
    const day = new Date().toISOString().slice(0, 10);
    downloadText(`trustops-ideas-${day}.csv`, ideasToCsv(ideas), 'text/csv;charset=utf-8');
  };

  return (
    <div className="section ideas">
      <header className="section-header ideas-header">
        <div>
          <h1>{t('title')}</h1>
          <p className="lead">{t('lead')}</p>
        </div>
        <div className="toolbar">
          <button type="button" className="button button-small" disabled={ideas.length === 0} onClick={exportCsv} data-testid="trustops-ideas-export">
            {t('exportCsv')}
          </button>
        </div>
      </header>
      {state.status === 'loading' && <p className="empty">{t('loading')}</p>}
      {state.status === 'error' && (
        <p className="import-result import-failed" role="alert">
          {t('loadFailed', { error: state.error })}
        </p>
      )}
      {state.status === 'ready' && state.ideas.length === 0 && (
        <div className="card empty" data-testid="trustops-ideas-empty">
          <p>{t('empty')}</p>
        </div>
      )}
      {state.status === 'ready' && state.ideas.length > 0 && (
        <>
          <section className="card" aria-labelledby="ideas-matrix-title">
            <header className="card-header">
              <h2 id="ideas-matrix-title">{t('matrixTitle')}</h2>
            </header>
            <div className="ideas-card-body">
              <ImpactCostChart ideas={ideas} />
            </div>
          </section>
          <div className="ideas-filters">
            <label className="idea-field">
              <span>{t('filterStatus')}</span>
              <select value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
                <option value="all">{t('filterAll')}</option>
                {IDEA_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(STATUS_LABEL[s])}
                  </option>
                ))}
              </select>
            </label>
            <label className="idea-field">
              <span>{t('sortBy')}</span>
              <select value={sort} onChange={(e) => setSort(e.target.value as IdeaSort)}>
                <option value="askers">{t('sortAskers')}</option>
                <option value="value">{t('sortValue')}</option>
                <option value="newest">{t('sortNewest')}</option>
              </select>
            </label>
          </div>
          <ul className="ideas-list" aria-label={t('title')}>
            {ideas.map((idea) => (
              <IdeaRow key={idea.id} idea={idea} reload={reload} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
