// The narrow-panel check itself, on pages made to fail it: each fault is named, and a page
// without one passes, so a width test that finds nothing has looked.
import { expect, test } from './fixtures.ts';
import { layoutProblems } from './layout-check.ts';

const cases: Array<[string, string, RegExp]> = [
	['a word squeezed letter by letter', '<div style="display:flex;width:240px"><span style="flex:1;overflow-wrap:anywhere">No secretary is named</span><button style="flex:none;width:200px">Choose the secretary</button></div>', /“secretary” is broken across \d+ lines/],
	['the page scrolling sideways', '<div style="width:300px">wide</div>', /the page scrolls sideways: 30\d px wide in 240/],
	['an element past the edge', '<p style="margin-left:200px;width:80px">late</p>', /p “late” runs past the edge/],
	['a button too small to press', '<button style="width:16px;height:16px;padding:0">×</button>', /button “×” is too small to use \(16×16 px\)/],
	['a control outside the panel', '<button style="position:absolute;left:250px">Next</button>', /button “Next” cannot be reached/],
	['a budget too narrow for its minutes', '<input type="number" value="120000" style="width:40px">', /is too narrow for its value 120000/],
	['a box scrolling sideways', '<div style="overflow-x:auto;width:200px"><div style="width:400px">long</div></div>', /scrolls sideways \(400 px in 200\)/],
];

test('the width check names each fault of a narrow panel, and passes a page without one', async ({ context }) => {
	const page = await context.newPage();
	await page.setViewportSize({ width: 240, height: 400 });
	for (const [what, html, expected] of cases) {
		await page.setContent(`<body style="margin:0;font:14px sans-serif">${html}</body>`);
		expect((await page.evaluate(layoutProblems)).join('\n'), what).toMatch(expected);
	}
	await page.setContent('<body style="margin:0;font:14px sans-serif"><p style="overflow-wrap:anywhere">No secretary is named. https://example.com/a/very/long/address/that/breaks/anywhere/it/likes is fine.</p><button style="padding:5px 10px">Choose the secretary</button><pre style="overflow-x:auto">a long line of code that scrolls in its own box</pre></body>');
	expect(await page.evaluate(layoutProblems)).toEqual([]);
});
