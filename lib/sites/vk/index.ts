import { defineSite } from '../shared/surface';
import { vkConvo } from './convo';
import { vkLegacy } from './legacy';
import { vkWall } from './wall';
import { catalogClaims } from '../site-claim';

/** VK: the new messenger, the legacy messenger and community wall comments. */
export const vkAdapter = defineSite({
  id: 'vk',
  matches: (url) => catalogClaims('vk', url),
  surfaces: [vkConvo, vkLegacy, vkWall],
});
