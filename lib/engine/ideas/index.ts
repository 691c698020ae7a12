export { ideaTerms } from './terms';
export { MERGE_THRESHOLD, findNearDuplicate, ideaText, similarity, textSimilarity, type Candidate, type IdeaText } from './similarity';
export { textLang } from './lang';
export { IDEA_CSV_COLUMNS, ideasToCsv } from './csv';
