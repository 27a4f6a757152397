// Runs pdf.js in a worker thread: pdf.js is ESM-only, and a hostile or huge PDF must not be
// able to stall or exhaust the process that serves members. The parent enforces a time limit
// and resource limits, and replaces this worker if it dies; the worker stays loaded between
// jobs because importing pdf.js costs about a second.
import { parentPort } from 'node:worker_threads';

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');

async function readPages(data, maxPages) {
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const pageCount = Math.min(doc.numPages, maxPages);
    const pages = [];
    for (let p = 1; p <= pageCount; p++) {
      const page = await doc.getPage(p);
      const view = page.view;
      const content = await page.getTextContent();
      const items = [];
      for (const it of content.items) {
        if (typeof it.str !== 'string' || it.str.length === 0) continue;
        items.push({ s: it.str, x: it.transform[4], y: it.transform[5], w: it.width, h: it.height || Math.abs(it.transform[3]) });
      }
      pages.push({ width: view[2] - view[0], height: view[3] - view[1], items });
      page.cleanup();
    }
    return { pages, totalPages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

parentPort.on('message', async ({ id, data, maxPages }) => {
  try {
    const result = await readPages(data, maxPages);
    parentPort.postMessage({ id, ok: true, ...result });
  } catch (err) {
    const name = err && err.name ? err.name : 'Error';
    parentPort.postMessage({ id, ok: false, name, message: String(err && err.message ? err.message : err) });
  }
});
parentPort.postMessage({ ready: true });
