// The list of keyboard shortcuts, opened with "?".
import { useEffect, useRef } from 'preact/hooks';
import { SHORTCUTS } from '../shortcuts.ts';

export function HelpDialog({ onClose }: { onClose(): void }) {
	const close = useRef<HTMLButtonElement>(null);
	useEffect(() => close.current?.focus(), []);
	return (
		<div class="overlay" onClick={(e) => e.target === e.currentTarget && onClose()}>
			<div role="dialog" aria-modal="true" aria-labelledby="help-title" class="dialog">
				<h2 id="help-title">Keyboard shortcuts</h2>
				{SHORTCUTS.map((group) => (
					<section key={group.group}>
						<h3>{group.group}</h3>
						<dl>
							{group.list.map((s) => (
								<div key={s.keys}>
									<dt><kbd>{s.keys}</kbd></dt>
									<dd>{s.what}</dd>
								</div>
							))}
						</dl>
					</section>
				))}
				<button type="button" ref={close} onClick={onClose}>Close (Esc)</button>
			</div>
		</div>
	);
}
