export { normalize, foldWord } from './normalize';
export { tokenize, type Token } from './tokenize';
export { stem } from './stem';
export { scriptOf, type Script } from './script';
export { isStopWord } from './stopwords';
export { latinToCyrillic } from './translit';
export { fromWrongLayout } from './layout';
export { TypoVocabulary, isOneEditApart } from './fuzzy';
export { StemFamilies, areRelatives } from './families';
