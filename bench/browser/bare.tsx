// The yardstick: a bare Preact page packaged in the extension, built only for the benchmark. It
// draws a heading and a notes box and marks when drawn, the way the panel marks 'gavel-interactive'.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';

function Bare() {
	const [notes, setNotes] = useState('');
	useEffect(() => void performance.mark('bare-interactive'), []);
	return (
		<main class="view">
			<h1>Meeting</h1>
			<textarea aria-label="Notes" rows={8} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
		</main>
	);
}

const root = document.getElementById('app');
if (root !== null) render(<Bare />, root);
