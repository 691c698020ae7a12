import { defineSite } from '../shared/surface';
import { vkConvo } from './convo';
import { vkLegacy } from './legacy';
import { vkWall } from './wall';

const VK_HOSTS = /(^|\.)vk\.(com|ru)$/;

/** VK: the new messenger, the legacy messenger and community wall comments. */
export const vkAdapter = defineSite({
  id: 'vk',
  matches: (url) => VK_HOSTS.test(url.hostname),
  surfaces: [vkConvo, vkLegacy, vkWall],
});
