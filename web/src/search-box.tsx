/**
 * As-you-type search over people, bodies and meetings in one list. The server folds diacritics, so
 * "dao khanh ha" finds Đào Khánh Hà; each hit shows its kind and what tells it from a namesake.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { graphql, request, RequestError, type ResultOf } from './graphql.ts';
import { pathOf } from './routes.ts';

const SearchQuery = graphql(`
  query Search($text: String!) {
    search(text: $text, first: 12) { kind label detail node { id } }
  }
`);

type Hit = ResultOf<typeof SearchQuery>['search'][number];

const KIND_LABEL: Record<Hit['kind'], string> = { Person: 'Person', Organization: 'Body', Meeting: 'Meeting' };
const DEBOUNCE_MS = 200;

type Found = { text: string; hits: Hit[] } | { text: string; error: RequestError } | null;

export function SearchBox({ onNavigate }: { onNavigate: (path: string) => void }) {
  const [text, setText] = useState('');
  const [found, setFound] = useState<Found>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const hits = found && 'hits' in found ? found.hits : [];

  useEffect(() => {
    const wanted = text.trim();
    if (!wanted) {
      setFound(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      request(SearchQuery, { text: wanted }, controller.signal).then(
        (data) => {
          setFound({ text: wanted, hits: data.search });
          setActive(0);
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setFound({ text: wanted, error: error instanceof RequestError ? error : new RequestError(String(error), null) });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  useEffect(() => {
    const close = (event: Event) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, []);

  const go = (hit: Hit) => {
    if (!hit.node) return;
    setOpen(false);
    setText('');
    onNavigate(pathOf(hit.node.id));
  };
  const pending = text.trim() !== '' && found?.text !== text.trim();

  return (
    <div class="search" ref={box}>
      <input
        type="search"
        aria-label="Search people, bodies and meetings"
        placeholder="Search people, bodies, meetings — e.g. dao khanh ha"
        value={text}
        autocomplete="off"
        spellcheck={false}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        role="combobox"
        aria-expanded={open && hits.length > 0}
        aria-controls="search-hits"
        aria-activedescendant={open && hits[active] ? `search-hit-${active}` : undefined}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((i) => (hits.length === 0 ? 0 : (i + step + hits.length) % hits.length));
          }
          if (e.key === 'Enter' && hits[active]) go(hits[active]);
        }}
      />
      {open && text.trim() !== '' && (
        <div class="search-results" role="region" aria-label="Search results" aria-live="polite">
          {pending && !found && <p class="state">Searching…</p>}
          {found && 'error' in found && <p class="state state-error">Search failed: {found.error.message}</p>}
          {found && 'hits' in found && found.hits.length === 0 && <p class="state">Nothing found for “{found.text}”.</p>}
          {hits.length > 0 && (
            <ul id="search-hits" role="listbox" aria-label="People, bodies and meetings found">
              {hits.map((hit, i) => (
                <li key={hit.node?.id ?? hit.label} id={`search-hit-${i}`} role="option" aria-selected={i === active}>
                  <a
                    tabIndex={-1}
                    href={hit.node ? pathOf(hit.node.id) : '/'}
                    onClick={(e) => {
                      e.preventDefault();
                      go(hit);
                    }}
                  >
                    <span class={`kind kind-${hit.kind}`}>{KIND_LABEL[hit.kind]}</span>
                    <span class="label">{hit.label}</span>
                    {hit.detail && <span class="detail">{hit.detail}</span>}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
