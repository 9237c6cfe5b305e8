// Views and parts not needed to show the meeting in front of the chair load on demand, so the
// panel is interactive sooner (issue 6's startup budget); once it is, they are fetched in the
// background, so switching to them later does not wait either.
import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const loaders: Array<() => Promise<unknown>> = [];

/** Code fetched the first time it is asked for (or by `preloadLazy`), once. */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
	let pending: Promise<T> | undefined;
	const start = () => (pending ??= load());
	loaders.push(start);
	return start;
}

/** A component whose code is fetched the first time it is drawn (or by `preloadLazy`); nothing shows until then. */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
	let loaded: ComponentType<P> | undefined;
	const start = onDemand(() => load().then((component) => void (loaded = component)));
	return function Lazy(props: P) {
		const [, setReady] = useState(false);
		// Even when drawn already loaded: it may have arrived (preloaded) between the draw and this effect.
		useEffect(() => {
			let live = true;
			void start().then(() => live && setReady(true));
			return () => void (live = false);
		}, []);
		const Component = loaded;
		return Component === undefined ? null : <Component {...props} />;
	};
}

/** Fetches every lazy part, when the browser is idle: call once the panel is interactive. */
export function preloadLazy(): void {
	const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
	idle(() => void Promise.all(loaders.map((load) => load().catch(() => undefined))));
}
