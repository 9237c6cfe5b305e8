// An action's due date in Run: a small link ("due date", "due December 9") that turns into a date
// field while it is being set (typed as text, as every date of the panel: date-field.tsx).
import { useEffect, useRef, useState } from 'preact/hooks';
import { longDate } from '../format.ts';
import { lazy } from '../lazy.tsx';

// Only once a due date is being set (with the date reader): not part of the panel's first script.
const DateField = lazy(() => import('./typed-field.tsx').then((m) => m.DateField));

interface Props {
	/** The field's id (its message is described by `${id}-said`). */
	id: string;
	due: string | undefined;
	/** The meeting's date: a due date typed without a year is the next such day from it. */
	from: string;
	/** Names the field and the link for assistive technology, e.g. `Due date of “tag 4.2”`. */
	label: string;
	onChange(due: string | null): void;
}

export function DueDate({ id, due, from, label, onChange }: Props) {
	const [editing, setEditing] = useState(false);
	const field = useRef<HTMLInputElement>(null);
	const link = useRef<HTMLButtonElement>(null);
	// Where the focus goes when the field closes: into it when it opens, back to the link after Enter or Escape.
	const refocus = useRef(false);
	useEffect(() => {
		// The field may arrive a moment after the click, the first time: it takes the focus when it does.
		if (editing) void whenDrawn(field).then((el) => el.focus());
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
		// Still open while what is typed is not a date: its message stays in view, nothing is lost.
		return <DateField id={id} optional label={label} field={field} value={due} from={from} onChange={onChange} onKeyDown={close} onBlur={() => setEditing(false)} />;
	}
	const shown = due === undefined ? undefined : longDate(due, false);
	return (
		<button ref={link} type="button" class={`link due${due === undefined ? ' unset' : ''}`} aria-label={`${label}: ${shown ?? 'none'}`} onClick={() => setEditing(true)}>
			{shown === undefined ? 'due date' : `due ${shown}`}
		</button>
	);
}

/** The element a ref points to, once it is drawn (a lazy component draws after its code arrives);
 * looked for over about two seconds of frames, then given up (the field was closed meanwhile). */
function whenDrawn(ref: { current: HTMLInputElement | null }): Promise<HTMLInputElement> {
	return new Promise((resolve) => {
		let frames = 120;
		const look = () => {
			if (ref.current !== null) resolve(ref.current);
			else if (--frames > 0) requestAnimationFrame(look);
		};
		look();
	});
}
