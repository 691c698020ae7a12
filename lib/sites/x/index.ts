import { defineSite } from '../shared/surface';
import { xDm } from './dm';
import { xStatus } from './status';

const X_HOSTS = /^(?:(?:www|mobile)\.)?(?:x|twitter)\.com$/;

/** X / Twitter: a post's replies on `/<user>/status/<id>`, legacy DMs and the new chat. */
export const xAdapter = defineSite({
  id: 'x',
  matches: (url) => X_HOSTS.test(url.hostname),
  surfaces: [xStatus, xDm],
});
