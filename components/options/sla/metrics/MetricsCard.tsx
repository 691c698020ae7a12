import type { ReactNode } from 'react';

/** A titled card of the metrics page; `id` names its heading for the section's aria-labelledby. */
export function MetricsCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <header className="card-header">
        <h2 id={id}>{title}</h2>
      </header>
      <div className="sla-card-body">{children}</div>
    </section>
  );
}
