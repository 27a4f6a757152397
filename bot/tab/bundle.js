// Bundles the "My board" page (bot/tab/client, TypeScript for the browser) into dist/tab with
// esbuild: app.js, app.css and index.html. Run by `npm run build`; types are checked by
// `npm run typecheck` (bot/tab/client/tsconfig.json), since esbuild does not check them.
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '../..');
const out = path.join(root, 'dist/tab');
fs.mkdirSync(out, { recursive: true });
esbuild.buildSync({
  entryPoints: { app: path.join(__dirname, 'client/main.ts') },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  outdir: out,
  legalComments: 'none',
  logLevel: 'warning',
});
fs.copyFileSync(path.join(__dirname, 'index.html'), path.join(out, 'index.html'));
