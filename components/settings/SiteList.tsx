import { useState } from 'preact/hooks';
import { parseSiteInput } from '@/utils/settings/site-input';

interface Props {
  label: string;
  sites: readonly string[];
  onAdd: (site: string) => void;
  onRemove: (site: string) => void;
}

/** A list of sites with an entry field that says what is wrong with a bad entry and keeps it for fixing. */
export function SiteList({ label, sites, onAdd, onRemove }: Props) {
  const [entry, setEntry] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = (event: Event) => {
    event.preventDefault();
    const parsed = parseSiteInput(entry);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    onAdd(parsed.site);
    setEntry('');
    setError(null);
  };
  return (
    <div class="site-list">
      <h2 id="site-list-heading" class="subheading">
        {label}
      </h2>
      {sites.length === 0 ? (
        <p class="empty">No sites listed.</p>
      ) : (
        <ul aria-labelledby="site-list-heading">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" aria-label={`Remove ${site}`} onClick={() => onRemove(site)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add}>
        <label for="site-entry">Add a site</label>
        <div class="row">
          <input
            id="site-entry"
            type="text"
            placeholder="nknews.org"
            value={entry}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'site-error' : undefined}
            onInput={(event) => setEntry(event.currentTarget.value)}
          />
          <button type="submit">Add</button>
        </div>
        {error && (
          <p id="site-error" class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
