import type { Draft } from '../draft';
import { isHostAllowed } from '../links';
import { say } from '../lexicon';
import type { DetectContext, RawFinding } from '../types';

/** Link shorteners hide where a link leads; they are unknown unless the brand allows them. */
export const SHORTENERS = new Set([
  'bit.ly', 'bitly.com', 'clck.ru', 'goo.gl', 'forms.gle', 'tinyurl.com', 't.co', 'ow.ly', 'is.gd', 'cutt.ly',
  'vk.cc', 'u.to', 'rebrand.ly', 'shorturl.at', 'tiny.cc', 'buff.ly', 'lnkd.in', 'rb.gy', 'surl.li', 't.ly',
  'qps.ru', 'goo.su', 'v.gd', 'shorturl.com', 'y2u.be', 'amzn.to', 'fb.me', 'clc.to', 'l.wl.co',
]);

export function detectUnknownLinks(draft: Draft, ctx: DetectContext): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const link of draft.links) {
    if (link.type !== 'url' || isHostAllowed(link.host, ctx.profile.allowedDomains)) continue;
    const shortener = SHORTENERS.has(link.host);
    findings.push({
      ruleId: shortener ? 'link.unknown:shortener' : 'link.unknown',
      category: 'link.unknown',
      start: link.start,
      end: link.end,
      message: shortener
        ? say(
            ctx.messageLang,
            `Сокращённая ссылка (${link.host}) скрывает адрес: дайте полную ссылку на сайт бренда.`,
            `A shortened link (${link.host}) hides where it leads: give the full link on the brand's site.`,
          )
        : say(
            ctx.messageLang,
            `Ссылка на ${link.host} — домен не из списка разрешённых.`,
            `A link to ${link.host}, a domain outside the allowed list.`,
          ),
    });
  }
  return findings;
}
