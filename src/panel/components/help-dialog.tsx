// The list of keyboard shortcuts, opened with "?".
import { useEffect, useRef } from 'preact/hooks';
import { SHORTCUTS } from '../shortcut-list.ts';

export function HelpDialog({ onClose }: { onClose(): void }) {
	const close = useRef<HTMLButtonElement>(null);
	useEffect(() => close.current?.focus(), []);
	return (
		<div class="overlay" onClick={(e) => e.target === e.currentTarget && onClose()}>
			<div role="dialog" aria-modal="true" aria-labelledby="help-title" class="dialog">
				<div class="dialog-head">
					<h2 id="help-title">Keyboard shortcuts</h2>
					{/* First, so that focusing it does not scroll the list away from its top. */}
					<button type="button" ref={close} onClick={onClose}>Close (Esc)</button>
				</div>
				{SHORTCUTS.map((group) => (
					<section key={group.group}>
						<h3>{group.group}</h3>
						<dl class={group.typed === true ? 'typed' : undefined}>
							{group.list.map((s) => (
								<div key={s.keys}>
									<dt><Keys keys={s.keys} /></dt>
									<dd>{s.what}</dd>
								</div>
							))}
						</dl>
					</section>
				))}
			</div>
		</div>
	);
}

/** "Alt+↑ / Alt+↓" as two keys with a separator between them, each kept on one line. */
function Keys({ keys }: { keys: string }) {
	const parts = keys.split(/( \/ | … )/);
	return <>{parts.map((part, i) => (i % 2 === 1 ? <span key={i} class="muted">{part}</span> : <kbd key={i}>{part}</kbd>))}</>;
}
