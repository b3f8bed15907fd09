/**
 * The sentence that says a person chaired or attended a meeting. The extraction lists chairs and
 * attendees by name only; the graph must show the sentence, so it is found again in the body: the
 * first sentence naming the person with a word of that role, else the first naming them, else the
 * meeting's announcement.
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
  private readonly sentences: { text: string; key: string }[];

  constructor(body: string) {
    this.sentences = splitSentences(body).map((s) => ({ text: s.text, key: compareKey(s.text) }));
  }

  find(name: string, role: ParticipantRole, fallback: string): string {
    const nameKey = compareKey(name);
    const naming = this.sentences.filter((s) => s.key.includes(nameKey));
    const withRole = naming.find((s) => ROLE_WORDS[role].some((w) => s.key.includes(w)));
    return (withRole ?? naming[0])?.text ?? fallback;
  }
}
