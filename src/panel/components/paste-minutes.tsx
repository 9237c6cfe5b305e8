// Published minutes pasted from the browser: the page's HTML is taken as it was copied (headings,
// lists and links intact), or the text, as typed or pasted, when there is no HTML or it was edited.
// Loaded only when the card is opened (not part of the panel's first script).
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { NewMeeting } from '../views/meetings-view.tsx';

export function PasteMinutes({ onImport, onCancel }: { onImport(request: NewMeeting): unknown; onCancel(): void }) {
	const [text, setText] = useState('');
	// What the clipboard held as HTML, and as the text that pasting it put in the box.
	const [copied, setCopied] = useState<{ html: string; plain: string } | undefined>(undefined);
	const box = useRef<HTMLTextAreaElement>(null);
	useLayoutEffect(() => box.current?.focus(), []);
	const chosen = copied !== undefined && (text.trim() === '' || text.trim() === copied.plain.trim()) ? copied.html : text;
	return (
		<form class="card" onSubmit={(e) => { e.preventDefault(); if (chosen.trim() !== '') void onImport({ kind: 'file', text: chosen, fileName: 'the pasted minutes' }); }} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
			<label for="paste-minutes">Paste published minutes: a page copied from the browser, or Markdown</label>
			<textarea
				id="paste-minutes"
				ref={box}
				rows={6}
				value={text}
				onPaste={(e) => {
					const html = e.clipboardData?.getData('text/html') ?? '';
					setCopied(html.trim() === '' ? undefined : { html, plain: e.clipboardData?.getData('text/plain') ?? '' });
				}}
				onInput={(e) => {
					setText(e.currentTarget.value);
					if (e.currentTarget.value.trim() === '') setCopied(undefined);
				}}
			/>
			<div class="toolbar">
				<button type="submit" class="primary" disabled={chosen.trim() === ''}>Import these minutes</button>
				<button type="button" onClick={onCancel}>Cancel</button>
			</div>
		</form>
	);
}
