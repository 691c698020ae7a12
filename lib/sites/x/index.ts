import { defineSite } from '../shared/surface';
import { xDm } from './dm';
import { xStatus } from './status';
import { catalogClaims } from '../site-claim';

/** X / Twitter: a post's replies on `/<user>/status/<id>`, legacy DMs and the new chat. */
export const xAdapter = defineSite({
  id: 'x',
  matches: (url) => catalogClaims('x', url),
  surfaces: [xStatus, xDm],
});
