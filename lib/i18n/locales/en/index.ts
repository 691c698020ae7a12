export { notifications } from './notifications';
export { options } from './options';
export { overlay } from './overlay';
export { popup } from './popup';
export { queue } from './queue';
export { slaTimer } from './slaTimer';
export { storage } from './storage';
