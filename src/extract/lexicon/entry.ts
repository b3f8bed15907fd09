/** One word or phrase of the vocabulary, as written, with an English gloss for readers. */
export interface LexiconEntry {
  text: string;
  gloss: string;
}
