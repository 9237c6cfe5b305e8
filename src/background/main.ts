// The background service worker (Chrome) or event page (Firefox). Listeners are registered at
// the top level so they exist whenever the browser wakes the worker.
import { openPanelOnActionClick } from '../platform/panel-behavior.ts';

openPanelOnActionClick();
