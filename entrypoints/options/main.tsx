import { render } from 'preact';
import { App } from '@/entrypoints/options/App';
import '@/components/ui/theme.css';
import '@/entrypoints/options/style.css';

const app = document.getElementById('app');
if (!app) throw new Error('The settings page has no #app element.');

render(<App />, app);
