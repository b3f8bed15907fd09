/** An http or https address (what `ingest` fetches), as opposed to a file path. */
export const isWebAddress = (s: string): boolean => URL.canParse(s) && ['http:', 'https:'].includes(new URL(s).protocol);
