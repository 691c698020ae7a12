/**
 * Personal data out of a logged reply: the crisis log is exported and passed around for the
 * review, so phone, card and passport numbers (runs of six digits or more, spaces and dashes
 * allowed) keep their last four digits and e-mail addresses their domain.
 */
const LONG_NUMBER = /\+?\d(?:[\s().-]?\d){5,}/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu;

export function maskLoggedText(text: string): string {
  return text
    .replace(EMAIL, (_m, domain: string) => `•••@${domain}`)
    .replace(LONG_NUMBER, (run) => {
      let kept = 0;
      return Array.from(run)
        .reverse()
        .map((ch) => (/\d/.test(ch) && ++kept > 4 ? '•' : ch))
        .reverse()
        .join('');
    });
}
