import { find as linkifyFind } from 'linkifyjs';

export interface LinkSpan {
  type: 'url' | 'email';
  start: number;
  end: number;
  /** As written in the draft. */
  value: string;
  /** Lower-case host name without "www." (for e-mails: the part after "@"). */
  host: string;
}

// Only whitespace-free chunks with a dot/@ between word characters or a "scheme://" can hold a
// link, so linkify runs on those few chunks instead of the whole draft (it is the slowest step).
const LINK_CANDIDATE = /\S*(?:[\p{L}\p{N}_-][.@][\p{L}\p{N}]|:\/\/)\S*/gu;

export function findLinks(text: string): LinkSpan[] {
  const links: LinkSpan[] = [];
  for (const chunk of text.matchAll(LINK_CANDIDATE)) {
    const offset = chunk.index;
    for (const found of linkifyFind(chunk[0])) {
      if (found.type !== 'url' && found.type !== 'email') continue;
      const host = hostOf(found.type, found.href);
      if (!host) continue;
      links.push({ type: found.type, start: offset + found.start, end: offset + found.end, value: found.value, host });
    }
  }
  return links;
}

function hostOf(type: 'url' | 'email', href: string): string {
  if (type === 'email') return href.slice(href.lastIndexOf('@') + 1).toLowerCase();
  const match = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/?#]*@)?([^/?#:]+)/i.exec(href);
  return (match?.[1] ?? '').toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
}

/** True when `host` is one of `domains` or a subdomain of one. */
export function isHostAllowed(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => host === domain || host.endsWith('.' + domain));
}
