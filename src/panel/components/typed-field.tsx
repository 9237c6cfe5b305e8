// A date or a time typed as text ("2015-08-26", "26 Aug"; "16:00", "4pm"), saved as soon as it reads
// as one, with what it means or what is wrong said right below. Not the browser's date and time
// fields: Shift+Tab into one lands on its calendar button or a segment, where typed digits were lost
// without a sign (markdown/typed-date.ts).
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { readTypedDate, readTypedTime, type Typed } from '../../markdown/typed-date.ts';
import { longDate } from '../format.ts';

interface FieldProps {
	id: string;
	value: string | undefined;
	/** Whether the field may be left empty (then `onChange(null)`). */
	optional?: boolean;
	shortcut?: string;
	/** For a field without a label of its own. */
	label?: string;
	field?: Ref<HTMLInputElement>;
	onKeyDown?(event: KeyboardEvent): void;
	onBlur?(): void;
	onChange(value: string | null): void;
}

/** A date: `from` (the meeting's date) is where a date typed without a year starts. */
export function DateField(props: FieldProps & { from: string }) {
	return <TypedField {...props} placeholder="YYYY-MM-DD" inputMode="numeric" read={(text) => readTypedDate(text, props.from)} describe={(date) => longDate(date)} empty="A meeting needs a date: type it as 2015-08-26 or 26 Aug." />;
}

export function TimeField(props: FieldProps) {
	return <TypedField {...props} placeholder="HH:MM" inputMode="text" read={readTypedTime} describe={() => ''} empty="Type the time as 16:00 or 4pm." />;
}

interface TypedFieldProps extends FieldProps {
	placeholder: string;
	inputMode: 'numeric' | 'text';
	read(text: string): Typed;
	describe(value: string): string;
	/** Said when a required field is emptied. */
	empty: string;
}

function TypedField({ id, value, optional = false, shortcut, label, field, onKeyDown, onBlur, onChange, placeholder, inputMode, read, describe, empty }: TypedFieldProps) {
	// What is being typed, until it is the value saved.
	const [draft, setDraft] = useState<string | undefined>(undefined);
	const text = draft ?? value ?? '';
	const now = text.trim() === '' ? undefined : read(text);
	const problem = now === undefined ? (optional ? undefined : empty) : now.ok ? undefined : now.message;
	const hint = problem ?? (now?.ok === true ? describe(now.value) : '');
	return (
		<>
			<input
				id={id}
				type="text"
				inputMode={inputMode}
				autocomplete="off"
				placeholder={placeholder}
				aria-describedby={`${id}-said`}
				aria-invalid={problem !== undefined}
				{...(shortcut === undefined ? {} : { 'aria-keyshortcuts': shortcut })}
				{...(label === undefined ? {} : { 'aria-label': label })}
				{...(field === undefined ? {} : { ref: field })}
				{...(onKeyDown === undefined ? {} : { onKeyDown })}
				value={text}
				onInput={(e) => {
					const typed = e.currentTarget.value;
					setDraft(typed);
					const reading = typed.trim() === '' ? undefined : read(typed);
					if (reading === undefined && optional) onChange(null);
					else if (reading?.ok === true && reading.value !== value) onChange(reading.value);
				}}
				// Once saved, the field shows the value as stored; a wrong one stays, with its message.
				onBlur={() => {
					if (draft !== undefined && problem === undefined) setDraft(undefined);
					onBlur?.();
				}}
			/>
			<p id={`${id}-said`} class={`field-said ${problem === undefined ? 'muted' : 'problem'}`} role="status">{hint}</p>
		</>
	);
}
