// Any other business, typed as the notes are: a command line finished with Enter becomes what it
// says ("present+ Ada", "link: URL text", "topic: …"). AoB has no records of its own, so an action
// or decision typed here goes to the item the clock is on (the last item once it has stopped), and
// the line under the box says which.
import { useRef, useState } from 'preact/hooks';
import type { Person } from '../../core/roster.ts';
import { timing } from '../../core/timing.ts';
import type { Meeting } from '../../core/types.ts';
import { takeFinishedLine } from '../../markdown/typed-commands.ts';
import { useAutoGrow } from '../auto-grow.ts';
import { newId } from '../ids.ts';
import { meetingNow } from '../state/meeting-clock.ts';
import type { Session } from '../state/session.ts';

export function AobBox({ session, meeting, roster }: { session: Session; meeting: Meeting; roster: readonly Person[] | undefined }) {
	const box = useRef<HTMLTextAreaElement>(null);
	const [said, setSaid] = useState('');
	useAutoGrow(box, meeting.aob);
	const input = (el: HTMLTextAreaElement) => {
		let text = el.value;
		const current = session.meeting() ?? meeting;
		const t = timing(current, meetingNow());
		const target = current.items.find((i) => i.id === t.currentItemId) ?? current.items.at(-1);
		const enter = text.length === current.aob.length + 1 && text[el.selectionStart - 1] === '\n';
		const command = !enter ? undefined : takeFinishedLine({ meeting: current, itemId: target?.id ?? '', inAob: true, running: () => t.status === 'running' || t.status === 'paused', newId, ...(roster === undefined ? {} : { roster }) }, current.aob, text, el.selectionStart);
		// A record needs an item to be under: with none, the line stays as typed.
		const records = command?.events.some((e) => e.type === 'action.added' || e.type === 'decision.added') === true;
		if (command !== undefined && (!records || target !== undefined)) {
			for (const event of command.events) session.dispatch(event);
			setSaid(records ? `${command.said}, under “${target?.title ?? ''}”` : command.said);
			text = command.notes;
		}
		session.dispatch({ type: 'meeting.updated', patch: { aob: text } });
	};
	return (
		<>
			<textarea ref={box} id="aob" aria-keyshortcuts="Alt+O" aria-describedby="aob-said" rows={3} value={meeting.aob} onInput={(e) => input(e.currentTarget)} />
			<p id="aob-said" role="status" class="muted said">{said}</p>
		</>
	);
}
