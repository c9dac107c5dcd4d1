import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Search } from '@/utils/search/search-engine';
import { useDataset } from '@/components/profile/dataset-context';
import { nextActive } from '@/components/search/list-navigation';
import { CATEGORY_LABELS } from '@/components/ui/labels';

interface Props {
  search: Search;
  onOpen: (id: string) => void;
  autoFocus?: boolean;
  /**
   * A first query from elsewhere (the text selected on the page). It fills the box if the reader
   * has not typed yet, selected, so that typing replaces it.
   */
  suggestedQuery?: string | null;
}

/**
 * Search box with results as you type: arrows move, Enter opens, Esc clears.
 * A combobox over a listbox, so screen readers follow the active result.
 */
export function SearchPanel({ search, onOpen, autoFocus = false, suggestedQuery }: Props) {
  const { profile } = useDataset();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const typed = useRef(false);
  const hits = useMemo(() => (query.trim() ? search(query) : []), [search, query]);

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    if (!suggestedQuery || typed.current) return;
    setQuery(suggestedQuery);
    setActive(-1);
  }, [suggestedQuery]);

  useLayoutEffect(() => {
    // Runs after the render that put the suggestion in the box, before anyone sees it.
    const box = input.current;
    if (box && !typed.current && suggestedQuery && box.value === suggestedQuery) box.select();
  }, [query, suggestedQuery]);

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys an input method takes while it builds a syllable (Enter commits it) are its own.
    if (event.isComposing) return;
    if (event.key === 'Escape') {
      if (query) {
        event.preventDefault();
        setQuery('');
        setActive(-1);
      }
      return;
    }
    if (event.key === 'Enter') {
      const hit = hits[active] ?? hits[0];
      if (hit) {
        event.preventDefault();
        onOpen(hit.id);
      }
      return;
    }
    if (['ArrowDown', 'ArrowUp'].includes(event.key)) {
      event.preventDefault();
      setActive(nextActive(active, event.key, hits.length));
    }
  };

  const optionId = (index: number) => `search-option-${index}`;
  return (
    <div class="search">
      <label class="visually-hidden" for="search-input">
        Search people, forums and organisations
      </label>
      <input
        ref={input}
        id="search-input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellcheck={false}
        placeholder="Search: Choe Son-hui, Security Council, 최선희…"
        aria-autocomplete="list"
        aria-expanded={hits.length > 0}
        aria-controls="search-results"
        aria-activedescendant={active >= 0 && hits[active] ? optionId(active) : undefined}
        value={query}
        onInput={(event) => {
          typed.current = true;
          setQuery(event.currentTarget.value);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="search-results" role="listbox" aria-label="Search results" class="results">
        {hits.map((hit, index) => {
          const found = profile(hit.id);
          return (
            <li
              key={hit.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              class={index === active ? 'result active' : 'result'}
              onClick={() => onOpen(hit.id)}
              onMouseMove={() => setActive(index)}
            >
              <span class="result-name">{hit.name}</span>
              <span class="result-meta">
                {found ? CATEGORY_LABELS[found.category] : ''}
                {found?.roles[0] ? ` · ${found.roles[0].title}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
      <p class="status" role="status">
        {!query.trim()
          ? 'Type a name in any romanization, a forum, or Hangul. Use ↑ ↓ and Enter to open a profile.'
          : hits.length === 0
            ? `No profile matches “${query.trim()}”. The dataset covers the people and forums of its five source articles.`
            : `${hits.length} ${hits.length === 1 ? 'result' : 'results'}`}
      </p>
    </div>
  );
}
