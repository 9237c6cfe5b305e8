// Stands in for webextension-polyfill in unit tests (vitest.config.ts aliases the package here):
// the parts of `browser.*` Gavel uses, kept in memory, with `fakeBrowser.reset()` between tests
// and `fakeBrowser.fire…()` to deliver an event as the browser would. One browser per test
// process, like the real one: a module loaded again (vi.resetModules, a woken worker) meets the same.
type Listener<A extends unknown[]> = (...args: A) => void;

function event<A extends unknown[]>() {
	const listeners = new Set<Listener<A>>();
	return {
		addListener: (listener: Listener<A>) => void listeners.add(listener),
		removeListener: (listener: Listener<A>) => void listeners.delete(listener),
		hasListener: (listener: Listener<A>) => listeners.has(listener),
		dispatch: (...args: A) => listeners.forEach((listener) => listener(...args)),
		clear: () => listeners.clear(),
	};
}

interface Alarm {
	name: string;
	scheduledTime: number;
	periodInMinutes?: number;
}

function build() {
const state = {
	alarms: new Map<string, Alarm>(),
	badge: { text: '', title: 'Open Gavel', color: undefined as string | undefined },
	notifications: new Map<string, { title: string; message: string }>(),
};

const onAlarm = event<[Alarm]>();
const onStartup = event<[]>();
const onInstalled = event<[unknown]>();

const call = <T,>(value: T): Promise<T> => Promise.resolve(value);

const browser = {
	alarms: {
		create(name: string, info: { when?: number; periodInMinutes?: number }) {
			const period = info.periodInMinutes === undefined ? {} : { periodInMinutes: info.periodInMinutes };
			state.alarms.set(name, { name, scheduledTime: info.when ?? Date.now() + (info.periodInMinutes ?? 0) * 60_000, ...period });
			return call(undefined);
		},
		getAll: () => call([...state.alarms.values()].map((a) => ({ ...a }))),
		clear: (name: string) => call(state.alarms.delete(name)),
		onAlarm,
	},
	action: {
		setBadgeText: ({ text }: { text: string }) => call(void (state.badge.text = text)),
		getBadgeText: () => call(state.badge.text),
		setTitle: ({ title }: { title: string }) => call(void (state.badge.title = title)),
		setBadgeBackgroundColor: ({ color }: { color: string }) => call(void (state.badge.color = color)),
	},
	notifications: {
		create(id: string, options: { title: string; message: string }) {
			state.notifications.set(id, { title: options.title, message: options.message });
			return call(id);
		},
		getAll: () => call(Object.fromEntries(state.notifications)),
	},
	runtime: {
		getURL: (path: string) => `chrome-extension://gavel/${path}`,
		onStartup,
		onInstalled,
	},
};

const fakeBrowser = {
	state,
	reset() {
		state.alarms.clear();
		state.notifications.clear();
		state.badge = { text: '', title: 'Open Gavel', color: undefined };
		// A stopped worker's listeners go with it.
		[onAlarm, onStartup, onInstalled].forEach((e) => e.clear());
	},
	fireAlarm(name: string) {
		const alarm = state.alarms.get(name) ?? { name, scheduledTime: Date.now() };
		if (alarm.periodInMinutes === undefined) state.alarms.delete(name);
		onAlarm.dispatch(alarm);
	},
	fireStartup: () => onStartup.dispatch(),
};
return { browser, fakeBrowser };
}

const shared = ((globalThis as { gavelFakeBrowser?: ReturnType<typeof build> }).gavelFakeBrowser ??= build());
export const fakeBrowser = shared.fakeBrowser;
export default shared.browser;
