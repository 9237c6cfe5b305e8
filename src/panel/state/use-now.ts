// The current time, refreshed every second while `running`. Only the display ticks: the clocks
// themselves come from timestamps (core/timing.ts), so a throttled or hidden panel cannot drift.
import { useEffect, useState } from 'preact/hooks';
import { meetingNow } from './meeting-clock.ts';

export function useNow(running: boolean, now: () => number = meetingNow): number {
	const [time, setTime] = useState(now);
	useEffect(() => {
		setTime(now());
		if (!running) return undefined;
		// On the clock's whole seconds, not a second from whenever the panel opened: two machines
		// sharing a meeting then turn each second over together.
		let timer: ReturnType<typeof setTimeout>;
		const tick = () => {
			const at = now();
			setTime(at);
			timer = setTimeout(tick, 1_000 - (at % 1_000));
		};
		timer = setTimeout(tick, 1_000 - (now() % 1_000));
		return () => clearTimeout(timer);
	}, [running, now]);
	return time;
}
