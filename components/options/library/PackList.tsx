import type { PackRecord } from '../../../lib/schema/storage';
import { plural, t } from '../i18n';
import { EmptyState } from '../ui/EmptyState';
import { setPackEnabled } from './actions';
import { useLibrary } from './store';

const SOURCE_LABEL = { local: 'sourceLocal', file: 'sourceFile', subscription: 'sourceSubscription' } as const;

/** The packs column: "all packs", then each pack with its size, source and on/off switch. */
export function PackList({ replyCounts }: { replyCounts: ReadonlyMap<string, number> }) {
  const packs = useLibrary((s) => s.packs);
  const selected = useLibrary((s) => s.selectedPackId);
  const selectPack = useLibrary((s) => s.selectPack);
  const openDialog = useLibrary((s) => s.openDialog);
  const total = [...replyCounts.values()].reduce((a, b) => a + b, 0);

  return (
    <section className="card packs" aria-labelledby="packs-title">
      <header className="card-header">
        <h2 id="packs-title">{t('packsTitle')}</h2>
        <button type="button" className="button button-small" onClick={() => openDialog({ kind: 'create-pack' })}>
          + {t('newPack')}
        </button>
      </header>
      <ul className="pack-list">
        <li className="pack-row">
          <button
            type="button"
            className="pack-select"
            aria-current={selected === null ? 'true' : undefined}
            onClick={() => selectPack(null)}
          >
            <span className="pack-name">{t('allPacks')}</span>
            <span className="pack-meta">{plural('replies', total)}</span>
          </button>
        </li>
        {packs.map((pack) => (
          <PackRow
            key={pack.id}
            pack={pack}
            replies={replyCounts.get(pack.id) ?? 0}
            selected={selected === pack.id}
            onSelect={() => selectPack(pack.id)}
          />
        ))}
      </ul>
      {packs.length === 0 && (
        <EmptyState
          testId="packs-empty"
          text={t('noPacks')}
          action={
            // The file chooser of the import card above: one click from the empty list.
            <button type="button" className="button button-small button-primary" onClick={() => document.getElementById('import-file')?.click()}>
              {t('emptyImportPack')}
            </button>
          }
        />
      )}
    </section>
  );
}

function PackRow({ pack, replies, selected, onSelect }: { pack: PackRecord; replies: number; selected: boolean; onSelect: () => void }) {
  return (
    <li className={pack.enabled ? 'pack-row' : 'pack-row pack-disabled'} data-testid="pack-item">
      <button type="button" className="pack-select" aria-current={selected ? 'true' : undefined} onClick={onSelect}>
        <span className="pack-name">{pack.name}</span>
        <span className="pack-meta">
          {t(SOURCE_LABEL[pack.source])} · {plural('replies', replies)}
          {!pack.enabled && ` · ${t('packOff')}`}
        </span>
      </button>
      <label className="switch" title={t('packEnabled', { name: pack.name })}>
        <input
          type="checkbox"
          role="switch"
          checked={pack.enabled}
          aria-label={t('packEnabled', { name: pack.name })}
          onChange={(event) => void setPackEnabled(pack, event.target.checked)}
        />
        <span className="switch-track" aria-hidden="true" />
      </label>
    </li>
  );
}
