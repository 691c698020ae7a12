export { normalize, foldWord } from './normalize';
export { tokenize, type Token } from './tokenize';
export { stem } from './stem';
export { scriptOf, type Script } from './script';
