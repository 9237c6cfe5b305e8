// Which browser a bundle is built for: set by the build (esbuild `define`) and by vitest (as
// Chrome), so each bundle carries only its own browser's code after dead-code elimination.
declare const __TARGET__: 'chrome' | 'firefox';
