import type { ComponentChildren } from 'preact';
import { DWELL_MAX_MS, DWELL_MIN_MS, type Settings } from '@/utils/settings/schema';
import { withSite } from '@/utils/settings/site-input';
import { SiteList } from '@/components/settings/SiteList';
import { CATEGORY_LABELS } from '@/components/ui/labels';
import { CATEGORIES } from '@/utils/recognition/types';

interface Props {
  settings: Settings;
  update: (change: (current: Settings) => Settings) => Promise<void>;
  onReset: () => Promise<void>;
}

const HIGHLIGHT_LABELS: Record<Settings['highlightStyle'], string> = {
  underline: 'Underline',
  background: 'Background colour',
  off: 'None: names are not marked',
};

const THEME_LABELS: Record<Settings['theme'], string> = {
  auto: 'Same as the system',
  light: 'Light',
  dark: 'Dark',
};

function Choice<V extends string>(props: {
  name: string;
  value: V;
  checked: boolean;
  onPick: (value: V) => void;
  children: ComponentChildren;
}) {
  return (
    <label class="choice">
      <input
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.checked}
        onChange={() => props.onPick(props.value)}
      />
      {props.children}
    </label>
  );
}

/** Every setting, saved as soon as it changes; open tabs pick changes up from storage. */
export function SettingsForm({ settings, update, onReset }: Props) {
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    void update((current) => ({ ...current, [key]: value }));
  const listKey = settings.siteMode === 'everywhere' ? 'disabledSites' : 'enabledSites';

  return (
    <div class="settings">
      <fieldset>
        <legend>Where NK Lens runs</legend>
        <Choice
          name="siteMode"
          value="everywhere"
          checked={settings.siteMode === 'everywhere'}
          onPick={(v) => set('siteMode', v)}
        >
          On every site, except the ones listed below
        </Choice>
        <Choice
          name="siteMode"
          value="listed"
          checked={settings.siteMode === 'listed'}
          onPick={(v) => set('siteMode', v)}
        >
          Only on the sites listed below
        </Choice>
        <SiteList
          label={
            settings.siteMode === 'everywhere'
              ? 'Sites where NK Lens is off'
              : 'Sites where NK Lens is on'
          }
          sites={settings[listKey]}
          onAdd={(site) =>
            void update((current) => ({ ...current, [listKey]: withSite(current[listKey], site) }))
          }
          onRemove={(site) =>
            void update((current) => ({
              ...current,
              [listKey]: current[listKey].filter((s) => s !== site),
            }))
          }
        />
      </fieldset>

      <fieldset>
        <legend>What to mark on pages</legend>
        {CATEGORIES.map((category) => (
          <label class="choice" key={category}>
            <input
              type="checkbox"
              name={`category-${category}`}
              checked={settings.categories[category]}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                void update((current) => ({
                  ...current,
                  categories: { ...current.categories, [category]: on },
                }));
              }}
            />
            {CATEGORY_LABELS[category]}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Highlight style</legend>
        {(Object.keys(HIGHLIGHT_LABELS) as Settings['highlightStyle'][]).map((style) => (
          <Choice
            key={style}
            name="highlightStyle"
            value={style}
            checked={settings.highlightStyle === style}
            onPick={(v) => set('highlightStyle', v)}
          >
            {HIGHLIGHT_LABELS[style]}
          </Choice>
        ))}
      </fieldset>

      <fieldset>
        <legend>Hover delay</legend>
        <label for="dwell">
          Show a profile after hovering a name for{' '}
          <output for="dwell">{settings.dwellMs} ms</output>
        </label>
        <input
          id="dwell"
          type="range"
          min={DWELL_MIN_MS}
          max={DWELL_MAX_MS}
          step={50}
          value={settings.dwellMs}
          onChange={(event) => set('dwellMs', Number(event.currentTarget.value))}
        />
      </fieldset>

      <fieldset>
        <legend>Theme of these pages</legend>
        {(Object.keys(THEME_LABELS) as Settings['theme'][]).map((theme) => (
          <Choice
            key={theme}
            name="theme"
            value={theme}
            checked={settings.theme === theme}
            onPick={(v) => set('theme', v)}
          >
            {THEME_LABELS[theme]}
          </Choice>
        ))}
      </fieldset>

      <button type="button" onClick={() => void onReset()}>
        Reset to defaults
      </button>
    </div>
  );
}
