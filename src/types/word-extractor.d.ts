// word-extractor (used by Node scripts for old .doc files) ships no type declarations.
declare module 'word-extractor' {
  interface WordDocument {
    getBody(options?: { filterUnicode?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: string | Uint8Array): Promise<WordDocument>;
  }
}
