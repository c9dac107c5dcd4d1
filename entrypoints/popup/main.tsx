import { render } from 'preact';

function App() {
  return <main>NK Lens</main>;
}

render(<App />, document.getElementById('app')!);
