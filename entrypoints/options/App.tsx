import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/settings/schema';
import { resetSettings } from '@/utils/settings/store';
import { SettingsForm } from '@/components/settings/SettingsForm';
import { useSettings } from '@/components/settings/use-settings';
import { useTheme } from '@/components/ui/use-theme';

/** The settings page. Every change is saved at once and applies to open tabs. */
export function App() {
  const [settings, updateSettings] = useSettings();
  const [status, setStatus] = useState('');
  useTheme(settings);

  const update = async (change: (current: Settings) => Settings) => {
    try {
      await updateSettings(change);
      setStatus('Saved. Open tabs use the new settings now.');
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const reset = async () => {
    await resetSettings();
    setStatus('Defaults restored.');
  };

  return (
    <main class="options">
      <h1>NK Lens settings</h1>
      {settings ? (
        <SettingsForm settings={settings} update={update} onReset={reset} />
      ) : (
        <p class="status">Loading settings…</p>
      )}
      <p class="status" role="status">
        {status}
      </p>
    </main>
  );
}
