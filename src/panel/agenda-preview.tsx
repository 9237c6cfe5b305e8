// A first view of the panel: paste an agenda and see the items and budgets Gavel reads from it.
// The full panel (meetings, run, publish) replaces this in the next milestone.

import { useState } from 'preact/hooks';
import { parseAgendaText } from '../core/agenda-text.ts';

const EXAMPLE = '- Welcome and agenda (5m)\n- Release status - 15 min\n  - CI failures\n- [10] Website\n- AoB';

export function AgendaPreview() {
	const [text, setText] = useState(EXAMPLE);
	const items = parseAgendaText(text);
	const total = items.reduce((sum, item) => sum + (item.budget ?? 0), 0);
	return (
		<main>
			<h1>
				<img src="icons/32.png" alt="" />
				Gavel
			</h1>
			<p class="muted">Chair the meeting from here. The full panel is on its way; for now, paste an agenda to see how Gavel reads it.</p>
			<div class="card">
				<label for="agenda">Agenda</label>
				<textarea id="agenda" rows={Math.min(16, Math.max(5, text.split('\n').length + 1))} value={text} onInput={(e) => setText(e.currentTarget.value)} />
			</div>
			<div class="card" aria-live="polite">
				<strong>
					{items.length} {items.length === 1 ? 'item' : 'items'}, {total} min planned
				</strong>
				<ol>
					{items.map((item, i) => (
						<li key={i}>
							{item.title}
							{item.budget === undefined ? null : <span class="budget"> · {item.budget} min</span>}
							{item.subItems.length > 0 ? <ul>{item.subItems.map((s, j) => <li key={j}>{s}</li>)}</ul> : null}
						</li>
					))}
				</ol>
			</div>
		</main>
	);
}
