export { parsePackText, type PackParseResult, type PackParseOptions } from './parse-pack';
export { parseRepliesCsv, repliesToCsv, CSV_COLUMNS, type CsvParseResult } from './csv';
export { packToJson } from './pack-json';
export { DEFAULT_MAX_PACK_BYTES, formatLimit, formatMegabytes, utf8ByteLength } from './size';
export { containsHtmlMarkup } from './html';
export { promotePicks, MAX_PROMOTED_PER_REPLY, type PromotablePick, type PromotionResult } from './promote-picks';
