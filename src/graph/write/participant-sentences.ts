/**
 * The sentence that says a person chaired or attended a meeting. The extraction lists chairs and
 * attendees by name only; the graph must show the sentence, so it is found again in the body: the
 * first sentence naming the person with a word of that role, else the first naming them, else the
 * meeting's announcement. The body is split only when an article has such a participant.
 */
import { compareKey } from '../../extract/normalize.js';
import { splitSentences } from '../../extract/sentences.js';
import { ATTEND_VERBS, CHAIR_VERBS, PRESIDIUM_WORDS } from '../../extract/lexicon/verbs.js';

export type ParticipantRole = 'chair' | 'attendee';

const ROLE_WORDS: Record<ParticipantRole, readonly string[]> = {
  chair: [...CHAIR_VERBS, ...PRESIDIUM_WORDS].map((v) => compareKey(v.text)),
  attendee: ATTEND_VERBS.map((v) => compareKey(v.text)),
};

export class ParticipantSentences {
  private sentences: string[] | null = null;

  constructor(private readonly body: string) {}

  find(name: string, role: ParticipantRole, fallback: string): string {
    this.sentences ??= splitSentences(this.body).map((s) => s.text);
    // Names are taken from this very text, so they are found as written; the key is for old/new tone marks.
    let naming = this.sentences.filter((s) => s.includes(name));
    if (naming.length === 0) {
      const nameKey = compareKey(name);
      naming = this.sentences.filter((s) => compareKey(s).includes(nameKey));
    }
    const withRole = naming.find((s) => {
      const key = compareKey(s);
      return ROLE_WORDS[role].some((w) => key.includes(w));
    });
    return withRole ?? naming[0] ?? fallback;
  }
}
