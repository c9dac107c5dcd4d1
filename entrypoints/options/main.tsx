import { render } from 'preact';

function App() {
  return <main>NK Lens — settings</main>;
}

render(<App />, document.getElementById('app')!);
