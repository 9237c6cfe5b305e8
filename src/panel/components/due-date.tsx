// An action's due date in Run: a small link ("due date", "due December 9") that turns into a date
// field while it is being set. The field is made only then: a date field costs the panel's first
// frame ~4 ms (its calendar icon is an SVG document of its own; measured in bench/), per action.
import { useEffect, useRef, useState } from 'preact/hooks';
import { longDate } from '../format.ts';

interface Props {
	due: string | undefined;
	/** Names the field and the link for assistive technology, e.g. `Due date of “tag 4.2”`. */
	label: string;
	onChange(due: string | null): void;
}

export function DueDate({ due, label, onChange }: Props) {
	const [editing, setEditing] = useState(false);
	const field = useRef<HTMLInputElement>(null);
	const link = useRef<HTMLButtonElement>(null);
	// Where the focus goes when the field closes: into it when it opens, back to the link after Enter or Escape.
	const refocus = useRef(false);
	useEffect(() => {
		if (editing) field.current?.focus();
		else if (refocus.current) link.current?.focus();
		refocus.current = false;
	}, [editing]);
	if (editing) {
		const close = (e: KeyboardEvent) => {
			if (e.key !== 'Enter' && e.key !== 'Escape') return;
			e.preventDefault();
			e.stopPropagation();
			refocus.current = true;
			setEditing(false);
		};
		return <input ref={field} type="date" aria-label={label} value={due ?? ''} onChange={(e) => onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)} onKeyDown={close} onBlur={() => setEditing(false)} />;
	}
	const shown = due === undefined ? undefined : longDate(due, false);
	return (
		<button ref={link} type="button" class={`link due${due === undefined ? ' unset' : ''}`} aria-label={`${label}: ${shown ?? 'none'}`} onClick={() => setEditing(true)}>
			{shown === undefined ? 'due date' : `due ${shown}`}
		</button>
	);
}
