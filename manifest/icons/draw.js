// Renders color.svg and outline.svg to the PNGs the app package ships, in Debian's Chromium:
//   node manifest/icons/draw.js
// The PNGs are committed beside the manifest template (where the Toolkit's zipAppPackage looks for
// them too); packaging never needs a browser.
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    for (const [name, size] of [
      ['color', 192],
      ['outline', 32],
    ]) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const svg = fs.readFileSync(path.join(__dirname, `${name}.svg`), 'utf8');
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
      await page.screenshot({ path: path.join(__dirname, '..', `${name}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
    }
  } finally {
    await browser.close();
  }
})();
