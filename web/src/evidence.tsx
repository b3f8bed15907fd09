/** A fact's sources: the sentence that states it, the day, and a link to the article. */
import { graphql, type ResultOf } from './graphql.ts';
import { pathOf } from './routes.ts';

export const EvidenceFields = graphql(`
  fragment EvidenceFields on Evidence @_unmask {
    sentence
    date
    former
    article { id title url }
  }
`);

export type EvidenceItem = ResultOf<typeof EvidenceFields>;

export function EvidenceList({ items }: { items: readonly EvidenceItem[] }) {
  return (
    <ul class="evidence">
      {items.map((e, i) => (
        <li key={i}>
          <blockquote>{e.sentence}</blockquote>
          <p class="source">
            <time>{e.date ?? 'undated'}</time> ·{' '}
            <a href={pathOf(e.article.id)}>{e.article.title ?? 'Untitled article'}</a>
            {e.article.url && (
              <>
                {' '}
                · <a href={e.article.url} rel="noreferrer" target="_blank">original</a>
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
